#include "store/extracted.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

namespace newsgraph::store {
namespace {

ByteSpan input_span(const Document& doc, Span text_span) {
  if (text_span.empty() && text_span.begin == 0) return {};
  Span in = doc.to_input(text_span);
  return {in.begin, in.end};
}

std::string first_line(const std::string& input) {
  size_t b = input.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = input.find('\n', b);
  std::string line =
      input.substr(b, std::min(e == std::string::npos ? input.size() : e, b + 200) - b);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  // Do not cut a UTF-8 sequence in half.
  while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
  if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
  return line;
}

}  // namespace

ExtractedArticle FromDocument(const Document& doc, ArticleMeta meta) {
  ExtractedArticle a;
  if (meta.title.empty()) meta.title = first_line(doc.input);
  a.meta = std::move(meta);
  a.input = doc.input;
  for (const Edit& e : doc.edits)
    a.repairs.push_back(
        {{e.input.begin, e.input.end}, std::string(doc.slice(e.text)), repair_rule_name(e.rule)});
  for (const Entity& e : doc.entities) {
    ExtractedEntity x;
    x.type = e.type;
    x.name = e.name;
    x.roles = e.roles;
    for (uint32_t m : e.mentions) {
      const Mention& mention = doc.mentions[m];
      Span in = doc.to_input(mention.span);
      x.mentions.push_back({{in.begin, in.end}, static_cast<uint8_t>(mention.kind)});
    }
    a.entities.push_back(std::move(x));
  }
  for (const Quote& q : doc.quotes) {
    ExtractedQuote x;
    x.type = q.type;
    Span c = doc.to_input(q.content);
    x.content = {c.begin, c.end};
    x.cue = q.cue.empty() ? ByteSpan{} : input_span(doc, q.cue);
    x.speaker_mention = q.speaker_mention.empty() ? ByteSpan{} : input_span(doc, q.speaker_mention);
    x.speaker = q.speaker;
    x.text = doc.quote_text(q);
    if (q.parts.size() >= 2)
      for (const Span& part : q.parts) x.parts.push_back(input_span(doc, part));
    a.quotes.push_back(std::move(x));
  }
  for (const Relation& r : doc.relations) {
    Span ev = doc.to_input(r.evidence);
    a.relations.push_back({r.subject, r.type, r.object, {ev.begin, ev.end}, r.from_gazetteer});
  }
  return a;
}

uint64_t ContentHash(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// 64-bit simhash over word 3-shingles (ASCII-lower-cased alphanumeric runs); 0 when the text
// has too few words to compare. Each word's hash is ContentHash of its lower-cased bytes,
// computed as the word is read.
uint64_t SimHash(const std::string& text) {
  constexpr uint64_t kFnvBasis = 1469598103934665603ull, kFnvPrime = 1099511628211ull;
  // ones[b]: how many shingle hashes have bit b set. The bits are counted eight lanes at a
  // time: byte k of lanes[j] counts bit 8k+j, and is flushed before it can reach 256.
  uint64_t ones[64] = {0}, lanes[8] = {0};
  size_t words = 0, shingles = 0, in_lanes = 0;
  uint64_t w0 = 0, w1 = 0, h = kFnvBasis;
  bool in_word = false;
  auto flush = [&] {
    for (int j = 0; j < 8; ++j) {
      for (int k = 0; k < 8; ++k) ones[8 * k + j] += (lanes[j] >> (8 * k)) & 0xff;
      lanes[j] = 0;
    }
    in_lanes = 0;
  };
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      h = (h ^ c) * kFnvPrime;
      in_word = true;
      continue;
    }
    if (!in_word) continue;
    if (++words >= 3) {
      uint64_t x = (w0 * 31 + w1) * 31 + h;
      x ^= x >> 33;
      x *= 0xff51afd7ed558ccdull;
      x ^= x >> 33;
      for (int j = 0; j < 8; ++j) lanes[j] += (x >> j) & 0x0101010101010101ull;
      ++shingles;
      if (++in_lanes == 255) flush();
    }
    w0 = w1;
    w1 = h;
    h = kFnvBasis;
    in_word = false;
  }
  if (words < 30) return 0;
  flush();
  // A bit is set when more than half of the shingles have it (the sum of +1/-1 is positive).
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (2 * ones[b] > shingles) out |= uint64_t(1) << b;
  return out ? out : 1;
}

namespace {

// One deflate stream per thread, reset for each text: compress2 sets up (and zeroes) a fresh
// stream of ~300 KB per call, which costs more than compressing a short article. The bytes out
// are the same as compress2's (same level, window and memory settings).
struct Deflater {
  z_stream z{};
  bool ready = deflateInit(&z, Z_BEST_SPEED) == Z_OK;
  ~Deflater() {
    if (ready) deflateEnd(&z);
  }
};

}  // namespace

std::string Compress(const std::string& in) {
  uLongf n = compressBound(static_cast<uLong>(in.size()));
  std::string out(n, '\0');
  thread_local Deflater d;
  if (d.ready && n <= UINT32_MAX && deflateReset(&d.z) == Z_OK) {
    d.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    d.z.avail_in = static_cast<uInt>(in.size());
    d.z.next_out = reinterpret_cast<Bytef*>(out.data());
    d.z.avail_out = static_cast<uInt>(n);
    if (deflate(&d.z, Z_FINISH) == Z_STREAM_END) {
      out.resize(d.z.total_out);
      return out;
    }
  }
  compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(in.data()),
            static_cast<uLong>(in.size()), Z_BEST_SPEED);
  out.resize(n);
  return out;
}

std::vector<std::string> NameSurfaces(const ExtractedArticle& a, const ExtractedEntity& e) {
  std::vector<std::string> out;
  for (const ExtractedMention& m : e.mentions)
    if (m.kind == static_cast<uint8_t>(MentionKind::kName))
      out.push_back(a.repairs.empty() ? a.input.substr(m.span.start, m.span.end - m.span.start)
                                      : RepairedSlice(a.input, a.repairs, m.span));
  return out;
}

std::string MentionSpans(const ExtractedEntity& e) {
  std::vector<const ExtractedMention*> order;
  order.reserve(e.mentions.size());
  for (const ExtractedMention& m : e.mentions) order.push_back(&m);
  std::stable_sort(order.begin(), order.end(),
                   [](const ExtractedMention* a, const ExtractedMention* b) {
                     return a->span.start < b->span.start;
                   });
  std::string out = "[";
  for (size_t i = 0; i < order.size(); ++i) {
    if (i > 0 && order[i]->span.start == order[i - 1]->span.start) continue;
    if (out.size() > 1) out += ',';
    out += '[';
    out += std::to_string(order[i]->span.start);
    out += ',';
    out += std::to_string(order[i]->span.end);
    out += ',';
    out += std::to_string(order[i]->kind);
    out += ']';
  }
  out += ']';
  return out;
}

bool ParseMentionSpans(std::string_view json, std::vector<ExtractedMention>* out) {
  out->clear();
  uint64_t v[3] = {0, 0, 0};
  int field = -1;                      // -1: outside a mention; else the field being read
  bool digits = false, comma = false;  // comma: a ',' between mentions, a mention must follow
  size_t i = 0;
  auto skip_space = [&] {
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n')) ++i;
  };
  skip_space();
  if (i >= json.size() || json[i++] != '[') return false;
  for (; i < json.size(); ++i) {
    const char c = json[i];
    if (c >= '0' && c <= '9' && field >= 0) {
      v[field] = v[field] * 10 + uint64_t(c - '0');
      if (v[field] > UINT32_MAX) return false;
      digits = true;
    } else if (c == '[' && field < 0 && (out->empty() || comma)) {
      field = 0, digits = false, comma = false, v[0] = v[1] = v[2] = 0;
    } else if (c == ',' && field >= 0 && field < 2 && digits) {
      ++field, digits = false;
    } else if (c == ']' && field == 2 && digits && v[2] <= 255) {
      out->push_back({{uint32_t(v[0]), uint32_t(v[1])}, uint8_t(v[2])});
      field = -1;
    } else if (c == ',' && field < 0 && !out->empty() && !comma) {
      comma = true;
    } else if (c == ']' && field < 0 && !comma) {
      ++i;
      skip_space();
      return i == json.size();
    } else if (c != ' ') {
      return false;
    }
  }
  return false;
}

void Prepare(ExtractedArticle* article) {
  article->content_hash = ContentHash(article->input);
  article->simhash = SimHash(article->input);
  article->compressed_input = Compress(article->input);
  const size_t n = article->entities.size();
  article->surfaces.assign(n, {});
  article->parsed_names.assign(n, {});
  article->entity_keys.assign(n, {});
  article->person_titles.assign(n, {});
  article->mention_spans.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    const ExtractedEntity& e = article->entities[i];
    article->surfaces[i] = NameSurfaces(*article, e);
    article->mention_spans[i] = MentionSpans(e);
    if (e.type == EntityType::kPerson) article->person_titles[i] = TitleKeys(e.roles);
    if (!IsActorType(e.type)) continue;
    article->parsed_names[i] = ParseName(e.type, e.name);
    article->entity_keys[i] = EntityKeys(article->parsed_names[i], article->surfaces[i]);
  }
}

std::string RepairedSlice(const std::string& input, const std::vector<ExtractedRepair>& repairs,
                          ByteSpan span) {
  std::string out;
  uint32_t pos = std::min<uint32_t>(span.start, static_cast<uint32_t>(input.size()));
  const uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(input.size()));
  auto it = std::lower_bound(repairs.begin(), repairs.end(), pos,
                             [](const ExtractedRepair& r, uint32_t p) { return r.input.end <= p; });
  for (; it != repairs.end() && it->input.start < end; ++it) {
    if (it->input.start > pos) out.append(input, pos, it->input.start - pos);
    if (it->input.start >= pos || it->input.end <= end) out += it->text;
    pos = std::max(pos, it->input.end);
  }
  if (pos < end) out.append(input, pos, end - pos);
  return out;
}

}  // namespace newsgraph::store
