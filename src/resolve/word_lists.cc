// Closed word lists of the resolve stage: titles, role nouns, first names by gender, other
// names of states and groups, party names, and the words that mark a name as a law, a deity
// or a facility. Lower-case ASCII. See resolver.h.
#include "resolve/resolver.h"

namespace newsgraph::resolve {

// Titles that may stand before a name, lower-cased, without a final period.
const std::unordered_set<std::string_view>& title_words() {
  static const std::unordered_set<std::string_view> s = {"president",
                                                         "senator",
                                                         "sen",
                                                         "gov",
                                                         "governor",
                                                         "minister",
                                                         "secretary",
                                                         "rep",
                                                         "representative",
                                                         "mr",
                                                         "mrs",
                                                         "ms",
                                                         "miss",
                                                         "dr",
                                                         "judge",
                                                         "general",
                                                         "gen",
                                                         "chairman",
                                                         "chairwoman",
                                                         "ambassador",
                                                         "ceo",
                                                         "speaker",
                                                         "mayor",
                                                         "prime",
                                                         "foreign",
                                                         "vice",
                                                         "chief",
                                                         "leader",
                                                         "candidate",
                                                         "nominee",
                                                         "congressman",
                                                         "congresswoman",
                                                         "commissioner",
                                                         "director",
                                                         "attorney",
                                                         "sheriff",
                                                         "pope",
                                                         "king",
                                                         "queen",
                                                         "prince",
                                                         "princess",
                                                         "lt",
                                                         "col",
                                                         "sgt",
                                                         "capt",
                                                         "captain",
                                                         "adm",
                                                         "admiral",
                                                         "professor",
                                                         "prof",
                                                         "reverend",
                                                         "rev",
                                                         "spokesman",
                                                         "spokeswoman",
                                                         "spokesperson",
                                                         "chancellor",
                                                         "premier",
                                                         "lord",
                                                         "lady",
                                                         "sir",
                                                         "dame",
                                                         "emir",
                                                         "sheikh",
                                                         "former",
                                                         "deputy",
                                                         "state",
                                                         "defense",
                                                         "defence",
                                                         "interior",
                                                         "finance",
                                                         "house",
                                                         "senate",
                                                         "majority",
                                                         "minority",
                                                         "whip",
                                                         "justice",
                                                         "gop",
                                                         "democratic",
                                                         "republican",
                                                         "presidential",
                                                         "supreme",
                                                         "court",
                                                         "campaign",
                                                         "manager",
                                                         "chair",
                                                         "founder",
                                                         "executive",
                                                         "officer",
                                                         "analyst",
                                                         "expert",
                                                         "pollster",
                                                         "strategist",
                                                         "adviser",
                                                         "advisor",
                                                         "aide",
                                                         "host",
                                                         "anchor",
                                                         "columnist",
                                                         "economist"};
  return s;
}

// Role nouns a definite description may use for a person: "the president", "the senator".
const std::unordered_set<std::string_view>& role_nouns() {
  static const std::unordered_set<std::string_view> s = {
      "president",      "senator",        "governor",      "minister",
      "secretary",      "congressman",    "congresswoman", "candidate",
      "nominee",        "mayor",          "ambassador",    "chairman",
      "chairwoman",     "speaker",        "spokesman",     "spokeswoman",
      "spokesperson",   "leader",         "expert",        "analyst",
      "businessman",    "businesswoman",  "mogul",         "billionaire",
      "judge",          "general",        "chancellor",    "premier",
      "diplomat",       "official",       "lawmaker",      "director",
      "manager",        "pollster",       "strategist",    "adviser",
      "advisor",        "aide",           "professor",     "economist",
      "representative", "commissioner",   "attorney",      "ceo",
      "founder",        "actor",          "actress",       "star",
      "host",           "reporter",       "journalist",    "politician",
      "senator-elect",  "president-elect"};
  return s;
}

const std::unordered_set<std::string_view>& male_names() {
  static const std::unordered_set<std::string_view> s = {
      "donald",   "bill",     "barack",   "bernie",  "ted",      "marco",    "jeb",
      "john",     "mike",     "paul",     "chris",   "ben",      "tim",      "joe",
      "george",   "james",    "robert",   "michael", "william",  "david",    "richard",
      "charles",  "thomas",   "mark",     "steven",  "steve",    "kevin",    "brian",
      "jason",    "jeff",     "jeffrey",  "eric",    "reince",   "newt",     "rudy",
      "rudolph",  "mitch",    "harry",    "rand",    "scott",    "lindsey",  "rick",
      "bobby",    "jim",      "jimmy",    "tom",     "dan",      "daniel",   "peter",
      "andrew",   "anthony",  "jonathan", "matthew", "ryan",     "adam",     "corey",
      "stephen",  "roger",    "vladimir", "ahmad",   "abdul",    "mohammad", "mohammed",
      "muhammad", "emomali",  "amrullah", "temur",   "ali",      "hassan",   "omar",
      "xi",       "boris",    "tony",    "gordon",   "david",    "nigel",
      "jacques",  "francois", "emmanuel", "recep",   "benjamin", "bashar",   "kim",
      "ashraf",   "hamid",    "jose",     "carlos",  "luis",     "juan",     "pedro",
      "jack",     "henry",    "edward",   "frank",   "gary",     "larry",    "jerry",
      "dennis",   "walter",   "al",       "sam",     "samuel",   "ron",      "ronald",
      "mitt",     "dick",     "gerald",  "lyndon",   "franklin", "woodrow",
      "abraham",  "elon",     "kanye",    "sean",    "steve",    "alex",     "alexander",
      "patrick",  "ken",      "kenneth",  "greg",    "gregory",  "doug",     "douglas",
      "phil",     "philip",   "tucker",   "sean",    "bret",     "jake",     "wolf",
      "chuck",    "marty",    "howard",   "keith",   "carl",     "karl",     "nick",
      "nicholas", "jared",    "eric",     "jerome",  "ray",      "raymond",  "bruce",
      "wayne",    "jay",      "lee",      "leon",    "martin",   "luther",   "malcolm",
      "colin",    "dwight",   "harold",   "herbert", "ivan",     "igor",     "sergei",
      "dmitry"};
  return s;
}

const std::unordered_set<std::string_view>& female_names() {
  static const std::unordered_set<std::string_view> s = {
      "hillary",    "nancy",     "elizabeth",   "sarah",     "michelle", "melania", "ivanka",
      "chelsea",    "kellyanne", "huma",        "hope",      "nikki",    "carly",   "debbie",
      "donna",      "jennifer",  "mary",        "patricia",  "linda",    "barbara", "susan",
      "jessica",    "karen",     "lisa",        "betty",     "margaret", "sandra",  "ashley",
      "kimberly",   "emily",     "helen",       "laura",     "rachel",   "katie",   "kate",
      "catherine",  "katherine", "anne",        "ann",       "anna",     "maria",   "marie",
      "julia",      "julie",     "theresa",     "angela",    "fereshta", "megyn",   "maureen",
      "diane",      "dianne",    "kirsten",     "amy",       "heidi",    "claire",  "tammy",
      "jeanne",     "loretta",   "condoleezza", "madeleine", "samantha", "valerie", "janet",
      "jane",       "joan",      "judy",        "sharon",    "oprah",    "beyonce", 
      "sheryl",     "marsha",    "martha",      "mia",       "nina",     "olivia",  "sophia",
      "victoria",   "christine", "cheryl",      "gloria",    "rosa",     "nicola",  "marine",
      "ursula",     "golda",     "indira",      "benazir",   "aung",     "malala",  "jill",
      "jacqueline", "jackie",    "eleanor",     "abigail",   "zoe",      "hannah",  "grace",
      "alice",      "ellen",     "erin",        "dana",      "gretchen", "sally",
      "wendy",      "stephanie", "rebecca",     "deborah",   "sheila",   "paula",   "pamela"};
  return s;
}

// Other names of the same state, keyed by the lower-cased name without periods.
const std::unordered_map<std::string_view, std::string_view>& place_aliases() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"us", "united states"},
      {"usa", "united states"},
      {"america", "united states"},
      {"united states of america", "united states"},
      {"uk", "united kingdom"},
      {"britain", "united kingdom"},
      {"great britain", "united kingdom"},
      {"uae", "united arab emirates"},
      {"ussr", "soviet union"},
      {"holland", "netherlands"},
      {"the netherlands", "netherlands"},
      {"russian federation", "russia"},
      {"drc", "democratic republic of congo"},
      {"prc", "china"},
      {"people's republic of china", "china"},
      {"dprk", "north korea"},
      {"rok", "south korea"},
      {"republic of korea", "south korea"}};
  return m;
}

// Group names whose singular, plural and adjective forms differ by more than a final "s".
const std::unordered_map<std::string_view, std::string_view>& demonym_forms() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"jew", "jewish"},       {"jews", "jewish"},        {"briton", "british"},
      {"britons", "british"},  {"brits", "british"},      {"brit", "british"},
      {"scot", "scottish"},    {"scots", "scottish"},     {"dane", "danish"},
      {"danes", "danish"},     {"swede", "swedish"},      {"swedes", "swedish"},
      {"finn", "finnish"},     {"finns", "finnish"},      {"pole", "polish"},
      {"poles", "polish"},     {"turk", "turkish"},       {"turks", "turkish"},
      {"arabs", "arab"},       {"englishman", "english"}, {"englishmen", "english"},
      {"frenchman", "french"}, {"frenchmen", "french"},   {"kurd", "kurdish"},
      {"kurds", "kurdish"}};
  return m;
}

// Political party names, singular (after dropping a final "s"): typed ORG whatever the tagger says.
const std::unordered_set<std::string_view>& party_names() {
  static const std::unordered_set<std::string_view> s = {"republican",
                                                         "democrat",
                                                         "democratic",
                                                         "tory",
                                                         "conservative",
                                                         "labour",
                                                         "liberal democrat",
                                                         "lib dem",
                                                         "social democrat",
                                                         "christian democrat",
                                                         "ukip",
                                                         "snp",
                                                         "green party",
                                                         "labor",
                                                         "whig"};
  return s;
}

// Words that only say what kind of thing a name is: "Guantanamo Bay" / "Guantanamo",
// "Amnesty International" / "Amnesty", "Panjsher province" / "Panjsher".
const std::unordered_set<std::string_view>& generic_name_words() {
  static const std::unordered_set<std::string_view> s = {
      "international", "inc",    "corp",    "corporation", "ltd",    "limited",
      "plc",           "co",     "company", "group",       "party",  "bay",
      "province",      "island", "islands", "city",        "county", "district",
      "region",        "river",  "valley",  "lake",        "llc",    "gmbh"};
  return s;
}

// Last words of names of laws, treaties and agreements, which are not entities.
const std::unordered_set<std::string_view>& law_words() {
  static const std::unordered_set<std::string_view> s = {
      "act", "treaty", "protocol", "protocols", "accord", "accords", "convention", "amendment"};
  return s;
}

// Names of deities, which are not entities when they stand alone.
const std::unordered_set<std::string_view>& deity_names() {
  static const std::unordered_set<std::string_view> s = {
      "god", "allah", "lord", "almighty", "the lord", "god almighty", "the almighty"};
  return s;
}

// Prefixes of compound group adjectives that name a relation, not a group ("Anglo-American").
const std::unordered_set<std::string_view>& compound_prefixes() {
  static const std::unordered_set<std::string_view> s = {"anglo", "franco", "sino",   "russo",
                                                         "turco", "greco",  "austro", "italo"};
  return s;
}

// Nouns after a place name that make it a facility ("Belmarsh prison"), typed LOC.
const std::unordered_set<std::string_view>& facility_nouns() {
  static const std::unordered_set<std::string_view> s = {
      "prison", "prisons", "jail",     "jails",   "gaol",    "camp",
      "camps",  "airport", "airports", "airbase", "barracks"};
  return s;
}

Kin kin_word(std::string_view low) {
  if (low == "father" || low == "mother" || low == "dad" || low == "mum" || low == "mom" ||
      low == "parents" || low == "parent")
    return Kin::kParent;
  if (low == "son" || low == "daughter" || low == "sons" || low == "daughters" || low == "child" ||
      low == "children" || low == "heir")
    return Kin::kChild;
  return Kin::kNone;
}

}  // namespace newsgraph::resolve
