// Name helpers of the resolve stage: the key words of a name, group keys under which names
// are one referent, acronyms, and small text tests. See resolver.h.
#include <algorithm>
#include <cctype>

#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph::resolve {

// The key words of a name: lower-cased, possessive and leading "the" / titles removed.
void name_tokens(std::string_view text, bool person, std::vector<std::string>& out) {
  out.clear();
  text = strip_possessive(text);
  std::string word, buf;
  size_t i = 0;
  while (i <= text.size()) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
      if (!word.empty()) {
        std::string low(util::ascii_lower(word, buf));
        while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
        bool skip = out.empty() && (low == "the" || (person && title_words().count(low)));
        if (!skip && !low.empty()) out.push_back(low);
        word.clear();
      }
    } else {
      word += text[i];
    }
    ++i;
  }
}

void name_initials(const std::vector<std::string>& tokens, std::string* words, std::string* parts) {
  words->clear();
  parts->clear();
  for (const std::string& t : tokens) {
    if (t == "of" || t == "the" || t == "and" || t == "for" || t.empty()) continue;
    *words += t[0];
    for (size_t i = 0; i < t.size(); ++i)
      if (i == 0 || (t[i - 1] == '-' && t[i] != '-')) *parts += t[i];
  }
}

bool is_acronym_of(std::string_view acro, const std::vector<std::string>& tokens) {
  if (acro.size() < 2 || tokens.size() < 2) return false;
  std::string initials, parts;
  name_initials(tokens, &initials, &parts);
  return acro == initials || acro == parts;
}

bool all_upper(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

std::string join_tokens(const std::vector<std::string>& t, size_t from, size_t to) {
  std::string out;
  to = std::min(to, t.size());
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += t[i];
  }
  return out;
}

std::string without_periods(std::string s) {
  std::erase(s, '.');
  return s;
}

// Drops a final plural "s" ("israelis" -> "israeli"); "tories" -> "tory".
std::string singular(std::string s) {
  if (s.size() > 5 && s.compare(s.size() - 3, 3, "ies") == 0) {
    s.replace(s.size() - 3, 3, "y");
  } else if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') {
    s.pop_back();
  }
  return s;
}

// The key under which non-person names are the same referent: other names of a state,
// singular / plural / adjective forms of a group, singular party names.
std::string group_key(EntityType type, const std::vector<std::string>& toks) {
  std::string joined = without_periods(join_tokens(toks));
  if (type == EntityType::kNorp) {
    std::string_view key = demonym_forms().value(joined);
    return !key.empty() ? std::string(key) : singular(joined);
  }
  std::string_view alias = place_aliases().value(joined);
  if (!alias.empty()) return std::string(alias);
  if (type == EntityType::kOrg && party_names().count(singular(joined))) return singular(joined);
  return joined;
}

bool place_or_org(EntityType t) {
  return t == EntityType::kOrg || t == EntityType::kGpe || t == EntityType::kLoc;
}

// Whether `a` and `b` (byte offsets) lie in one sentence.
bool same_sentence(const Document& doc, uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  if (!doc.sentences.empty()) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), a,
                               [](uint32_t p, const Sentence& s) { return p < s.span.end; });
    return it != doc.sentences.end() && it->span.begin <= a && b < it->span.end;
  }
  // Not segmented: the whole text is one sentence (this stage invents none).
  return true;
}

bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  size_t j = 0;
  for (size_t i = 0; i < big.size() && j < small.size(); ++i)
    if (big[i] == small[j]) ++j;
  return j == small.size();
}

// The first word after `pos` (skipping a possessive and spaces), lower-cased.
std::string_view word_after(std::string_view text, uint32_t pos, std::string& buf) {
  size_t i = pos;
  if (text.substr(i, 2) == "'s")
    i += 2;
  else if (text.substr(i, 4) == "\xE2\x80\x99s")
    i += 4;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() &&
         ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')))
    ++j;
  return util::ascii_lower(text.substr(i, j - i), buf);
}

// Trims "Copyright", "©", "(c)" from the front of a name mention. False when nothing is left.
bool strip_copyright(std::string_view text, Span& span) {
  bool changed = true;
  while (changed && span.begin < span.end) {
    changed = false;
    std::string_view s = text.substr(span.begin, span.end - span.begin);
    for (std::string_view p : {std::string_view("Copyright"), std::string_view("COPYRIGHT"),
                               std::string_view("copyright"), std::string_view("\xC2\xA9"),
                               std::string_view("(c)"), std::string_view("(C)")}) {
      if (s.substr(0, p.size()) != p) continue;
      // A word prefix must end there ("Copyrights Ltd" stays).
      if (p.size() < s.size() && p[0] != '\xC2' && p[0] != '(' && s[p.size()] != ' ') continue;
      span.begin += static_cast<uint32_t>(p.size());
      while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == ':'))
        ++span.begin;
      changed = true;
      break;
    }
  }
  return span.begin < span.end;
}

// Cuts a name mention at a double quotation mark inside it: "John “Jack" read as one name
// keeps "John"; a mark at the front is skipped. False when no word is left.
bool strip_quotation_marks(std::string_view text, Span& span) {
  static constexpr std::string_view kMarks[] = {"\"",           "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                "\xE2\x80\x9E", "\xC2\xAB",     "\xC2\xBB"};
  for (;;) {
    const std::string_view s = text.substr(span.begin, span.end - span.begin);
    size_t at = std::string_view::npos, len = 0;
    for (std::string_view m : kMarks)
      if (size_t p = s.find(m); p < at) at = p, len = m.size();
    if (at == std::string_view::npos) break;
    if (at == 0) {
      span.begin += static_cast<uint32_t>(len);
      while (span.begin < span.end && text[span.begin] == ' ') ++span.begin;
    } else {
      span.end = span.begin + static_cast<uint32_t>(at);
      while (span.end > span.begin && text[span.end - 1] == ' ') --span.end;
    }
  }
  for (uint32_t k = span.begin; k < span.end; ++k)
    if (std::isalnum(static_cast<unsigned char>(text[k])) ||
        static_cast<unsigned char>(text[k]) >= 0x80)
      return true;
  return false;
}

}  // namespace newsgraph::resolve
