// Stage 1, read_source: what reaches the pipeline is clean, numbered UTF-8 lines, and what
// cannot be converted is refused with the place of the problem.
#define BOOST_TEST_MODULE read
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "read/source.h"
#include "text2akn.h"

using text2akn::Error;
using text2akn::read_source;
using text2akn::Source;
using text2akn::Status;
using namespace std::string_literals;

namespace {

std::vector<std::string> texts(const Source& s) {
  std::vector<std::string> out;
  for (const auto& l : s.lines) out.push_back(l.text);
  return out;
}

std::vector<int> numbers(const Source& s) {
  std::vector<int> out;
  for (const auto& l : s.lines) out.push_back(l.number);
  return out;
}

// Runs read_source on bytes that must be refused; returns the Error for further checks.
Error refused(const std::string& bytes, const std::string& name = "in.txt") {
  try {
    read_source(bytes, name);
  } catch (const Error& e) {
    return e;
  }
  BOOST_FAIL("read_source accepted input it should refuse");
  throw;  // not reached
}

// The refusal names file:line:column, both in where() and in the message users see.
void check_refused_at(const std::string& bytes, int line, int column, const std::string& word) {
  Error e = refused(bytes);
  std::string place = "in.txt:" + std::to_string(line) + ":" + std::to_string(column);
  BOOST_TEST(static_cast<int>(e.status()) == static_cast<int>(Status::input_invalid));
  BOOST_TEST(e.where() == place);
  BOOST_TEST(e.describe().find(place) == 0, "describe() = " << e.describe());
  BOOST_TEST(std::string(e.what()).find(word) != std::string::npos, "what() = " << e.what());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(line_ends)

BOOST_AUTO_TEST_CASE(crlf_becomes_lines_with_their_numbers) {
  Source s = read_source("one\r\ntwo\r\n\r\nfour\r\n", "crlf.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"one", "two", "", "four"}), boost::test_tools::per_element());
  BOOST_TEST(numbers(s) == (std::vector<int>{1, 2, 3, 4}), boost::test_tools::per_element());
  BOOST_TEST(s.name == "crlf.txt");
}

BOOST_AUTO_TEST_CASE(lone_cr_ends_a_line_too) {
  Source s = read_source("one\rtwo\r\rfour", "cr.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"one", "two", "", "four"}), boost::test_tools::per_element());
  BOOST_TEST(numbers(s) == (std::vector<int>{1, 2, 3, 4}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(mixed_line_ends_count_like_an_editor) {
  // LF, CRLF and CR in one file: each is one line end, never two.
  Source s = read_source("a\nb\r\nc\rd\n", "mixed.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"a", "b", "c", "d"}), boost::test_tools::per_element());
  BOOST_TEST(numbers(s) == (std::vector<int>{1, 2, 3, 4}), boost::test_tools::per_element());
  for (const auto& l : s.lines) BOOST_TEST(l.text.find('\r') == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cleaning)

BOOST_AUTO_TEST_CASE(nbsp_and_tabs_become_spaces) {
  // U+00A0 no-break space, a tab, U+202F narrow no-break space
  Source s = read_source("1.\tDecides\xC2\xA0that 10\xE2\x80\xAFkm", "ws.txt");
  BOOST_TEST_REQUIRE(s.lines.size() == 1u);
  BOOST_TEST(s.lines[0].text == "1. Decides that 10 km");
}

BOOST_AUTO_TEST_CASE(ligatures_become_their_letters) {
  // U+FB03 "ffi", U+FB01 "fi", U+FB02 "fl", as some PDF fonts map them
  Source s = read_source("Rea\xEF\xAC\x83rming the de\xEF\xAC\x81nition of the \xEF\xAC\x82ow,", "lig.txt");
  BOOST_TEST_REQUIRE(s.lines.size() == 1u);
  BOOST_TEST(s.lines[0].text == "Reaffirming the definition of the flow,");
}

BOOST_AUTO_TEST_CASE(trailing_spaces_are_trimmed) {
  Source s = read_source("text   \nmore \t \xC2\xA0\nlast", "trail.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"text", "more", "last"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_direction_mark_ending_a_line_is_dropped_one_inside_it_kept) {
  // "... Climate Change,\u200E": the mark hid the comma that ends the clause; inside a line
  // (Arabic quoting a Latin symbol) it directs the text after it, and stays.
  Source s = read_source("Panel on Climate Change,\xE2\x80\x8E \n"
                         "(A/CONF.229/2017/8.\xE2\x80\x8F)\n", "bidi.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"Panel on Climate Change,", "(A/CONF.229/2017/8.\xE2\x80\x8F)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(form_feed_marks_a_page_break) {
  Source s = read_source("end of page one\n\fstart of page two\nmore\n", "ff.txt");
  BOOST_TEST(s.has_page_breaks);
  BOOST_TEST_REQUIRE(s.lines.size() == 3u);
  BOOST_TEST(!s.lines[0].page_break);
  BOOST_TEST(s.lines[1].page_break);
  BOOST_TEST(s.lines[1].text == "start of page two");
  BOOST_TEST(s.lines[1].number == 2);
  BOOST_TEST(!s.lines[2].page_break);
  for (const auto& l : s.lines) BOOST_TEST(l.text.find('\f') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(form_feed_inside_a_line_keeps_the_text_on_both_sides) {
  Source s = read_source("last words\ffirst words\n", "ff2.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"last words", "first words"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(s.lines.size() == 2u);
  BOOST_TEST(!s.lines[0].page_break);
  BOOST_TEST(s.lines[1].page_break);
  BOOST_TEST(s.lines[1].number == 1);
}

BOOST_AUTO_TEST_CASE(no_form_feed_no_page_break) {
  Source s = read_source("a\nb\n", "plain.txt");
  BOOST_TEST(!s.has_page_breaks);
  for (const auto& l : s.lines) BOOST_TEST(!l.page_break);
}

BOOST_AUTO_TEST_CASE(xml_forbidden_control_characters_are_removed) {
  // SOH, VT, ESC, US, U+FFFE and the C1 control U+0085: none may appear in XML 1.0 text.
  Source s = read_source("a\x01" "b\x0B" "c\x1B" "d\x1F" "e\xEF\xBF\xBE" "f\xC2\x85" "g\n", "ctl.txt");
  BOOST_TEST_REQUIRE(s.lines.size() == 1u);
  BOOST_TEST(s.lines[0].text == "abcdefg");
  for (const auto& l : s.lines)
    for (unsigned char c : l.text) BOOST_TEST(c >= 0x20, "control byte " << int(c) << " left in line " << l.number);
}

BOOST_AUTO_TEST_CASE(utf8_bom_is_dropped_and_text_kept) {
  Source s = read_source("\xEF\xBB\xBFUnited Nations\nA/79/826\n", "bom.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"United Nations", "A/79/826"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(non_ascii_text_is_kept_as_is) {
  const std::string text = "Côte d’Ivoire – «Genève» 日本";
  Source s = read_source(text + "\n", "utf8.txt");
  BOOST_TEST_REQUIRE(s.lines.size() == 1u);
  BOOST_TEST(s.lines[0].text == text);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(refused_input)

BOOST_AUTO_TEST_CASE(invalid_utf8_at_the_start) {
  check_refused_at("\xFFUnited Nations\n", 1, 1, "UTF-8");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_the_middle) {
  // Latin-1 "é" in line 2 after "Caf" (column counts characters, "’" is one)
  check_refused_at("First line\n’Caf\xE9 au lait\nthird\n", 2, 5, "UTF-8");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_at_the_end) {
  // the file ends inside a three-byte sequence (a truncated "–")
  check_refused_at("one\ntwo\nend\xE2\x80", 3, 4, "UTF-8");
}

BOOST_AUTO_TEST_CASE(overlong_and_surrogate_encodings_are_invalid) {
  check_refused_at("ab\xC0\xAF", 1, 3, "UTF-8");          // overlong "/"
  check_refused_at("ab\n\xED\xA0\x80x", 2, 1, "UTF-8");    // UTF-16 surrogate half
}

BOOST_AUTO_TEST_CASE(utf16_is_refused_with_advice) {
  for (std::string bom : {"\xFF\xFE"s, "\xFE\xFF"s}) {
    Error e = refused(bom + "U\0N\0"s);
    BOOST_TEST(static_cast<int>(e.status()) == static_cast<int>(Status::input_invalid));
    BOOST_TEST(std::string(e.what()).find("UTF-16") != std::string::npos, "what() = " << e.what());
    BOOST_TEST(e.where().find("in.txt") == 0);
  }
}

BOOST_AUTO_TEST_CASE(nul_byte_is_refused_with_its_place) {
  check_refused_at("abc\ndef\0ghi\n"s, 2, 4, "NUL");
}

BOOST_AUTO_TEST_CASE(empty_input_is_refused) {
  Error e = refused("", "empty.txt");
  BOOST_TEST(static_cast<int>(e.status()) == static_cast<int>(Status::input_invalid));
  BOOST_TEST(e.where() == "empty.txt");
  BOOST_TEST(std::string(e.what()).find("empty") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(whitespace_only_input_is_refused) {
  for (std::string text : {" "s, "\n\n\n"s, " \n\t\n\r\n\f  \n"s, "\xC2\xA0\n\xEF\xBB\xBF\n"s}) {
    Error e = refused(text, "blank.txt");
    BOOST_TEST(static_cast<int>(e.status()) == static_cast<int>(Status::input_invalid));
    BOOST_TEST(std::string(e.what()).find("empty") != std::string::npos, "what() = " << e.what());
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(a_masthead_printed_in_columns_side_by_side_is_read_as_its_columns) {
  // pdftotext -layout prints the masthead's two columns on one line: each column's text is a
  // line of its own, left first, with the line's number; below the masthead nothing is split
  Source s = read_source(
      "United Nations                                 S/2041/12\n"
      "          Security Council                     Distr.: General\n"
      "                                               3 March 2041\n"
      "\n"
      "Letter dated 2 March 2041 from the Permanent Representative of Borealia\n"
      "Total appropriation                            1 234 567\n",
      "t.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"United Nations", "S/2041/12", "Security Council",
                                                    "Distr.: General", "3 March 2041", "",
                                                    "Letter dated 2 March 2041 from the Permanent Representative of Borealia",
                                                    "Total appropriation                            1 234 567"}),
             boost::test_tools::per_element());
  BOOST_TEST(numbers(s) == (std::vector<int>{1, 1, 2, 2, 3, 4, 5, 6}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_running_head_with_its_page_number_is_no_masthead_in_columns) {
  // a printed volume's page head, its number far right, and an emblem's letter beside a
  // word: what a masthead's column never is
  Source s = read_source(
      "II. Resolutions adopted without reference to a Main Committee          19\n"
      "UNITED          A\n"
      "General Assembly          27\n",
      "t.txt");
  BOOST_TEST(texts(s) == (std::vector<std::string>{"II. Resolutions adopted without reference to a Main Committee          19",
                                                    "UNITED          A", "General Assembly          27"}),
             boost::test_tools::per_element());
}
