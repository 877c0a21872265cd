// Closed word classes the quote rules consult. See extractor.h.
#include "quotes/extractor.h"

namespace newsgraph::quotes {

const std::unordered_set<std::string_view>& aux_words() {
  static const std::unordered_set<std::string_view> s = {
      "also", "has", "have", "had", "would", "will", "could", "did", "does", "do", "not",
      "never", "later", "then", "previously", "recently", "repeatedly", "once", "reportedly",
      "publicly", "privately", "quickly", "further", "again", "often", "frequently", "long",
      "earlier", "already", "still", "even", "just", "first", "initially", "flatly",
      "might", "may", "can", "should", "must", "is", "was", "are", "were", "be", "been",
      "previously", "openly", "simply", "repeatedly", "clearly", "specifically", "explicitly",
      "directly", "correctly", "falsely", "rightly", "wrongly", "recently", "widely", "generally",
      "always", "sometimes", "allegedly", "apparently", "actually", "really", "only", "subsequently",
      "finally", "separately", "elsewhere", "privately", "had", "n't", "never", "too",
      "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
      "hasn't", "haven't", "hadn't", "doesn\u2019t", "don\u2019t", "didn\u2019t", "won\u2019t",
      "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "isn\u2019t", "wasn\u2019t",
      "hasn\u2019t", "haven\u2019t", "hadn\u2019t"};
  return s;
}

// Words that end a subject noun phrase when scanning away from the cue.
const std::unordered_set<std::string_view>& np_stop_words() {
  static const std::unordered_set<std::string_view> s = {
      "that", "which", "who", "whom", "whose", "but", "or", "because", "when", "while", "if",
      "as", "than", "so", "after", "before", "since", "though", "although", "where", "what",
      "how", "why", "whether", "to", "said", "says", "say", "told", "and", "nor", "yet",
      "until", "unless", "once", "has", "have", "had", "is", "was", "are", "were", "will",
      "would", "could", "should", "can", "may", "might", "did", "does", "do", "be", "been",
      "not", "in", "on", "at", "by", "for", "with", "from", "during", "into", "about",
      "over", "under", "against", "without", "through", "across", "of", "this", "these",
      "those", "there", "here", "then", "now", "also", "however", "meanwhile", "instead",
      "referring", "adding", "citing", "noting", "saying", "calling", "arguing", "according"};
  return s;
}

const std::unordered_set<std::string_view>& after_cue_skip() {
  static const std::unordered_set<std::string_view> s = {
      "on", "in", "at", "during", "last", "this", "earlier", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "recently",
      "later", "repeatedly", "again", "privately", "publicly", "late", "early", "before",
      "after", "afterward", "afterwards", "via", "through", "over", "separately", "previously",
      "while", "when", "as", "to", "about", "of"};
  return s;
}

// Words after which a cue word is a noun ("the state", "his claim", "a report").
const std::unordered_set<std::string_view>& noun_markers() {
  static const std::unordered_set<std::string_view> s = {
      "a", "an", "the", "this", "his", "her", "their", "its", "our", "my", "your", "whose",
      "every", "each", "no", "any", "new", "first", "last", "latest", "next", "final", "same",
      "public", "official", "written", "joint", "early", "recent", "own", "that", "these",
      "those", "such", "annual", "weekly", "daily", "news", "press", "tv", "television"};
  return s;
}

const std::unordered_set<std::string_view>& pronouns() {
  static const std::unordered_set<std::string_view> s = {"he", "she", "they", "it", "we", "i",
                                                          "you", "one"};
  return s;
}

const std::unordered_set<std::string_view>& determiners() {
  static const std::unordered_set<std::string_view> s = {
      "a", "an", "the", "another", "one", "two", "three", "some", "many", "most", "several",
      "his", "her", "their", "its", "our", "other", "senior", "top", "former", "both"};
  return s;
}

const std::unordered_set<std::string_view>& abbreviations() {
  static const std::unordered_set<std::string_view> s = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
      "capt", "prof", "inc", "co", "corp", "no", "vs", "ft", "mt", "rev", "hon", "u.s", "jan",
      "feb", "aug", "sept", "sep", "oct", "nov", "dec", "ltd", "e.g", "i.e", "a.m", "p.m",
      "d.c", "u.k", "u.n", "adm", "cmdr", "gov", "pres", "supt", "messrs", "etc", "al"};
  return s;
}


}  // namespace newsgraph::quotes
