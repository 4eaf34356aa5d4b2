// What the tests of the stages share: the real grammar (grammar/en unless another language
// is named), a text made into blocks as the converter makes them, and a body numbered clause
// by clause.
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "blocks/blocks.h"
#include "grammar/grammar.h"
#include "model/numbering.h"
#include "read/furniture.h"
#include "read/source.h"
#include "test_support.h"

namespace stages {
using namespace text2akn;

// The shipped grammar of a language, loaded once per test run.
inline const Grammar& grammar(const std::string& language = "en") {
  static std::map<std::string, Grammar> loaded;
  auto it = loaded.find(language);
  if (it == loaded.end()) it = loaded.emplace(language, load_grammar(test::grammar_dir().string(), language)).first;
  return it->second;
}

inline std::vector<Block> blocks_of(const std::string& text, const Grammar& g = grammar()) {
  Source s = read_source(text, "snippet.txt");
  mark_furniture(s, g);
  return make_blocks(s, g);
}

inline std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

// Blocks made straight from their texts, one each, for the stages after the blocks.
inline std::vector<Block> blocks_from(std::initializer_list<const char*> texts) {
  std::vector<Block> out;
  for (const char* t : texts) out.push_back(Block{t, 0, 0, false, false});
  return out;
}

// The text's blocks are exactly these, in this order.
inline void check_blocks(const std::string& text, const std::vector<std::string>& expected) {
  BOOST_TEST(texts(blocks_of(text)) == expected, boost::test_tools::per_element());
}

inline model::Text text(const std::string& s, int line) {
  model::Text t;
  t.text = s;
  t.line = line;
  return t;
}

// A body numbered clause by clause (n), with the diagnostics given on the way.
struct Numbered {
  std::vector<model::Clause> body;
  std::vector<Diagnostic> diags;
  Numbering n{grammar(), body, diags};
};

inline std::vector<std::string> nums(const std::vector<model::Clause>& clauses) {
  std::vector<std::string> out;
  for (const auto& c : clauses) out.push_back(c.num);
  return out;
}

}  // namespace stages
