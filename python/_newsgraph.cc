// The compiled core of the `newsgraph` Python package (pybind11). It exposes only what the
// pure-Python layer (python/newsgraph/__init__.py) builds on:
//   - Engine(models_dir): one loaded, immutable pipeline, shareable across threads;
//   - Engine.extract_json(text, id_json): one article as the CLI's JSON line (a str);
//   - Engine.extract_json_batch(texts, ids_json, threads): many articles on N threads, in order.
// The GIL is released while C++ works, so Python threads and other work go on meanwhile.
// Errors from the engine (a missing model, say) surface as Python exceptions (RuntimeError).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "engine_bridge.h"

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
    auto work = [&] {
      for (size_t i = next++; i < n; i = next++) engine_.ExtractJson(inputs[i], ids[i], &(*outs)[i]);
    };
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
  }

  newsgraph::python::EngineBridge engine_;
};

}  // namespace

PYBIND11_MODULE(_newsgraph, m) {
  m.doc() = "Compiled core of newsgraph; use the `newsgraph` package instead.";
  py::class_<PyEngine>(m, "Engine")
      .def(py::init<const std::string&>(), py::arg("models_dir"))
      .def("extract_json", &PyEngine::ExtractJson, py::arg("text"), py::arg("id_json"))
      .def("extract_json_batch", &PyEngine::ExtractJsonBatch, py::arg("texts"), py::arg("ids_json"),
           py::arg("threads"));
  m.attr("__version__") = newsgraph::python::EngineBridge::Version();
}
