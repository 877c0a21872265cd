#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "resolve/roles.h"

namespace newsgraph::resolve {

void find_description_roles(Document& doc) {
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kNominal || m.entity < 0) continue;
    Entity& entity = doc.entities[static_cast<size_t>(m.entity)];
    if (entity.type != EntityType::kPerson) continue;
    std::string_view text = doc.slice(m.span);
    for (std::string_view det : {"the ", "The ", "a ", "an ", "A ", "An "})
      if (text.substr(0, det.size()) == det) text.remove_prefix(det.size());
    if (text.empty()) continue;
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
