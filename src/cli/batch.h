// `text2akn batch`: many files, several threads, one report; goes on past bad files.
#pragma once
#include <string>
#include <vector>

#include "text2akn.h"

namespace text2akn::cli {

struct BatchOptions {
  std::string out_dir;
  std::vector<std::string> inputs;
  std::string report;  // JSON report path, or empty
  unsigned jobs = 0;   // 0: all cores
  bool quiet = false;
};

int run_batch(const Converter& converter, const BatchOptions& options);

// One line per diagnostic on stderr: "file:line:col: warning [code] message".
void print_diagnostics(const std::string& name, const std::vector<Diagnostic>& diags);

}  // namespace text2akn::cli
