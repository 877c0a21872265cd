// How a `newsgraph` command plugs into the program: each src/cli/cmd_*.cc file defines one
// static CommandRegistration. `path` is the command words ("repair", "eval ner"); `setup`
// declares its options on the CLI11 app it is given and returns the function that runs it.
// Commands report bad input by throwing CliError (printed as one line, exit status 1), bad
// usage by throwing UsageError (exit status 2); see cli/io.h for the exit statuses.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsgraph::cli {

using RunFn = std::function<int()>;
using SetupFn = std::function<RunFn(CLI::App&)>;

struct CommandSpec {
  std::string path;         // "repair" or "eval ner"
  std::string description;  // one line for --help
  SetupFn setup;
};

std::vector<CommandSpec>& command_registry();

struct CommandRegistration {
  CommandRegistration(std::string path, std::string description, SetupFn setup) {
    command_registry().push_back({std::move(path), std::move(description), std::move(setup)});
  }
};

// An error the user can act on: printed as "newsgraph: <message>", exit status 1.
struct CliError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A usage error found after parsing (options that do not go together): exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a whole file ("-" or empty for standard input) as bytes. Throws CliError naming the
// file (missing, unreadable, a directory).
std::string read_input(const std::string& path);

}  // namespace newsgraph::cli
