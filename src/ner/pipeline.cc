// The NER pipeline stage: runs the CoNLL tagger over the document's tokens, maps its types onto
// the CONTRACT types (LOC split into GPE and LOC, MISC kept only when it is a NORP word), and
// adds DATE and MONEY mentions found by rule. Copyright notices ("© 2026 The Courier.") are not
// tagged.
#include <algorithm>
#include <cctype>

#include "ner/model.h"
#include "ner/text_util.h"
#include "newsgraph/ner.h"

namespace newsgraph::ner {
namespace {

// Words that mark a natural or non-political place ("Amu Darya River", "Panjshir Valley").
const char* const kLandformWords[] = {
    "river",   "sea",     "ocean",   "mountains", "mountain", "mount",        "valley", "lake",
    "gulf",    "bay",     "island",  "islands",   "desert",   "peninsula",    "strait", "canal",
    "coast",   "pass",    "plateau", "basin",     "range",    "forest",       "hills",  "glacier",
    "channel", "delta",   "street",  "square",    "airport",  "park",         "bridge", "road",
    "avenue",  "highway", "region",  "corridor",  "border",   "province-wide"};
const char* const kRegions[] = {
    "europe",          "asia",           "africa",        "america",
    "middle east",     "central asia",   "south asia",    "the west",
    "north america",   "south america",  "latin america", "balkans",
    "caucasus",        "gulf",           "mideast",       "pacific",
    "atlantic",        "mediterranean",  "arctic",        "antarctica",
    "west bank",       "gaza strip",     "gaza",          "kashmir",
    "sahara",          "himalayas",      "siberia",       "scandinavia",
    "eastern europe",  "western europe", "east asia",     "southeast asia",
    "central america", "north africa",   "west africa",   "east africa",
    "hindu kush",      "panjshir",       "persian gulf"};

bool phrase_in_lists(const Model& m, const std::vector<std::string_view>& toks, uint32_t b,
                     uint32_t e, uint32_t mask) {
  std::string low;
  uint64_t h = phrase_hash_start();
  for (uint32_t i = b; i < e; ++i) {
    lower_norm(toks[i], low);
    h = phrase_hash_extend(h, low);
  }
  const uint32_t* v = m.gazetteer.find(h);
  return v && (*v & mask);
}

EntityType loc_type(const Model& m, const std::vector<std::string_view>& toks, uint32_t b,
                    uint32_t e) {
  uint32_t gpe_mask = 0;
  for (size_t l = 0; l < m.gazetteer_lists.size(); ++l) {
    const std::string& name = m.gazetteer_lists[l];
    if (name == "country" || name == "subdivision" || name == "city") gpe_mask |= 1u << l;
  }
  if (phrase_in_lists(m, toks, b, e, gpe_mask)) return EntityType::kGpe;
  std::string phrase, last;
  for (uint32_t i = b; i < e; ++i) {
    if (i > b) phrase += ' ';
    for (char c : toks[i]) phrase += to_lower(c);
  }
  for (char c : toks[e - 1]) last += to_lower(c);
  for (const char* r : kRegions)
    if (phrase == r) return EntityType::kLoc;
  for (const char* w : kLandformWords)
    if (last == w) return EntityType::kLoc;
  if (e - b >= 2)
    for (const char* r : kRegions)
      if (last == r) return EntityType::kLoc;  // "Central Asia", "southern Africa"
  return EntityType::kGpe;
}

// Tokens the tagger sees at once. Its document features (word-form counts, pass-1 labels of
// the same word elsewhere) and feature buffers cover one window, so memory stays bounded on a
// huge input. Far above any real article (tens of thousands of tokens), which is tagged whole.
constexpr size_t kWindowTokens = size_t(1) << 17;

// Tags `input` window by window: each window ends at the first sentence end at least
// kWindowTokens in, or is cut at 2 * kWindowTokens inside an endless sentence.
void tag_in_windows(const Tagger& tagger, const TaggerInput& input, Tagger::Scratch& scratch,
                    std::vector<Chunk>& out) {
  const size_t n = input.tokens.size();
  if (n <= 2 * kWindowTokens) {
    tagger.tag(input, scratch, out);
    return;
  }
  out.clear();
  TaggerInput window;
  std::vector<Chunk> window_chunks;
  size_t next_end = 0;   // index into input.sentence_ends: the end that closes this window
  size_t first_end = 0;  // index into input.sentence_ends: the first end inside this window
  for (size_t begin = 0; begin < n;) {
    while (next_end < input.sentence_ends.size() &&
           input.sentence_ends[next_end] < begin + kWindowTokens)
      ++next_end;
    size_t end = next_end < input.sentence_ends.size() ? input.sentence_ends[next_end] : n;
    end = std::min({end, n, begin + 2 * kWindowTokens});
    window.tokens.assign(input.tokens.begin() + long(begin), input.tokens.begin() + long(end));
    window.sentence_ends.clear();
    while (first_end < input.sentence_ends.size() && input.sentence_ends[first_end] <= begin)
      ++first_end;
    for (size_t k = first_end; k < input.sentence_ends.size() && input.sentence_ends[k] <= end; ++k)
      window.sentence_ends.push_back(uint32_t(input.sentence_ends[k] - begin));
    tagger.tag(window, scratch, window_chunks);
    for (Chunk c : window_chunks) {
      c.begin += uint32_t(begin);
      c.end += uint32_t(begin);
      out.push_back(c);
    }
    begin = end;
  }
}

// A copyright notice ("© 2026 The Riverside Courier.", "Copyright 2015 by ..."): page
// furniture, not news. The tagger never sees it, so that a publisher's name it would call a
// person neither becomes one nor, through the document features, makes the same word a
// person in the article.
bool copyright_notice(const std::vector<std::string_view>& words) {
  if (words.empty()) return false;
  if (words[0] == "\xC2\xA9") return true;
  if (words.size() < 2 || (words[0] != "Copyright" && words[0] != "COPYRIGHT")) return false;
  const std::string_view next = words[1];
  return next == "\xC2\xA9" ||
         (next.size() == 4 &&
          std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// The tagger's input: the document's tokens, sentence by sentence, less copyright notices;
// kept[i] is the document token of input token i.
void tagger_input(const Document& doc, TaggerInput& input, std::vector<uint32_t>& kept) {
  std::vector<std::string_view> sentence;
  uint32_t begin = 0;
  auto add_sentence = [&](uint32_t end) {
    sentence.clear();
    for (uint32_t i = begin; i < end; ++i) {
      Span s = doc.tokens[i].span;
      if (s.end > doc.text.size() || s.begin > s.end) s = Span{0, 0};
      sentence.push_back(doc.slice(s));
    }
    if (!sentence.empty() && !copyright_notice(sentence)) {
      for (uint32_t i = begin; i < end; ++i) kept.push_back(i);
      input.tokens.insert(input.tokens.end(), sentence.begin(), sentence.end());
      input.sentence_ends.push_back(uint32_t(input.tokens.size()));
    }
    begin = end;
  };
  const uint32_t n = uint32_t(doc.tokens.size());
  for (const Sentence& s : doc.sentences)
    if (s.token_end <= n && s.token_end > begin) add_sentence(s.token_end);
  if (begin < n) add_sentence(n);
}

}  // namespace

void tag_entities(Document& doc, const Tagger& tagger) {
  doc.mentions.clear();
  TaggerInput input;
  input.tokens.reserve(doc.tokens.size());
  std::vector<uint32_t> kept;
  kept.reserve(doc.tokens.size());
  tagger_input(doc, input, kept);
  if (input.tokens.empty()) return;

  thread_local std::shared_ptr<Tagger::Scratch> scratch;
  thread_local const Tagger* scratch_owner = nullptr;
  if (!scratch || scratch_owner != &tagger) {
    scratch = tagger.make_scratch();
    scratch_owner = &tagger;
  }
  std::vector<Chunk> chunks;
  tag_in_windows(tagger, input, *scratch, chunks);

  auto span_of = [&](uint32_t b, uint32_t e) {
    return Span{doc.tokens[kept[b]].span.begin, doc.tokens[kept[e - 1]].span.end};
  };
  std::vector<uint8_t> covered(input.tokens.size(), 0);
  // A comma, bracket or quotation mark the tagger took into a name's edge (", Health and Tennis
  // Corp", "<Steinberg Inc", "''Fox News") is no part of it; a full stop at its end may be an
  // abbreviation's ("Harris Upham and Co.").
  auto is_mark = [&](uint32_t i) {
    return std::none_of(input.tokens[i].begin(), input.tokens[i].end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) || ch < 0;
    });
  };
  for (Chunk c : chunks) {
    while (c.begin < c.end && is_mark(c.begin)) ++c.begin;
    while (c.end > c.begin && is_mark(c.end - 1) && input.tokens[c.end - 1] != ".") --c.end;
    if (c.begin == c.end) continue;
    // No name runs this long ("International Bank for Reconstruction and Development" is 6):
    // a run of hundreds of capitalised words (a headline list, shouting) is not one entity.
    constexpr uint32_t kMaxNameTokens = 24;
    if (c.end - c.begin > kMaxNameTokens) continue;
    EntityType type;
    switch (c.type) {
      case ConllType::kPer:
        type = EntityType::kPerson;
        break;
      case ConllType::kOrg:
        type = EntityType::kOrg;
        break;
      case ConllType::kLoc:
        type = loc_type(tagger.model(), input.tokens, c.begin, c.end);
        break;
      case ConllType::kMisc: {
        std::string phrase;
        for (uint32_t i = c.begin; i < c.end; ++i) {
          if (i > c.begin) phrase += ' ';
          phrase += input.tokens[i];
        }
        if (is_group_org_word(phrase)) {
          type = EntityType::kOrg;
        } else if (is_norp_word(phrase)) {
          type = EntityType::kNorp;
        } else {
          continue;
        }
        break;
      }
      default:
        continue;
    }
    doc.mentions.push_back(Mention{span_of(c.begin, c.end), type, MentionKind::kName, -1});
    for (uint32_t i = c.begin; i < c.end; ++i) covered[i] = 1;
  }
  // Group and NORP words the tagger missed (lower-case "jihadist" is not a name; capitalised
  // ones are).
  for (uint32_t i = 0; i < input.tokens.size(); ++i) {
    std::string_view t = input.tokens[i];
    if (covered[i] || t.empty() || !is_upper(t[0])) continue;
    if (is_group_org_word(t)) {
      doc.mentions.push_back(Mention{span_of(i, i + 1), EntityType::kOrg, MentionKind::kName, -1});
      covered[i] = 1;
    } else if (is_norp_word(t)) {
      doc.mentions.push_back(Mention{span_of(i, i + 1), EntityType::kNorp, MentionKind::kName, -1});
      covered[i] = 1;
    }
  }
  // DATE and MONEY by rule, sentence by sentence, where no name was found.
  std::vector<std::string_view> sent;
  std::vector<ValueSpan> values;
  uint32_t b = 0;
  for (uint32_t e : input.sentence_ends) {
    sent.assign(input.tokens.begin() + b, input.tokens.begin() + e);
    values.clear();
    find_values(sent, values);
    for (const ValueSpan& v : values) {
      uint32_t vb = b + v.begin, ve = b + v.end;
      bool clash = false;
      for (uint32_t i = vb; i < ve; ++i) clash |= covered[i] != 0;
      if (clash) {
        // A date the tagger called MISC/ORG ("September 11") is still a date if the name
        // is exactly inside it; otherwise the name wins.
        continue;
      }
      doc.mentions.push_back(Mention{span_of(vb, ve), v.type, MentionKind::kValue, -1});
    }
    b = e;
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& x, const Mention& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end < y.span.end;
  });
}

}  // namespace newsgraph::ner
