// The store's read results as JSON (nlohmann::json), one shape shared by `newsgraph query
// --json`, `newsgraph export` and the web explorer's API. Spans are {"start", "end", "text"}.
#pragma once

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace newsgraph::store {

nlohmann::json ToJson(const ActorSummary& a);
nlohmann::json ToJson(const QuoteRow& q);
nlohmann::json ToJson(const RelationRow& r);
nlohmann::json ToJson(const ActorDetail& d);
nlohmann::json ToJson(const GraphEdge& e);
nlohmann::json ToJson(const Graph& g);
nlohmann::json ToJson(const ArticleView& a);
nlohmann::json ToJson(const LinkReason& r);
// A quote's `parts` (CONTRACT.md): [{"start", "end", "text"}, ...]; [] for one piece.
nlohmann::json PartsJson(const QuoteRow& q);

}  // namespace newsgraph::store
