#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <future>
#include <thread>
#include <unordered_map>

#include "serve/api.h"
#include "serve/params.h"
#include "serve/reader_pool.h"
#include "serve/response_cache.h"
#include "serve/static_files.h"

namespace newsgraph::serve {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
// The page loads only its own files; the layout worker runs from a blob: URL.
constexpr const char* kPolicy =
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; "
    "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void set_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, kJson);
}

// The cache key of a GET: path and parameters (sorted by the multimap).
std::string cache_key(const httplib::Request& req) {
  std::string key = req.path;
  for (const auto& [k, v] : req.params) {
    key += '\x1f';
    key += k;
    key += '=';
    key += v;
  }
  return key;
}

}  // namespace

struct Server::Impl {
  explicit Impl(Options o) : options(std::move(o)), pool(options.db_path) {}

  // Runs `fn(reader)` on a pooled Reader, through the response cache for GETs. Identical
  // requests that arrive while one is being answered wait for that answer instead of running
  // the same queries again (a burst of clients on a cold page costs one computation).
  template <typename Fn>
  void Read(const httplib::Request& req, httplib::Response& res, Fn fn) {
    std::string why;
    if (!check_query_string(req.target, &why))
      return set_json(res, 400, dump(Error(400, why).body));
    const std::string key = cache_key(req);
    if (auto hit = cache->Find(key)) return set_json(res, hit->status, hit->body);
    std::promise<CachedResponse> promise;
    std::shared_future<CachedResponse> pending;
    {
      std::lock_guard<std::mutex> lock(flight_mu);
      auto it = flights.find(key);
      if (it != flights.end()) {
        pending = it->second;
      } else {
        flights.emplace(key, promise.get_future().share());
      }
    }
    if (pending.valid()) {
      const CachedResponse& r = pending.get();
      return set_json(res, r.status, r.body);
    }
    CachedResponse answer = Compute(fn);
    if (answer.status == 200 || answer.status == 404) cache->Put(key, answer);
    promise.set_value(answer);
    {
      std::lock_guard<std::mutex> lock(flight_mu);
      flights.erase(key);
    }
    set_json(res, answer.status, answer.body);
  }

  template <typename Fn>
  CachedResponse Compute(Fn fn) {
    try {
      store::Status st;
      auto lease = pool.Acquire(&st);
      if (!lease) return {503, dump(Error(503, st.message()).body)};
      ApiResponse r = fn(lease->get());
      return {r.status, dump(r.body)};
    } catch (const std::exception& e) {
      return {500, dump(Error(500, std::string("internal error: ") + e.what()).body)};
    }
  }

  void Edit(const httplib::Request& req, httplib::Response& res) {
    if (!options.allow_edits)
      return set_json(res, 403,
                      dump(Error(403, "edits are off; start serve with --allow-edits").body));
    std::lock_guard<std::mutex> lock(edit_mu);
    if (!writer) {
      store::Options o;
      o.create_if_missing = false;
      store::Status st = store::Store::Open(options.db_path, o, &writer);
      if (!st.ok()) return set_json(res, 503, dump(Error(503, st.message()).body));
    }
    ApiResponse r = EditActor(*writer, req.matches[1], req.matches[2], req.params);
    pool.Invalidate();
    cache->Clear();
    StoreChanged();
    set_json(res, r.status, dump(r.body));
  }

  void Routes() {
    http.Get("/api/health", [](const httplib::Request&, httplib::Response& res) {
      set_json(res, 200, "{\"ok\":true}");
    });
    http.Get("/api/actors", [this](const httplib::Request& req, httplib::Response& res) {
      Read(req, res, [&](Reader& r) { return ListActors(r, req.params); });
    });
    http.Get(R"(/api/actors/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      Read(req, res,
           [&](Reader& r) { return GetActor(r, req.matches[1], req.params, options.allow_edits); });
    });
    http.Post(R"(/api/actors/([^/]+)/(merge|split))",
              [this](const httplib::Request& req, httplib::Response& res) { Edit(req, res); });
    http.Get("/api/graph", [this](const httplib::Request& req, httplib::Response& res) {
      Read(req, res, [&](Reader& r) { return GetGraph(r, req.params); });
    });
    http.Get(R"(/api/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      Read(req, res, [&](Reader& r) { return GetArticle(r, req.matches[1]); });
    });
    http.Get("/api/stats", [this](const httplib::Request& req, httplib::Response& res) {
      Read(req, res, [&](Reader& r) { return GetStats(r); });
    });
    http.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
      const StaticFile* file = find_static_file(req.path);
      if (!file || req.path.rfind("/api/", 0) == 0) {
        return set_json(res, 404, dump(Error(404, "no such page").body));
      }
      res.set_header("Content-Security-Policy", kPolicy);
      res.set_header("Cache-Control", "no-cache");
      res.set_header("Vary", "Accept-Encoding");
      std::string_view body = file->body;
      if (req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos) {
        std::string_view gz = gzipped_body(*file);
        if (!gz.empty()) body = gz, res.set_header("Content-Encoding", "gzip");
      }
      // A sized content provider: cpp-httplib would compress a text/* body itself at every
      // request (Brotli when the browser accepts it: ~1 s for app.js), never a provider's.
      res.set_content_provider(body.size(), std::string(file->content_type),
                               [body](size_t offset, size_t length, httplib::DataSink& sink) {
                                 return sink.write(body.data() + offset, length);
                               });
    });
  }

  void Hardening() {
    http.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
    http.set_payload_max_length(64 * 1024);
    http.set_read_timeout(5, 0);
    http.set_write_timeout(5, 0);
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(2);
    // Anything answered >= 400 without a body (no route, bad request line, URI too long,
    // wrong method) gets the JSON error shape too.
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          std::string why = res.status == 404   ? "not found"
                            : res.status == 414 ? "request too long"
                            : res.status == 405 ? "method not allowed"
                            : res.status < 500  ? "bad request"
                                                : "server error";
          set_json(res, res.status, dump(Error(res.status, why).body));
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          set_json(res, 500, dump(Error(500, "internal error").body));
        });
    const int threads = options.threads > 0
                            ? options.threads
                            : std::max(48, int(std::thread::hardware_concurrency()));
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_socket_options([this](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
      listen_fd = sock;
    });
  }

  Options options;
  ReaderPool pool;
  std::unique_ptr<ResponseCache> cache;
  httplib::Server http;
  int port = -1;
  int listen_fd = -1;  // the listening socket, seen through set_socket_options
  // Answers the page's first requests before anyone asks: the overview, then the pages and
  // networks (depth 1, as the page first asks) of the most mentioned actors, whose answers
  // take longest (hubs). Stops early when the server stops.
  void Warm() {
    auto get = [this](const std::string& path, httplib::Params params, auto fn) {
      httplib::Request req;
      req.method = "GET";
      req.path = req.target = path;
      req.params = std::move(params);
      httplib::Response res;
      Read(req, res, fn);
    };
    get("/api/stats", {}, [](Reader& r) { return GetStats(r); });
    std::vector<store::ActorSummary> top;
    {
      store::Status st;
      auto lease = pool.Acquire(&st);
      if (!lease || !lease->get().store->FindActors("", "", kWarmActors, &top).ok()) return;
    }
    for (const store::ActorSummary& a : top) {
      if (stopping) return;
      get("/api/actors/" + a.id, {},
          [&](Reader& r) { return GetActor(r, a.id, httplib::Params(), options.allow_edits); });
      get("/api/graph", {{"actor", a.id}, {"depth", "1"}}, [&](Reader& r) {
        return GetGraph(r, httplib::Params{{"actor", a.id}, {"depth", "1"}});
      });
    }
  }

  // The warmer thread: warms at start, and again once the store has been still for
  // kQuietSeconds after a change (an ingest into the store being served, an edit), which
  // emptied the cache.
  void WarmLoop() {
    Warm();
    std::unique_lock<std::mutex> lock(warm_mu);
    while (!stopping) {
      warm_cv.wait(lock, [this] { return stopping || changed; });
      while (!stopping && changed) {  // until no change for kQuietSeconds
        changed = false;
        warm_cv.wait_for(lock, std::chrono::seconds(kQuietSeconds),
                         [this] { return stopping || changed; });
      }
      if (stopping) return;
      lock.unlock();
      Warm();
      lock.lock();
    }
  }
  void StoreChanged() {
    {
      std::lock_guard<std::mutex> lock(warm_mu);
      changed = true;
    }
    warm_cv.notify_all();
  }
  void StopWarming() {
    {
      std::lock_guard<std::mutex> lock(warm_mu);
      stopping = true;
    }
    warm_cv.notify_all();
  }

  static constexpr int kWarmActors = 20;
  static constexpr int kQuietSeconds = 5;
  std::atomic<bool> stopping{false};
  std::mutex warm_mu;
  std::condition_variable warm_cv;  // warm_mu: a change, or stopping
  bool changed = false;             // warm_mu
  std::thread warmer;
  std::mutex flight_mu;
  std::unordered_map<std::string, std::shared_future<CachedResponse>> flights;  // flight_mu
  std::mutex edit_mu;
  std::unique_ptr<store::Store> writer;  // guarded by edit_mu; opened on the first edit
};

Server::Server(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() {
  Stop();
  if (impl_->warmer.joinable()) impl_->warmer.join();
}

bool Server::Open(std::string* error) {
  store::Status st = impl_->pool.Check();
  if (!st.ok()) {
    *error = st.message();
    return false;
  }
  impl_->cache = std::make_unique<ResponseCache>(impl_->options.db_path,
                                                 impl_->options.cache_mb << 20, [this] {
                                                   impl_->pool.Invalidate();
                                                   impl_->StoreChanged();
                                                 });
  gzipped_body(*find_static_file("/"));  // compress the page's files now, not on a request
  impl_->Routes();
  impl_->Hardening();
  const Options& o = impl_->options;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
  } else if (impl_->http.bind_to_port(o.host, o.port)) {
    impl_->port = o.port;
  }
  if (impl_->port <= 0) {
    *error = "cannot listen on " + o.host + ":" + std::to_string(o.port);
    return false;
  }
  // cpp-httplib 0.11 listens with a backlog of 5: a burst of new connections (32 clients
  // without keep-alive) overflows it and clients wait a second for the SYN to be retried.
  // Listening again on the bound socket raises the backlog.
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, 1024);
  return true;
}

bool Server::Run() {
  if (!impl_->warmer.joinable()) impl_->warmer = std::thread([this] { impl_->WarmLoop(); });
  return impl_->http.listen_after_bind();
}
void Server::Stop() {
  impl_->StopWarming();
  if (impl_->http.is_running()) impl_->http.stop();
}
int Server::port() const { return impl_->port; }

}  // namespace newsgraph::serve
