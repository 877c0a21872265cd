#include "cli/models.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "cli/command.h"

namespace newsgraph::cli {
namespace fs = std::filesystem;

GlobalOptions& global_options() {
  static GlobalOptions options;
  return options;
}

namespace {

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path();
}

}  // namespace

std::string models_dir() {
  const GlobalOptions& g = global_options();
  if (!g.models_dir.empty()) return g.models_dir;
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env != nullptr && *env != '\0') return env;
  std::vector<fs::path> candidates;
  if (fs::path dir = executable_dir(); !dir.empty()) {
    candidates.push_back(dir / "models");
    candidates.push_back(dir.parent_path() / "models");
    candidates.push_back(dir.parent_path() / "share" / "newsgraph" / "models");
  }
  std::string tried;
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::is_directory(c, ec)) return c.lexically_normal().string();
    tried += (tried.empty() ? "" : ", ") + c.lexically_normal().string();
  }
  throw CliError("no model directory found (tried " + tried +
                 "); give one with --models DIR or $NEWSGRAPH_MODELS");
}

std::string model_file(const std::string& flag_value, const char* name) {
  if (!flag_value.empty()) return flag_value;
  return models_dir() + "/" + name;
}

const Pipeline& pipeline() {
  static const std::unique_ptr<Pipeline> instance = [] {
    Options options;
    options.entities = !global_options().no_entities;
    options.model_dir = models_dir();
    std::unique_ptr<Pipeline> p;
    Status s = Pipeline::Open(options, &p);
    if (!s.ok()) {
      std::string hint = options.entities && s.code() == Status::Code::kNotFound
                             ? " (--no-entities runs without the entity tagger)"
                             : "";
      throw CliError(s.message() + hint);
    }
    return p;
  }();
  return *instance;
}

void process_document(Document& doc) {
  Status s = pipeline().Process(&doc);
  if (!s.ok()) throw CliError(s.message());
}

}  // namespace newsgraph::cli
