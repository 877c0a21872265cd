// Pronouns (he, she, ...) and definite descriptions ("the president") as mentions, linked to
// the nearest compatible person named before them. See resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph::resolve {

void Resolver::link_pronouns_and_descriptions() {
  std::vector<Mention> added;
  size_t name_cursor = 0;
  std::vector<const Mention*> recent_people;  // person name mentions before the cursor
  // Per title: the entity of the latest person name before the cursor with that title.
  std::unordered_map<std::string_view, int32_t> latest_with_title;
  for (size_t k = 0; k < words_.size(); ++k) {
    const scan::Word& w = words_[k];
    if (w.kind != scan::Kind::kWord) continue;
    while (name_cursor < doc_.mentions.size() && doc_.mentions[name_cursor].span.begin < w.begin) {
      const Mention& m = doc_.mentions[name_cursor++];
      if (m.type == EntityType::kPerson && m.kind == MentionKind::kName && m.entity >= 0) {
        recent_people.push_back(&m);
        for (const std::string& title : info_[static_cast<size_t>(m.entity)].titles)
          latest_with_title[title] = m.entity;
      }
    }
    std::string_view low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    Gender g = Gender::kUnknown;
    bool pronoun = false;
    if (low == "he" || low == "him" || low == "his" || low == "himself") {
      g = Gender::kMale;
      pronoun = true;
    } else if (low == "she" || low == "her" || low == "hers" || low == "herself") {
      g = Gender::kFemale;
      pronoun = true;
    }
    if (pronoun) {
      Mention pm{Span{w.begin, w.end}, EntityType::kPerson, MentionKind::kPronoun, -1};
      for (auto it = recent_people.rbegin(); it != recent_people.rend(); ++it) {
        if (w.begin - (*it)->span.end > 4000) break;
        EntityInfo& ei = info_[static_cast<size_t>((*it)->entity)];
        if (ei.gender == Gender::kUnknown || ei.gender == g) {
          pm.entity = (*it)->entity;
          if (ei.gender == Gender::kUnknown) ei.gender = g;
          break;
        }
      }
      added.push_back(pm);
      continue;
    }
    size_t last = k;
    Mention nm{};
    if (low == "the" && description_at(k, latest_with_title, &nm, &last)) {
      added.push_back(nm);
      k = last;
    }
  }
  for (Mention& m : added) doc_.mentions.push_back(m);
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

// "the [former|vice|...] ROLE" at word k ("the"): the nominal mention, linked to the latest
// person with that title (`titled`), and its last word. False when there is none.
bool Resolver::description_at(size_t k,
                              const std::unordered_map<std::string_view, int32_t>& titled_people,
                              Mention* out, size_t* last_word) {
  if (k + 1 >= words_.size()) return false;
  const scan::Word& w = words_[k];
  // the [former|vice|...] ROLE
  size_t r = k + 1;
  std::string role;
  for (; r < words_.size() && r < k + 4; ++r) {
    if (words_[r].kind != scan::Kind::kWord) break;
    std::string rl(
        util::ascii_lower(text_.substr(words_[r].begin, words_[r].end - words_[r].begin), buf_));
    if (role_nouns().count(rl)) {
      role = rl;
      // "the president of the United States" still refers to a president
      break;
    }
    if (!(rl == "former" || rl == "vice" || rl == "foreign" || rl == "prime" || rl == "deputy" ||
          rl == "republican" || rl == "democratic" || rl == "gop" || rl == "presidential" ||
          rl == "state" || rl == "campaign" || rl == "senior" || rl == "top"))
      break;
  }
  if (role.empty() || r >= words_.size()) return false;
  // Not followed by a capitalized name ("the president, Barack Obama" is fine either way).
  if (r + 1 < words_.size() && words_[r + 1].kind == scan::Kind::kWord && words_[r + 1].capitalized)
    return false;
  Mention nm{Span{w.begin, words_[r].end}, EntityType::kPerson, MentionKind::kNominal, -1};
  auto titled = titled_people.find(role);
  if (titled != titled_people.end()) nm.entity = titled->second;
  *out = nm;
  *last_word = r;
  return true;
}

}  // namespace newsgraph::resolve
