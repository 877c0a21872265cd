// The program's entry points, callable from tests and fuzz targets.
#pragma once

namespace newsgraph::cli {

// Parses and runs one command line; returns the exit status (cli/io.h).
int run_main(int argc, const char* const* argv);

// Parses a command line without running the command: the exit status that parsing alone gives
// (-1 when a command would run; 0 for --help and --version; 2 for a usage error).
int parse_arguments_only(int argc, const char* const* argv);

}  // namespace newsgraph::cli
