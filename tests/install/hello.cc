// A tiny program built against the installed library (tests/install/install_test.sh): runs the
// pipeline on one sentence and prints the extract JSON.
#include <cstdio>
#include <memory>
#include <string>

#include "newsgraph/json.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/version.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: hello MODEL_DIR\n");
    return 2;
  }
  newsgraph::Options options;
  options.model_dir = argv[1];
  std::unique_ptr<newsgraph::Pipeline> pipeline;
  newsgraph::Status s = newsgraph::Pipeline::Open(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "hello: %s\n", s.ToString().c_str());
    return 1;
  }
  newsgraph::Document doc("hello", "\"We will win,\" Angela Merkel said in Berlin on Monday.");
  s = pipeline->Process(&doc);
  if (!s.ok()) return 1;
  std::string out;
  newsgraph::append_extract_json(doc, "\"hello\"", {}, out);
  std::printf("newsgraph %s\n%s", NEWSGRAPH_VERSION, out.c_str());
  return 0;
}
