// `newsgraph serve`: an HTTP server (cpp-httplib) for the page in web/ and the JSON API of
// CONTRACT.md ("The web explorer") over a corpus store opened read-only.
//
//   serve::Options options;
//   options.db_path = "newsgraph.db";
//   serve::Server server(options);
//   std::string error;
//   if (!server.Open(&error)) ...;          // opens the store, binds host:port
//   server.Run();                           // blocks until Stop() (from another thread)
//
// Every request is answered: unknown ids 404, bad parameters 400, other paths 404, each with a
// JSON {"error": "..."}; only the compiled-in page files are ever served. The store is never
// written unless Options::allow_edits is set, and then only by the merge/split endpoints.
// Open/Run/Stop may be called from different threads; Stop is safe to call at any time.
#pragma once

#include <memory>
#include <string>

namespace newsgraph::serve {

struct Options {
  std::string db_path = "newsgraph.db";
  std::string host = "127.0.0.1";
  int port = 8080;           // 0: any free port (see Server::port())
  int threads = 0;           // worker threads; 0: max(8, hardware threads)
  bool allow_edits = false;  // enables POST /api/actors/ID/merge and /split
  size_t cache_mb = 128;     // answers kept while the store is unchanged; 0: no cache
};

class Server {
 public:
  explicit Server(Options options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the store read-only and binds the socket. False with *error set on failure.
  bool Open(std::string* error);
  // Serves until Stop(). Returns false if the server failed while listening.
  bool Run();
  void Stop();
  // The bound port (useful with Options::port == 0), valid after Open().
  int port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::serve
