#include "engine_bridge.h"

#include <cstdlib>

#include "newsgraph/document.h"
#include "newsgraph/pipeline.h"
#include "output/extract_json.h"

namespace newsgraph::python {

EngineBridge::EngineBridge(const std::string& models_dir) {
  // Interim: the engine still finds its models through this variable.
  setenv("NEWSGRAPH_MODEL_DIR", models_dir.c_str(), 1);
}

void EngineBridge::ExtractJson(const std::string& input, const std::string& id_json,
                               std::string* out) const {
  Document doc(std::string(), input);
  process(doc);
  out->clear();
  output::append_extract_json(doc, id_json, {}, *out);
  if (!out->empty() && out->back() == '\n') out->pop_back();
}

std::string EngineBridge::Version() { return NEWSGRAPH_VERSION; }

}  // namespace newsgraph::python
