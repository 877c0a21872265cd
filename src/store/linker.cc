// Cross-article actor linking: each article's entities join corpus actors as the article is
// stored. Candidates come from blocking keys (names.h) through the actor_keys index, so the
// cost per entity does not grow with the store; each link records its rule, score and the key
// it matched.
#include <algorithm>
#include <iterator>
#include <map>

#include "store/sqlite_store.h"

namespace newsgraph::store {

namespace {

constexpr int kMaxCandidates = 40;

// The linker's one dominance test: among the people who share a name (a surname, a given
// name, a title with a surname), the best one has at least `at_least` of their `total` articles
// and 80% of them.
bool dominates(int64_t best, int64_t total, int64_t at_least) {
  return best >= at_least && double(best) >= 0.8 * double(total);
}

bool first_names_compatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() == 1) return b[0] == a[0];
  if (b.size() == 1) return a[0] == b[0];
  return false;
}

// Whether the shorter of two person names of 2+ words is the end of the longer: a surname of
// two words alone ("Kilroy-Silk" and "Robert Kilroy-Silk"; "Duncan Smith" and "Iain Duncan
// Smith"), not a given name and a surname.
bool ends_the_other(const ParsedName& a, const ParsedName& b) {
  const ParsedName& shorter = a.tokens.size() < b.tokens.size() ? a : b;
  const ParsedName& longer = a.tokens.size() < b.tokens.size() ? b : a;
  return shorter.tokens.size() >= 2 && shorter.tokens.size() < longer.tokens.size() &&
         std::equal(shorter.tokens.rbegin(), shorter.tokens.rend(), longer.tokens.rbegin());
}

// Score of a full-name PERSON `p` against one name form `n` of a candidate: > 0 compatible,
// 0 says nothing, < 0 a namesake (another given name or middle initial).
double person_form_score(const ParsedName& p, const ParsedName& n, std::string* rule) {
  if (n.tokens.size() < 2 || n.surname != p.surname) return 0;
  if (n.suffix != p.suffix) return -1;  // Donald Trump and Donald Trump Jr.
  if (n.full == p.full) {
    *rule = "exact-name";
    return 1.0;
  }
  if (ends_the_other(p, n)) {
    *rule = "two-word-surname";
    return 0.85;
  }
  if (!first_names_compatible(p.first, n.first)) return -1;
  if (!p.middles.empty() && !n.middles.empty() && p.middles != n.middles) return -1;
  if (p.first == n.first) {
    *rule = "name-variant";
    return p.middles == n.middles ? 0.95 : 0.85;
  }
  *rule = "initials";
  return 0.8;
}

// The best match of an entity's name `p` among a candidate actor's name forms.
struct FormMatch {
  double score = 0;         // the best form's score (0: none matched)
  std::string rule, via;    // the rule and key of that form
  bool conflict = false;    // some form contradicts the name (a negative score)
  bool full_named = false;  // a bare person surname `p` is the surname of a full-name form
};

// Whether two names of 2+ words differ but share initials ("Tasman Port Authority" and "Trade
// Promotion Agency": an actor known as "TPA" and one of them is not the other).
bool same_initials(const ParsedName& a, const ParsedName& b) {
  if (a.acronym.empty() || b.acronym.empty() || a.full == b.full) return false;
  for (const std::string* x : {&a.acronym, &a.long_acronym})
    if (!x->empty() && (*x == b.acronym || *x == b.long_acronym)) return true;
  return false;
}

void match_forms(const ParsedName& p, bool person, const std::vector<ParsedName>& forms,
                 FormMatch* m) {
  bool initials_taken = false;  // another long name of the candidate has the name's initials
  for (const ParsedName& np : forms) {
    if (np.full.empty()) continue;
    double sc = 0;
    std::string r;
    if (person && p.tokens.size() >= 2) {
      sc = person_form_score(p, np, &r);
    } else if (person) {
      if (np.tokens.size() >= 2 && np.surname == p.full) m->full_named = true;
      if (np.full == p.full && np.suffix == p.suffix) sc = 1.0, r = "exact-name";
    } else if (np.full == p.full) {
      sc = 1.0;
      r = (np.full != np.plain || p.full != p.plain || np.plain != p.plain) ? "alias"
                                                                            : "exact-name";
    } else if ((p.is_acronym && (np.acronym == p.plain || np.long_acronym == p.plain)) ||
               (np.is_acronym && (p.acronym == np.plain || p.long_acronym == np.plain))) {
      sc = 0.85;
      r = "acronym";
    }
    if (sc < 0) m->conflict = true;
    if (!person && same_initials(p, np)) initials_taken = true;
    if (sc > m->score) m->score = sc, m->rule = r, m->via = "f:" + np.key;
  }
  if (initials_taken && m->rule == "acronym") m->conflict = true;
}

// What the candidates say about a one-word person name ("Blair", "Hillary"): the people with it
// as surname, the actors known by the word itself, the people with it as given name.
struct BareNameTally {
  int64_t surname_articles = 0, surname_best = 0, surname_best_articles = 0;
  int64_t mononym = 0, mononym_articles = 0;
  int64_t given_articles = 0, given_best = 0, given_best_articles = 0;

  std::vector<int64_t> surname_people;  // full-named people of this surname, by id

  void Add(int64_t c, const CandidateInfo& info, const FormMatch& m, const ParsedName& p,
           const std::vector<ParsedName>& forms) {
    if (m.full_named) {
      surname_people.push_back(c);
      surname_articles += info.articles;
      if (info.articles > surname_best_articles)
        surname_best = c, surname_best_articles = info.articles;
    } else if (m.score >= 1.0) {
      // The actor known by this one word in most articles (ties: the smaller id).
      if (!mononym || info.articles > mononym_articles)
        mononym = c, mononym_articles = info.articles;
    } else if (m.score <= 0 && info.type == EntityType::kPerson) {
      bool given = false;
      for (const ParsedName& np : forms)
        given = given || (np.tokens.size() >= 2 && np.first == p.full);
      if (given) {
        given_articles += info.articles;
        if (info.articles > given_best_articles)
          given_best = c, given_best_articles = info.articles;
      }
    }
  }

  // A person of this surname has at least 2 articles and 80% of theirs.
  bool SurnameDominates() const {
    return surname_best && dominates(surname_best_articles, surname_articles, 2);
  }

  // A bare surname the article never expands: the person of that surname the corpus knows best,
  // when one dominates; else a given name no one bears as a surname, for the person who
  // dominates the full names with it ("Hillary"); else the actor of that bare name.
  void Decide(const ParsedName& p, int64_t* actor, std::string* rule, double* score,
              std::string* via) const {
    double share = surname_articles ? double(surname_best_articles) / double(surname_articles) : 0;
    const bool regnal = !p.suffix.empty();  // "George V", "John Paul II": its own name only
    if (regnal) {
      if (mononym) *actor = mononym, *rule = "exact-name", *score = 1.0;
    } else if (SurnameDominates()) {
      *actor = surname_best;
      *rule = "surname-in-corpus";
      *score = share;
      *via = "s:" + p.full;
    } else if (surname_articles == 0 && given_best && given_best_articles > mononym_articles &&
               dominates(given_best_articles, given_articles, 3)) {
      *actor = given_best;
      *rule = "given-name-in-corpus";
      *score = double(given_best_articles) / double(given_articles);
      *via = "g:" + p.full;
    } else if (mononym) {
      *actor = mononym;
      *rule = "exact-name";
      *score = 1.0;
    }
  }
};

}  // namespace

Status SqliteStore::LinkArticle(int64_t article, const std::string& ext_id,
                                const std::vector<LinkInput>& entities, ArticleLinks* out) {
  // Full names first, so a bare surname can join the person the article introduced.
  std::vector<const LinkInput*> order;
  for (const LinkInput& e : entities)
    if (IsActorType(e.type) && e.mentions > 0) order.push_back(&e);  // LinkEntity skips no-names
  std::stable_sort(order.begin(), order.end(), [](const LinkInput* a, const LinkInput* b) {
    bool fa = a->name.find(' ') != std::string::npos, fb = b->name.find(' ') != std::string::npos;
    return fa && !fb;
  });
  ArticleLinks links;
  Status s;
  if (info_cache_.size() > 200000 || key_cache_.size() > kMaxMirrored ||
      actor_sources_.size() > kMaxMirrored) {
    if (!(s = FlushPendingRows()).ok()) return s;  // pending rows belong to cached actors
    ClearCaches();
  }
  Stmt* src = db_.prepare("SELECT source FROM articles WHERE id=?", &s);
  if (!src) return s;
  if (src->bind(article).step(&s) && !src->is_null(0)) links.source = src->i64(0);
  src->reset();
  Stmt* any = db_.prepare("SELECT EXISTS (SELECT 1 FROM judgements)", &s);
  if (!any) return s;
  links.judgements = any->step(&s) && any->i64(0) != 0;
  any->reset();
  for (const LinkInput* e : order)
    if (!(s = LinkEntity(article, ext_id, *e, &links)).ok()) return s;
  // What ActorHasSource reads once the article's entities are stored (not while it is linked);
  // not for an actor a merge took out of the cache (it may be gone).
  if (links.source)
    for (int64_t actor : links.actors)
      if (info_cache_.count(actor)) actor_sources_[{actor, links.source}] = true;
  // Display names are refreshed once per transaction, at Commit, for every actor the batch
  // touched: each name is then the most used form of the final counts, whatever the batches.
  for (const auto& [actor, added] : links.counts) pending_actors_.try_emplace(actor);
  for (int64_t actor : links.renamed) pending_actors_.try_emplace(actor);
  if (out) {
    *out = std::move(links);
    return s;
  }
  Stmt* up = db_.prepare(
      "UPDATE entities SET actor=?, rule=?, score=?, via=? WHERE article=? AND idx=?", &s);
  if (!up) return s;
  for (const auto& [idx, d] : links.decisions)
    if (!(s = up->reset()
                  .bind(d.actor)
                  .bind(d.rule)
                  .bind(d.score)
                  .bind(d.via)
                  .bind(article)
                  .bind(int64_t(idx))
                  .run())
             .ok())
      return s;
  return s;
}

Status SqliteStore::KeyEntry(const std::string& key, CachedKey** entry) {
  auto it = key_cache_.find(key);
  if (it == key_cache_.end() && keys_complete_) {
    it = key_cache_.emplace(key, CachedKey()).first;
  } else if (it == key_cache_.end()) {
    Status s;
    Stmt* q = db_.prepare(
        "SELECT k.actor, k.key FROM actor_keys k JOIN strings ks ON ks.id=k.key WHERE ks.s=?"
        " ORDER BY k.actor",
        &s);
    if (!q) return s;
    CachedKey loaded;
    q->bind(key);
    while (q->step(&s)) {
      loaded.actors.push_back(q->i64(0));
      loaded.sid = q->i64(1);
    }
    if (!s.ok()) return s;
    it = key_cache_.emplace(key, std::move(loaded)).first;
  }
  *entry = &it->second;
  return Status::OK();
}

Status SqliteStore::Candidates(const ParsedName& name, std::vector<int64_t>* actors) {
  Status s;
  actors->clear();
  for (const std::string& key : LookupKeys(name)) {
    std::vector<int64_t>* list = nullptr;
    if (!(s = KeyActors(key, &list)).ok()) return s;
    actors->insert(actors->end(), list->begin(), list->end());
  }
  std::sort(actors->begin(), actors->end());
  actors->erase(std::unique(actors->begin(), actors->end()), actors->end());
  if (actors->size() > size_t(kMaxCandidates)) {  // the most mentioned ones
    std::vector<std::pair<int64_t, int64_t>> ranked;
    // Mentions from the cache, else one primary-key read (not the actor's whole name list).
    Stmt* m = db_.prepare("SELECT mentions FROM actors WHERE id=?", &s);
    if (!m) return s;
    for (int64_t a : *actors) {
      auto cached = info_cache_.find(a);
      int64_t mentions = 0;
      if (cached != info_cache_.end()) {
        mentions = cached->second.mentions;
      } else {
        if (m->reset().bind(a).step(&s)) mentions = m->i64(0);
        if (!s.ok()) return s;
        auto pending = pending_actors_.find(a);
        if (pending != pending_actors_.end()) mentions += pending->second.first;
      }
      ranked.emplace_back(-mentions, a);
    }
    std::sort(ranked.begin(), ranked.end());
    actors->clear();
    for (size_t i = 0; i < size_t(kMaxCandidates); ++i) actors->push_back(ranked[i].second);
    std::sort(actors->begin(), actors->end());
  }
  return s;
}

Status SqliteStore::Candidate(int64_t actor, const CandidateInfo** info) {
  static const CandidateInfo kNone;
  *info = &kNone;
  auto it = info_cache_.find(actor);
  if (it != info_cache_.end()) {
    *info = &it->second;
    return Status::OK();
  }
  Status s;
  Stmt* t = db_.prepare(
      "SELECT s.s, a.articles, a.mentions, a.name FROM actors a JOIN strings s ON s.id=a.type"
      " WHERE a.id=?",
      &s);
  if (!t) return s;
  CandidateInfo loaded;
  bool found = t->bind(actor).step(&s);
  if (found) {
    if (!ParseEntityType(t->str(0), &loaded.type)) loaded.type = EntityType::kMisc;
    loaded.articles = t->i64(1);
    loaded.mentions = t->i64(2);
    loaded.name = t->i64(3);
    auto pending = pending_actors_.find(actor);  // counts not yet in the row
    if (pending != pending_actors_.end()) {
      loaded.mentions += pending->second.first;
      loaded.articles += pending->second.second;
    }
  }
  t->reset();
  if (!s.ok() || !found) return s;
  Stmt* q = db_.prepare(
      "SELECT s.s, n.count FROM actor_names n JOIN strings s ON s.id=n.name WHERE n.actor=?", &s);
  if (!q) return s;
  q->bind(actor);
  while (q->step(&s)) loaded.names[q->str(0)] = q->i64(1);
  if (!s.ok()) return s;
  *info = &info_cache_.emplace(actor, std::move(loaded)).first->second;
  return s;
}

Status SqliteStore::ActorHasKey(int64_t actor, const std::string& key, bool* has) {
  // The key's cached list is its rows, those not yet written included (pending_keys_).
  std::vector<int64_t>* list = nullptr;
  Status s = KeyActors(key, &list);
  *has = s.ok() && std::binary_search(list->begin(), list->end(), actor);
  return s;
}

Status SqliteStore::ActorByKey(const std::string& key, int64_t* actor) {
  // The most mentioned actor filed under the key; ties: the smaller id.
  std::vector<int64_t>* list = nullptr;
  Status s = KeyActors(key, &list);
  *actor = 0;
  int64_t best = -1;
  for (int64_t a : std::vector<int64_t>(*list)) {
    const CandidateInfo* info_ptr = nullptr;
    if (!s.ok() || !(s = Candidate(a, &info_ptr)).ok()) return s;
    const CandidateInfo& info = *info_ptr;
    if (info.mentions > best) best = info.mentions, *actor = a;
  }
  return s;
}

// Whether a full name without middle names fits actors known by forms with two different
// middle names of that given name and surname ("George Bush": "George W. Bush" and
// "George H. W. Bush"), so the name alone cannot tell which relative it is.
Status SqliteStore::FitsRelatives(const ParsedName& p, const std::vector<int64_t>& cands,
                                  bool* fits) {
  *fits = false;
  std::set<std::string> middles;
  Status s;
  for (int64_t c : cands) {
    const CandidateInfo* info = nullptr;
    if (!(s = Candidate(c, &info)).ok()) return s;
    if (info->type != EntityType::kPerson) continue;
    for (const ParsedName& np : Forms(*info)) {
      if (np.tokens.size() < 2 || np.surname != p.surname || np.suffix != p.suffix ||
          np.middles.empty() || !first_names_compatible(p.first, np.first))
        continue;
      middles.insert(np.middles);
    }
  }
  *fits = middles.size() >= 2;
  return s;
}

// Picks the actor for one entity (0: a new one), with the rule, score and key that decided.
Status SqliteStore::ChooseActor(const std::string& ext_id, const LinkInput& e, const ParsedName& p,
                                ArticleLinks* links, int64_t* actor, std::string* rule,
                                double* score, std::string* via, bool* file_keys) {
  *actor = 0;
  *rule = "new";
  *score = 0;
  *via = "f:" + p.key;
  *file_keys = true;
  Status s;
  std::vector<std::string> excluded;
  if (links->judgements && !(s = JudgedDifferent(ext_id, p, &excluded)).ok()) return s;
  const bool person = e.type == EntityType::kPerson;
  if (person && p.tokens.size() == 1) {
    auto it = links->by_surname.find(p.full);
    if (it != links->by_surname.end()) {
      if (e.name.find(' ') != std::string::npos) {
        // A titled bare surname the article's resolve kept apart from the person it introduced
        // ("Mrs Howard" beside "Michael Howard"): another person of that surname.
        *rule = "namesake-in-article";
        *file_keys = false;
      } else if (it->second.size() == 1) {
        *actor = *it->second.begin();
        *rule = "surname-in-article";
        *score = 0.9;
        *via = "s:" + p.full;
      } else {
        *rule = "ambiguous-surname";  // the article names several people of this surname
        *file_keys = false;
      }
      return s;
    }
  }
  std::vector<int64_t> cands;
  if (!(s = Candidates(p, &cands)).ok()) return s;
  bool family = false;  // the name fits relatives told apart by middle names
  if (person && p.tokens.size() >= 2 && p.middles.empty() &&
      !(s = FitsRelatives(p, cands, &family)).ok())
    return s;
  int64_t best_mentions = -1;
  BareNameTally bare;
  for (int64_t c : cands) {
    const CandidateInfo* info_ptr = nullptr;
    if (!(s = Candidate(c, &info_ptr)).ok()) return s;
    const CandidateInfo& info = *info_ptr;
    if (TypeClass(info.type) != TypeClass(p.type)) continue;
    bool skip = false;
    for (const std::string& k : excluded) {
      bool has = false;
      if (!(s = ActorHasKey(c, k, &has)).ok()) return s;
      skip = skip || has;
    }
    if (skip) continue;
    FormMatch m;
    match_forms(p, person, Forms(info), &m);
    const double cand_score = m.score;
    const bool conflict = m.conflict;
    const std::string &cand_rule = m.rule, &cand_via = m.via;
    if (person && p.tokens.size() == 1) {
      bare.Add(c, info, m, p, Forms(info));
      continue;
    }
    if (conflict || cand_score < 0.8) continue;
    // A weak name match, or one that fits several relatives ("George Bush": George W. or
    // George H. W.), needs the same source too.
    if ((cand_score < 0.95 || family) && links->source) {
      bool has = false;
      if (!(s = ActorHasSource(c, links->source, &has)).ok()) return s;
      if (!has) continue;
    }
    if (cand_score > *score || (cand_score == *score && info.mentions > best_mentions)) {
      *actor = c;
      *score = cand_score;
      *rule = cand_rule;
      *via = cand_via;
      best_mentions = info.mentions;
    }
  }
  if (person && p.tokens.size() == 1 && p.suffix.empty() && !bare.SurnameDominates() &&
      !e.titles.empty() &&
      !(s = ChooseByTitle(e.titles, bare.surname_people, p, actor, rule, score, via)).ok())
    return s;
  if (person && p.tokens.size() == 1 && *actor == 0) bare.Decide(p, actor, rule, score, via);
  if (*actor == 0 && links->judgements) {
    std::vector<std::string> same;
    if (!(s = JudgedSame(p, &same)).ok()) return s;
    for (const std::string& k : same) {
      int64_t a = 0;
      if (!(s = ActorByKey(k, &a)).ok()) return s;
      if (a) {
        *actor = a;
        *rule = "judgement";
        *score = 1.0;
        *via = k;
        break;
      }
    }
  }
  return s;
}

Status SqliteStore::ActorTitleArticles(int64_t actor, const std::vector<std::string>& titles,
                                       int64_t* n) {
  *n = 0;
  Status s;
  Stmt* q = db_.prepare(
      "SELECT e.article, r.role FROM entities e JOIN roles r ON r.article=e.article AND"
      " r.entity=e.idx WHERE e.actor=? ORDER BY e.article",
      &s);
  Stmt* text = q ? db_.prepare("SELECT s FROM strings WHERE id=?", &s) : nullptr;
  if (!text) return s;
  q->bind(actor);
  int64_t last = 0;
  while (q->step(&s)) {
    if (q->i64(0) == last) continue;
    const int64_t role = q->i64(1);
    auto it = role_titles_.find(role);
    if (it == role_titles_.end()) {
      std::vector<std::string> keys;
      if (text->reset().bind(role).step(&s)) keys = TitleKeys({text->str(0)});
      if (!s.ok()) return s;
      if (role_titles_.size() > kMaxMirrored) role_titles_.clear();
      it = role_titles_.emplace(role, std::move(keys)).first;
    }
    for (const std::string& t : it->second)
      if (std::binary_search(titles.begin(), titles.end(), t)) {
        last = q->i64(0);
        ++*n;
        break;
      }
  }
  text->reset();
  return s;
}

// A bare surname with a title ("President Bush") that no one of that surname dominates: the
// person of that surname who bears the title in most of the articles where one of them does.
Status SqliteStore::ChooseByTitle(const std::vector<std::string>& titles,
                                  const std::vector<int64_t>& people, const ParsedName& p,
                                  int64_t* actor, std::string* rule, double* score,
                                  std::string* via) {
  Status s;
  int64_t total = 0, best = 0, best_n = 0;
  for (int64_t c : people) {
    int64_t n = 0;
    if (!(s = ActorTitleArticles(c, titles, &n)).ok()) return s;
    total += n;
    if (n > best_n) best = c, best_n = n;
  }
  if (!dominates(best_n, total, 2)) return s;
  *actor = best;
  *rule = "surname-and-title";
  *score = double(best_n) / double(total);
  *via = "s:" + p.full;
  return s;
}

Status SqliteStore::LinkEntity(int64_t article, const std::string& ext_id, const LinkInput& e,
                               ArticleLinks* links) {
  // A copy: later Parsed calls may clear the cache.
  ParsedName p = e.parsed ? *e.parsed : Parsed(e.type, e.name);
  if (p.full.empty()) return Status::OK();
  int64_t actor = 0;
  std::string rule, via;
  double score = 0;
  bool file_keys = true;
  Status s = ChooseActor(ext_id, e, p, links, &actor, &rule, &score, &via, &file_keys);
  if (!s.ok()) return s;
  // A new actor's row is written with this entity's counts; an existing one's is updated below.
  const bool created = actor == 0;
  if (created && !(s = NewActor(p.type, e.name, e.mentions, &actor)).ok()) return s;
  bool first = links->actors.insert(actor).second;
  const bool full_person = e.type == EntityType::kPerson && p.tokens.size() >= 2;
  if (full_person) links->by_surname[p.surname].insert(actor);
  bool new_form = false;
  s = AttachEntity(article, e, p, actor, first, rule, score, via, file_keys, &new_form);
  if (s.ok()) {
    ArticleLinks::Decision& d = links->decisions[e.idx];
    d.actor = actor;
    d.score = score;
    if (!(s = Intern(rule, &d.rule)).ok() || !(s = Intern(via, &d.via)).ok()) return s;
    links->counts[actor].first += e.mentions;
    links->counts[actor].second += first ? 1 : 0;
    // A new actor's row holds this entity's counts; another's get them at Commit.
    if (!created) {
      auto& [mentions, articles] = pending_actors_[actor];
      mentions += e.mentions;
      articles += first ? 1 : 0;
    }
  }
  if (new_form) links->renamed.insert(actor);
  if (s.ok() && full_person) s = AbsorbBareSurname(actor, p, *links);
  if (s.ok() && full_person) s = AbsorbBareGivenName(actor, p);
  return s;
}

Status SqliteStore::ActorHasSource(int64_t actor, int64_t source, bool* has) {
  auto known = actor_sources_.find({actor, source});
  if (known != actor_sources_.end()) {
    *has = known->second;
    return Status::OK();
  }
  Status s;
  Stmt* q = db_.prepare(
      "SELECT 1 FROM entities e JOIN articles a ON a.id=e.article WHERE e.actor=? AND a.source=?"
      " ORDER BY e.article DESC LIMIT 1",
      &s);
  if (!q) return s;
  *has = q->bind(actor).bind(source).step(&s);
  q->reset();
  if (s.ok()) actor_sources_[{actor, source}] = *has;
  return s;
}

Status SqliteStore::AbsorbBareSurname(int64_t actor, const ParsedName& p, const ArticleLinks&) {
  int64_t bare = 0;
  Status s = ActorByKey("f:" + p.surname, &bare);
  if (!s.ok() || bare == 0 || bare == actor) return s;
  const CandidateInfo* info_ptr = nullptr;
  if (!(s = Candidate(bare, &info_ptr)).ok()) return s;
  const CandidateInfo& info = *info_ptr;
  if (info.type != EntityType::kPerson) return s;
  for (const ParsedName& np : Forms(info))
    if (np.tokens.size() != 1 || !np.suffix.empty()) return s;  // not a bare surname
  // The same dominance test a new bare surname passes (see ChooseActor).
  std::vector<int64_t> cands;
  ParsedName bare_name = ParseName(EntityType::kPerson, p.surname);
  if (!(s = Candidates(bare_name, &cands)).ok()) return s;
  int64_t total = 0, mine = 0;
  for (int64_t c : cands) {
    if (c == bare) continue;
    const CandidateInfo* ci_ptr = nullptr;
    if (!(s = Candidate(c, &ci_ptr)).ok()) return s;
    const CandidateInfo& ci = *ci_ptr;
    if (ci.type != EntityType::kPerson) continue;
    total += ci.articles;
    if (c == actor) mine = ci.articles;
  }
  if (!dominates(mine, total, 2)) return s;
  return Absorb(actor, bare, "surname-in-corpus", "s:" + p.surname, double(mine) / double(total));
}

// The bare actor's entities take the rule that would link them now; then it joins `actor`.
Status SqliteStore::Absorb(int64_t actor, int64_t bare, const std::string& rule_name,
                           const std::string& via_key, double score) {
  int64_t rule = 0, via = 0;
  Status s;
  if (!(s = Intern(rule_name, &rule)).ok() || !(s = Intern(via_key, &via)).ok()) return s;
  // Entities that filed no keys keep their rule (DetachArticle reads it to take keys back).
  Stmt* up = db_.prepare(
      "UPDATE entities SET rule=?, via=?, score=? WHERE actor=? AND coalesce((SELECT s FROM"
      " strings WHERE id=entities.rule), '') NOT IN ('namesake-in-article', 'ambiguous-surname')",
      &s);
  if (!up || !(s = up->bind(rule).bind(via).bind(score).bind(bare).run()).ok()) return s;
  return MergeActors(actor, bare);
}

// The given-name counterpart of AbsorbBareSurname: an actor of a bare given name ("Hillary",
// ingested before Hillary Clinton had three articles) joins `actor` once `actor` passes the test
// a new bare given name passes in ChooseActor (no one bears the word as a surname; `actor` has
// at least 3 of the articles of the people with that given name, 80% of them, and more than the
// bare actor).
Status SqliteStore::AbsorbBareGivenName(int64_t actor, const ParsedName& p) {
  if (p.first.size() < 2) return Status::OK();
  int64_t bare = 0;
  Status s = ActorByKey("f:" + p.first, &bare);
  if (!s.ok() || bare == 0 || bare == actor) return s;
  const CandidateInfo* info = nullptr;
  if (!(s = Candidate(bare, &info)).ok() || info->type != EntityType::kPerson) return s;
  for (const ParsedName& np : Forms(*info))
    if (np.tokens.size() != 1 || !np.suffix.empty()) return s;  // not a bare given name
  const int64_t bare_articles = info->articles;
  const ParsedName word = ParseName(EntityType::kPerson, p.first);
  std::vector<int64_t> cands;
  if (!(s = Candidates(word, &cands)).ok()) return s;
  BareNameTally tally;
  for (int64_t c : cands) {
    const CandidateInfo* ci = nullptr;
    if (c == bare || !(s = Candidate(c, &ci)).ok()) {
      if (!s.ok()) return s;
      continue;
    }
    if (ci->type != EntityType::kPerson) continue;
    FormMatch m;
    match_forms(word, true, Forms(*ci), &m);
    tally.Add(c, *ci, m, word, Forms(*ci));
  }
  if (tally.surname_articles != 0 || tally.given_best != actor ||
      tally.given_best_articles <= bare_articles ||
      !dominates(tally.given_best_articles, tally.given_articles, 3))
    return s;
  return Absorb(actor, bare, "given-name-in-corpus", "g:" + p.first,
                double(tally.given_best_articles) / double(tally.given_articles));
}

}  // namespace newsgraph::store
