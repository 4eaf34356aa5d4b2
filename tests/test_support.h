// Small helpers shared by the Boost.Test programs: where the repository, shared/ and the
// schema are (given by tests/CMakeLists.txt), reading files, and temporary folders.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "text2akn.h"

namespace test {
namespace fs = std::filesystem;

inline fs::path repo_dir() { return TEXT2AKN_TEST_REPO; }
inline fs::path grammar_dir() { return repo_dir() / "grammar"; }
inline fs::path shared_dir() { return TEXT2AKN_TEST_SHARED; }
inline fs::path schema_path() { return TEXT2AKN_TEST_SCHEMA; }
inline fs::path seed_path() { return shared_dir() / "corpus" / "seed" / "letter-azerbaijan-2025-03-19.txt"; }

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("test setup: cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("test setup: cannot write " + path.string());
  out << bytes;
}

// Options for the repository's grammars and the schema beside it.
inline text2akn::Options converter_options() {
  text2akn::Options o;
  o.lang = "auto";  // as the command line reads: each text in its own language
  o.grammar_dir = grammar_dir().string();
  o.schema_path = schema_path().string();
  return o;
}

// One converter per test program (the schema takes a moment to compile).
inline const text2akn::Converter& converter() {
  static const text2akn::Converter c(converter_options());
  return c;
}

// The fictional samples of the repository, sorted.
inline std::vector<fs::path> samples() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(repo_dir() / "samples"))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "text2akn-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("test setup: mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace test
