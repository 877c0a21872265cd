#include "resolve/party_mentions.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "resolve/resolver.h"
#include "util/parties.h"

namespace newsgraph::resolve {
namespace {

// The word's singular lower-case form is a party ("Democrats" -> "democrat").
bool is_party(std::string_view word) {
  std::string low;
  for (char c : word) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return util::is_party_word(low);
}

// A title or role noun ("nominee", "leader") within the three lower-case words from token i.
bool title_follows(const Document& doc, size_t i) {
  std::string low;
  for (size_t k = i; k < doc.tokens.size() && k < i + 3; ++k) {
    low.clear();
    for (char c : doc.slice(doc.tokens[k].span))
      low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (title_words().contains(low) || role_nouns().contains(low)) return true;
    if (low.empty() || !std::islower(static_cast<unsigned char>(low[0])) ||
        std::isupper(static_cast<unsigned char>(doc.slice(doc.tokens[k].span)[0])))
      return false;
  }
  return false;
}

}  // namespace

void add_party_mentions(Document& doc) {
  const auto has = [](const Token& t, TokenFlags f) {
    return (t.flags & static_cast<uint16_t>(f)) != 0;
  };
  std::vector<Mention> added;
  size_t m = 0;  // first mention that ends after the token
  for (size_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    while (m < doc.mentions.size() && doc.mentions[m].span.end <= t.span.begin) ++m;
    bool covered = false;
    for (size_t k = m; k < doc.mentions.size() && doc.mentions[k].span.begin < t.span.end; ++k)
      covered |= doc.mentions[k].span.end > t.span.begin;
    if (covered || !has(t, TokenFlags::kCapitalized)) continue;
    // At a sentence start only before a title ("Republican presidential nominee X"), not a
    // capitalised adjective ("Conservative estimates put ...").
    if (has(t, TokenFlags::kSentenceStart) && !title_follows(doc, i + 1)) continue;
    const std::string_view word = doc.slice(t.span);
    // "GOP" is a party in capitals; a capitalised common word in a headline is not.
    if ((all_upper(word) && word != "GOP") || !is_party(word)) continue;
    const Token& next = doc.tokens[i + 1];
    const std::string_view after = doc.slice(next.span);
    const bool lower_next = !after.empty() && std::islower(static_cast<unsigned char>(after[0]));
    if (!lower_next && after != "-") continue;
    added.push_back(Mention{t.span, EntityType::kOrg, MentionKind::kName, -1});
  }
  if (added.empty()) return;
  doc.mentions.insert(doc.mentions.end(), added.begin(), added.end());
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace newsgraph::resolve
