// Name mentions grouped into entities: the same name, a fuller or shorter form of a person's
// name met in another sentence, a bare surname or first name joining the full name it belongs
// to, and non-person names under one group key. See resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph::resolve {
namespace {

// The index key of a multi-word person name: its first word (the formal name of a short form:
// "Ken Starr" and "Kenneth Starr") and its last word.
std::string first_last_key(const std::vector<std::string>& t) {
  std::string k(formal_first_name(t.front()));
  k += '\x1f';  // never inside a name token
  k += t.back();
  return k;
}

// A surname particle ("van" of "Ruud van Nistelrooy", "de" of "Charles de Gaulle").
bool is_surname_particle(std::string_view w) {
  return w == "van" || w == "von" || w == "de" || w == "der" || w == "den" || w == "du" ||
         w == "da" || w == "di" || w == "del" || w == "della" || w == "le" || w == "la" ||
         w == "ter" || w == "ten";
}

// The key a full name with a particle before its last word is also filed under: the particle
// and the last word, as its short form keys itself ("Van Nistelrooy" / "Ruud van
// Nistelrooy"); "" for other names.
std::string particle_key(const std::vector<std::string>& t) {
  if (t.size() < 3 || !is_surname_particle(t[t.size() - 2])) return {};
  return t[t.size() - 2] + '\x1f' + t.back();
}

}  // namespace

// Pass 0: multi-word person names and all non-person names, in text order.
// Pass 1: one-word person names join a full name with that word.
// Every candidate search goes through an index (by group key, by first / last name word) and a
// sorted position list, never over all entities or all earlier mentions, so a document of any
// length resolves in near-linear time; the choices are the ones a full scan in entity order
// would make.
void Resolver::group_names() {
  // Mentions in text order and sentences in order, non-overlapping: then each entity's
  // positions ascend and lie at or before the mention being resolved in pass 0, and only the
  // last of them can share its sentence. Otherwise every position is looked at.
  in_text_order_ =
      std::is_sorted(
          doc_.mentions.begin(), doc_.mentions.end(),
          [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; }) &&
      std::adjacent_find(doc_.sentences.begin(), doc_.sentences.end(),
                         [](const Sentence& a, const Sentence& b) {
                           return a.span.begin > a.span.end || a.span.end > b.span.begin;
                         }) == doc_.sentences.end();
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      find_parents();
      find_two_gender_words();
      find_spouses();
    }
    for (Mention& m : doc_.mentions) group_mention(m, pass);
  }
}

// "Ahmad Massoud, ... son of ... Ahmad Shah Massoud": who is whose parent; then the index of
// full person names by first and by last word, for pass 1.
void Resolver::find_parents() {
  // "Ahmad Massoud, ... son of ... Ahmad Shah Massoud": who is whose parent.
  parent_of_.assign(doc_.entities.size(), -1);
  for (const Mention& a : doc_.mentions) {
    if (a.entity < 0 || a.type != EntityType::kPerson || a.kind != MentionKind::kName) continue;
    if (info_[static_cast<size_t>(a.entity)].tokens.size() < 2) continue;
    std::string_view window = text_.substr(a.span.end, 160);
    size_t rel = std::string_view::npos;
    for (std::string_view cue : {"son of ", "daughter of ", "child of "})
      rel = std::min(rel, window.find(cue));
    if (rel == std::string_view::npos ||
        !same_sentence(doc_, a.span.begin, a.span.end + static_cast<uint32_t>(rel)))
      continue;
    uint32_t from = a.span.end + static_cast<uint32_t>(rel);
    auto b_it = doc_.mentions.begin();
    if (in_text_order_)
      b_it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), from,
                              [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
    for (; b_it != doc_.mentions.end(); ++b_it) {
      const Mention& b = *b_it;
      if (in_text_order_ && b.span.begin > from + 100) break;
      if (b.span.begin < from || b.span.begin > from + 100) continue;
      if (b.type != EntityType::kPerson || b.kind != MentionKind::kName || b.entity < 0 ||
          b.entity == a.entity)
        continue;
      parent_of_[static_cast<size_t>(a.entity)] = b.entity;
      break;
    }
  }
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::kPerson || info_[e].tokens.size() < 2) continue;
    by_first_[info_[e].tokens.front()].push_back(static_cast<int32_t>(e));
    by_last_[info_[e].tokens.back()].push_back(static_cast<int32_t>(e));
  }
}

void Resolver::group_mention(Mention& m, int pass) {
  if (m.kind != MentionKind::kName && m.kind != MentionKind::kValue) return;
  if (m.span.end > text_.size()) return;
  bool person = m.type == EntityType::kPerson;
  name_tokens(doc_.slice(m.span), person, toks_);
  if (toks_.empty()) toks_.push_back(std::string(util::ascii_lower(doc_.slice(m.span), buf_)));
  bool single_person = person && toks_.size() == 1;
  if ((pass == 0) == single_person) return;
  positions_.resize(doc_.entities.size());
  std::string key = person ? std::string() : group_key(m.type, toks_);
  int32_t found = !person          ? find_non_person(m, key)
                  : !single_person ? find_full_name(m)
                                   : find_bare_name(m);
  if (found < 0) {
    found = new_entity(m, toks_);
    positions_.resize(doc_.entities.size());
    if (!person)
      by_group_key_[key].push_back(found);
    else if (toks_.size() >= 2) {
      by_first_last_[first_last_key(toks_)].push_back(found);
      if (const std::string pk = particle_key(toks_); !pk.empty())
        by_first_last_[pk].push_back(found);
    } else
      file_one_word_person(m, found);
    if (pass == 1) parent_of_.push_back(-1);
  }
  m.entity = found;
  if (person) {
    bool royal = false;
    const Gender g = honorific_gender(text_, m.span, &royal);
    note_honorific(found, g, royal);
  }
  // Bare names choose among full-name mentions only.
  if (!single_person) positions_[static_cast<size_t>(found)].push_back(m.span.begin);
  Entity& ent = doc_.entities[static_cast<size_t>(found)];
  const auto& known = info_[static_cast<size_t>(found)].tokens;
  // The fullest form names the entity: more words, or for a place or group the longer
  // spelling ("America" over "U.S.", "Tajiks" over "Tajik").
  // A person's formal first name over its short form ("Kenneth Starr" over "Ken Starr").
  bool fuller =
      toks_.size() > known.size() ||
      (!person && toks_.size() == known.size() &&
       without_periods(join_tokens(toks_)).size() > without_periods(join_tokens(known)).size()) ||
      (person && toks_.size() == known.size() && toks_.size() >= 2 &&
       toks_.front() != known.front() && formal_first_name(known.front()) == toks_.front());
  if (fuller) {
    info_[static_cast<size_t>(found)].tokens = toks_;
    ent.name = std::string(strip_possessive(doc_.slice(m.span)));
    if (ent.name.size() > 4 &&
        (ent.name.compare(0, 4, "the ") == 0 || ent.name.compare(0, 4, "The ") == 0))
      ent.name.erase(0, 4);
  }
}

// The first earlier entity under the same key, of a compatible type; -1 when none.
int32_t Resolver::find_non_person(const Mention& m, const std::string& key) const {
  int32_t found = -1;
  auto it = by_group_key_.find(key);
  if (it != by_group_key_.end()) {
    for (int32_t e : it->second) {
      const EntityType et = doc_.entities[static_cast<size_t>(e)].type;
      if (et == m.type || (place_or_org(et) && place_or_org(m.type))) {
        found = e;
        break;
      }
    }
  }
  return found;
}

int32_t Resolver::find_full_name(const Mention& m) {
  int32_t found = -1;
  // The same full name; else a fuller or shorter form of it ("George W. Bush" /
  // "George Bush") met in another sentence. Two names in one sentence are two people.
  int64_t best = -2;
  // Filed by first and last word, and (for "Ruud van Nistelrooy") by particle and last word.
  const std::string pk = particle_key(toks_);
  for (const std::string& key : {first_last_key(toks_), pk}) {
    if (key.empty()) continue;
    auto it = by_first_last_.find(key);
    if (it == by_first_last_.end()) continue;
    // Compared with the first name in its formal form ("Ken Starr" is "Kenneth Starr").
    std::vector<std::string> formal = toks_;
    formal.front() = std::string(formal_first_name(formal.front()));
    std::vector<std::string> et;
    for (int32_t ce : it->second) {
      const size_t e = static_cast<size_t>(ce);
      if (info_[e].tokens == toks_) {
        found = ce;
        break;
      }
      et = info_[e].tokens;
      et.front() = std::string(formal_first_name(et.front()));
      if (!is_subsequence(et, formal) && !is_subsequence(formal, et)) continue;
      if (!apart_from(e, m.span.begin)) continue;
      int64_t recent = latest_before(e, m.span.begin);
      if (recent > best) {
        best = recent;
        found = ce;
      }
    }
    if (found >= 0 && info_[static_cast<size_t>(found)].tokens == toks_) break;
  }
  return found;
}

int32_t Resolver::find_bare_name(const Mention& m) {
  int32_t found = -1;
  // A bare name: the most recent full name ending in it (else starting with it); after a
  // possessive with a kinship noun ("Massoud's father"), not the relative it names.
  bool royal = false;
  const Gender gender = honorific_gender(text_, m.span, &royal);
  // A royal title with one name: a person named with a royal title ("Prince Saud al-Faisal"),
  // never the Charles Kennedy of the same article.
  const bool royal_only = royal;
  // "Mrs Reagan" after "his wife, Nancy" (of Reagan): the wife, not the husband.
  if (int32_t spouse = spouse_for(m, gender); spouse >= 0) return spouse;
  Kin kin = Kin::kNone;
  std::string_view rest = text_.substr(m.span.end, 4);
  if (rest.substr(0, 2) == "'s" || rest == "\xE2\x80\x99s")
    kin = kin_word(word_after(text_, m.span.end, buf_));
  for (int by_first_word = 0; by_first_word < 2 && found < 0; ++by_first_word) {
    const auto& index = by_first_word ? by_first_ : by_last_;
    auto cands_it = index.find(toks_[0]);
    if (cands_it == index.end()) continue;
    const std::vector<int32_t>& cands = cands_it->second;
    std::vector<int32_t> preferred;
    if (kin != Kin::kNone) {
      auto in_cands = [&](int32_t e) {
        return e >= 0 && std::find(cands.begin(), cands.end(), e) != cands.end();
      };
      for (int32_t c : cands) {
        bool is_child = in_cands(parent_of_[static_cast<size_t>(c)]);
        bool is_parent = false;
        for (int32_t d : cands)
          if (parent_of_[static_cast<size_t>(d)] == c) is_parent = true;
        if ((kin == Kin::kParent && is_child) || (kin == Kin::kChild && is_parent))
          preferred.push_back(c);
      }
    }
    const std::vector<int32_t>& pool = preferred.empty() ? cands : preferred;
    int64_t best_before = -1;
    int64_t best_after = INT64_MAX;
    int32_t before = 0, after = 0;
    for (int32_t c : pool) {
      if (!bare_name_fits(gender, c)) continue;  // "Mrs Howard" is not Michael Howard
      if (royal_only && !royal_entity(c)) continue;
      const std::vector<uint32_t>& ps = positions_[static_cast<size_t>(c)];
      if (in_text_order_) {
        // Ascending: the last one before the mention and the first one at or after it.
        auto at = std::lower_bound(ps.begin(), ps.end(), m.span.begin);
        if (at != ps.begin() && static_cast<int64_t>(*(at - 1)) > best_before) {
          best_before = *(at - 1);
          before = c;
        }
        if (at != ps.end() && static_cast<int64_t>(*at) < best_after) {
          best_after = *at;
          after = c;
        }
        continue;
      }
      for (uint32_t p : ps) {
        if (p<m.span.begin&& static_cast<int64_t>(p)> best_before) {
          best_before = p;
          before = c;
        } else if (p >= m.span.begin && static_cast<int64_t>(p) < best_after) {
          best_after = p;
          after = c;
        }
      }
    }
    if (best_before >= 0) {
      found = before;
    } else if (best_after != INT64_MAX) {
      // Only a full name further on: an earlier one-word person of this name comes first
      // ("Prince Charles ... Charles said" before "Charles Kennedy" is named).
      found = earlier_one_word_person(gender);
      if (found < 0) found = after;
    }
  }
  if (found < 0) found = royal ? one_word_person(gender, true) : earlier_one_word_person(gender);
  return found;
}

int32_t Resolver::new_entity(const Mention& m, const std::vector<std::string>& t) {
  Entity e;
  e.type = m.type;
  e.name = std::string(strip_possessive(doc_.slice(m.span)));
  if (e.name.size() > 4 && (e.name.compare(0, 4, "the ") == 0 || e.name.compare(0, 4, "The ") == 0))
    e.name.erase(0, 4);
  doc_.entities.push_back(std::move(e));
  EntityInfo ei;
  ei.tokens = t;
  info_.push_back(std::move(ei));
  return static_cast<int32_t>(doc_.entities.size() - 1);
}

// The latest position of entity e before pos, or -1.
int64_t Resolver::latest_before(size_t e, uint32_t pos) const {
  int64_t best = -1;
  if (in_text_order_) {
    for (auto it = positions_[e].rbegin(); it != positions_[e].rend(); ++it)
      if (*it < pos) return static_cast<int64_t>(*it);
    return best;
  }
  for (uint32_t p : positions_[e])
    if (p < pos) best = std::max<int64_t>(best, p);
  return best;
}

// Whether no full name of entity e shares a sentence with pos.
bool Resolver::apart_from(size_t e, uint32_t pos) const {
  if (in_text_order_)
    return positions_[e].empty() || !same_sentence(doc_, positions_[e].back(), pos);
  for (uint32_t p : positions_[e])
    if (same_sentence(doc_, p, pos)) return false;
  return true;
}

}  // namespace newsgraph::resolve
