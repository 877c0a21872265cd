// The one place where the Python module calls the engine: builds the pipeline from a models
// folder and turns one article into the CLI's JSON line. Thread-safe after construction.
// Construction throws std::runtime_error when the models cannot be loaded.
#pragma once

#include <string>

namespace newsgraph::python {

class EngineBridge {
 public:
  explicit EngineBridge(const std::string& models_dir);
  // Writes the `extract` JSON object (no trailing newline) for `input` to *out; `id_json` is
  // the id as JSON text ("null", "\"a1\"", ...).
  void ExtractJson(const std::string& input, const std::string& id_json, std::string* out) const;
  static std::string Version();
};

}  // namespace newsgraph::python
