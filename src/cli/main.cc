// The `newsgraph` program: builds the command tree from the registered commands and runs one.
// Exit statuses are those of cli/io.h; every usage error is one line naming the bad word.
#include "cli/main.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

#include "cli/command.h"
#include "cli/io.h"
#include "cli/models.h"
#include "newsgraph/version.h"

namespace newsgraph::cli {
namespace {

constexpr const char* kExitStatusHelp =
    "Exit status: 0 all good; 1 some input failed (reported on stderr, the rest processed);\n"
    "2 usage error; 3 output or I/O error (a failed write: full disk, closed pipe).";

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1] ? 1 : 0)});
      diag = up;
    }
  }
  return row[b.size()];
}

// The names of parent's commands, separated by spaces.
std::string command_names(const CLI::App& parent) {
  std::string out;
  for (const CLI::App* sub : parent.get_subcommands({}))
    out += (out.empty() ? "" : " ") + sub->get_name();
  return out;
}

// "unknown command 'bogus'; did you mean 'extract'?" (the hint only when one is close).
std::string unknown_command(const std::string& word, const CLI::App& parent) {
  std::string best;
  size_t best_d = SIZE_MAX;
  std::vector<std::string> names;
  for (const CLI::App* sub : parent.get_subcommands({})) {
    names.push_back(sub->get_name());
    size_t d = edit_distance(word, sub->get_name());
    if (sub->get_name().starts_with(word) && !word.empty()) d = std::min<size_t>(d, 1);
    if (d < best_d) best_d = d, best = sub->get_name();
  }
  std::string prefix = parent.get_parent() ? parent.get_name() + " " : std::string();
  std::string msg = "unknown command '" + prefix + word + "'";
  if (!best.empty() && best_d <= std::max<size_t>(2, word.size() / 2))
    msg += "; did you mean '" + prefix + best + "'?";
  else {
    msg += "; commands:";
    for (const std::string& n : names) msg += " " + n;
  }
  return msg;
}

// Finds the first word that should name a (sub)command but names none. Empty when all is well.
std::string check_command_words(const CLI::App& app, int argc, const char* const* argv) {
  const CLI::App* at = &app;
  for (int i = 1; i < argc; ++i) {
    std::string_view w = argv[i];
    if (w.starts_with("-")) {
      if (at == &app) return {};  // --help / --version: CLI11 handles (and rejects) these
      // "query --db s.db actors": a group's commands take the options, the group none.
      if (!at->get_subcommands({}).empty() && w != "-h" && w != "--help")
        return "option '" + std::string(w) + "' goes after the command: '" + at->get_name() +
               " COMMAND " + std::string(w) + " ...' (commands: " + command_names(*at) + ")";
      continue;
    }
    if (at->get_subcommands({}).empty()) return {};
    const CLI::App* sub = nullptr;
    for (const CLI::App* s : at->get_subcommands({}))
      if (s->get_name() == w) sub = s;
    if (!sub) return unknown_command(std::string(w), *at);
    at = sub;
  }
  return {};
}

// Builds the command tree; `runs` receives each command's app and run function.
void build_app(CLI::App& app, std::vector<std::pair<CLI::App*, RunFn>>& runs) {
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  app.footer(std::string("Run 'newsgraph COMMAND --help' for a command's options.\n") +
             kExitStatusHelp);
  // Global options, accepted before or after the command (subcommands fall through to here).
  app.add_option("--models", global_options().models_dir,
                 "model directory (default: $NEWSGRAPH_MODELS, else models/ next to the program, "
                 "../models, or ../share/newsgraph/models)");
  app.add_flag("--no-entities", global_options().no_entities,
               "run without the entity tagger, so no ner.bin is needed (no names, dates or sums)");
  app.fallthrough();
  std::map<std::string, CLI::App*> groups;  // "eval" -> its app, for "eval ner" style commands
  std::vector<CommandSpec> registry = command_registry();
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
        g->footer(kExitStatusHelp);
        it = groups.emplace(group, g).first;
      }
      parent = it->second;
    }
    CLI::App* sub = parent->add_subcommand(name, spec.description);
    runs.emplace_back(sub, spec.setup(*sub));
    // A subcommand starts with its parent's footer (CLI11 copies it); only its own text stays.
    std::string footer = sub->get_footer();
    if (footer == parent->get_footer()) footer.clear();
    sub->footer(footer.empty() ? std::string(kExitStatusHelp) : footer + "\n\n" + kExitStatusHelp);
  }
}

// Parses; returns -1 when a command should run, else the exit status (help, version, error).
int parse(CLI::App& app, int argc, const char* const* argv) {
  if (std::string bad = check_command_words(app, argc, argv); !bad.empty()) {
    report(bad + " (run 'newsgraph --help')");
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    std::replace(msg.begin(), msg.end(), '\n', ' ');
    report(msg + " (run 'newsgraph --help')");
    return kExitUsage;
  }
  return -1;
}

// After a command: anything still buffered in stdio is written, and a failed write is an error.
int check_stdout(int status) {
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    int err = errno ? errno : EIO;
    report("cannot write to " + stdout_name() + ": " + std::strerror(err));
    return kExitOutput;
  }
  return status;
}

}  // namespace

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

std::string read_input(const std::string& path) {
  try {
    return read_input_bytes(path);
  } catch (const InputError& e) {
    throw CliError(e.what());
  }
}

int parse_arguments_only(int argc, const char* const* argv) {
  CLI::App app{"newsgraph: who said what, about whom, in news text", "newsgraph"};
  std::vector<std::pair<CLI::App*, RunFn>> runs;
  build_app(app, runs);
  return parse(app, argc, argv);
}

int run_main(int argc, const char* const* argv) {
  CLI::App app{"newsgraph: who said what, about whom, in news text", "newsgraph"};
  std::vector<std::pair<CLI::App*, RunFn>> runs;
  build_app(app, runs);
  if (int status = parse(app, argc, argv); status >= 0) return check_stdout(status);
  try {
    for (auto& [sub, run] : runs)
      if (sub->parsed()) return check_stdout(run());
  } catch (const OutputError& e) {
    report(e.what());
    return kExitOutput;
  } catch (const UsageError& e) {
    report(e.what());
    return kExitUsage;
  } catch (const InputError& e) {
    report(e.what());
    return check_stdout(kExitInputFailed);
  } catch (const CliError& e) {
    report(e.what());
    return check_stdout(kExitInputFailed);
  } catch (const std::exception& e) {
    report(std::string("error: ") + e.what());
    return check_stdout(kExitInputFailed);
  }
  return kExitOk;
}

}  // namespace newsgraph::cli

#ifndef NEWSGRAPH_NO_MAIN
int main(int argc, char** argv) { return newsgraph::cli::run_main(argc, argv); }
#endif
