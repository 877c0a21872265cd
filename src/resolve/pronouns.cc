// Pronouns (he, she, it, they) and definite descriptions ("the president", "the ministry") as
// mentions, linked to the most salient fitting entity before them (coref.h). See resolver.h.
#include <algorithm>

#include "resolve/resolver.h"
#include "util/ascii.h"
#include "util/role_words.h"

namespace newsgraph::resolve {

namespace {
// A word that may follow a subject before or as its verb: an auxiliary, "also", a relative
// "who", or an adverb of time ("The foreign secretary meanwhile said …").
bool is_word_after_subject(std::string_view low) {
  for (std::string_view w :
       {"is", "was", "has", "had", "will", "would", "also", "who", "meanwhile", "later", "earlier"})
    if (low == w) return true;
  return false;
}

bool is_copula(std::string_view low) {
  return low == "is" || low == "was" || low == "are" || low == "were" || low == "be" ||
         low == "been" || low == "being" || low == "become" || low == "became" ||
         low == "remains" || low == "remained";
}

// A verb or adverb by its ending ("called", "outlines", "repeatedly"): a word after a subject,
// not a noun continuing it ("election", "award").
bool is_verb_by_ending(std::string_view low) {
  return low.size() > 3 && (low.ends_with("ed") || low.ends_with("ly") ||
                            (low.ends_with("s") && !low.ends_with("ss")));
}

bool is_phrase_preposition(std::string_view low) {
  return lexicon::lower_in(low, lexicon::phrase_prepositions());
}

// What continues an apposition: a preposition ("the executive director of X") or a relative
// pronoun ("Senator Richard Shelby, the Alabama Republican who heads …").
bool continues_apposition(std::string_view low) {
  return is_phrase_preposition(low) || low == "who" || low == "whose" || low == "whom";
}

// A party word that names a member ("the Illinois Democrat", "a Tory"), not the party itself
// ("the GOP", "the Labour", "the Democratic").
bool is_party_member_noun(std::string_view word, std::string_view low) {
  if (all_upper(word)) return false;
  return party_names().contains(std::string(low)) && low != "democratic" && low != "labour" &&
         low != "labor" && low != "likud" && low != "party" && low != "plaid cymru";
}

// Plural nouns for sources a wire story leaves unnamed ("Gulf oil sources said", "traders said")
// that are no description of one named person (role_nouns()).
bool unnamed_source_plural(std::string_view low) {
  return low == "sources" || low == "traders" || low == "dealers" || low == "bankers" ||
         low == "residents" || low == "witnesses" || low == "insiders" || low == "observers";
}

}  // namespace

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
    // "…,” said one analyst": an unnamed source (coref.h; it lower-cases into buf_ too).
    const bool indefinite = low == "one" || low == "a" || low == "an" || low == "another";
    if (indefinite && !in_quote_[k] && unnamed_speaker_at(k))
      salience_.add(
          {kUnnamedPerson, EntityType::kPerson, w.begin, narrative_[k], GrammaticalRole::kSpeaker});
    if (indefinite) low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    // "…, the senators said", "analysts said": an unnamed group of sources (coref.h).
    if (!w.capitalized && !in_quote_[k] && low.size() > 3 && low.back() == 's' &&
        (role_nouns().count(low.substr(0, low.size() - 1)) || unnamed_source_plural(low))) {
      if (speech_verb_after(k))
        salience_.add(
            {kUnnamedGroup, EntityType::kNorp, w.begin, narrative_[k], GrammaticalRole::kSpeaker});
      low = util::ascii_lower(text_.substr(w.begin, w.end - w.begin), buf_);
    }
    // Read before description_at, which lower-cases other words into buf_ (and so under `low`).
    const bool object_pronoun = low == "him" || low == "himself";
    const bool possessive_pronoun = low == "his" || low == "her" || low == "hers" || low == "its";
    Mention found{};
    size_t last = k;
    if (pronoun_at(k, low, &found) ||
        (low == "the" && (description_at(k, latest_with_title, &found, &last) ||
                          organisation_description_at(k, &found, &last))) ||
        (w.capitalized && strip_possessive(low).size() < low.size() &&
         description_at(k, latest_with_title, &found, &last))) {
      if (found.entity >= 0 && !in_quote_[k]) {
        GrammaticalRole role = speech_verb_after(last) ? GrammaticalRole::kSpeaker
                               : object_pronoun        ? GrammaticalRole::kObject
                               : possessive_pronoun    ? GrammaticalRole::kOther
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

// "one analyst", "an official", "a Texaco spokesman" at word k ("one", "a", "an", "another"):
// a person noun after up to three modifiers, as the subject of a speech verb ("an official
// said") or after an inverted one ("…,” said one analyst who …").
bool Resolver::unnamed_speaker_at(size_t k) {
  const bool inverted = after_inverted_speech_verb(k);
  for (size_t r = k + 1; r < words_.size() && r <= k + 4; ++r) {
    if (words_[r].kind != scan::Kind::kWord) return false;
    const std::string_view rl =
        util::ascii_lower(text_.substr(words_[r].begin, words_[r].end - words_[r].begin), buf_);
    if (is_modifier_stop_word(rl)) return false;
    if (!words_[r].capitalized && role_nouns().count(rl)) {
      // "…,” said a proud coach Mike Ruddock": a title before the speaker's name.
      if (r + 1 < words_.size() && words_[r + 1].kind == scan::Kind::kWord &&
          words_[r + 1].capitalized)
        return false;
      return inverted || speech_verb_after(r);
    }
  }
  return false;
}

// Whether "its" at word k opens a title set off before a name: up to three words, the last a
// title word, then a comma and a capitalised word ("Its lawyer, Hugh Ray,", "its Paris lawyer,
// Emmanuel Gaillard").
bool Resolver::title_set_off_after(size_t k) {
  for (size_t r = k + 1; r < words_.size() && r <= k + 3; ++r) {
    if (words_[r].kind != scan::Kind::kWord) return false;
    std::string_view rl =
        util::ascii_lower(text_.substr(words_[r].begin, words_[r].end - words_[r].begin), buf_);
    if (!util::person_titles().contains(rl)) continue;
    return r + 2 < words_.size() && scan::is_punct(text_, words_[r + 1], ',') &&
           words_[r + 2].kind == scan::Kind::kWord && words_[r + 2].capitalized;
  }
  return false;
}

bool Resolver::pronoun_at(size_t k, std::string_view low, Mention* out) {
  const scan::Word& w = words_[k];
  Gender g = Gender::kUnknown;
  if (low == "he" || low == "him" || low == "his" || low == "himself") {
    g = Gender::kMale;
  } else if (low == "she" || low == "her" || low == "hers" || low == "herself") {
    g = Gender::kFemale;
  } else if (low == "its" && !in_quote_[k] && title_set_off_after(k)) {
    // "Its lawyer, Hugh Ray, told the court": the organisation whose title it is, the most
    // salient one of this or the last two sentences; "TWA and its chairman, Carl Icahn": the
    // organisation it is joined to.
    if (k >= 2 && word_is(k - 1, [](std::string_view l) { return l == "and"; })) {
      const Mention* joined = name_mention_at(k - 2);
      if (joined && joined->type == EntityType::kOrg && joined->entity >= 0) {
        *out =
            Mention{Span{w.begin, w.end}, EntityType::kOrg, MentionKind::kPronoun, joined->entity};
        return true;
      }
    }
    const int32_t e = salience_.best(
        w.begin, narrative_[k], 2, GrammaticalRole::kSubject,
        [](const SalienceCandidate& c) { return c.type == EntityType::kOrg && c.entity >= 0; });
    if (e < 0) return false;
    *out = Mention{Span{w.begin, w.end}, EntityType::kOrg, MentionKind::kPronoun, e};
    return true;
  } else if (low == "it" || low == "they") {
    // An organisation or group, only as the subject of a speech verb ("it said"). (`low` is
    // read first: speech_verb_after lower-cases the words after it into the same buffer.)
    const bool plural = low == "they";
    if (in_quote_[k] || !speech_verb_after(k)) return false;
    const int32_t e = salience_.best(
        w.begin, narrative_[k], 4, GrammaticalRole::kOther, [plural](const SalienceCandidate& c) {
          return c.type == EntityType::kOrg || (plural && c.type == EntityType::kNorp);
        });
    if (e == kUnnamedGroup) {  // "…, the senators said. They added …": no entity
      *out = Mention{Span{w.begin, w.end}, EntityType::kNorp, MentionKind::kPronoun, -1};
      return true;
    }
    if (e < 0) return false;
    *out = Mention{Span{w.begin, w.end}, doc_.entities[static_cast<size_t>(e)].type,
                   MentionKind::kPronoun, e};
    return true;
  } else {
    return false;
  }
  Mention pm{Span{w.begin, w.end}, EntityType::kPerson, MentionKind::kPronoun, -1};
  auto fits_gender = [&](int32_t e) {
    if (e == kUnnamedPerson) return true;
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
  if (pm.entity == kUnnamedPerson) {
    // "…,” said one analyst. “…,” he added: the unnamed source, no entity.
    *out = pm;
    out->entity = -1;
    return true;
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

// "the [former|Israeli|Republican|...] ROLE" at word k ("the"): the nominal mention and its last
// word, linked to a person it fits: one the article names with that title ("President X" ->
// "the president"), or else a person of this or the previous sentence (subject first) whose
// titles and affiliations do not contradict it. False when there is no such description.
bool Resolver::description_at(size_t k,
                              const std::unordered_map<std::string_view, int32_t>& titled_people,
                              Mention* out, size_t* last_word) {
  PersonDescription d;
  size_t r = k + 1;
  // "Russia's president", "Germany's finance minister": a country's name in the possessive reads
  // as "the Russian president", the country as the description's nationality.
  const bool possessive = !word_is(k, [](std::string_view low) { return low == "the"; });
  const Mention* country = possessive ? possessive_place_at(k) : nullptr;
  if (possessive && !country) return false;
  if (!read_person_description(r, &d)) return false;
  if (country) {
    if (d.role == "man" || d.role == "woman" || d.party_head || d.org >= 0) return false;
    // "Spain's director general for Europe, Jose Maria Pons", "Britain's ambassador to Iran": a
    // narrower role than the country's own, whose holder is named after it if at all.
    if (word_is(r + 1,
                [](std::string_view low) { return is_phrase_preposition(low) || low == "to"; }))
      return false;
    // Only where a subject or a speaker stands: at the start of a sentence, a line or a
    // quotation, after "and" / "but" or an inverted speech verb ("…,” said Russia's president").
    // Not set off after a name ("Christie, New Jersey's governor,"), nor after a preposition
    // or "as" ("signed by North Carolina's governor", "his term as New York's mayor"): there
    // the holder need not be anyone the article has named.
    const size_t first = word_index_at(country->span.begin);
    if (first > 0) {
      const scan::Word& before = words_[first - 1];
      const bool new_line = text_.substr(before.end, country->span.begin - before.end).find('\n') !=
                            std::string_view::npos;
      const bool clause_start =
          before.kind == scan::Kind::kWord
              ? word_is(first - 1, is_speech_verb) ||
                    word_is(first - 1,
                            [](std::string_view low) { return low == "and" || low == "but"; })
              : !scan::is_punct(text_, before, ',');
      if (!new_line && !clause_start) return false;
    }
    const std::string& place = doc_.entities[static_cast<size_t>(country->entity)].name;
    if (std::find(d.affiliations.begin(), d.affiliations.end(), place) == d.affiliations.end())
      d.affiliations.push_back(place);
  }
  const scan::Word& w = words_[k];
  const scan::Word& head = words_[r];  // the mention ends before a possessive "'s"
  const auto end = static_cast<uint32_t>(
      head.begin + strip_possessive(text_.substr(head.begin, head.end - head.begin)).size());
  Mention nm{Span{country ? country->span.begin : w.begin, end}, EntityType::kPerson,
             MentionKind::kNominal, -1};
  if ((d.role == "man" || d.role == "woman") && d.org >= 0) return false;  // "the Dragons man"
  if (d.role == "man" || d.role == "woman") {
    // "…,” said the man who …": only as a speaker, the current speaker of that gender.
    if (in_quote_[k] || !(after_inverted_speech_verb(k) || speech_verb_after(r))) return false;
    const Gender g = d.role == "man" ? Gender::kMale : Gender::kFemale;
    nm.entity = salience_.best(w.begin, narrative_[k], 1, GrammaticalRole::kSubject,
                               [this, g](const SalienceCandidate& c) {
                                 if (c.entity < 0) return false;
                                 const Gender eg = info_[static_cast<size_t>(c.entity)].gender;
                                 return c.type == EntityType::kPerson &&
                                        (eg == Gender::kUnknown || eg == g);
                               });
    *out = nm;
    *last_word = r;
    return true;
  }
  // "the Russian president, Vladimir V. Putin,": the name set off after it.
  if (r + 2 < words_.size() && scan::is_punct(text_, words_[r + 1], ',')) {
    const int32_t named = person_name_at(words_[r + 2].begin);
    if (named >= 0 && (d.org < 0 || titled_by_organisation(named, d.org))) {
      nm.entity = named;
      *out = nm;
      *last_word = r;
      return true;
    }
  }
  auto titled = titled_people.find(d.role);
  // "The Central Bank president said": with an organisation's name, only the person the article
  // has given that title ("Central Bank president Francisco Gros"), not whoever is salient.
  if (d.org >= 0 &&
      (titled == titled_people.end() || d.former || !fits_description(titled->second, d) ||
       !has_affiliations(titled->second, d) || !titled_by_organisation(titled->second, d.org)))
    return false;
  // The holder of the title, unless the description adds a nationality or party the article
  // does not give them ("the Russian president" is not "President Miller").
  if (titled != titled_people.end() && !d.former && fits_description(titled->second, d) &&
      has_affiliations(titled->second, d)) {
    nm.entity = titled->second;
  } else if (!in_quote_[k]) {
    nm.entity = salient_holder(k, r, d);
  }
  // "the Scot" gives its person that nationality: "the Dutchman" later is someone else.
  if (d.nationality_head && nm.entity >= 0) {
    std::vector<std::string>& own = info_[static_cast<size_t>(nm.entity)].affiliations;
    if (std::none_of(own.begin(), own.end(),
                     [](const std::string& a) { return a.find(':') == std::string::npos; }))
      own.push_back(d.affiliations.front());
  }
  *out = nm;
  *last_word = r;
  return true;
}

// The person a description at word k (head at word r) that no one holds as a title stands for,
// by salience (see description_at); -1 when none.
int32_t Resolver::salient_holder(size_t k, size_t r, const PersonDescription& d) {
  const scan::Word& w = words_[k];
  int32_t holder = -1;
  // A nationality or party the article gives one person names them, up to eight sentences
  // back ("Israeli Prime Minister Benjamin Netanyahu" … "the Israeli leader"); otherwise the
  // person this or the previous sentence names whom it does not contradict ("…, Mr Blair
  // warned. The prime minister also urged …"; "Netanyahu … shunned Jimmy Carter, claiming
  // that the former president …").
  if (!d.affiliations.empty())
    holder = salience_.best(w.begin, narrative_[k], 8, GrammaticalRole::kOther,
                            [this, &d](const SalienceCandidate& c) {
                              return c.type == EntityType::kPerson && c.entity >= 0 &&
                                     has_affiliations(c.entity, d) && fits_description(c.entity, d);
                            });
  // Salience alone: the person of this or the previous sentence the description does not
  // contradict, other than the subject of its own sentence, who is someone else ("Clinton
  // told AIPAC, referring to the business mogul"); an object only for a description that
  // introduces a statement or that the same sentence names ("Netanyahu … shunned Jimmy
  // Carter, claiming that the former president …").
  const uint32_t sentence = narrative_[k];
  // A possessor ("the businessman's rhetoric") is seldom whoever the text is about: only the
  // subject of the previous sentence, not a speaker there ("Clinton attacked Trump. He may
  // face … Clinton is seeking to amplify the billionaire real estate mogul's weaknesses");
  // never for a person noun after it, where the person the text is about is likely the one
  // that noun names ("Cherie Blair … The prime minister's wife").
  const bool speaker = speech_verb_after(r) || after_inverted_speech_verb(k);
  if (holder < 0 && !d.of_person)
    holder = salience_.best(w.begin, sentence, 1, GrammaticalRole::kObject,
                            [&](const SalienceCandidate& c) {
                              const bool same = c.sentence == sentence;
                              if (d.possessor && (same || c.role != GrammaticalRole::kSubject))
                                return false;
                              return c.type == EntityType::kPerson && c.entity >= 0 &&
                                     (same ? c.role < GrammaticalRole::kSubject
                                           : speaker || c.role >= GrammaticalRole::kSubject) &&
                                     fits_description(c.entity, d);
                            });
  return holder;
}

// The words after "the" from word r: modifiers then the role noun, r left on the role noun.
bool Resolver::read_person_description(size_t& r, PersonDescription* d) {
  const size_t k = r - 1;
  // "she is the likely Democratic nominee": a predicate, not a mention; "Mitt Romney, the 2012
  // Republican presidential nominee,": an apposition, the name's role phrase (person_roles.h).
  if (k > 0 && word_is(k - 1, is_copula)) return false;
  bool after_name = false;  // "NAME, the ..."
  if (k > 1 && scan::is_punct(text_, words_[k - 1], ',')) {
    const Mention* before = name_mention_at(k - 2);
    after_name =
        before && before->type == EntityType::kPerson && before->span.end == words_[k - 2].end;
  }
  for (; r < words_.size() && r < k + 5; ++r) {
    if (words_[r].kind != scan::Kind::kWord) return false;
    const std::string_view text = text_.substr(words_[r].begin, words_[r].end - words_[r].begin);
    const std::string rl(util::ascii_lower(text, buf_));
    // A possessive head ("the billionaire real estate mogul's potential weaknesses").
    const std::string_view stem = strip_possessive(rl);
    if (stem.size() < rl.size() && role_nouns().count(stem)) {
      d->role = stem;
      d->possessor = true;
      // A person noun within the next three words ("the prime minister's official spokesman",
      // "the president's closest aides").
      for (size_t n = r + 1; n < words_.size() && n < r + 4 && !d->of_person; ++n) {
        if (words_[n].kind != scan::Kind::kWord) break;
        std::string next(util::ascii_lower(
            text_.substr(words_[n].begin, words_[n].end - words_[n].begin), buf_));
        if (next.size() > 3 && next.back() == 's') next.pop_back();  // "aides"
        d->of_person = role_nouns().count(next) || lexicon::relation_nouns().count(next);
      }
      break;
    }
    // The head: a role noun that ends the noun phrase; one before another noun is a modifier
    // ("the billionaire real estate mogul"). An age stands for a person too ("the 42-year-old
    // won her claim").
    if (role_nouns().count(rl) || rl == "man" || rl == "woman" || is_age_noun(rl)) {
      if (ends_noun_phrase(r)) {
        d->role = rl;
        break;
      }
      continue;
    }
    // "the Scot admitted", "the Dutchman, who …": a nationality noun for one person as the head.
    if (std::string n = person_nationality_at(r); !n.empty() && ends_nationality_noun(r)) {
      d->role = rl;
      d->nationality_head = true;
      d->affiliations.push_back(std::move(n));
      break;
    }
    if (std::string a = affiliation_at(r); !a.empty()) {
      // "the Illinois Democrat said": a party word before a verb or punctuation is the head.
      if (a.starts_with("party:") && is_party_member_noun(text, rl) && r + 1 < words_.size() &&
          (words_[r + 1].kind != scan::Kind::kWord || word_is(r + 1, is_speech_verb) ||
           word_is(r + 1, is_word_after_subject))) {
        d->role = rl;
        d->party_head = true;
        d->affiliations.push_back(std::move(a));
        break;
      }
      d->affiliations.push_back(std::move(a));
      continue;
    }
    // Other modifiers: words of no name ("former", "billionaire", "2012", "Prime") and a place
    // ("the Illinois Democrat"); a possessive or another name ends the phrase.
    if (text.ends_with("'s") || text.ends_with("\xE2\x80\x99s")) return false;
    const Mention* name = name_mention_at(r);
    // An organisation's name may modify the role ("the Central Bank president"); a person's
    // ends the phrase.
    if (name && name->type != EntityType::kGpe && name->type != EntityType::kLoc &&
        name->type != EntityType::kOrg)
      return false;
    if (name && name->type == EntityType::kOrg) {
      if (name->entity < 0) return false;
      d->org = name->entity;
    }
    if (std::string place = party_place_at(r);
        !place.empty() &&
        std::find(d->affiliations.begin(), d->affiliations.end(), place) == d->affiliations.end())
      d->affiliations.push_back(std::move(place));
    if (is_modifier_stop_word(rl) || rl == "the" || rl == "a" || rl == "an") return false;
    // Whoever it will be: "the eventual Republican nominee", "the next president's policies".
    if (rl == "next" || rl == "eventual" || rl == "future") return false;
    d->former |= rl == "former" || rl == "ex";
  }
  if (d->role.empty() || r >= words_.size() || r >= k + 5) return false;
  if (r > k + 1 && words_[r - 1].kind == scan::Kind::kWord) {
    const std::string_view before = util::ascii_lower(
        text_.substr(words_[r - 1].begin, words_[r - 1].end - words_[r - 1].begin), buf_);
    if (title_words().count(before)) d->title_modifier = before;
  }
  // After a name and a comma, an apposition ("Mitt Romney, the 2012 Republican presidential
  // nominee, tweeted"; "Alfonso Aguilar, the executive director of the Latino Partnership,");
  // followed by a verb, a new clause's subject ("…, the GOP nominee had some explaining to do").
  return !(after_name && (r + 1 >= words_.size() || words_[r + 1].kind != scan::Kind::kWord ||
                          word_is(r + 1, continues_apposition)));
}

// "42-year-old": a number, "-year-old" (a person's age as a noun).
bool Resolver::is_age_noun(std::string_view low) {
  constexpr std::string_view kYearOld = "-year-old";
  if (low.size() <= kYearOld.size() || !low.ends_with(kYearOld)) return false;
  const std::string_view n = low.substr(0, low.size() - kYearOld.size());
  return std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether a nationality noun at word r stands alone for a person: a comma or a sentence's end
// follows, or a verb in a form only a singular subject takes ("the American said", "the Scot
// admitted"; not "the Russian bombing", "the German state next to", "the Soviet "Evil Empire"").
bool Resolver::ends_nationality_noun(size_t r) {
  if (r + 1 >= words_.size()) return true;
  const scan::Word& next = words_[r + 1];
  if (next.kind != scan::Kind::kWord)
    return next.kind == scan::Kind::kPunct &&
           std::string_view(",.;:!?").find(text_[next.begin]) != std::string_view::npos;
  if (word_is(r + 1, is_word_after_subject)) return true;
  return word_is(r + 1, [](std::string_view low) {
    return is_speech_verb(low) &&
           (low.ends_with("ed") || low == "said" || low == "says" || low == "told" ||
            low == "tells" || low == "wrote" || low == "writes" || low == "spoke" ||
            low == "thought" || low == "thinks");
  });
}

// Whether the noun phrase ends at word r: punctuation, a function word or a verb follows, not a
// name ("the president Barack Obama") or a noun ("the next general election", "the best
// director award").
bool Resolver::ends_noun_phrase(size_t r) {
  if (r + 1 >= words_.size() || words_[r + 1].kind != scan::Kind::kWord) return true;
  if (words_[r + 1].capitalized) return false;
  const std::string_view next =
      text_.substr(words_[r + 1].begin, words_[r + 1].end - words_[r + 1].begin);
  if (next.starts_with("'") || next.starts_with("\xE2\x80\x99")) return true;  // "the premier's"
  // A possessive noun goes on with the phrase ("the billionaire [mogul's] weaknesses").
  if (strip_possessive(next).size() < next.size()) return false;
  return word_is(r + 1, is_modifier_stop_word) || word_is(r + 1, is_speech_verb) ||
         word_is(r + 1, is_word_after_subject) || word_is(r + 1, is_copula) ||
         word_is(r + 1, is_verb_by_ending);
}

// Whether person entity e may be the person a description names. A party of the description
// must be one of e's ("Republican nominee Donald Trump" is never "the Democratic nominee", and a
// person of no known party is no party's leader or nominee, but may be "the Illinois Democrat",
// whose head the party word is, whatever their title); a nationality, or a party member's state,
// must be one of e's when the article gives e one ("Israeli Prime Minister X" is "the Israeli
// leader"; "Pete Domenici, a New Mexico Republican," is not "the California Republican"). Then e
// must hold the title or no other (a "prime minister" is not "the billionaire").
bool Resolver::fits_description(int32_t e, const PersonDescription& d) const {
  const EntityInfo& ei = info_[static_cast<size_t>(e)];
  auto has = [](const std::vector<std::string>& v, std::string_view x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  const bool titled = has(ei.titles, d.role);
  // The same title word with another before it: "Home Office Minister Lord Falconer" is not
  // "the prime minister", nor "Foreign Minister X" "the finance minister".
  if (titled && !d.title_modifier.empty() && !has(ei.titles, d.title_modifier)) return false;
  bool matched = false;
  for (const std::string& a : d.affiliations) {
    if (has(ei.affiliations, a)) {
      // A shared nationality, not a party, allows another title ("Israeli Prime Minister X" is
      // "the Israeli leader"; "Representative X, Republican of New York," is not "the
      // Republican nominee").
      matched |= a.find(':') == std::string::npos;
      continue;
    }
    // Another party, state or country: a conflict within the same kind of affiliation.
    const auto kind = [](std::string_view x) { return x.substr(0, x.find(':') + 1); };
    const bool party = a.starts_with("party:");
    for (const std::string& other : ei.affiliations)
      if (kind(other) == kind(a)) return false;
    // A party the article does not give e, unless the party word is the head: a person of no
    // known party may be "the Illinois Democrat", but not "the Tory leader".
    if (party && !d.party_head) return false;
  }
  // "the Illinois Democrat": a party word as the head says nothing of e's title.
  if (matched || titled || d.party_head || d.nationality_head) return true;
  for (const std::string& t : ei.titles)
    if (role_nouns().count(t)) return false;
  return true;
}

// Whether the article gives person entity e every nationality and party of the description.
bool Resolver::has_affiliations(int32_t e, const PersonDescription& d) const {
  const std::vector<std::string>& own = info_[static_cast<size_t>(e)].affiliations;
  return std::all_of(d.affiliations.begin(), d.affiliations.end(), [&](const std::string& a) {
    return std::find(own.begin(), own.end(), a) != own.end();
  });
}

// Whether a name of person entity `person` follows a name of organisation `org` within a short
// title phrase ("Central Bank president Francisco Gros", "FBI Director James Comey").
bool Resolver::titled_by_organisation(int32_t person, int32_t org) const {
  for (const Mention& m : doc_.mentions) {
    if (m.kind != MentionKind::kName || m.entity != person) continue;
    const size_t first = word_index_at(m.span.begin);
    for (size_t k = first; k > 0 && k + 5 > first; --k) {
      if (words_[k - 1].kind != scan::Kind::kWord) break;
      const Mention* before = name_mention_at(k - 1);
      if (before && before->entity == org) return true;
    }
  }
  return false;
}

// The person entity of the name mention starting at byte `pos`, or -1.
int32_t Resolver::person_name_at(uint32_t pos) const {
  auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), pos,
                             [](const Mention& m, uint32_t p) { return m.span.begin < p; });
  if (it == doc_.mentions.end() || it->span.begin != pos || it->kind != MentionKind::kName ||
      it->type != EntityType::kPerson)
    return -1;
  return it->entity;
}

// The place name (GPE) that word k ends in the possessive ("Russia's", "South Korea’s"), or null.
const Mention* Resolver::possessive_place_at(size_t k) const {
  const std::string_view text = text_.substr(words_[k].begin, words_[k].end - words_[k].begin);
  const size_t bare = strip_possessive(text).size();
  if (bare == text.size()) return nullptr;
  const Mention* m = mention_from(words_[k].begin);
  if (!m || m->kind != MentionKind::kName || m->type != EntityType::kGpe || m->entity < 0 ||
      m->span.end != words_[k].begin + bare)
    return nullptr;
  return m;
}

// The last mention that starts at or before byte `pos`, or null.
const Mention* Resolver::mention_from(uint32_t pos) const {
  auto it = std::upper_bound(doc_.mentions.begin(), doc_.mentions.end(), pos,
                             [](uint32_t p, const Mention& m) { return p < m.span.begin; });
  return it == doc_.mentions.begin() ? nullptr : &*std::prev(it);
}

// The name mention word k lies in, or null.
const Mention* Resolver::name_mention_at(size_t k) const {
  const Mention* m = mention_from(words_[k].begin);
  return m && m->kind == MentionKind::kName && m->span.end >= words_[k].end ? m : nullptr;
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
  // An organisation whose name holds the head itself ("the federation": the Police Federation)
  // before one of the head's class only ("the Countryside Alliance", another association).
  int32_t e = salience_.best(
      words_[k].begin, narrative_[k], 8, GrammaticalRole::kOther, [&](const SalienceCandidate& c) {
        return c.type == EntityType::kOrg && c.entity >= 0 &&
               name_has_class_word(doc_.entities[static_cast<size_t>(c.entity)].name, head, "");
      });
  if (e < 0)
    e = salience_.best(words_[k].begin, narrative_[k], 8, GrammaticalRole::kOther,
                       [&](const SalienceCandidate& c) {
                         return c.type == EntityType::kOrg &&
                                organisation_fits(c.entity, head, cls);
                       });
  if (e < 0) return false;
  *out = Mention{Span{words_[k].begin, words_[r].end}, EntityType::kOrg, MentionKind::kNominal, e};
  *last_word = r;
  return true;
}

bool Resolver::organisation_fits(int32_t e, std::string_view head, std::string_view cls) const {
  bool any_class = false;
  if (name_has_class_word(doc_.entities[static_cast<size_t>(e)].name, head, cls, &any_class))
    return true;
  return cls == "company" && !any_class;
}

}  // namespace newsgraph::resolve
