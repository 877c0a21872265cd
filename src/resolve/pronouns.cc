// Pronouns (he, she, it, they) and definite descriptions ("the president", "the ministry") as
// mentions, linked to the most salient fitting entity before them (coref.h). See resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph::resolve {

void Resolver::link_pronouns_and_descriptions() {
  index_narrative();
  salience_ = SalienceList();
  std::vector<Mention> added;
  size_t name_cursor = 0;
  recent_people_.clear();
  // Per title: the entity of the latest person name before the cursor with that title.
  std::unordered_map<std::string_view, int32_t> latest_with_title;
  for (size_t k = 0; k < words_.size(); ++k) {
    const scan::Word& w = words_[k];
    if (w.kind != scan::Kind::kWord) continue;
    while (name_cursor < doc_.mentions.size() && doc_.mentions[name_cursor].span.begin < w.begin) {
      const Mention& m = doc_.mentions[name_cursor++];
      if (m.kind != MentionKind::kName || m.entity < 0) continue;
      const size_t first = word_index_at(m.span.begin);
      if (m.type == EntityType::kPerson) {
        recent_people_.push_back(&m);
        for (const std::string& title : info_[static_cast<size_t>(m.entity)].titles)
          latest_with_title[title] = m.entity;
      }
      const bool candidate_type = m.type == EntityType::kPerson || m.type == EntityType::kOrg ||
                                  m.type == EntityType::kNorp;
      if (!candidate_type || first >= words_.size() || in_quote_[first]) continue;
      const size_t after = word_index_at(m.span.end);
      const size_t last = after > first ? after - 1 : first;
      salience_.add({m.entity, m.type, m.span.begin, narrative_[first], role_of(first, last)});
    }
    std::string_view low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    Mention found{};
    size_t last = k;
    if (pronoun_at(k, low, &found) ||
        (low == "the" && (description_at(k, latest_with_title, &found, &last) ||
                          organisation_description_at(k, &found, &last)))) {
      if (found.entity >= 0 && !in_quote_[k]) {
        GrammaticalRole role = speech_verb_after(last)            ? GrammaticalRole::kSpeaker
                               : low == "him" || low == "himself" ? GrammaticalRole::kObject
                               : low == "his" || low == "her" || low == "hers"
                                   ? GrammaticalRole::kOther
                                   : GrammaticalRole::kSubject;
        if (found.kind == MentionKind::kNominal && role != GrammaticalRole::kSpeaker)
          role = role_of(k, last);
        salience_.add({found.entity, found.type, found.span.begin, narrative_[k], role});
      }
      added.push_back(found);
      k = last;
    }
  }
  for (Mention& m : added) doc_.mentions.push_back(m);
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

bool Resolver::pronoun_at(size_t k, std::string_view low, Mention* out) {
  const scan::Word& w = words_[k];
  Gender g = Gender::kUnknown;
  if (low == "he" || low == "him" || low == "his" || low == "himself") {
    g = Gender::kMale;
  } else if (low == "she" || low == "her" || low == "hers" || low == "herself") {
    g = Gender::kFemale;
  } else if (low == "it" || low == "they") {
    // An organisation or group, only as the subject of a speech verb ("it said").
    if (in_quote_[k] || !speech_verb_after(k)) return false;
    const bool plural = low == "they";
    const int32_t e = salience_.best(
        w.begin, narrative_[k], 4, GrammaticalRole::kOther, [plural](const SalienceCandidate& c) {
          return c.type == EntityType::kOrg || (plural && c.type == EntityType::kNorp);
        });
    if (e < 0) return false;
    *out = Mention{Span{w.begin, w.end}, doc_.entities[static_cast<size_t>(e)].type,
                   MentionKind::kPronoun, e};
    return true;
  } else {
    return false;
  }
  Mention pm{Span{w.begin, w.end}, EntityType::kPerson, MentionKind::kPronoun, -1};
  auto fits_gender = [&](int32_t e) {
    const Gender eg = info_[static_cast<size_t>(e)].gender;
    return eg == Gender::kUnknown || eg == g;
  };
  if (!in_quote_[k]) {
    // Outside quotation marks: the most salient person (the subject of the previous
    // sentence, the current speaker) rather than the most recently named.
    pm.entity = salience_.best(w.begin, narrative_[k], 4, GrammaticalRole::kOther,
                               [&](const SalienceCandidate& c) {
                                 return c.type == EntityType::kPerson && fits_gender(c.entity);
                               });
  }
  for (auto it = recent_people_.rbegin(); pm.entity < 0 && it != recent_people_.rend(); ++it) {
    if (w.begin - (*it)->span.end > 4000) break;
    if (fits_gender((*it)->entity)) pm.entity = (*it)->entity;
  }
  if (pm.entity >= 0) {
    EntityInfo& ei = info_[static_cast<size_t>(pm.entity)];
    if (ei.gender == Gender::kUnknown) ei.gender = g;
  }
  *out = pm;
  return true;
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
  bool party_modifier = false;     // "the Republican nominee" names a party's person
  bool national_modifier = false;  // "the Russian president" is not any president
  for (; r < words_.size() && r < k + 4; ++r) {
    if (words_[r].kind != scan::Kind::kWord) break;
    std::string rl(
        util::ascii_lower(text_.substr(words_[r].begin, words_[r].end - words_[r].begin), buf_));
    if (role_nouns().count(rl) || rl == "man" || rl == "woman") {
      role = rl;
      // "the president of the United States" still refers to a president
      break;
    }
    party_modifier |= rl == "republican" || rl == "democratic" || rl == "gop";
    if (words_[r].capitalized && group_word(r)) {
      national_modifier = true;  // "the Russian president"
      continue;
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
  if (role == "man" || role == "woman") {
    // "…,” said the man who …": only as a speaker, the current speaker of that gender.
    const bool inverted = k >= 2 && word_is(k - 1, is_speech_verb) &&
                          (words_[k - 2].kind == scan::Kind::kCloseQuote ||
                           scan::is_punct(text_, words_[k - 2], ','));
    if (in_quote_[k] || !(inverted || speech_verb_after(r))) return false;
    const Gender g = role == "man" ? Gender::kMale : Gender::kFemale;
    nm.entity = salience_.best(w.begin, narrative_[k], 1, GrammaticalRole::kSubject,
                               [this, g](const SalienceCandidate& c) {
                                 const Gender eg = info_[static_cast<size_t>(c.entity)].gender;
                                 return c.type == EntityType::kPerson &&
                                        (eg == Gender::kUnknown || eg == g);
                               });
    *out = nm;
    *last_word = r;
    return true;
  }
  auto titled = titled_people.find(role);
  if (titled != titled_people.end() && !national_modifier) {
    nm.entity = titled->second;
  } else if ((titled == titled_people.end() || national_modifier) && !in_quote_[k] &&
             !party_modifier) {
    // No one so titled: the subject or speaker of this or the previous sentence whom the
    // article gives no other role ("…, Mr Blair warned. The prime minister also urged …").
    nm.entity = salience_.best(w.begin, narrative_[k], 1, GrammaticalRole::kSubject,
                               [this](const SalienceCandidate& c) {
                                 return c.type == EntityType::kPerson && !has_role_title(c.entity);
                               });
  }
  *out = nm;
  *last_word = r;
  return true;
}

}  // namespace newsgraph::resolve

namespace newsgraph::resolve {

// "the [state-owned] company", "the conservative-leaning newspaper", "the ministry's": at
// word k ("the"), linked to the most salient named organisation of the head's class in the
// last eight narrative sentences.
bool Resolver::organisation_description_at(size_t k, Mention* out, size_t* last_word) {
  std::string head;
  std::string_view cls;
  size_t r = k + 1;
  for (; r < words_.size() && r < k + 4; ++r) {
    const scan::Word& x = words_[r];
    if (x.kind != scan::Kind::kWord || x.capitalized) return false;
    head = util::ascii_lower(strip_possessive(text_.substr(x.begin, x.end - x.begin)));
    cls = organisation_class(head, /*head=*/true);
    if (!cls.empty()) break;
    // Only modifiers before the head: "the expansion the company …" is two phrases.
    if (head == "the" || head == "a" || head == "an" || is_modifier_stop_word(head)) return false;
  }
  if (cls.empty() || r >= words_.size() || r >= k + 4) return false;
  // "the company Rosneft": the name that follows is the mention.
  if (r + 1 < words_.size() && words_[r + 1].kind == scan::Kind::kWord && words_[r + 1].capitalized)
    return false;
  const int32_t e = salience_.best(
      words_[k].begin, narrative_[k], 8, GrammaticalRole::kOther, [&](const SalienceCandidate& c) {
        return c.type == EntityType::kOrg && organisation_fits(c.entity, head, cls);
      });
  if (e < 0) return false;
  *out = Mention{Span{words_[k].begin, words_[r].end}, EntityType::kOrg, MentionKind::kNominal, e};
  *last_word = r;
  return true;
}

bool Resolver::has_role_title(int32_t e) const {
  for (const std::string& t : info_[static_cast<size_t>(e)].titles)
    if (role_nouns().count(t)) return true;
  return false;
}

bool Resolver::organisation_fits(int32_t e, std::string_view head, std::string_view cls) const {
  const std::string& name = doc_.entities[static_cast<size_t>(e)].name;
  bool any_class = false;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = pos;
    while (end < name.size() && name[end] != ' ' && name[end] != '-') ++end;
    std::string word =
        util::ascii_lower(strip_possessive(std::string_view(name).substr(pos, end - pos)));
    while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
    if (word == head) return true;
    std::string_view wc = organisation_class(word, /*head=*/false);
    if (wc == cls) return true;
    any_class |= !wc.empty();
    pos = end + 1;
  }
  return cls == "company" && !any_class;
}

}  // namespace newsgraph::resolve
