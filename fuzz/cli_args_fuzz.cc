// libFuzzer target: the command-line argument paths. The input, split at NUL bytes, is the
// argument list; parsing (command words, options, values, suggestions for unknown commands)
// must never crash and must end in a documented status: -1 (a command would run), 0 (help,
// version) or 2 (usage error). Commands are not run. Run it with -close_fd_mask=3: help text
// and usage errors would otherwise flood the fuzzer's output.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/main.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> words{"newsgraph"};
  std::string word;
  for (size_t i = 0; i < size && words.size() < 32; ++i) {
    if (data[i] == 0) {
      words.push_back(word);
      word.clear();
    } else {
      word += char(data[i]);
    }
  }
  if (!word.empty()) words.push_back(word);
  std::vector<const char*> argv;
  for (const std::string& w : words) argv.push_back(w.c_str());
  int status = newsgraph::cli::parse_arguments_only(int(argv.size()), argv.data());
  if (status != -1 && status != 0 && status != 2) __builtin_trap();
  return 0;
}
