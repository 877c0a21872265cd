#include "output/brat.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "util/lines.h"
#include "util/utf8.h"

namespace newsgraph::output {
namespace {

bool parse_ranges(std::string_view s, std::vector<Span>& out) {
  // "start end;start end"
  size_t i = 0;
  while (i < s.size()) {
    uint32_t a = 0, b = 0;
    auto r1 = std::from_chars(s.data() + i, s.data() + s.size(), a);
    if (r1.ec != std::errc() || r1.ptr >= s.data() + s.size() || *r1.ptr != ' ') return false;
    auto r2 = std::from_chars(r1.ptr + 1, s.data() + s.size(), b);
    if (r2.ec != std::errc() || b < a) return false;
    out.push_back(Span{a, b});
    i = static_cast<size_t>(r2.ptr - s.data());
    if (i < s.size()) {
      if (s[i] != ';') return false;
      ++i;
    }
  }
  return !out.empty();
}

bool is_record_id(std::string_view id, char kind) {
  if (id.size() < 2 || id[0] != kind) return false;
  for (size_t i = 1; i < id.size(); ++i)
    if (id[i] < '0' || id[i] > '9') return false;
  return true;
}

}  // namespace

std::vector<BratAttribution> read_brat_attributions(std::string_view ann) {
  struct TextBound {
    std::string label;
    std::vector<Span> spans;
  };
  std::unordered_map<std::string, TextBound> tbs;
  std::vector<std::string_view> e_lines;
  util::LineSplitter lines(ann);
  for (std::string_view line; lines.Next(&line);) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view id = line.substr(0, tab);
    std::string_view rest = line.substr(tab + 1);
    if (is_record_id(id, 'T')) {
      size_t tab2 = rest.find('\t');
      std::string_view head = rest.substr(0, tab2);
      size_t sp = head.find(' ');
      if (sp == std::string_view::npos) continue;
      TextBound tb;
      tb.label = std::string(head.substr(0, sp));
      if (!parse_ranges(head.substr(sp + 1), tb.spans)) continue;
      tbs[std::string(id)] = std::move(tb);
    } else if (is_record_id(id, 'E')) {
      e_lines.push_back(rest);
    }
  }
  std::vector<BratAttribution> out;
  for (std::string_view rest : e_lines) {
    BratAttribution a;
    size_t i = 0;
    while (i < rest.size()) {
      size_t sp = rest.find(' ', i);
      if (sp == std::string_view::npos) sp = rest.size();
      std::string_view kv = rest.substr(i, sp - i);
      i = sp + 1;
      size_t colon = kv.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view role = kv.substr(0, colon);
      auto it = tbs.find(std::string(kv.substr(colon + 1)));
      if (it == tbs.end()) continue;
      std::vector<Span>* dst = role == "Content"  ? &a.content
                               : role == "Source" ? &a.source
                               : role == "Cue"    ? &a.cue
                                                  : nullptr;
      if (dst) dst->insert(dst->end(), it->second.spans.begin(), it->second.spans.end());
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<uint32_t> code_point_offsets(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  size_t i = 0;
  while (i < text.size()) {
    out.push_back(static_cast<uint32_t>(i));
    size_t len = 0;
    utf8::decode_at(text, i, &len);
    i += len;
  }
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

Span to_code_points(const std::vector<uint32_t>& offsets, Span bytes) {
  auto cp = [&](uint32_t b) {
    return static_cast<uint32_t>(std::lower_bound(offsets.begin(), offsets.end(), b) -
                                 offsets.begin());
  };
  return Span{cp(bytes.begin), cp(bytes.end)};
}

std::vector<PolnearArticle> polnear_articles(const std::string& dir) {
  namespace fs = std::filesystem;
  fs::path root(dir);
  fs::path ann_dir = root / "attributions", text_dir = root / "text";
  std::error_code ec;
  if (!fs::is_directory(ann_dir, ec) || !fs::is_directory(text_dir, ec))
    throw std::runtime_error(dir + ": not a PolNeAR folder (needs text/ and attributions/)");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ann_dir, ec))
    if (entry.path().extension() == ".ann") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  std::map<std::string, std::string> gold_file;  // article -> first annotator file
  for (const std::string& n : names) {
    std::string stem = n.substr(0, n.size() - 4);
    size_t us = stem.rfind('_');
    gold_file.emplace(us == std::string::npos ? stem : stem.substr(0, us), n);
  }
  if (gold_file.empty()) throw std::runtime_error(dir + ": no .ann files in attributions/");
  std::vector<PolnearArticle> out;
  for (const auto& [article, ann_name] : gold_file) {
    fs::path text_path = text_dir / (article + ".txt");
    if (!fs::exists(text_path, ec))
      throw std::runtime_error(text_path.string() + ": missing text for " + ann_name);
    out.push_back({article, text_path.string(), (ann_dir / ann_name).string()});
  }
  return out;
}

}  // namespace newsgraph::output
