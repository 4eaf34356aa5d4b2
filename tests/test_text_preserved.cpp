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
#include "words.h"
#include "text2akn.h"

using namespace text2akn;
using namespace test;
namespace fs = std::filesystem;

namespace {

void check_file(const fs::path& path) {
  std::string input = test::read_file(path);
  Result r;
  try {
    r = test::converter().convert(input, path.filename().string());  // throws if the output does not validate
  } catch (const Error& e) {
    BOOST_ERROR(path.filename().string() << " does not convert: " << e.describe());
    return;
  }
  std::string diff = first_difference(input, output_text(r.xml));
  BOOST_TEST(diff.empty(), path.filename().string() << ": " << diff);
  auto problems = test::converter().validate(r.xml, path.filename().string());
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

BOOST_AUTO_TEST_CASE(a_missing_word_is_found_whatever_the_order) {
  BOOST_TEST(first_missing("alpha beta gamma", "gamma alpha beta").empty());
  std::string lost = first_missing("alpha beta gamma", "gamma alpha");
  BOOST_TEST(lost.find("'beta'") != std::string::npos, lost);
  // a glued footnote number is the word and the marker; a word split at a line end is joined
  BOOST_TEST(first_missing("the Agreement,1 and the bene- fit", "the Agreement and the benefit 1").empty());
  // ... and a number glued to a number: resolution 59/300 and note 8, the year 2011 and note 7
  BOOST_TEST(first_missing("resolution 59/3008 of 20117", "resolution 59/300 of 2011 8 7").empty());
  BOOST_TEST(!first_missing("resolution 59/3008", "resolution 59/300").empty());
  BOOST_TEST(!first_missing("the Agreement,1 and", "the and 1").empty());
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
