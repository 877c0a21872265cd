// Corrections of the tagger's name spans and types that read the text around a name: a name run
// over a comma between two names, a name cut short of a longer name the article gives, a
// "place" a leader title heads. Steps of correct_name_mentions (mention_correction.cc).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/resolver.h"
#include "util/ascii.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

// Appends `added` to doc.mentions, kept sorted by start (stably: one that starts where a mention
// of doc does comes after it).
void insert_mentions(Document& doc, const std::vector<Mention>& added) {
  if (added.empty()) return;
  doc.mentions.insert(doc.mentions.end(), added.begin(), added.end());
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

// "Judicial Watch, Justice Department", "Paul, Robinson": a name the tagger ran over a comma
// between two names is two. Not a name whose list ends in "and" ("Goldman, Sachs and Co", "the
// Subcommittee on Conservation, Credit and Rural Development") nor one whose part after the
// comma is a suffix ("Cargill, Inc.", "Joseph R. Biden, Jr.", "Washington, D.C.").
void split_names_at_comma(Document& doc) {
  static constexpr std::string_view kSuffixes[] = {"inc", "ltd", "llc", "co", "corp", "plc",
                                                   "jr",  "sr",  "d.c", "ii", "iii",  "lp"};
  std::vector<Mention> added;
  std::string buf;
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type == EntityType::kNorp || m.span.end > doc.text.size())
      continue;
    const std::string_view name = doc.slice(m.span);
    const size_t comma = name.find(", ");
    if (comma == std::string_view::npos || comma == 0 || name.find(", ", comma + 1) != name.npos)
      continue;
    if (name.find(" and ") != name.npos || name.find(" & ") != name.npos) continue;
    std::string_view rest = name.substr(comma + 2);
    const std::string_view first_word = rest.substr(0, rest.find_first_of(" ,"));
    std::string low(util::ascii_lower(first_word, buf));
    if (!low.empty() && low.back() == '.') low.pop_back();
    if (rest.empty() ||
        std::find(std::begin(kSuffixes), std::end(kSuffixes), low) != std::end(kSuffixes))
      continue;
    if (!std::isupper(static_cast<unsigned char>(rest[0]))) continue;
    const uint32_t rest_begin = m.span.begin + static_cast<uint32_t>(comma + 2);
    added.push_back(Mention{Span{rest_begin, m.span.end}, m.type, MentionKind::kName, -1});
    m.span.end = m.span.begin + static_cast<uint32_t>(comma);
  }
  insert_mentions(doc, added);
}

// "Judicial Watch President Tom Fitton" where the tagger named only "Judicial": a name mention
// the text goes on into a longer name the article gives elsewhere (same type, same start) grows
// to it, unless another mention starts inside the growth.
void extend_to_known_names(Document& doc) {
  const std::string_view text = doc.text;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.kind != MentionKind::kName || m.span.end > text.size()) continue;
    const std::string_view name = doc.slice(m.span);
    for (const Mention& other : doc.mentions) {
      if (other.kind != MentionKind::kName || other.type != m.type ||
          other.span.end > text.size() || other.span.size() <= m.span.size())
        continue;
      const std::string_view longer = doc.slice(other.span);
      if (!longer.starts_with(name) || longer[name.size()] != ' ' ||
          text.substr(m.span.begin, longer.size()) != longer)
        continue;
      const uint32_t end = m.span.begin + static_cast<uint32_t>(longer.size());
      if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) continue;
      if (i + 1 < doc.mentions.size() && doc.mentions[i + 1].span.begin < end) continue;
      m.span.end = end;
      break;
    }
  }
}

// "Fred Hasson, head of Tiga, which represents …", "Hannes Androsch, chief executive of
// Creditanstalt-Bankverein,": a company title's "of" object that the tagger read as a place,
// set off by a comma or ending the sentence, is an organisation. "head of" heads states too:
// only before ", which" (a state's head is set off by its name: "the head of France, Jacques
// Chirac,"). Not a known capital or another name of a state, nor a place modifying a noun after
// it ("head of Sydney brokerage house …").
void retype_led_places(Document& doc) {
  static constexpr std::string_view kTitles[] = {"chief executive of ", "chairman of ",
                                                 "managing director of ", "founder of "};
  const std::string_view text = doc.text;
  std::string buf;
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kGpe || m.span.end > text.size())
      continue;
    const std::string_view before = text.substr(0, m.span.begin);
    const std::string_view after = text.substr(m.span.end, 8);
    bool titled = before.ends_with("head of ") && after.starts_with(", which ");
    for (std::string_view t : kTitles) titled |= before.ends_with(t);
    if (!titled || after.empty() || (after[0] != ',' && after[0] != '.' && after[0] != ';'))
      continue;
    const std::string low(util::ascii_lower(doc.slice(m.span), buf));
    if (place_aliases().contains(low) || !lexicon::country_for_demonym(low).empty() ||
        !lexicon::country_of_capital(low).empty())
      continue;
    m.type = EntityType::kOrg;
  }
}

}  // namespace newsgraph::resolve
