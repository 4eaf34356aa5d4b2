// libFuzzer target: bytes -> Converter::convert with validation on (the whole pipeline, text to
// validated Akoma Ntoso). The converter is built once, with the repository's grammar and the
// official schema, and shared by every input.
//
// What counts as a finding:
//   - a crash, an ASan/UBSan report, a leak, a hang (-timeout), memory over -rss_limit_mb;
//   - an exception that is not text2akn::Error (the CLI would die of it: std::terminate);
//   - Error(output_invalid): the XML produced does not validate, a converter bug by definition;
//   - Error(grammar_invalid) on some input: a shipped rule backtracks past PCRE2's match limit
//     on that text (set TEXT2AKN_FUZZ_ALLOW_GRAMMAR=1 to accept it and go on);
//   - a result with empty XML.
// Error(input_invalid) (empty, not UTF-8, NUL bytes, UTF-16) is the expected answer to junk.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "text2akn.h"

namespace {

const text2akn::Converter* converter = nullptr;
bool allow_grammar_errors = false;

std::string from_env(const char* variable, const char* fallback) {
  const char* v = std::getenv(variable);
  return v && *v ? v : fallback;
}

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_convert: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  text2akn::Options options;
  options.grammar_dir = from_env("TEXT2AKN_GRAMMAR", TEXT2AKN_FUZZ_GRAMMAR);
  options.schema_path = from_env("TEXT2AKN_SCHEMA", TEXT2AKN_FUZZ_SCHEMA);
  options.validate = true;
  allow_grammar_errors = from_env("TEXT2AKN_FUZZ_ALLOW_GRAMMAR", "0") == "1";
  try {
    converter = new text2akn::Converter(options);  // lives as long as the process
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz_convert: cannot build the converter: %s\n", e.what());
    std::exit(1);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    text2akn::Result r = converter->convert(text, "fuzz.txt");
    if (r.xml.empty()) finding("convert returned an empty document");
  } catch (const text2akn::Error& e) {
    switch (e.status()) {
      case text2akn::Status::input_invalid:
        break;
      case text2akn::Status::grammar_invalid:
        if (!allow_grammar_errors) finding("grammar error on this input: " + e.describe());
        break;
      default:
        finding("unexpected Error (status " + std::to_string(static_cast<int>(e.status())) + "): " + e.describe());
    }
  } catch (const std::exception& e) {
    finding(std::string("exception that is not text2akn::Error: ") + e.what());
  }
  return 0;
}
