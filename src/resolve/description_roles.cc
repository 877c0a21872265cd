#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "resolve/coref.h"
#include "resolve/roles.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {

using lexicon::strip_possessive;

// Whether an organisation's name has the head noun of a description of it, or a word of the
// head's class ("The Wall Street Journal" for "the conservative-leaning newspaper"): for
// companies, news outlets and associations. A public body's description ("the federal
// government", "the lower court") is too often another body than the one salience found.
bool name_shows_class(std::string_view name, std::string_view description) {
  const std::string head = organisation_word(description.substr(description.rfind(' ') + 1));
  const std::string_view cls = organisation_class(head, /*head=*/true);
  if (cls != "company" && cls != "news" && cls != "association") return false;
  return name_has_class_word(name, head, cls);
}

}  // namespace

void find_description_roles(Document& doc) {
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kNominal || m.entity < 0) continue;
    Entity& entity = doc.entities[static_cast<size_t>(m.entity)];
    if (entity.type != EntityType::kPerson && entity.type != EntityType::kOrg) continue;
    std::string_view text = doc.slice(m.span);
    for (std::string_view det : {"the ", "The ", "a ", "an ", "A ", "An "})
      if (text.substr(0, det.size()) == det) text.remove_prefix(det.size());
    if (text.empty()) continue;
    // An organisation's description says something only with a modifier ("the
    // conservative-leaning newspaper"; "the company" is just its class), and only where its
    // name shows that class ("Journal"), not where the link rests on salience alone.
    if (entity.type == EntityType::kOrg) {
      text = strip_possessive(text);
      if (text.find(' ') == std::string_view::npos || !name_shows_class(entity.name, text))
        continue;
    }
    std::string role(text);
    if (text == "man" || text == "woman") {
      // "the man" says nothing; the relative clause after it is the description ("…,” said the
      // man who built his political career on his blue collar credentials.").
      const std::string_view after =
          std::string_view(doc.text).substr(m.span.end, 160);  // to a punctuation mark
      if (!after.starts_with(" who ")) continue;
      const size_t end = after.find_first_of(",.;:!?\"\n\xE2");  // \xE2: a curly quote, a dash
      if (end == std::string_view::npos) continue;
      role += after.substr(0, end);
    }
    text = role;
    // Once each, whatever the case ("Prime Minister" / "prime minister").
    const bool seen =
        std::any_of(entity.roles.begin(), entity.roles.end(), [&](const std::string& r) {
          return r.size() == text.size() &&
                 std::equal(r.begin(), r.end(), text.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) ==
                          std::tolower(static_cast<unsigned char>(b));
                 });
        });
    if (!seen) entity.roles.emplace_back(text);
  }
}

}  // namespace newsgraph::resolve
