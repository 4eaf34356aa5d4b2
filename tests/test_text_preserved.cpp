// No word of the input is lost or reordered: every word of the seed and of each sample is in
// the output's text (outside <meta>), in order. And every output validates.
#define BOOST_TEST_MODULE text_preserved
#include <boost/test/unit_test.hpp>

#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "test_support.h"
#include "text2akn.h"

using namespace text2akn;
namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- words
// A word is a run of letters and digits. ASCII is classified exactly; other code points count
// as letters unless they are punctuation, symbols or spaces of the blocks the UN texts use
// (Latin-1 signs, General Punctuation up to the arrows and dingbats, CJK punctuation,
// full-width signs). Markdown markers and quotes are thus not words, "Côte" is one.
bool word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

struct Word {
  std::string text;
  size_t offset;  // in the text it came from
};

std::vector<Word> words(std::string_view s) {
  std::vector<Word> out;
  std::string current;
  size_t start = 0, i = 0;
  while (i < s.size()) {
    size_t at = i;
    unsigned char b = s[i];
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
    char32_t c = len == 1 ? b : b & (0x3F >> (len - 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) c = (c << 6) | (s[i + k] & 0x3F);
    i += len;
    if (word_char(c)) {
      if (current.empty()) start = at;
      current.append(s.substr(at, i - at));
    } else if (!current.empty()) {
      out.push_back({current, start});
      current.clear();
    }
  }
  if (!current.empty()) out.push_back({current, start});
  return out;
}

// ---------------------------------------------------------------- output text
// Elements that sit inside a line of text; every other element is a block and its text is
// set apart by spaces (so "</p><p>" never glues two words). As the scorer reads AKN.
const std::set<std::string>& inline_elements() {
  static const std::set<std::string> names = {
      "a", "abbr", "b", "date", "def", "docAuthority", "docCommittee", "docDate", "docIntroducer",
      "docNumber", "docProponent", "docPurpose", "docStage", "docStatus", "docTitle", "docType",
      "entity", "i", "inline", "location", "mref", "noteRef", "organization", "person", "quantity",
      "ref", "role", "session", "shortTitle", "signature", "span", "sub", "sup", "term", "u",
      "marker", "eol", "br"};
  return names;
}

std::string local_name(const pugi::xml_node& n) {
  std::string name = n.name();
  size_t colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

void collect_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element) {
      std::string name = local_name(child);
      // meta, and words the converter adds that the input does not print (a derived symbol)
      if (name == "meta" || std::string(child.attribute("status").value()) == "editorial") continue;
      bool block = !inline_elements().count(name);
      if (block) out += ' ';
      collect_text(child, out);
      if (block) out += ' ';
    }
  }
}

std::string output_text(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) throw std::runtime_error(std::string("output is not well-formed: ") + r.description());
  std::string out;
  collect_text(doc, out);
  return out;
}

// ---------------------------------------------------------------- comparison
std::string context(const std::vector<Word>& w, size_t at) {
  std::string out;
  size_t from = at > 6 ? at - 6 : 0;
  for (size_t k = from; k < w.size() && k < at + 7; ++k) out += (k == at ? "[" + w[k].text + "]" : w[k].text) + " ";
  return out;
}

int line_of(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Every input word in the output, in order. The output may hold words the input has not
// (added by the writer) but no more than a few in a row: a dropped word must not pass by
// matching the same word further on. Returns "" or a description of the first difference.
std::string first_difference(std::string_view input, const std::string& output) {
  constexpr size_t kMaxExtraInARow = 3;
  auto in = words(input), out = words(output);
  size_t j = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    size_t k = j;
    while (k < out.size() && k - j <= kMaxExtraInARow && out[k].text != in[i].text) ++k;
    if (k < out.size() && out[k].text == in[i].text) {
      j = k + 1;
      continue;
    }
    std::ostringstream d;
    d << "input word " << i + 1 << " of " << in.size() << " '" << in[i].text << "' (line "
      << line_of(input, in[i].offset) << ") is not next in the output\n  input:  " << context(in, i)
      << "\n  output: " << (j < out.size() ? context(out, j) : "<end of output>");
    return d.str();
  }
  return "";
}

Options options() {
  Options o;
  o.grammar_dir = test::grammar_dir().string();
  o.schema_path = test::schema_path().string();
  return o;
}

const Converter& converter() {
  static const Converter c(options());
  return c;
}

void check_file(const fs::path& path) {
  std::string input = test::read_file(path);
  Result r;
  try {
    r = converter().convert(input, path.filename().string());  // throws if the output does not validate
  } catch (const Error& e) {
    BOOST_ERROR(path.filename().string() << " does not convert: " << e.describe());
    return;
  }
  std::string diff = first_difference(input, output_text(r.xml));
  BOOST_TEST(diff.empty(), path.filename().string() << ": " << diff);
  auto problems = converter().validate(r.xml, path.filename().string());
  BOOST_TEST(problems.empty(), path.filename().string() << ": " << (problems.empty() ? "" : problems.front()));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(helper)

BOOST_AUTO_TEST_CASE(words_are_runs_of_letters_and_digits) {
  std::vector<std::string> got;
  for (const Word& w : words("**Côte d’Ivoire**, A/RES/75/100 – “Peace” 1.5\xC2\xA0km"))
    got.push_back(w.text);
  BOOST_TEST(got == (std::vector<std::string>{"Côte", "d", "Ivoire", "A", "RES", "75", "100", "Peace", "1", "5", "km"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(output_text_skips_meta_and_separates_blocks) {
  const std::string xml =
      "<akomaNtoso xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'><doc name='x'>"
      "<meta><identification><FRBRWork><FRBRthis value='v'/></FRBRWork></identification><x>Hidden</x></meta>"
      "<mainBody><p>Western <location refersTo='#a'>Azer</location>baijan Council</p><p>Next</p></mainBody>"
      "</doc></akomaNtoso>";
  std::vector<std::string> got;
  for (const Word& w : words(output_text(xml))) got.push_back(w.text);
  BOOST_TEST(got == (std::vector<std::string>{"Western", "Azerbaijan", "Council", "Next"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(first_difference_finds_dropped_and_moved_words) {
  BOOST_TEST(first_difference("one two three", "one two three") == "");
  BOOST_TEST(first_difference("one two three", "one Annex two three") == "");  // an added word
  std::string dropped = first_difference("one two three four five", "one two four five");
  BOOST_TEST(dropped.find("input word 3 of 5 'three' (line 1)") == 0u, dropped);
  // a dropped word that recurs a little further on is still caught
  BOOST_TEST(!first_difference("the cat and the dog sat on the mat", "the cat and dog sat on the mat").empty());
  std::string moved = first_difference("alpha beta gamma", "beta alpha gamma");
  BOOST_TEST(!moved.empty());
  std::string truncated = first_difference("alpha beta gamma", "alpha beta");
  BOOST_TEST(truncated.find("'gamma'") != std::string::npos, truncated);
  BOOST_TEST(truncated.find("<end of output>") != std::string::npos, truncated);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(preserved)

BOOST_AUTO_TEST_CASE(seed) { check_file(test::seed_path()); }

BOOST_AUTO_TEST_CASE(samples) {
  auto files = test::samples();
  BOOST_TEST_REQUIRE(files.size() >= 3u, "samples/*.txt: " << files.size());
  for (const fs::path& f : files) {
    BOOST_TEST_CONTEXT(f.filename().string()) { check_file(f); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
