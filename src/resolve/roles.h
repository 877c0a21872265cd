// Roles found by the resolve layer, after grouping and linking (resolve owns Entity::roles;
// the roles of people in appositions and premodifiers are still found by relations, which
// extends the layer).
#pragma once

#include "newsgraph/document.h"

namespace newsgraph::resolve {

// Adds to Entity::roles of each ORG entity the descriptions the article gives it, when they end
// in an organisation noun (data/lexicon/organisation-nouns.txt):
//   premodifier  "state-owned oil firm Rosneft", "Israeli newspaper Haaretz";
//   postmodifier "the Islamic State extremist group";
//   apposition   "Yukos, one of Russia's biggest companies,", to its closing comma when it
//                goes on ("Gazprom, the company originally tipped to buy Yuganskneftegas,");
//   predicate    "Xstrata is a global mining giant with operations in ...".
// A leading article is dropped. Reads doc.tokens, the name mentions and their entities.
void find_organisation_roles(Document& doc);

// Adds to Entity::roles of each PERSON entity the text of the descriptions linked to it ("the
// prime minister" -> "prime minister"), without a leading article, once each; and of each ORG
// entity those of more than one word ("the conservative-leaning newspaper" ->
// "conservative-leaning newspaper", not "the company" -> "company").
void find_description_roles(Document& doc);

// Adds to Entity::roles of each PERSON and ORG entity the relative clause set off after its
// name by a comma or a dash, pronoun included, to the comma, dash or full stop that ends it:
//   "Bruce Misamore, who had moved to the US in early December," -> "who had moved to the US
//   in early December"; "Tiga, which represents independent developers,"; "Deutsche Boerse -
//   whose market capitalisation is more than £3bn -"; "Clearnet, in which Euronext has a
//   quarter stake". After a list of names ("A, B and C, who paid …") each name gets it.
// So is a passive participle's clause set off on both sides ("Mamdouh Habib, previously accused
// of terrorist offences,"; "Euronext - formed after the exchanges merged -"): the participle
// goes on with a preposition other than to/about/on, or a number ("owned 41.9 pct by").
// "who" for a person, "which" / "in which" for an organisation, "whose" for either. Not a
// clause whose verb is one of saying ("X, who said …", "which has denied …"), one holding a
// quotation mark or longer than 30 tokens, nor one a person role phrase (Document::
// role_phrases, from add_person_roles, which must run first) already holds ("X, who heads
// the agency," -> "heads the agency"). Reads doc.tokens, the name mentions and their entities.
void find_relative_clause_roles(Document& doc);

// Adds to Entity::roles of the article's main actor the description its headline opens with
// ("US bank in $515m SEC settlement", "Yukos owner sues Russia"): a headline (the first
// sentence, a line of its own) whose first two to four words (an article dropped, no function
// word, no person named) end in a lower-case person or organisation noun before a lower-case
// word; the actor is the entity of that kind, not named inside the description, that the first
// three body sentences name and that the article mentions most (at least twice, no tie), and
// that the headline does not name itself; none when one of that kind is named right after the
// verb ("Saudi prince mocks Trump"). The description also becomes a nominal mention of it.
void find_headline_roles(Document& doc);

}  // namespace newsgraph::resolve
