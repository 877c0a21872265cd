// The tagger's name mentions corrected before resolution: party names split in two joined, an
// organisation's name and the place that ends it joined,
// "Copyright" trimmed, deities, laws, compounds and stock tickers dropped, facilities and mistyped
// persons retyped, a firm named after people ("X of Dean Witter Reynolds", "investment firm X")
// made an organisation and its "and Co" joined to it, an organisation's untagged short form
// ("Amnesty" of "Amnesty International") added, a surname that is a month's name joined
// ("Theresa" + "May") and an untagged "Mrs May" added. An explicit step between NER and resolve
// (see resolve.h), so that resolve itself never edits the tagger's output.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/resolve.h"
#include "resolve/coref.h"
#include "resolve/party_mentions.h"
#include "resolve/resolver.h"
#include "util/ascii.h"

namespace newsgraph {
namespace {

using namespace resolve;

// Two name mentions with one space between them: `m` and the one right after it.
bool adjacent_names(std::string_view text, const Mention& m, const Mention& next) {
  return m.kind == MentionKind::kName && next.kind == MentionKind::kName &&
         next.span.begin == m.span.end + 1 && next.span.end <= text.size() &&
         text[m.span.end] == ' ';
}

// Removes the mentions whose `drop` flag is set, keeping the others in order.
void erase_dropped(Document& doc, const std::vector<bool>& drop) {
  size_t kept = 0;
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    if (!drop[i]) doc.mentions[kept++] = doc.mentions[i];
  doc.mentions.resize(kept);
}

// Joins each mention to the one after it where join(m, next) says so (join may retype m): m's
// span grows over next, and next goes. A joined mention is not joined again to the one after.
template <class Join>
void join_with_next(Document& doc, Join&& join) {
  std::vector<bool> drop(doc.mentions.size(), false);
  for (size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    const Mention& next = doc.mentions[i + 1];
    if (drop[i] || !join(m, next)) continue;
    m.span.end = next.span.end;
    drop[i + 1] = true;
  }
  erase_dropped(doc, drop);
}

// Split party names joined ("Liberal" + "Democrat"), "Copyright" in front of a name, deities,
// laws and treaties, "Anglo-American" compounds; a quotation mark cuts a name.
void clean_name_mentions(Document& doc) {
  const std::string_view text = doc.text;
  std::vector<std::string> toks;
  std::string buf;
  std::vector<bool> drop(doc.mentions.size(), false);
  std::unordered_set<std::string> norp_keys;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kNorp || m.span.end > text.size())
      continue;
    name_tokens(doc.slice(m.span), false, toks);
    norp_keys.insert(group_key(EntityType::kNorp, toks));
  }
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.kind != MentionKind::kName || m.span.end > text.size() || m.span.begin >= m.span.end)
      continue;
    if (i + 1 < doc.mentions.size()) {
      Mention& next = doc.mentions[i + 1];
      if (adjacent_names(text, m, next) && m.type != EntityType::kPerson &&
          next.type != EntityType::kPerson &&
          party_names().count(singular(std::string(
              util::ascii_lower(text.substr(m.span.begin, next.span.end - m.span.begin), buf))))) {
        m.span.end = next.span.end;
        m.type = EntityType::kOrg;
        drop[i + 1] = true;
      }
    }
    if (!strip_copyright(text, m.span) || !strip_quotation_marks(text, m.span)) {
      drop[i] = true;
      continue;
    }
    std::string low(util::ascii_lower(doc.slice(m.span), buf));
    if (deity_names().count(low)) {
      drop[i] = true;
      continue;
    }
    if (m.type != EntityType::kPerson) {
      name_tokens(doc.slice(m.span), false, toks);
      std::string after(word_after(text, m.span.end, buf));
      if ((!toks.empty() && law_words().count(toks.back())) || law_words().count(after) ||
          after == "agreement") {
        drop[i] = true;
        continue;
      }
      if (party_names().count(singular(low))) m.type = EntityType::kOrg;
      // "held at Belmarsh prison", "Belmarsh and Woodhill prisons": a facility, not a town.
      if (m.type == EntityType::kGpe) {
        if (facility_nouns().count(after)) {
          m.type = EntityType::kLoc;
        } else if (after == "and" && i + 1 < doc.mentions.size()) {
          const Mention& next = doc.mentions[i + 1];
          uint32_t and_end = static_cast<uint32_t>(text.find("and", m.span.end)) + 3;
          if (next.kind == MentionKind::kName && next.type == EntityType::kGpe &&
              next.span.end <= text.size() && next.span.begin == and_end + 1 &&
              facility_nouns().count(word_after(text, next.span.end, buf)))
            m.type = EntityType::kLoc;
        }
      }
    }
    if (m.type == EntityType::kNorp) {
      size_t dash = low.find('-');
      if (dash != std::string::npos && dash > 0 && dash + 1 < low.size()) {
        std::string first = low.substr(0, dash), second = low.substr(dash + 1);
        if (compound_prefixes().count(first) ||
            (norp_keys.count(group_key(EntityType::kNorp, {first})) &&
             norp_keys.count(group_key(EntityType::kNorp, {second})))) {
          drop[i] = true;
          continue;
        }
      }
    }
  }
  erase_dropped(doc, drop);
}

// Surnames and first names of full person names: a one-word place or organisation with such a
// name is that person, mistyped by the tagger ("Rahmon's close ties").
void retype_person_words(Document& doc) {
  std::vector<std::string> toks;
  std::unordered_set<std::string> surnames, first_names, bare_person_words;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    name_tokens(doc.slice(m.span), true, toks);
    if (toks.size() >= 2) {
      surnames.insert(toks.back());
      first_names.insert(toks.front());
    } else if (toks.size() == 1) {
      bare_person_words.insert(toks[0]);
    }
  }
  for (Mention& m : doc.mentions) {
    // A nationality word that is also a person's surname ("Mark Cuban" ... "Cuban said").
    if (m.kind != MentionKind::kName || !(place_or_org(m.type) || m.type == EntityType::kNorp))
      continue;
    name_tokens(doc.slice(m.span), false, toks);
    if (toks.size() != 1 || all_upper(doc.slice(m.span))) continue;
    if (surnames.count(toks[0]) || (first_names.count(toks[0]) && bare_person_words.count(toks[0])))
      m.type = EntityType::kPerson;
  }
}

// A generational suffix after a person's name is part of it: "Donald Trump, Jr." and
// "Donald Trump Jr." are not "Donald Trump". The span grows over ", Jr." / " Sr." / " II" ...
// unless another mention starts there.
void attach_generational_suffix(Document& doc) {
  const std::string_view text = doc.text;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson || m.span.end > text.size())
      continue;
    std::string_view rest = text.substr(m.span.end, 8);
    size_t skip = rest.starts_with(", ") ? 2 : rest.starts_with(" ") ? 1 : 0;
    if (skip == 0) continue;
    rest.remove_prefix(skip);
    size_t len = 0;
    for (std::string_view suffix : {"Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"}) {
      if (!rest.starts_with(suffix)) continue;
      len = suffix.size();
      break;
    }
    if (len == 0) continue;
    // The suffix must end the word ("Jr." / "II", not "Jrs" or "Iowa").
    if (len < rest.size() && std::isalnum(static_cast<unsigned char>(rest[len]))) continue;
    const uint32_t end = m.span.end + static_cast<uint32_t>(skip + len);
    if (i + 1 < doc.mentions.size() && doc.mentions[i + 1].span.begin < end) continue;
    m.span.end = end;
  }
}

// A month's name right after a person's name, before a comma, a full stop or a lower-case word,
// is the surname the tagger read as a date: "Theresa May, shadow secretary …", "Brian May has
// said". Not before a number or a capitalised word ("Trump May Not …" in a title-case headline),
// and only after a name of its own, not a title ("Pay May One").
void attach_month_surname(Document& doc) {
  const std::string_view text = doc.text;
  std::vector<bool> drop(doc.mentions.size(), false);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (drop[i] || m.kind != MentionKind::kName || m.type != EntityType::kPerson ||
        m.span.end + 1 >= text.size() || text[m.span.end] != ' ')
      continue;
    const uint32_t begin = m.span.end + 1;
    size_t len = 0;
    for (std::string_view month : {"May", "June", "April", "August"})
      if (text.substr(begin).starts_with(month)) len = month.size();
    if (len == 0) continue;
    const size_t after = begin + len;
    const char c = after < text.size() ? text[after] : '.';
    const bool ends = c == ',' || c == '.' || c == ';' || c == ':' || c == '\'' ||
                      (c == ' ' && after + 1 < text.size() &&
                       std::islower(static_cast<unsigned char>(text[after + 1])));
    if (!ends) continue;
    // A date mention the tagger made of the month goes; any other mention there stays.
    if (i + 1 < doc.mentions.size() && doc.mentions[i + 1].span.begin < after) {
      if (doc.mentions[i + 1].type != EntityType::kDate || doc.mentions[i + 1].span.end != after)
        continue;
      drop[i + 1] = true;
    }
    m.span.end = static_cast<uint32_t>(after);
  }
  erase_dropped(doc, drop);
}

// A one-word "person" that is a party's name ("Labour's platform", "angry Labour MPs") is the
// party, unless the article names a person with that word ("Philip Green") or gives it an
// honorific ("Mr Green").
void retype_party_words(Document& doc) {
  std::vector<std::string> toks;
  std::unordered_set<std::string> person_words;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    name_tokens(doc.slice(m.span), true, toks);
    if (toks.size() >= 2) person_words.insert(toks.begin(), toks.end());
  }
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    std::string_view surface = strip_possessive(doc.slice(m.span));
    if (surface.find(' ') != std::string_view::npos) continue;
    name_tokens(surface, true, toks);
    if (toks.size() != 1 || person_words.count(toks[0]) || !party_names().count(toks[0])) continue;
    bool royal = false;
    if (honorific_gender(doc.text, m.span, &royal) != Gender::kUnknown) continue;
    m.type = EntityType::kOrg;
  }
}

// "the White House said", "the Kremlin denied": a seat of government is the government inside
// it, an organisation, whether the tagger read it as a place or a person.
void retype_government_seats(Document& doc) {
  std::string buf;
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type == EntityType::kOrg) continue;
    std::string_view surface = strip_possessive(doc.slice(m.span));
    if (surface.size() > 4 && util::ascii_lower(surface.substr(0, 4), buf) == "the ")
      surface.remove_prefix(4);
    if (government_seats().count(util::ascii_lower(surface, buf))) m.type = EntityType::kOrg;
  }
}

// A country's abbreviation before an organisation's name is part of it: "the U.S. Senate", "UK
// Border Agency" (the tagger often leaves "U.S." apart).
bool abbreviation_opens_organisation(std::string_view text, const Mention& m, const Mention& next) {
  if (!adjacent_names(text, m, next) || m.type != EntityType::kGpe || next.type != EntityType::kOrg)
    return false;
  const std::string_view abbr = text.substr(m.span.begin, m.span.end - m.span.begin);
  size_t letters = 0;
  for (char c : abbr) {
    if (c == '.') continue;
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
    ++letters;
  }
  return letters >= 2 && letters <= 3;
}

// A place right after an organisation's name of two or more words, closing the phrase, is part
// of the name: "the National Congress Party Afghanistan,", "Lloyds Bank Canada and". Not "told
// Reuters Washington would" (a verb follows) nor "Amnesty International Britain's" (a
// possessive).
bool place_closes_organisation(std::string_view text, const Mention& m, const Mention& next) {
  if (!adjacent_names(text, m, next) || m.type != EntityType::kOrg ||
      next.type != EntityType::kGpe ||
      text.substr(m.span.begin, m.span.end - m.span.begin).find(' ') == std::string_view::npos)
    return false;
  const std::string_view rest = text.substr(next.span.end);
  const bool closes = rest.empty() || rest.starts_with(",") || rest.starts_with(".") ||
                      rest.starts_with(";") || rest.starts_with(":") || rest.starts_with(")") ||
                      rest.starts_with(" and ");
  return closes && !rest.starts_with(".'") && !rest.starts_with("'s");
}

// An organisation's name and the country abbreviation that opens it or the place that closes
// it become one organisation mention.
void join_organisation_and_place(Document& doc) {
  const std::string_view text = doc.text;
  join_with_next(doc, [text](Mention& m, const Mention& next) {
    if (abbreviation_opens_organisation(text, m, next)) {
      m.type = EntityType::kOrg;
      return true;
    }
    return place_closes_organisation(text, m, next);
  });
}

// "said William Sullivan of Dean Witter Reynolds", "Richard Pzena of Sanford C. Bernstein":
// a "person" named right after another person's name and "of" is the firm that person works
// for, named after its founders (the tagger reads a firm of surnames as a person). Not when the
// same name is a person's elsewhere in the article, outside such a phrase.
void retype_employer_names(Document& doc) {
  const std::string_view text = doc.text;
  std::vector<bool> after_of(doc.mentions.size(), false);
  for (size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    const Mention& next = doc.mentions[i + 1];
    // A name of two or more words: one word after "of" is rather the tagger's misreading of a
    // title ("Maria Full of Grace").
    after_of[i + 1] = m.kind == MentionKind::kName && next.kind == MentionKind::kName &&
                      m.type == EntityType::kPerson && next.type == EntityType::kPerson &&
                      next.span.begin == m.span.end + 4 && text.substr(m.span.end, 4) == " of " &&
                      doc.slice(next.span).find(' ') != std::string_view::npos;
  }
  std::unordered_set<std::string_view> persons;  // names of persons outside such a phrase
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.kind == MentionKind::kName && m.type == EntityType::kPerson && !after_of[i])
      persons.insert(strip_possessive(doc.slice(m.span)));
  }
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    if (after_of[i] && !persons.count(strip_possessive(doc.slice(doc.mentions[i].span))))
      doc.mentions[i].type = EntityType::kOrg;
}

// The lower-case word that ends right before `pos` with one space between, or "".
std::string_view word_before(std::string_view text, uint32_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {};
  uint32_t b = pos - 1;
  while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || text[b - 1] == '-')) --b;
  if (b > 0 && text[b - 1] != ' ') return {};
  return text.substr(b, pos - 1 - b);
}

// The lower-case word right after `pos` and one space (up to `max` bytes), or "".
std::string_view lower_word_after(std::string_view text, uint32_t pos, size_t max) {
  if (pos + 1 >= text.size() || text[pos] != ' ') return {};
  size_t e = pos + 1;
  while (e < text.size() && e < pos + 1 + max && text[e] >= 'a' && text[e] <= 'z') ++e;
  return text.substr(pos + 1, e - pos - 1);
}

// Whether a lower-case noun names only an organisation, never a person's occupation as
// "games maker", "publisher", "regulator" or "rival" can.
bool organisation_only_noun(std::string_view noun) {
  static constexpr std::string_view kAlsoPeople[] = {
      "engine",   "giant",     "maker",     "manufacturer", "miner", "operator",
      "producer", "publisher", "regulator", "retailer",     "rival", "supplier"};
  return organisation_nouns().contains(noun) &&
         std::find(std::begin(kAlsoPeople), std::end(kAlsoPeople), noun) == std::end(kAlsoPeople);
}

// "investment firm Grant Samuel", "its unit Gazpromneft": a "person" named right after a noun
// for a kind of organisation is that organisation wherever the article names it (the tagger
// reads a firm named after its founders as a person). Not after a noun a name modifies ("told
// the BBC News website Ford did not …"), nor before a verb in -ed ("the company Steve Jobs
// founded").
void retype_names_after_organisation_nouns(Document& doc) {
  const std::string_view text = doc.text;
  std::vector<bool> after_noun(doc.mentions.size(), false);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    const std::string_view noun = word_before(text, m.span.begin);
    if (noun.empty() || !organisation_only_noun(noun)) continue;
    const auto noun_begin = static_cast<uint32_t>(noun.data() - text.data());
    const std::string_view before = text.substr(0, noun_begin > 0 ? noun_begin - 1 : 0);
    const size_t word = before.find_last_of(' ');
    const std::string_view previous = before.substr(word == std::string_view::npos ? 0 : word + 1);
    // A place or nationality may modify the noun ("US magazine Rolling Stone"); another name
    // there makes the noun part of a name, and the name after it the next clause's subject.
    bool place = false;
    for (size_t j = i; j-- > 0 && doc.mentions[j].span.end + 2 > noun_begin;)
      place |=
          doc.mentions[j].span.end + 1 == noun_begin &&
          (doc.mentions[j].type == EntityType::kGpe || doc.mentions[j].type == EntityType::kNorp);
    // "the company Steve Jobs founded": a relative clause whose subject is a person (a verb
    // in -ed after the name, other than one of saying).
    const std::string_view next = lower_word_after(text, m.span.end, 12);
    const bool clause = next.size() > 3 && next.ends_with("ed") && !is_speech_verb(next);
    after_noun[i] = !clause && (previous.empty() ||
                                !std::isupper(static_cast<unsigned char>(previous[0])) || place);
  }
  // The firm's name, wherever the tagger reads it as a person's.
  std::unordered_set<std::string_view> firms;
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    if (after_noun[i]) firms.insert(strip_possessive(doc.slice(doc.mentions[i].span)));
  for (Mention& m : doc.mentions)
    if (m.kind == MentionKind::kName && m.type == EntityType::kPerson &&
        firms.count(strip_possessive(doc.slice(m.span))))
      m.type = EntityType::kOrg;
}

// Adds a name mention of `type` for each token k outside every mention for which take(k) holds,
// keeping the mentions sorted by start.
template <class Take>
void add_untagged_names(Document& doc, EntityType type, Take&& take) {
  std::vector<Mention> added;
  size_t mi = 0;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    if (t.span.end > doc.text.size() || !take(k)) continue;
    while (mi < doc.mentions.size() && doc.mentions[mi].span.end <= t.span.begin) ++mi;
    if (mi < doc.mentions.size() && doc.mentions[mi].span.begin < t.span.end) continue;  // inside
    added.push_back(Mention{t.span, type, MentionKind::kName, -1});
  }
  insert_mentions(doc, added);
}

// "Both Amnesty and the lobby group …" after "Amnesty International": the tagger leaves an
// organisation's name untagged where the article drops its generic words ("International",
// "Corp", "Group"). A capitalised word outside any name that is such a short form (what is
// left of an organisation's name of two or more words without its generic words) is a
// mention of it; resolve merges the two forms (aliases.cc).
void add_short_organisation_names(Document& doc) {
  std::vector<std::string> toks;
  std::unordered_set<std::string_view> shorts;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kOrg) continue;
    std::string_view name = doc.slice(m.span);
    if (name.starts_with("The ") || name.starts_with("the ")) name.remove_prefix(4);
    name_tokens(name, false, toks);
    if (toks.size() < 2) continue;
    // Parties have their own short forms ("Labour", "Democratic": party_mentions.cc).
    bool generic_rest = true;
    for (size_t i = 1; i < toks.size(); ++i)
      generic_rest &= generic_name_words().count(toks[i]) > 0 && toks[i] != "party";
    const std::string_view first = name.substr(0, name.find(' '));
    if (generic_rest && first.size() >= 3 && std::isupper(static_cast<unsigned char>(first[0])) &&
        !all_upper(first))
      shorts.insert(first);
  }
  if (shorts.empty()) return;
  add_untagged_names(doc, EntityType::kOrg, [&](size_t k) {
    const Token& t = doc.tokens[k];
    // Not where any word is capitalised: a sentence's or a headline's first word.
    return !(t.flags & (static_cast<uint16_t>(TokenFlags::kSentenceStart) |
                        static_cast<uint16_t>(TokenFlags::kParagraphStart))) &&
           shorts.count(doc.slice(t.span)) > 0;
  });
}

// "Mrs May" after "Theresa May": an honorific and the surname of a person the article names
// in full, left untagged (the tagger reads "May" as a month), is a mention of that person.
void add_titled_surnames(Document& doc) {
  std::vector<std::string> toks;
  std::unordered_set<std::string_view> surnames;
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
    const std::string_view name = doc.slice(m.span);
    name_tokens(name, false, toks);
    const size_t space = name.rfind(' ');
    if (toks.size() >= 2 && space != std::string_view::npos)
      surnames.insert(name.substr(space + 1));
  }
  if (surnames.empty()) return;
  const auto honorific = [](std::string_view w) {
    return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Miss" || w == "Mr." || w == "Mrs." ||
           w == "Ms." || w == "Dr" || w == "Dr.";
  };
  add_untagged_names(doc, EntityType::kPerson, [&](size_t k) {
    const Token& t = doc.tokens[k];
    return k > 0 && surnames.count(doc.slice(t.span)) &&
           honorific(doc.slice(doc.tokens[k - 1].span)) &&
           doc.tokens[k - 1].span.end + 1 == t.span.begin;
  });
}

// "Sanford C. Bernstein and Co", "Aubrey G. Lanston & Co.": a company's "and Co" that the tagger
// left apart is part of its name.
void join_and_company(Document& doc) {
  const std::string_view text = doc.text;
  join_with_next(doc, [text](const Mention& m, const Mention& next) {
    if (m.kind != MentionKind::kName || m.type != EntityType::kOrg ||
        next.kind != MentionKind::kName || next.span.begin < m.span.end)
      return false;
    const std::string_view between = text.substr(m.span.end, next.span.begin - m.span.end);
    const std::string_view word = text.substr(next.span.begin, next.span.size());
    return (between == " and " || between == " & ") &&
           (word == "Co" || word == "Co." || word == "Company" || word == "Sons");
  });
}

// Whether `s` reads as a stock ticker: 1 to 6 capitals, digits or dots, and an exchange code
// of up to 3 capitals after a space ("XON", "RD", "ERIC ST").
bool ticker_symbol(std::string_view s) {
  const size_t space = s.find(' ');
  const std::string_view code = s.substr(0, space);
  auto caps = [](std::string_view w, size_t max, bool digits) {
    if (w.empty() || w.size() > max) return false;
    for (char c : w)
      if (!((c >= 'A' && c <= 'Z') || (digits && ((c >= '0' && c <= '9') || c == '.'))))
        return false;
    return true;
  };
  return caps(code, 6, true) &&
         (space == std::string_view::npos || caps(s.substr(space + 1), 3, false));
}

// "Exxon Corp <XON>", "Royal Dutch/Shell <RD>": the ticker a wire story puts in angle brackets
// after a company's name is a listing code, not a name of its own (the tagger makes it an
// organisation, or a place: "<TX>"). Not a company's name in brackets ("<Amstrad PLC>").
void drop_ticker_symbols(Document& doc) {
  const std::string_view text = doc.text;
  std::vector<bool> drop(doc.mentions.size(), false);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Span s = doc.mentions[i].span;
    drop[i] = doc.mentions[i].kind == MentionKind::kName && s.begin >= 3 && s.end < text.size() &&
              text[s.begin - 1] == '<' && text[s.begin - 2] == ' ' && text[s.begin - 3] != ' ' &&
              text[s.end] == '>' && ticker_symbol(doc.slice(s));
  }
  erase_dropped(doc, drop);
}

// "the Democratic National Committee", "Police Federation chairman Jan Berry": two or more
// capitalised words the tagger left untagged that end in a word of an organisation's name
// (Federation, Association, Institute, Committee, …) are an organisation; not "The", not words
// in capitals (a headline). Not "League", which ends competitions as often ("Champions
// League", "Premier League") as organisations.
void add_untagged_organisation_names(Document& doc) {
  static const std::unordered_set<std::string_view> kTails = {
      "federation",  "association", "institute",  "foundation",   "society",     "alliance",
      "union",       "council",     "commission", "committee",    "agency",      "bureau",
      "corporation", "university",  "college",    "organisation", "organization"};
  const auto flag = [&](size_t i, TokenFlags f) {
    return (doc.tokens[i].flags & static_cast<uint16_t>(f)) != 0;
  };
  std::vector<bool> covered(doc.tokens.size(), false);
  size_t m = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    while (m < doc.mentions.size() && doc.mentions[m].span.end <= doc.tokens[i].span.begin) ++m;
    for (size_t k = m;
         k < doc.mentions.size() && doc.mentions[k].span.begin < doc.tokens[i].span.end; ++k)
      covered[i] = covered[i] || doc.mentions[k].span.end > doc.tokens[i].span.begin;
  }
  const auto name_word = [&](size_t i) {
    const std::string_view w = doc.slice(doc.tokens[i].span);
    return !covered[i] && flag(i, TokenFlags::kCapitalized) && !all_upper(w) &&
           !(w == "The" || w == "A" || w == "An");
  };
  std::vector<Mention> added;
  std::vector<bool> drop(doc.mentions.size(), false);
  for (size_t i = 0; i < doc.tokens.size();) {
    if (!name_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < doc.tokens.size() && name_word(j) &&
           (j == i || !flag(j, TokenFlags::kSentenceStart)))
      ++j;
    const std::string_view last = doc.slice(doc.tokens[j - 1].span);
    char buf[16];
    const bool fits = j - i >= 2 && last.size() <= sizeof(buf);
    for (size_t c = 0; fits && c < last.size(); ++c)
      buf[c] = static_cast<char>(std::tolower(static_cast<unsigned char>(last[c])));
    if (fits && kTails.count(std::string_view(buf, last.size()))) {
      uint32_t begin = doc.tokens[i].span.begin;
      // "the Republican National Committee": a nationality or party word the tagger named on
      // its own right before the run opens it.
      if (i > 0) {
        for (size_t k = 0; k < doc.mentions.size(); ++k) {
          Mention& before = doc.mentions[k];
          if (before.span.begin != doc.tokens[i - 1].span.begin ||
              before.span.end != doc.tokens[i - 1].span.end || before.kind != MentionKind::kName ||
              !(before.type == EntityType::kNorp || before.type == EntityType::kOrg))
            continue;
          begin = before.span.begin;
          drop[k] = true;
        }
      }
      added.push_back(Mention{Span{begin, doc.tokens[j - 1].span.end}, EntityType::kOrg,
                              MentionKind::kName, -1});
    }
    i = j;
  }
  erase_dropped(doc, drop);
  insert_mentions(doc, added);
}

}  // namespace

void correct_name_mentions(Document& doc) {
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  resolve::split_names_at_comma(doc);
  resolve::extend_to_known_names(doc);
  clean_name_mentions(doc);
  drop_ticker_symbols(doc);
  join_organisation_and_place(doc);
  attach_generational_suffix(doc);
  attach_month_surname(doc);
  retype_person_words(doc);
  retype_party_words(doc);
  retype_government_seats(doc);
  retype_employer_names(doc);
  resolve::retype_led_places(doc);
  retype_names_after_organisation_nouns(doc);
  join_and_company(doc);
  add_short_organisation_names(doc);
  add_titled_surnames(doc);
  add_untagged_organisation_names(doc);
  resolve::add_party_mentions(doc);
}

}  // namespace newsgraph
