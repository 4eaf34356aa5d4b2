// libFuzzer target: bytes -> the rule-file loader.
//
//   1. parse_rule_file(bytes): only RuleError may come out;
//   2. each field value compiled as a Pattern: only std::invalid_argument; a compiled pattern
//      is run over a few subjects: only std::runtime_error (PCRE2's match/depth limit);
//   3. the bytes as one rule file of a minimal grammar folder (a temporary folder made once,
//      beside a base file with the records every grammar needs) loaded with load_grammar:
//      only RuleError may come out, since that is all Converter turns into exit code 6 -
//      anything else escapes the Converter's constructor and kills the CLI.
// Crashes, sanitizer reports, leaks and hangs are findings too.
//
// TEXT2AKN_FUZZ_IGNORE_JOINED=1 accepts a std::invalid_argument from load_grammar when every
// field compiled alone (the open bug of 'match:' lines that fail only once joined, see
// tests/regressions/rules-joined-*.rules), so that a long run looks for other bugs.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "grammar/grammar.h"
#include "grammar/pattern.h"
#include "grammar/rule_file.h"

namespace {
namespace fs = std::filesystem;

fs::path grammar_root;  // <tmp>/ holding en/base.rules and en/fuzz.rules
bool ignore_joined = false;

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "fuzz_rules: %s\n", what.c_str());
  std::abort();
}

const char* const kSubjects[] = {
    "United Nations A/79/826 Distr.: General 20 March 2025",
    "1. Decides to remain actively seized of the matter;",
    "(a) aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
    "",
};

void remove_grammar() {
  std::error_code ec;
  if (!grammar_root.empty()) fs::remove_all(grammar_root, ec);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string pattern = (fs::temp_directory_path() / "text2akn-fuzz-rules-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {
    std::perror("fuzz_rules: mkdtemp");
    std::exit(1);
  }
  grammar_root = pattern;
  fs::create_directories(grammar_root / "en");
  // What load_grammar insists on: an initial state and a [symbol] record.
  std::ofstream(grammar_root / "en" / "base.rules") << "[state start]\ndefault: paragraph\ninitial: yes\n\n"
                                                        "[symbol]\nmatch: ^[A-Z]+/\\d+$\n";
  std::atexit(remove_grammar);
  const char* v = std::getenv("TEXT2AKN_FUZZ_IGNORE_JOINED");
  ignore_joined = v && std::string(v) == "1";
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);

  // 1 and 2: the parser and the pattern compiler
  bool parsed = false, all_compile = true;
  try {
    auto records = text2akn::parse_rule_file(text, "fuzz.rules");
    parsed = true;
    for (const text2akn::Record& r : records) {
      for (const text2akn::Field& f : r.fields) {
        try {
          text2akn::Pattern p(f.value);
          for (const char* s : kSubjects) {
            try {
              p.search(s);
            } catch (const std::runtime_error&) {
              // match or depth limit: expected for a runaway pattern
            }
          }
        } catch (const std::invalid_argument&) {
          all_compile = false;  // a bad pattern: expected
        }
      }
    }
  } catch (const text2akn::RuleError&) {
  } catch (const std::exception& e) {
    finding(std::string("parse_rule_file/Pattern threw something unexpected: ") + e.what());
  }

  // 3: the whole loader, with the bytes as one rule file
  {
    std::ofstream out(grammar_root / "en" / "fuzz.rules", std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  try {
    text2akn::Grammar g = text2akn::load_grammar(grammar_root.string(), "en");
  } catch (const text2akn::RuleError&) {
  } catch (const std::invalid_argument& e) {
    if (!(ignore_joined && parsed && all_compile))
      finding(std::string("load_grammar threw something other than RuleError: ") + e.what());
  } catch (const std::exception& e) {
    finding(std::string("load_grammar threw something other than RuleError: ") + e.what());
  }
  return 0;
}
