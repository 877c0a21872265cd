// The compiled core of the `newsgraph` Python package (pybind11). It exposes only what the
// pure-Python layer (python/newsgraph/__init__.py) builds on:
//   - Engine(models_dir): one loaded, immutable pipeline, shareable across threads;
//   - Engine.extract_json(text, id_json): one article as the CLI's JSON line (a str);
//   - Engine.extract_json_batch(texts, ids_json, threads): many articles on N threads, in order;
//   - Engine.shard_from_jsonl / shards_from_file: articles as store shard lines (newsgraph.dask);
//   - StoreWriter(path).put_shard(lines): the one writer that puts shards into a store;
//   - StoreHandle(path, read_only): the store's queries and corrections (newsgraph.Store).
// The GIL is released while C++ works, so Python threads and other work go on meanwhile.
// Errors from the engine (a missing model, say) surface as Python exceptions (RuntimeError).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine_bridge.h"
#include "store/ingest.h"
#include "store/to_json.h"

namespace py = pybind11;

namespace {

// Text given as str (UTF-8 encoded) or bytes (taken as is, repaired like any input).
std::string text_bytes(const py::handle& text) {
  if (py::isinstance<py::bytes>(text)) return std::string(py::reinterpret_borrow<py::bytes>(text));
  if (py::isinstance<py::str>(text)) {
    // surrogateescape keeps undecodable bytes that Python read from a file as they were.
    py::bytes b = py::reinterpret_steal<py::bytes>(
        PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogateescape"));
    if (!b) throw py::error_already_set();
    return std::string(b);
  }
  throw py::type_error("newsgraph: text must be str or bytes, not " +
                       std::string(py::str(py::type::of(text).attr("__name__"))));
}

class PyEngine {
 public:
  explicit PyEngine(const std::string& models_dir) : engine_(models_dir) {}

  py::str ExtractJson(const py::handle& text, const std::string& id_json) const {
    std::string input = text_bytes(text);
    std::string out;
    {
      py::gil_scoped_release release;
      engine_.ExtractJson(input, id_json, &out);
    }
    return py::str(out);
  }

  py::tuple ShardFromJsonl(const py::bytes& line, const std::string& name, uint64_t line_no) const {
    std::string in(line), shard, error;
    bool ok;
    {
      py::gil_scoped_release release;
      ok = engine_.ShardFromJsonl(in, name, line_no, &shard, &error);
    }
    if (!ok) return py::make_tuple(py::none(), py::str(error));
    return py::make_tuple(py::bytes(shard), py::none());
  }

  py::tuple ShardsFromFile(const std::string& path) const {
    std::vector<std::string> shards, errors;
    {
      py::gil_scoped_release release;
      engine_.ShardsFromFile(path, &shards, &errors);
    }
    py::list out;
    for (const std::string& s : shards) out.append(py::bytes(s));
    return py::make_tuple(out, errors);
  }

  const newsgraph::Pipeline& pipeline() const { return engine_.pipeline(); }

  std::vector<py::str> ExtractJsonBatch(const py::list& texts, const std::vector<std::string>& ids,
                                        int threads) const {
    if (ids.size() != texts.size()) throw py::value_error("newsgraph: texts and ids differ in length");
    std::vector<std::string> inputs;
    inputs.reserve(texts.size());
    for (const py::handle& t : texts) inputs.push_back(text_bytes(t));
    std::vector<std::string> outs(inputs.size());
    {
      py::gil_scoped_release release;
      RunParallel(inputs, ids, threads, &outs);
    }
    std::vector<py::str> result;
    result.reserve(outs.size());
    for (const std::string& o : outs) result.emplace_back(o);
    return result;
  }

 private:
  void RunParallel(const std::vector<std::string>& inputs, const std::vector<std::string>& ids,
                   int threads, std::vector<std::string>* outs) const {
    size_t n = inputs.size();
    size_t workers = threads < 1 ? 1 : static_cast<size_t>(threads);
    if (workers > n) workers = n;
    std::atomic<size_t> next{0};
    std::mutex mu;
    std::exception_ptr failure;
    auto work = [&] {
      for (size_t i = next++; i < n; i = next++) {
        try {
          engine_.ExtractJson(inputs[i], ids[i], &(*outs)[i]);
        } catch (...) {  // the first failure is rethrown once every thread has stopped
          std::lock_guard<std::mutex> lock(mu);
          if (!failure) failure = std::current_exception();
          next = n;
        }
      }
    };
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
  }

  newsgraph::python::EngineBridge engine_;
};

// The store as the Python package's Store class sees it: every answer is the JSON text that
// `newsgraph query --json` prints (store/to_json.h), parsed on the Python side.
class PyStore {
 public:
  PyStore(const std::string& path, bool read_only) : path_(path) {
    newsgraph::store::Options options;
    options.read_only = read_only;
    options.create_if_missing = !read_only;
    Check(newsgraph::store::Store::Open(path, options, &store_));
  }

  py::dict Ingest(const std::vector<std::string>& inputs, int threads, const PyEngine& engine) {
    newsgraph::store::IngestOptions options;
    options.threads = threads;
    options.pipeline = &engine.pipeline();
    std::vector<std::string> errors;
    options.on_error = [&](const std::string& m) { errors.push_back(m); };
    newsgraph::store::IngestReport report;
    newsgraph::store::Status s;
    {
      py::gil_scoped_release release;
      s = newsgraph::store::Ingest(inputs, options, Get(), &report);
    }
    Check(s);
    py::dict d;
    d["read"] = report.read;
    d["added"] = report.added;
    d["replaced"] = report.replaced;
    d["unchanged"] = report.unchanged;
    d["skipped"] = report.skipped;
    d["errors"] = errors;
    return d;
  }

  std::string FindActors(const std::string& text, const std::string& type, int limit) {
    std::vector<newsgraph::store::ActorSummary> out;
    Check(Get()->FindActors(text, type, limit, &out));
    nlohmann::json j = nlohmann::json::array();
    for (const auto& a : out) j.push_back(newsgraph::store::ToJson(a));
    return Dump(j);
  }

  std::string Actor(const std::string& actor, int limit) {
    newsgraph::store::ActorDetail d;
    Check(Get()->GetActor(actor, limit, &d));
    return Dump(newsgraph::store::ToJson(d));
  }

  std::string Explain(const std::string& actor) {
    std::vector<newsgraph::store::LinkReason> out;
    Check(Get()->Explain(actor, &out));
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : out) j.push_back(newsgraph::store::ToJson(r));
    return Dump(j);
  }

  std::string Quotes(const std::string& speaker, const std::string& about, const std::string& since,
                     const std::string& until, int limit) {
    newsgraph::store::QuoteFilter f{speaker, about, since, until, limit};
    std::vector<newsgraph::store::QuoteRow> out;
    Check(Get()->Quotes(f, &out));
    nlohmann::json j = nlohmann::json::array();
    for (const auto& q : out) j.push_back(newsgraph::store::ToJson(q));
    return Dump(j);
  }

  std::string Relations(const std::string& actor, const std::string& type, int limit) {
    newsgraph::store::RelationFilter f{actor, type, limit};
    std::vector<newsgraph::store::RelationRow> out;
    Check(Get()->Relations(f, &out));
    nlohmann::json j = nlohmann::json::array();
    for (const auto& r : out) j.push_back(newsgraph::store::ToJson(r));
    return Dump(j);
  }

  std::string Network(const std::string& actor, int depth, int limit) {
    newsgraph::store::Graph g;
    Check(Get()->Neighbourhood(actor, depth, limit, &g));
    return Dump(newsgraph::store::ToJson(g));
  }

  std::string Article(const std::string& id) {
    newsgraph::store::ArticleView a;
    Check(Get()->GetArticle(id, &a));
    return Dump(newsgraph::store::ToJson(a));
  }

  void Merge(const std::string& a, const std::string& b) { Check(Get()->Merge(a, b)); }
  void Split(const std::string& actor, const std::string& article) {
    Check(Get()->Split(actor, article));
  }
  void Rebuild() {
    newsgraph::store::Status s;
    {
      py::gil_scoped_release release;
      s = Get()->Rebuild();
    }
    Check(s);
  }
  void Close() { store_.reset(); }

 private:
  newsgraph::store::Store* Get() {
    if (!store_) throw std::runtime_error(path_ + ": store is closed");
    return store_.get();
  }
  static std::string Dump(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  static void Check(const newsgraph::store::Status& s) {
    if (s.IsNotFound()) throw py::key_error(s.message());
    if (!s.ok()) throw std::runtime_error(s.message());
  }
  std::string path_;
  std::unique_ptr<newsgraph::store::Store> store_;
};

}  // namespace

PYBIND11_MODULE(_newsgraph, m) {
  m.doc() = "Compiled core of newsgraph; use the `newsgraph` package instead.";
  py::class_<PyEngine>(m, "Engine")
      .def(py::init<const std::string&>(), py::arg("models_dir"))
      .def("extract_json", &PyEngine::ExtractJson, py::arg("text"), py::arg("id_json"))
      .def("extract_json_batch", &PyEngine::ExtractJsonBatch, py::arg("texts"), py::arg("ids_json"),
           py::arg("threads"))
      .def("shard_from_jsonl", &PyEngine::ShardFromJsonl, py::arg("line"), py::arg("name"),
           py::arg("line_no"))
      .def("shards_from_file", &PyEngine::ShardsFromFile, py::arg("path"));
  py::class_<newsgraph::python::StoreWriter>(m, "StoreWriter")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def(
          "put_shard",
          [](newsgraph::python::StoreWriter& w, const py::bytes& lines) {
            std::string data(lines);
            newsgraph::python::PutCounts c;
            {
              py::gil_scoped_release release;
              c = w.PutShard(data);
            }
            py::dict d;
            d["added"] = c.added;
            d["replaced"] = c.replaced;
            d["unchanged"] = c.unchanged;
            return d;
          },
          py::arg("lines"))
      .def("close", &newsgraph::python::StoreWriter::Close);
  py::class_<PyStore>(m, "StoreHandle")
      .def(py::init<const std::string&, bool>(), py::arg("path"), py::arg("read_only"))
      .def("ingest", &PyStore::Ingest, py::arg("inputs"), py::arg("threads"), py::arg("engine"))
      .def("find_actors", &PyStore::FindActors)
      .def("actor", &PyStore::Actor)
      .def("explain", &PyStore::Explain)
      .def("quotes", &PyStore::Quotes)
      .def("relations", &PyStore::Relations)
      .def("network", &PyStore::Network)
      .def("article", &PyStore::Article)
      .def("merge", &PyStore::Merge)
      .def("split", &PyStore::Split)
      .def("rebuild", &PyStore::Rebuild)
      .def("close", &PyStore::Close);
  m.attr("__version__") = newsgraph::python::EngineBridge::Version();
}
