// Ingest: reads articles from files, directories, JSONL (.gz too) and standard input, runs the
// engine on them with N worker threads, and writes them into a Store from one writer thread,
// in input order, in batched transactions. The result does not depend on the thread count;
// an ingest killed at any moment and run again gives the same store as an uninterrupted one.
//
// Bad records (invalid JSON, no text, binary or empty files, empty directories, unreadable
// paths) are reported through IngestOptions::on_error and skipped; a store error (disk full,
// read-only) stops the ingest with that Status, the last batch rolled back.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsgraph/pipeline.h"
#include "store/extracted.h"
#include "store/status.h"
#include "store/store.h"

namespace newsgraph::store {

struct IngestOptions {
  const Pipeline* pipeline = nullptr;  // the engine (required; not owned; thread-safe)
  int threads = 0;                     // extraction threads; 0: all cores
  int batch_articles = 1000;           // articles per transaction (also committed every ~2 s)
  // Called with one line per bad record ("corpus.jsonl line 7: not valid JSON"); may be null.
  std::function<void(const std::string&)> on_error;
  // Called now and then with the counts so far and, when known, the share of input read; may
  // be null. Runs on the calling thread.
  std::function<void(int64_t done, double fraction)> on_progress;
};

struct IngestReport {
  int64_t read = 0, added = 0, replaced = 0, unchanged = 0, skipped = 0;
};

// One input article before extraction.
struct InputArticle {
  ArticleMeta meta;
  std::string text;
};

// The engine's part: turns one input article into the store's plain data. Thread-safe. The one
// place where ingest calls the engine. Throws std::runtime_error (naming the article) when the
// pipeline fails on it.
ExtractedArticle ExtractArticle(const Pipeline& pipeline, InputArticle input);

// Reads `inputs` ("-" is JSONL on standard input) and writes every article into `store`.
Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options, Store* store,
              IngestReport* report);

// Parses one JSONL line (`name` line `line_no`, both for messages and for the id of a record
// without one: "NAME:LINE") into *out. False, with a one-line *error, for a bad record.
bool ParseJsonlRecord(const std::string& line, const std::string& name, uint64_t line_no,
                      InputArticle* out, std::string* error);

// Reads `inputs` in order and calls `fn` for each article (and on_error for each bad record).
// `fn` returns false to stop. Used by Ingest; exposed for other drivers (Dask shards).
Status ReadInputs(const std::vector<std::string>& inputs,
                  const std::function<void(const std::string&)>& on_error,
                  const std::function<bool(InputArticle&&, double fraction)>& fn);

}  // namespace newsgraph::store
