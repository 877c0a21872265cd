// Nationality, ethnic, religious and political group words (NORP), lower case, singular; plural
// forms are recognised by is_norp_word() by stripping a final "s". Written for this project.
#pragma once

#include <string_view>

namespace newsgraph::ner {

inline constexpr std::string_view kNorpWords[] = {
    "afghan",         "albanian",       "algerian",     "american",    "andorran",
    "angolan",        "argentine",      "argentinian",  "armenian",    "australian",
    "austrian",       "azerbaijani",    "azeri",        "bahraini",    "bangladeshi",
    "barbadian",      "belarusian",     "belgian",      "belizean",    "beninese",
    "bhutanese",      "bolivian",       "bosnian",      "botswanan",   "brazilian",
    "british",        "bruneian",       "bulgarian",    "burkinabe",   "burmese",
    "burundian",      "cambodian",      "cameroonian",  "canadian",    "chadian",
    "chilean",        "chinese",        "colombian",    "congolese",   "croatian",
    "croat",          "cuban",          "cypriot",      "czech",       "danish",
    "dane",           "djiboutian",     "dominican",    "dutch",       "ecuadorian",
    "egyptian",       "emirati",        "english",      "eritrean",    "estonian",
    "ethiopian",      "fijian",         "filipino",     "finnish",     "finn",
    "french",         "gabonese",       "gambian",      "georgian",    "german",
    "ghanaian",       "greek",          "guatemalan",   "guinean",     "guyanese",
    "haitian",        "honduran",       "hungarian",    "icelandic",   "indian",
    "indonesian",     "iranian",        "iraqi",        "irish",       "israeli",
    "italian",        "ivorian",        "jamaican",     "japanese",    "jordanian",
    "kazakh",         "kazakhstani",    "kenyan",       "korean",      "kosovar",
    "kuwaiti",        "kyrgyz",         "lao",          "laotian",     "latvian",
    "lebanese",       "liberian",       "libyan",       "lithuanian",  "luxembourgish",
    "macedonian",     "malagasy",       "malawian",     "malaysian",   "maldivian",
    "malian",         "maltese",        "mauritanian",  "mauritian",   "mexican",
    "moldovan",       "monegasque",     "mongolian",    "montenegrin", "moroccan",
    "mozambican",     "namibian",       "nepalese",     "nepali",      "zealander",
    "nicaraguan",     "nigerien",       "nigerian",     "norwegian",   "omani",
    "pakistani",      "palestinian",    "panamanian",   "paraguayan",  "peruvian",
    "polish",         "pole",           "portuguese",   "qatari",      "romanian",
    "russian",        "rwandan",        "salvadoran",   "samoan",      "saudi",
    "scottish",       "scot",           "senegalese",   "serbian",     "serb",
    "sierra leonean", "singaporean",    "slovak",       "slovenian",   "slovene",
    "somali",         "south african",  "spanish",      "spaniard",    "sri lankan",
    "sudanese",       "surinamese",     "swazi",        "swedish",     "swede",
    "swiss",          "syrian",         "taiwanese",    "tajik",       "tajikistani",
    "tanzanian",      "thai",           "togolese",     "tongan",      "trinidadian",
    "tunisian",       "turkish",        "turk",         "turkmen",     "ugandan",
    "ukrainian",      "uruguayan",      "uzbek",        "venezuelan",  "vietnamese",
    "welsh",          "yemeni",         "zambian",      "zimbabwean",  "yugoslav",
    "soviet",         "european",       "african",      "asian",       "arab",
    "arabian",        "latin american", "scandinavian", "balkan",      "baltic",
    "caribbean",      "nordic",         "western",      "pashtun",     "hazara",
    "uzbeks",         "baloch",         "kurd",         "kurdish",     "tamil",
    "sinhalese",      "tutsi",          "hutu",         "chechen",     "basque",
    "catalan",        "flemish",        "walloon",      "berber",      "bedouin",
    "roma",           "uighur",         "uyghur",       "tibetan",     "persian",
    "slav",           "slavic",         "hispanic",     "latino",      "aboriginal",
    "maori",          "inuit",          "zulu",         "xhosa",       "yoruba",
    "igbo",           "hausa",          "sikh",         "muslim",      "moslem",
    "christian",      "catholic",       "protestant",   "jewish",      "jew",
    "hindu",          "buddhist",       "sunni",        "shia",        "shi'ite",
    "shiite",         "islamic",        "islamist",     "jihadist",    "orthodox",
    "evangelical",    "anglican",       "methodist",    "baptist",     "lutheran",
    "mormon",         "salafist",       "salafi",       "wahhabi",     "zionist",
    "atheist",        "democrat",       "republican",   "communist",   "socialist",
    "conservative",   "liberal",        "marxist",      "maoist",      "leninist",
    "nationalist",    "separatist",     "loyalist",     "unionist",    "royalist",
    "fascist",        "nazi",           "neo-nazi",     "tory",        "tories",
    "bolshevik",      "gaullist",       "peronist",     "sandinista",  "zapatista",
    "chavista",       "kemalist",       "baathist",     "ba'athist",   "mujahideen",
    "mujahedin",      "israelis",       "britons",      "briton",      "americans",
};

// Movements, militias and armed groups that CoNLL annotators often tag MISC but that act as
// organisations (the contract's ORG). Lower case. Written for this project.
inline constexpr std::string_view kGroupOrgWords[] = {
    "taliban",    "al-qaeda",   "al-qaida",   "al qaeda",   "hamas",     "hezbollah",
    "hizbollah",  "hizbullah",  "isis",       "isil",       "daesh",     "islamic state",
    "boko haram", "al-shabaab", "al-shabab",  "farc",       "eta",       "ira",
    "plo",        "fatah",      "houthis",    "houthi",     "janjaweed", "wagner group",
    "khmer rouge", "viet cong", "contras",    "peshmerga", "ypg",
    "pkk",        "hayat tahrir al-sham",     "jabhat al-nusra",         "lashkar-e-taiba",
};

}  // namespace newsgraph::ner
