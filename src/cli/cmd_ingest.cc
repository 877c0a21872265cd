// `newsgraph ingest [--db PATH] [-j N] INPUT ...`: extracts articles into the corpus store
// (CONTRACT.md "The corpus"). Bad records are reported one line each on stderr and skipped;
// the exit status is 1 when any was skipped, 0 otherwise. A progress line is drawn only when
// stderr is a terminal.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "cli/models.h"
#include "store/ingest.h"

namespace newsgraph::cli {
namespace {

CommandRegistration ingest_cmd(
    "ingest", "Extract articles into the corpus store (files, directories, JSONL, .jsonl.gz, -)",
    [](CLI::App& app) -> RunFn {
      auto db = std::make_shared<std::string>("newsgraph.db");
      auto threads = std::make_shared<int>(0);
      auto inputs = std::make_shared<std::vector<std::string>>();
      auto quiet = std::make_shared<bool>(false);
      app.add_option("--db", *db, "store file (created when absent)")->capture_default_str();
      app.add_option("-j,--threads", *threads, "extraction threads (default: all cores)");
      app.add_flag("-q,--quiet", *quiet, "no progress line or summary, even on a terminal");
      app.add_option("INPUT", *inputs,
                     "article file, directory, .jsonl / .jsonl.gz file, or - (JSONL on stdin)")
          ->required();
      return [=]() {
        const Pipeline& engine = pipeline();  // a missing model fails before the store is made
        std::unique_ptr<store::Store> st;
        store::Status s = store::Store::Open(*db, store::Options(), &st);
        if (!s.ok()) throw CliError(s.message());
        const bool tty = isatty(2) && !*quiet;
        bool progress_drawn = false;
        auto start = std::chrono::steady_clock::now();
        store::IngestOptions options;
        options.pipeline = &engine;
        options.threads = *threads;
        options.on_error = [&](const std::string& msg) {
          if (progress_drawn) std::fputs("\r\033[K", stderr);
          std::fprintf(stderr, "newsgraph: ingest: %s\n", msg.c_str());
        };
        if (tty)
          options.on_progress = [&](int64_t done, double fraction) {
            double secs =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            double rate = secs > 0 ? double(done) / secs : 0;
            std::fprintf(stderr, "\r\033[Kingest: %lld articles, %.0f/s",
                         static_cast<long long>(done), rate);
            if (fraction > 0.01 && fraction < 1)
              std::fprintf(stderr, ", %.0f%%, ETA %.0f s", fraction * 100, secs / fraction - secs);
            progress_drawn = true;
          };
        store::IngestReport report;
        s = store::Ingest(*inputs, options, st.get(), &report);
        if (progress_drawn) std::fputs("\r\033[K", stderr);
        if (!s.ok()) throw CliError("ingest stopped: " + s.message());
        if (!*quiet)  // the summary goes to a log too; the progress line only to a terminal
          std::fprintf(
              stderr,
              "ingest: %lld read, %lld added, %lld replaced, %lld unchanged, %lld skipped\n",
              static_cast<long long>(report.read), static_cast<long long>(report.added),
              static_cast<long long>(report.replaced), static_cast<long long>(report.unchanged),
              static_cast<long long>(report.skipped));
        return report.skipped > 0 ? 1 : 0;
      };
    });

}  // namespace
}  // namespace newsgraph::cli
