#include "newsgraph/json.h"

#include <charconv>

#include "util/utf8.h"

namespace newsgraph {
namespace {

void append_uint(std::string& out, uint32_t v) {
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_span(const Document& doc, Span text_span, std::string& out) {
  Span in = doc.to_input(text_span);
  out += "{\"start\":";
  append_uint(out, in.begin);
  out += ",\"end\":";
  append_uint(out, in.end);
  out += ",\"text\":";
  append_json_string(out, doc.slice(text_span));
  out += '}';
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      size_t j = i + 1;
      while (j < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (d < 0x20 || d >= 0x80 || d == '"' || d == '\\') break;
        ++j;
      }
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
      }
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = utf8::decode_at(s, i, &len);
    if (utf8::is_invalid_escape(cp)) {
      out += "\\ufffd";
    } else {
      out.append(s.data() + i, len);
    }
    i += len;
  }
  out += '"';
}

namespace {

// "repairs": one object per edit; a run of invalid bytes (binary garbage) is one repair.
void append_repairs(const Document& doc, std::string& out) {
  out += "\"repairs\":[";
  bool first = true;
  for (size_t i = 0; i < doc.edits.size(); ++i) {
    Edit e = doc.edits[i];
    while (e.rule == RepairRule::kInvalidUtf8 && i + 1 < doc.edits.size() &&
           doc.edits[i + 1].rule == RepairRule::kInvalidUtf8 &&
           doc.edits[i + 1].input.begin == e.input.end &&
           doc.edits[i + 1].text.begin == e.text.end) {
      ++i;
      e.input.end = doc.edits[i].input.end;
      e.text.end = doc.edits[i].text.end;
    }
    if (!first) out += ',';
    first = false;
    out += "{\"start\":";
    append_uint(out, e.input.begin);
    out += ",\"end\":";
    append_uint(out, e.input.end);
    out += ",\"text\":";
    append_json_string(out, doc.slice(e.text));
    out += ",\"rule\":";
    append_json_string(out, repair_rule_name(e.rule));
    out += '}';
  }
  out += ']';
}

// "entities": ids "e1"... over the entities that have a mention, in entity order. Returns each
// entity's number (0: not written).
std::vector<uint32_t> append_entities(const Document& doc, std::string& out) {
  out += "\"entities\":[";
  bool first = true;
  uint32_t next_id = 0;
  std::vector<uint32_t> id_of(doc.entities.size(), 0);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& ent = doc.entities[i];
    if (ent.mentions.empty()) continue;
    id_of[i] = ++next_id;
    if (!first) out += ',';
    first = false;
    out += "{\"id\":\"e";
    append_uint(out, next_id);
    out += "\",\"type\":\"";
    out += entity_type_name(ent.type);
    out += "\",\"name\":";
    append_json_string(out, ent.name);
    out += ",\"mentions\":[";
    bool f2 = true;
    for (uint32_t mi : ent.mentions) {
      if (mi >= doc.mentions.size()) continue;
      if (!f2) out += ',';
      f2 = false;
      append_span(doc, doc.mentions[mi].span, out);
    }
    out += "],\"roles\":[";
    f2 = true;
    for (const std::string& r : ent.roles) {
      if (!f2) out += ',';
      f2 = false;
      append_json_string(out, r);
    }
    out += "]}";
  }
  out += ']';
  return id_of;
}

// An entity index as its written id ("e3"), or null when it was not written.
void append_entity_ref(const std::vector<uint32_t>& id_of, int32_t e, std::string& out) {
  if (e < 0 || static_cast<size_t>(e) >= id_of.size() || id_of[static_cast<size_t>(e)] == 0) {
    out += "null";
    return;
  }
  out += "\"e";
  append_uint(out, id_of[static_cast<size_t>(e)]);
  out += '"';
}

void append_span_or_null(const Document& doc, Span span, std::string& out) {
  if (span.empty()) {
    out += "null";
  } else {
    append_span(doc, span, out);
  }
}

void append_quotes(const Document& doc, const std::vector<uint32_t>& id_of, std::string& out) {
  out += "\"quotes\":[";
  bool first = true;
  for (const Quote& q : doc.quotes) {
    if (!first) out += ',';
    first = false;
    out += "{\"type\":\"";
    out += q.type == QuoteType::kDirect     ? "direct"
           : q.type == QuoteType::kIndirect ? "indirect"
                                            : "mixed";
    Span in = doc.to_input(q.content);
    out += "\",\"start\":";
    append_uint(out, in.begin);
    out += ",\"end\":";
    append_uint(out, in.end);
    out += ",\"text\":";
    append_json_string(out, doc.quote_text(q));
    if (!q.parts.empty()) {
      out += ",\"parts\":[";
      for (size_t i = 0; i < q.parts.size(); ++i) {
        if (i) out += ',';
        append_span(doc, q.parts[i], out);
      }
      out += ']';
    }
    out += ",\"speaker\":";
    append_entity_ref(id_of, q.speaker, out);
    out += ",\"speaker_mention\":";
    append_span_or_null(doc, q.speaker_mention, out);
    out += ",\"cue\":";
    append_span_or_null(doc, q.cue, out);
    out += '}';
  }
  out += ']';
}

void append_relations(const Document& doc, const std::vector<uint32_t>& id_of,
                      std::string& out) {
  out += "\"relations\":[";
  bool first = true;
  for (const Relation& r : doc.relations) {
    if (!first) out += ',';
    first = false;
    out += "{\"subject\":";
    append_entity_ref(id_of, r.subject, out);
    out += ",\"type\":";
    append_json_string(out, r.type);
    out += ",\"object\":";
    append_entity_ref(id_of, r.object, out);
    out += ",\"evidence\":";
    if (r.from_gazetteer) {
      out += "null,\"source\":\"gazetteer\"";  // a known fact, not stated by the text
    } else {
      append_span(doc, r.evidence, out);
    }
    out += '}';
  }
  out += ']';
}

}  // namespace

void append_extract_json(const Document& doc, std::string_view id_json,
                         std::string_view extra_fields, std::string& out) {
  out += "{\"id\":";
  out += id_json.empty() ? std::string_view("null") : id_json;
  if (!extra_fields.empty()) {
    out += ',';
    out += extra_fields;
  }
  out += ',';
  append_repairs(doc, out);
  out += ',';
  const std::vector<uint32_t> id_of = append_entities(doc, out);
  out += ',';
  append_quotes(doc, id_of, out);
  out += ',';
  append_relations(doc, id_of, out);
  out += "}\n";
}

}  // namespace newsgraph
