// The JSON API of `newsgraph serve` (CONTRACT.md, "The web explorer"), independent of HTTP:
// each function checks its parameters (serve/params.h), reads through a Reader and returns a
// status code with a JSON body. Unknown ids give 404, bad parameters 400, store failures 500;
// every error body is {"error": "<one line>"}. Thread-safe as long as each call has its own
// Reader.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "serve/reader_pool.h"

namespace newsgraph::serve {

using Params = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  nlohmann::json body;
};

ApiResponse Error(int status, const std::string& message);

// GET /api/actors?q=TEXT&type=T&limit=N → {"actors": [...]}
ApiResponse ListActors(Reader& reader, const Params& params);
// GET /api/actors/ID?limit=N → the actor with aliases, roles, quotes, relations, articles,
// co-occurring actors, articles over time and the reasons its names were merged.
ApiResponse GetActor(Reader& reader, const std::string& id, const Params& params,
                     bool edits_allowed);
// GET /api/graph?actor=ID&depth=1..3&limit=N&types=a,b&from=DATE&to=DATE
ApiResponse GetGraph(Reader& reader, const Params& params);
// GET /api/articles/ID → repaired text with mention, quote and repair spans.
ApiResponse GetArticle(Reader& reader, const std::string& id);
// GET /api/stats → counts, most mentioned actors, most quoted speakers, articles over time.
ApiResponse GetStats(Reader& reader);
// POST /api/actors/ID/merge (other=ID) and /split (article=ID), on a writable store.
ApiResponse EditActor(store::Store& store, const std::string& id, const std::string& action,
                      const Params& params);

}  // namespace newsgraph::serve
