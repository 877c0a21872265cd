// Namesake rules of name grouping: a bare surname or first name does not join a person it
// cannot be. An honorific gives a mention's gender ("Mrs Howard" is not "Michael Howard" nor
// "Mr Howard"); a royal title with one name ("Prince Charles") is that royal, never the
// Charles Kennedy of the same article. See resolver.h.
#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph::resolve {
namespace {

bool is_name_char(char c) { return c != ' ' && c != '\n' && c != '\t'; }

}  // namespace

Gender title_gender(std::string_view low, bool* royal) {
  *royal = low == "king" || low == "queen" || low == "prince" || low == "princess";
  if (low == "mr" || low == "sir" || low == "lord" || low == "baron" || low == "king" ||
      low == "prince" || low == "duke" || low == "earl")
    return Gender::kMale;
  if (low == "mrs" || low == "ms" || low == "miss" || low == "lady" || low == "dame" ||
      low == "baroness" || low == "madam" || low == "queen" || low == "princess" ||
      low == "duchess" || low == "countess")
    return Gender::kFemale;
  return Gender::kUnknown;
}

Gender honorific_gender(std::string_view text, Span span, bool* royal) {
  *royal = false;
  std::string buf;
  // The mention's own first word ("Mrs Howard"), when the tagger kept the title in the span.
  uint32_t end = span.begin;
  while (end < span.end && is_name_char(text[end])) ++end;
  std::string_view first = text.substr(span.begin, end - span.begin);
  while (!first.empty() && first.back() == '.') first.remove_suffix(1);
  if (end < span.end) {
    Gender g = title_gender(util::ascii_lower(first, buf), royal);
    if (g != Gender::kUnknown) return g;
  }
  // Else the word just before it ("Mrs [Howard]", "Mrs. [Reagan]").
  uint32_t stop = span.begin;
  if (stop == 0 || text[stop - 1] != ' ') return Gender::kUnknown;
  --stop;
  uint32_t start = stop;
  while (start > 0 && is_name_char(text[start - 1])) --start;
  std::string_view before = text.substr(start, stop - start);
  while (!before.empty() && before.back() == '.') before.remove_suffix(1);
  return title_gender(util::ascii_lower(before, buf), royal);
}

Gender Resolver::entity_gender(int32_t e) const {
  const size_t i = static_cast<size_t>(e);
  if (i < honorific_.size() && honorific_[i] != Gender::kUnknown) return honorific_[i];
  // A first name's usual gender only where the article writes this surname with honorifics
  // of both genders ("Mrs Howard" ... "Mr Howard"): two people, and the first name says which
  // is which. Elsewhere it is too weak a cue (Ariel, Robin, Kim).
  const std::vector<std::string>& t = info_[i].tokens;
  if (t.size() < 2 || !two_gender_words_.count(t.back())) return Gender::kUnknown;
  return first_name_gender(t.front());
}

bool Resolver::bare_name_fits(Gender mention, int32_t e) const {
  if (mention == Gender::kUnknown) return true;
  const Gender known = entity_gender(e);
  return known == Gender::kUnknown || known == mention;
}

bool Resolver::royal_entity(int32_t e) const {
  const size_t i = static_cast<size_t>(e);
  return i < royal_.size() && royal_[i];
}

void Resolver::find_two_gender_words() {
  std::unordered_set<std::string> male, female;
  std::vector<std::string> toks;
  for (const Mention& m : doc_.mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.span.end > text_.size())
      continue;
    bool royal = false;
    const Gender g = honorific_gender(text_, m.span, &royal);
    if (g == Gender::kUnknown) continue;
    name_tokens(doc_.slice(m.span), true, toks);
    if (toks.size() != 1) continue;
    (g == Gender::kMale ? male : female).insert(toks[0]);
  }
  for (const std::string& w : male)
    if (female.count(w)) two_gender_words_.insert(w);
}

void Resolver::note_honorific(int32_t e, Gender g, bool royal) {
  const size_t i = static_cast<size_t>(e);
  if (royal) {
    if (royal_.size() <= i) royal_.resize(i + 1, false);
    royal_[i] = true;
  }
  if (g == Gender::kUnknown) return;
  if (honorific_.size() <= i) honorific_.resize(i + 1, Gender::kUnknown);
  if (honorific_[i] == Gender::kUnknown) honorific_[i] = g;
}

namespace {

std::string one_word_key(const std::string& word, Gender g, bool royal) {
  if (royal)
    return word +
           "\x1f"
           "r";
  if (g == Gender::kMale)
    return word +
           "\x1f"
           "m";
  if (g == Gender::kFemale)
    return word +
           "\x1f"
           "f";
  return word;
}

}  // namespace

int32_t Resolver::one_word_person(Gender g, bool royal) const {
  const std::string& word = toks_[0];
  if (royal) {
    auto it = one_word_person_.find(one_word_key(word, g, true));
    return it == one_word_person_.end() ? -1 : it->second;
  }
  for (const std::string& key : {one_word_key(word, g, false), word}) {
    auto it = one_word_person_.find(key);
    if (it != one_word_person_.end() && bare_name_fits(g, it->second)) return it->second;
  }
  return -1;
}

int32_t Resolver::earlier_one_word_person(Gender g) const {
  int32_t e = one_word_person(g, false);
  return e >= 0 ? e : one_word_person(g, true);
}

void Resolver::file_one_word_person(const Mention& m, int32_t e) {
  bool royal = false;
  const Gender g = honorific_gender(text_, m.span, &royal);
  if (!royal) one_word_person_.emplace(toks_[0], e);
  if (royal || g != Gender::kUnknown) one_word_person_.emplace(one_word_key(toks_[0], g, royal), e);
}

void Resolver::find_spouses() {
  std::vector<std::string> toks;
  for (size_t i = 0; i < doc_.mentions.size(); ++i) {
    const Mention& m = doc_.mentions[i];
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.span.end > text_.size())
      continue;
    name_tokens(doc_.slice(m.span), true, toks);
    if (toks.size() != 1) continue;
    std::string_view before = text_.substr(0, m.span.begin);
    Gender g = Gender::kUnknown;
    for (std::string_view cue : {"wife, ", "wife ", "husband, ", "husband "})
      if (before.ends_with(cue)) g = cue[0] == 'w' ? Gender::kFemale : Gender::kMale;
    if (g == Gender::kUnknown) continue;
    // The partner: the nearest person name before, in the same sentence.
    for (size_t k = i; k-- > 0;) {
      const Mention& p = doc_.mentions[k];
      if (!same_sentence(doc_, p.span.begin, m.span.begin)) break;
      if (p.type != EntityType::kPerson || p.kind != MentionKind::kName) continue;
      name_tokens(doc_.slice(p.span), true, toks);
      if (!toks.empty()) spouses_[toks.back()].push_back({i, g});
      break;
    }
  }
}

int32_t Resolver::spouse_for(const Mention& m, Gender g) const {
  if (g == Gender::kUnknown || toks_.size() != 1) return -1;
  auto it = spouses_.find(toks_[0]);
  if (it == spouses_.end()) return -1;
  // An earlier "Mrs Howard" (a headline) already stands for her: the same one.
  auto titled = one_word_person_.find(one_word_key(toks_[0], g, false));
  if (titled != one_word_person_.end()) return titled->second;
  int32_t found = -1;
  for (const Spouse& s : it->second) {
    const Mention& sm = doc_.mentions[s.mention];
    if (s.gender == g && sm.span.begin < m.span.begin && sm.entity >= 0) found = sm.entity;
  }
  return found;
}

}  // namespace newsgraph::resolve
