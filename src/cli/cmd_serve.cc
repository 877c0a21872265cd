// `newsgraph serve`: the web explorer over a corpus store (see src/serve/server.h).
#include <cstdio>

#include "cli/command.h"
#include "serve/server.h"

namespace newsgraph::cli {
namespace {

CommandRegistration serve_command(
    "serve", "Serve the web explorer and its JSON API over a store (read-only)",
    [](CLI::App& app) -> RunFn {
      auto options = std::make_shared<serve::Options>();
      app.add_option("--db", options->db_path, "Store file (default newsgraph.db)");
      app.add_option("--host", options->host, "Address to listen on (default 127.0.0.1)");
      app.add_option("--port", options->port, "Port (default 8080; 0 picks a free one)")
          ->check(CLI::Range(0, 65535));
      app.add_option("--threads", options->threads, "Worker threads (default 48)")
          ->check(CLI::Range(0, 1024));
      app.add_option("--cache-mb", options->cache_mb,
                     "Memory for answers kept while the store is unchanged (default 128; 0: off)")
          ->check(CLI::Range(0, 65536));
      app.add_flag("--allow-edits", options->allow_edits,
                   "Enable merge/split of actors from the page (writes the store)");
      return [options]() -> int {
        serve::Server server(*options);
        std::string error;
        if (!server.Open(&error)) throw CliError(error);
        std::fprintf(stderr, "newsgraph: serving %s at http://%s:%d/%s\n", options->db_path.c_str(),
                     options->host.c_str(), server.port(),
                     options->allow_edits ? " (edits allowed)" : "");
        std::fflush(stderr);
        if (!server.Run()) throw CliError("server stopped with an error");
        return 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
