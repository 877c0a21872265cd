// The `newsgraph` program: builds the command tree from the registered commands and runs one.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/command.h"
#include "cli/models.h"
#include "newsgraph/version.h"

namespace newsgraph::cli {

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

std::string read_input(const std::string& path) {
  std::ios::sync_with_stdio(false);
  if (path.empty() || path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw CliError(path + ": read error");
  return ss.str();
}

}  // namespace newsgraph::cli

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: who said what, about whom, in news text", "newsgraph"};
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'newsgraph COMMAND --help' for a command's options.");
  // Global options, accepted before or after the command (subcommands fall through to here).
  app.add_option("--models", global_options().models_dir,
                 "model directory (default: $NEWSGRAPH_MODELS, else models/ next to the program, "
                 "../models, or ../share/newsgraph/models)");
  app.add_flag("--no-entities", global_options().no_entities,
               "run without the entity tagger, so no ner.bin is needed (no names, dates or sums)");
  app.fallthrough();

  std::map<std::string, CLI::App*> groups;  // "eval" -> its app, for "eval ner" style commands
  std::vector<std::pair<CLI::App*, RunFn>> runs;
  auto& registry = command_registry();
  std::sort(registry.begin(), registry.end(),
            [](const CommandSpec& a, const CommandSpec& b) { return a.path < b.path; });
  for (const CommandSpec& spec : registry) {
    CLI::App* parent = &app;
    std::string name = spec.path;
    if (auto sp = spec.path.find(' '); sp != std::string::npos) {
      std::string group = spec.path.substr(0, sp);
      name = spec.path.substr(sp + 1);
      auto it = groups.find(group);
      if (it == groups.end()) {
        CLI::App* g = app.add_subcommand(group, group + " commands");
        g->require_subcommand(1);
        it = groups.emplace(group, g).first;
      }
      parent = it->second;
    }
    CLI::App* sub = parent->add_subcommand(name, spec.description);
    runs.emplace_back(sub, spec.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    for (auto& [sub, run] : runs)
      if (sub->parsed()) return run();
  } catch (const CliError& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "newsgraph: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "newsgraph: error: %s\n", e.what());
    return 2;
  }
  return 0;
}
