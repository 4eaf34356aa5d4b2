// Pages into text, with the real grammar/en: the page furniture dropped (job numbers,
// barcodes, running heads and symbols, page counters), where pages end with and without
// form feeds, and which lines at a page's foot are footnotes, in pdftotext's, PyMuPDF's and
// OCR's text.
#define BOOST_TEST_MODULE pages
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "blocks/blocks.h"
#include "grammar/grammar.h"
#include "stages.h"
#include "test_support.h"

using namespace text2akn;
using namespace stages;

BOOST_AUTO_TEST_SUITE(pages)

std::vector<std::string> footnote_texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks)
    if (b.footnote) out.push_back(b.text);
  return out;
}

BOOST_AUTO_TEST_CASE(in_text_without_pages_the_notes_end_where_a_paragraph_begins_with_no_marker) {
  // a decision's parts as the Official Records print them, each with its notes under it
  const std::string text =
      "A\n\nAt its 45th plenary meeting, the General Assembly appointed Mr. A (Japan)*.\n"
      "__________________\n"
      "*\tTerm of office expires on 31 December 2017.\n\n"
      "(See A/71/589, para. 8)\n\n"
      "B\n\nAt its 70th plenary meeting, the General Assembly appointed Mr. B.\n";
  std::vector<Block> blocks = blocks_of(text);
  BOOST_TEST(footnote_texts(blocks) == (std::vector<std::string>{"* Term of office expires on 31 December 2017."}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(blocks.size() == 6u);
  BOOST_TEST(blocks[3].text == "(See A/71/589, para. 8)");
  BOOST_TEST(!blocks[5].footnote);
}

BOOST_AUTO_TEST_CASE(the_ocr_of_a_compilation_draws_the_footnote_rule_as_three_dashes) {
  // E/RES/1988/13 as the OCR of the Official Records gives it: the notes under "---" at the
  // page's foot, the list going on on the next page; a "---" before words that no marker
  // begins ("ARTICLE 4", A/RES/217 (III)) holds no note
  const std::string text =
      "(e)\tThe constitution of ad hoc groups to co-ordinate strategies;\n\n---\n\n"
      "27 See Official Records of the Economic and Social Council, 1987, Supplement No. 4.\n\n"
      "28 See E/CN.7/1988/3.\n\n<!-- Page 2 -->\n\n"
      "(f)\tThe development of a methodology for the collection of data;\n\n---\n\nARTICLE 4\n";
  std::vector<Block> blocks = blocks_of(text);
  BOOST_TEST(footnote_texts(blocks) == (std::vector<std::string>{
                                           "27 See Official Records of the Economic and Social Council, 1987, Supplement No. 4.",
                                           "28 See E/CN.7/1988/3."}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(!blocks.empty());
  BOOST_TEST(blocks.back().text == "ARTICLE 4");
  BOOST_TEST(!blocks.back().footnote);
}

BOOST_AUTO_TEST_CASE(footnote_markers_printed_after_the_notes_go_back_to_them) {
  // pdftotext (A/RES/78/172, 78/232): the markers of a page's first notes come last
  const std::string text =
      "\f"
      "Recalling its resolutions 69/313 1 and 70/1, 2 and the report of the Secretary-General, 3\n"
      "__________________\n"
      "\n"
      "Resolution 69/313, annex.\n"
      "Report of the Global Conference on Small Island Developing States (United Nations\n"
      "publication, Sales No.\n"
      "E.94.I.18), chap. I.\n"
      "3\n"
      "A/78/999.\n"
      "1\n"
      "2\n";
  BOOST_TEST(footnote_texts(blocks_of(text)) ==
                 (std::vector<std::string>{"1 Resolution 69/313, annex.",
                                           "2 Report of the Global Conference on Small Island Developing States "
                                           "(United Nations publication, Sales No. E.94.I.18), chap. I.",
                                           "3 A/78/999."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(markers_printed_after_the_notes_go_on_from_the_page_s_first_note) {
  // pdftotext (A/RES/78/69): the page's first note keeps its marker, the two after it lost
  // theirs to the page's end
  const std::string text =
      "\f"
      "the Tribunal, 45 the Authority 46 and the Meeting, 47 and the Commission; 48\n"
      "__________________\n"
      "45 See ISBA/26/A/19.\n"
      "\n"
      "Ibid.\n"
      "See ISBA/8/A/11.\n"
      "48\n"
      "See ISBA/12/A/11.\n"
      "46\n"
      "47\n";
  BOOST_TEST(footnote_texts(blocks_of(text)) ==
                 (std::vector<std::string>{"45 See ISBA/26/A/19.", "46 Ibid.", "47 See ISBA/8/A/11.",
                                           "48 See ISBA/12/A/11."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(markers_printed_before_and_after_the_notes_go_back_to_them_in_order) {
  // pdftotext (A/RES/78/272): "1" above the notes, "2" below them
  const std::string text =
      "\f"
      "the Convention 1 and resolutions 75/239 and 77/248, 2 the report, 3\n"
      "__________________\n"
      "1\n"
      "\n"
      "United Nations, Treaty Series, vol. 1833, No. 31363.\n"
      "Resolutions 75/239 and 77/248 and decisions 74/543 and 77/556.\n"
      "3\n"
      "A/CONF.232/2023/4.\n"
      "2\n";
  BOOST_TEST(footnote_texts(blocks_of(text)) ==
                 (std::vector<std::string>{"1 United Nations, Treaty Series, vol. 1833, No. 31363.",
                                           "2 Resolutions 75/239 and 77/248 and decisions 74/543 and 77/556.",
                                           "3 A/CONF.232/2023/4."}),
             boost::test_tools::per_element());
}

// Clauses enough to fill a first page past the lines where a page counter may stand (the
// furniture rules' `after: 30`).
std::string recitals(int lines) {
  std::string text;
  for (int line = 0; line < lines; ++line) text += "Recalling its fictional resolution " + std::to_string(line) + ",\n";
  return text;
}

BOOST_AUTO_TEST_CASE(without_form_feeds_the_notes_under_a_rule_and_a_blank_line_end_with_the_page) {
  // pdftotext's text with its form feeds lost (A/RES/78/110): a blank line under the rule,
  // the markers after the notes; page one ends with its barcode, page two with its counter
  std::string text = recitals(32);
  text +=
      "Noting the report of the Commission, 1 and its commentaries, 2\n"
      "__________________\n"
      "\n"
      "Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 10 (A/69/10),\n"
      "para. 44.\n"
      "Ibid., para. 42.\n"
      "1\n"
      "2\n"
      "\n23-24954 (E)\n\n211223\n\n*2324954*\n\n"
      "A/RES/78/999\n\n"
      "Recalling also its resolution 75/137 of 15 December 2020,\n\n"
      "2/2\n\n23-24954\n";
  std::vector<Block> blocks = blocks_of(text);
  BOOST_TEST(footnote_texts(blocks) ==
                 (std::vector<std::string>{"1 Official Records of the General Assembly, Sixty-ninth Session, "
                                           "Supplement No. 10 (A/69/10), para. 44.",
                                           "2 Ibid., para. 42."}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(!blocks.empty());
  BOOST_TEST(blocks.back().text == "Recalling also its resolution 75/137 of 15 December 2020,");
  BOOST_TEST(!blocks.back().footnote);
}

BOOST_AUTO_TEST_CASE(without_form_feeds_the_notes_run_over_the_job_number_to_the_pages_counter) {
  // A/RES/78/226 with its form feeds lost: the markers first, the job number, then the notes
  std::string text = recitals(32);
  text +=
      "Recalling the Declaration on a Culture of Peace 1 and the Global Agenda, 2\n\n"
      "__________________\n1\n2\n\n23-25984 (E)\n\n"
      "Resolutions 53/243 A and B.\nResolution 56/6.\n\n100124\n\n*2325984*\n\n"
      "A/RES/78/999\n\nNoting the report of the Secretary-General,\n\n2/9\n\n23-25984\n";
  std::vector<Block> blocks = blocks_of(text);
  BOOST_TEST(footnote_texts(blocks) == (std::vector<std::string>{"1 Resolutions 53/243 A and B.", "2 Resolution 56/6."}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(!blocks.empty());
  BOOST_TEST(blocks.back().text == "Noting the report of the Secretary-General,");
  BOOST_TEST(!blocks.back().footnote);
}

BOOST_AUTO_TEST_CASE(without_form_feeds_page_one_ends_with_its_barcode) {
  // A/RES/78/104 with its form feeds lost: page two's head repeats the title; it is known as
  // a head only if page one ends at its barcode, page one having no counter
  std::string text =
      "A/RES/78/999\n\nGeneral Assembly\n\nDistr.: General\n\n78/999.\n\n"
      "Model Provisions on Mediation for International Investment\nDisputes of the Commission\n"
      "The General Assembly,\n";
  text += recitals(30);
  text +=
      "\n23-24973 (E)\n\n201223\n\n*2324973*\n\n"
      "Model Provisions on Mediation for International Investment\nDisputes of the Commission\n\n"
      "A/RES/78/999\n\n"
      "Noting also that the Model Provisions were adopted by the Commission,\n\n"
      "2/2\n\n23-24973\n";
  std::vector<Block> blocks = blocks_of(text);
  size_t titles = 0;
  for (const Block& b : blocks) titles += b.text.find("Model Provisions on Mediation for International") != std::string::npos;
  BOOST_TEST(titles == 1u);
  BOOST_TEST_REQUIRE(!blocks.empty());
  BOOST_TEST(blocks.back().text == "Noting also that the Model Provisions were adopted by the Commission,");
}

BOOST_AUTO_TEST_CASE(footnote_markers_printed_before_the_notes_go_to_them_in_order) {
  // A/RES/78/101: the markers first, then the notes, the page counter between
  const std::string text =
      "\f"
      "Reaffirms its resolution 1514 (XV) 2 and the Universal Declaration of Human Rights, 3\n"
      "__________________\n"
      "2\n"
      "3\n"
      "\n"
      "Resolution 1514 (XV).\n"
      "Resolution 217 A (III).\n";
  BOOST_TEST(footnote_texts(blocks_of(text)) ==
                 (std::vector<std::string>{"2 Resolution 1514 (XV).", "3 Resolution 217 A (III)."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_note_line_beginning_with_a_date_goes_on_the_note_before) {
  const std::string text =
      "\f"
      "Recalling the Johannesburg Plan of Implementation, 4 and Agenda 21, 5\n"
      "__________________\n"
      "4\n"
      "Report of the World Summit on Sustainable Development, Johannesburg, South Africa,\n"
      "26 August-4 September 2002, chap. I, resolution 2, annex.\n"
      "5\n"
      "Ibid., resolution 1, annex.\n";
  BOOST_TEST(footnote_texts(blocks_of(text)) ==
                 (std::vector<std::string>{"4 Report of the World Summit on Sustainable Development, Johannesburg, "
                                           "South Africa, 26 August-4 September 2002, chap. I, resolution 2, annex.",
                                           "5 Ibid., resolution 1, annex."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(page_furniture_is_not_text) {
  const std::string text =
      "1. Decides to remain seized of the matter.\n"
      "25-04579 (E)\n"
      "*2504579*\n"
      "2. Requests the Secretary-General to report.\n"
      "25-20154 (E)    091225\n"  // the job number with the day it was printed
      "3. Decides to adjourn.\n"
      "25-16535* (E)    231025\n"  // and the asterisk of a note on the reissue
      "4. Decides to reconvene.\n"
      "23-15068 (E) 040823 Pleese recycle\n"  // and the logo's words, as its text layer spells them
      "5. Decides to conclude.\n";
  check_blocks(text, {"1. Decides to remain seized of the matter.", "2. Requests the Secretary-General to report.",
      "3. Decides to adjourn.", "4. Decides to reconvene.", "5. Decides to conclude."});
}

BOOST_AUTO_TEST_CASE(the_running_heads_and_page_numbers_of_a_printed_compilation_are_not_text) {
  // OCR of the Official Records: the page's number over or under its running head, which
  // names the chapter or the session; the clause goes on over them
  const std::string text =
      "7. The principal functions of the Board shall be:\n\n"
      "(a) To formulate principles and\n\n"
      "<!-- Page 3 -->\n\n"
      "26\n\n"
      "General Assembly\u2014Twenty-first Session\n\n"
      "policies to achieve the purpose of the Board;\n\n"
      "<!-- Page 4 -->\n\n"
      "V. Resolutions adopted on the reports of the Second Committee\n\n"
      "27\n\n"
      "(b) To report annually.\n\n"
      "98\n";  // a number elsewhere stays
  check_blocks(text, {"7. The principal functions of the Board shall be:",
                      "(a) To formulate principles and policies to achieve the purpose of the Board;",
                      "(b) To report annually.", "98"});
}

BOOST_AUTO_TEST_CASE(a_running_head_ending_in_a_short_line_is_dropped_whole) {
  // A/RES/78/106: the head's last line, "Trade Law", is too short to be known by itself
  const std::string text =
      "A/RES/78/106\n\n78/106.\n\n"
      "Guide on Access to Credit for Micro-, Small and Medium-sized\n"
      "Enterprises of the United Nations Commission on International\n"
      "Trade Law\n"
      "The General Assembly,\n"
      "Recognizing that a combination of private or commercial law, regulatory and policy\n"
      "measures may help to remove many of those obstacles as well as reduce the credit\n"
      "risk faced by financers when lending to micro-, small and medium-sized enterprises,\n"
      "\f"
      "Guide on Access to Credit for Micro-, Small and Medium-sized\n"
      "Enterprises of the United Nations Commission on International\n"
      "Trade Law\n\n"
      "A/RES/78/106\n\n"
      "Convinced that the guidance provided by the Legislative Guide can assist States in\n"
      "creating a sound legal framework that promotes access to credit,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() >= 2u);
  BOOST_TEST(t[t.size() - 2] ==
             "Recognizing that a combination of private or commercial law, regulatory and policy measures may "
             "help to remove many of those obstacles as well as reduce the credit risk faced by financers when "
             "lending to micro-, small and medium-sized enterprises,");
  BOOST_TEST(t.back().rfind("Convinced that", 0) == 0u, t.back());
}

// pdftotext without form feeds (-nopgbrk) prints a page's counter before the rest of its
// foot: "2/3", the notes' text, the job number, then the next page's running head. The page
// ends at the job number: the note stays a note and the head is dropped.
BOOST_AUTO_TEST_CASE(a_page_counted_without_form_feeds_ends_after_its_foot) {
  std::string text = "A/RES/95/321\n\n95/321.\n\nFictional cooperation among the islands\n\nThe General Assembly,\n";
  for (int i = 1; i <= 32; ++i) text += "Recalling its fictional resolution " + std::to_string(i) + ",\n";
  text +=
      "Noting the report of the Secretary-General,1\n"
      "__________________\n"
      "2/3\n\n"
      "1 A/99/1.\n"
      "95-12345\n\n\n"
      "Fictional cooperation among the islands\n\n"
      "A/RES/95/321\n\n"
      "1. Decides to remain seized of the matter.\n";
  std::vector<Block> b = blocks_of(text);
  std::vector<std::string> t = texts(b);
  BOOST_TEST(std::count(t.begin(), t.end(), "Fictional cooperation among the islands") == 1);
  BOOST_TEST_REQUIRE(b.size() >= 3u);
  BOOST_TEST(b[b.size() - 2].footnote);
  BOOST_TEST(t.back() == "1. Decides to remain seized of the matter.");
}

BOOST_AUTO_TEST_CASE(pdftotext_without_form_feeds_is_told_by_its_page_feet) {
  // pdftotext -nopgbrk: no form feeds, and a letter's short runs of lines do not show a PDF's
  // layout; but its page counters come before the job number or the next page's running
  // symbol (PyMuPDF prints them after): the text is read line by line, so that a heading
  // after a sentence's end stands alone ("Milestones", A/80/143)
  std::string text = "A/99/143\n\nGeneral Assembly\n\nDistr.: General\n3 April 2045\n\n";
  for (int i = 1; i <= 12; ++i)
    text += "The Bank was founded with purpose " + std::to_string(i) + " in a fictional year of its\n"
            "history, to facilitate, promote and expand intra-regional and extra-regional\n"
            "trade.\n\n";
  text +=
      "The Bank was tasked with:\n"
      "\u2022 Bridging the trade finance gap\n"
      "\u2022 Strengthening trade infrastructure to enable sustainable economic growth.\n"
      "Milestones\n"
      "\u2022 1993: formal establishment of the Bank\n\n"
      "2/4\n\n45-09910\n\n\n"
      "The Bank has grown into a systemically significant institution for its coun tries.\n\n"
      "3/4\n\n\nA/99/143\n\n"
      "The Bank operates primarily in English in countries of the region and in countries beyond.\n\n"
      "4/4\n";
  std::vector<std::string> t = texts(blocks_of(text));
  // and its words printed with a space inside are mended as in pdftotext's text with form feeds
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "The Bank has grown into a systemically significant institution for its countries.") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(), "Milestones") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "\u2022 Strengthening trade infrastructure to enable sustainable economic growth.") == 1);
}

BOOST_AUTO_TEST_CASE(pdftotext_without_form_feeds_keeps_page_one_s_foot) {
  // Page one's last lines are text in pdftotext's order, as after a form feed: a signatory's
  // title that the annex's title repeats on page two is no running foot (A/79/923)
  std::string text = "A/99/923\nS/2045/341\n\nGeneral Assembly\nSecurity Council\n\nDistr.: General\n";
  for (int i = 1; i <= 14; ++i)
    text += "Delegations of fictional States number " + std::to_string(i) + " took part in the meeting\n"
            "and pledged their continued support.\n";
  text +=
      "(Signed) Jane Doe\nAmbassador\nPermanent Representative of Borealia to the United Nations\n\n"
      "45-08590 (E)\n\n120645\n\n*4508590*\n\nA/99/923\nS/2045/341\n\n"
      "Annex to the identical letters dated 30 May 2045 from the\n"
      "Permanent Representative of Borealia to the United Nations\n"
      "addressed to the Secretary-General and the President of the\nSecurity Council\n"
      "Fictional Ministerial 2045\n"
      "The Fictional Ministerial was held on 13 and 14 May 2045. Delegations of 134 States\n"
      "took part, and the Secretariat as well; the meeting was chaired by the Minister.\n"
      "Ninety States expressed their continued support and 74 made concrete pledges.\n\n"
      "2/3\n\n45-08590\n\n";
  std::string all;
  for (const std::string& t : texts(blocks_of(text))) all += t + "\n";
  const std::string role = "Permanent Representative of Borealia to the United Nations";
  size_t copies = 0;
  for (size_t at = all.find(role); at != std::string::npos; at = all.find(role, at + 1)) ++copies;
  BOOST_TEST(copies == 2u, all);  // under the signature, and in the annex's title
}

BOOST_AUTO_TEST_CASE(a_page_counter_glued_to_the_page_s_last_line_is_dropped) {
  // pdftotext glued page two's counter to its last line ("... and capacity 2/3"); page
  // three has its own counter, so its last line's "resolution 77/31" is the text's
  std::string text = "A/RES/95/215\n\n95/215.\n\nFictional cooperation\n\nThe General Assembly,\n";
  for (int i = 1; i <= 32; ++i) text += "Recalling its fictional resolution " + std::to_string(i) + ",\n";
  text +=
      "\f1. Stresses the need to ensure better cooperation, including through technical assistance and capacity 2/3\n\n"
      "95-26003\n\n"
      "\fbuilding, at the national and local levels;\n"
      "2. Recalls its resolution 77/31\n\n3/3\n\n95-26003\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "1. Stresses the need to ensure better cooperation, including through technical assistance "
                        "and capacity building, at the national and local levels;") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(), "2. Recalls its resolution 77/31") == 1);
}

BOOST_AUTO_TEST_CASE(a_clause_repeated_at_two_page_tops_is_no_running_head) {
  // a budget resolution (A/RES/75/253) takes note of the report in each section, and two
  // sections may begin on a new page
  std::string section =
      "1. Takes note of the report of the Secretary-General;\n"
      "2. Endorses the conclusions and recommendations contained in the report of the\n"
      "Advisory Committee on Administrative and Budgetary Questions, subject to the\n"
      "provisions of the present resolution;\n";
  const std::string text = "A/RES/75/253\n\nProposed programme budget\n" + section + "\f" + "A/RES/75/253\n\n" +
                           section + "\f" + "A/RES/75/253\n\n" + section;
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(), "1. Takes note of the report of the Secretary-General;") == 3);
  BOOST_TEST(std::count(t.begin(), t.end(), "A/RES/75/253") == 1);
}

BOOST_AUTO_TEST_CASE(the_title_under_the_running_symbol_at_a_pymupdf_page_foot_is_no_text) {
  // A/RES/80/16 as PyMuPDF prints it, two pages: page two's head (the symbol, then the title's
  // lines) stands at page one's foot, before its job number and counter, and only once
  const std::string text =
      "United Nations \nA/RES/99/16 \n \nGeneral Assembly \nDistr.: General \n5 December 2045 \n"
      "45-19974 (E) \n*4519974* \n \n \nNinety-ninth session \nAgenda item 94 \nFictional questions \n \n \n"
      "Resolution adopted by the General Assembly \non 1 December 2045 \n \n \n"
      "99/16. Open-ended working group on security of and in the use of \n"
      "fictional technologies 2041\u20132045 \n \n \nThe General Assembly, \n \n"
      "Recalling its fictional resolution 95/240 of 31 December 2040, \n \n"
      "Recalling also its fictional resolution 95/241 of 31 December 2040, \n \n"
      "Recalling further its fictional resolution 95/242 of 31 December 2040, \n \n"
      "Noting its fictional resolution 95/243 of 31 December 2040, \n \n"
      "Noting also its fictional resolution 95/244 of 31 December 2040, \n \n"
      "Noting further its fictional resolution 95/245 of 31 December 2040, \n \n"
      "Welcoming its fictional resolution 95/246 of 31 December 2040, \n \n"
      "Welcoming also its fictional resolution 95/247 of 31 December 2040, \n \n"
      "Welcoming further its fictional resolution 95/248 of 31 December 2040, \n \n"
      "1. \nRequests the Secretary-General to provide the necessary support, as endorsed by the \n"
      "General Assembly in its \n\n"
      "A/RES/99/16 \nOpen-ended working group on security of and in the use of \n"
      "fictional technologies 2041\u20132045\n \n45-19974\n2/2 \n \n"
      "resolution 99/237, to ensure a smooth transition; \n \n"
      "2. \nDecides to remain seized of the matter. \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "1. Requests the Secretary-General to provide the necessary support, as endorsed by the "
                        "General Assembly in its resolution 99/237, to ensure a smooth transition;") == 1);
}

BOOST_AUTO_TEST_CASE(a_label_alone_at_the_tops_of_two_pages_is_no_running_head) {
  // A/RES/80/5 as PyMuPDF prints it: "(h)" and "(b)" open items at the tops of pages, each on
  // two pages; a label is never furniture
  const std::string items =
      "(a) \nTo act on the matter of the fictional resolution and its fictional follow-up; \n \n";
  const std::string text = "A/RES/99/1\n\nFictional cooperation\nThe General Assembly,\n"
                           "1. Calls upon States: \n" + items + "\f" + "A/RES/99/1\n\n(b) \nTo report; \n"
                           "2. Also calls upon States: \n" + items + "\f" + "A/RES/99/1\n\n(b) \nTo report; \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(), "(b) To report;") == 2);
}

BOOST_AUTO_TEST_CASE(a_clauses_last_line_at_a_page_top_that_page_one_also_prints_is_text) {
  // "... on the Programme of" / page / "Action for the Least Developed Countries for the
  // Decade 2011-2020,": page one prints the same words in a clause, not in its title
  const std::string text =
      "E/RES/2045/19\n\nProgramme of Action for the Least Developed Countries\n\n"
      "The Economic and Social Council,\n"
      "Recalling the Programme of\nAction for the Least Developed Countries for the Decade 2011-2020,\n"
      "Recalling further its resolution 2044/19 of 21 July 2044 on the Programme of\n"
      "\fE/RES/2045/19\n\n"
      "Action for the Least Developed Countries for the Decade 2011-2020,\n"
      "Recalling its resolutions 59/209 of 20 December 2004,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Recalling further its resolution 2044/19 of 21 July 2044 on the Programme of Action for the "
                        "Least Developed Countries for the Decade 2011-2020,") == 1);
  // "... the outcome of the special session of the" / page / "General Assembly,": the formula's
  // words, not the title's
  const std::string formula_words =
      "A/RES/99/238\n\nWorld fictional problem\n\nThe General Assembly,\n"
      "Recalling the outcome of the special session of the\n"
      "\fA/RES/99/238\n\n"
      "General Assembly,\nExpressing concern at the fictional problem,\n";
  t = texts(blocks_of(formula_words));
  BOOST_TEST(std::count(t.begin(), t.end(), "Recalling the outcome of the special session of the General Assembly,") == 1);
  // "... in the activities of the" / page / "Special Committee on the Situation with regard to
  // the Implementation of the": page one's committee line, but a head never ends on "of the"
  const std::string committee =
      "A/RES/99/116\n\n[on the report of the Special Committee on the Situation with regard to the\n"
      "Implementation of the Declaration on Fiction (A/99/23)]\n\n99/116. Question of Arcadia\n\n"
      "The General Assembly,\nRecalling its resolutions on Arcadia,\n"
      "1. Stresses that the Territory should continue to participate in the activities of the\n"
      "\fA/RES/99/116\n\n"
      "Special Committee on the Situation with regard to the Implementation of the\n"
      "Declaration on Fiction, including regional seminars;\n";
  t = texts(blocks_of(committee));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "1. Stresses that the Territory should continue to participate in the activities of the "
                        "Special Committee on the Situation with regard to the Implementation of the Declaration on "
                        "Fiction, including regional seminars;") == 1);
}

BOOST_AUTO_TEST_CASE(a_joint_mastheads_symbols_at_a_page_top_are_its_running_head) {
  // A/79/826-S/2025/174: page two repeats the symbols one to a line, under the signature
  const std::string text =
      "A/79/826-S/2025/174\n\nUnited Nations\n\nGeneral Assembly\nSecurity Council\n\n"
      "I should be grateful if you would have the present letter circulated as a document.\n"
      "(Signed) Fictional Name\nAmbassador\nPermanent Representative\n\n25-04579 (E)\n\f"
      "A/79/826\nS/2025/174\n\nAnnex to the letter dated 19 March 2025\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(), "A/79/826-S/2025/174") == 1);
  for (const std::string& block : t)
    if (block != "A/79/826-S/2025/174")
      BOOST_TEST((block.find("A/79/826") == std::string::npos && block.find("S/2025/174") == std::string::npos), block);
}

BOOST_AUTO_TEST_CASE(a_clauses_first_line_at_the_feet_of_pages_is_text) {
  // A/RES/75/231 as PyMuPDF prints it (a paragraph's number alone above its text): three
  // paragraphs open with the same line, each at a page's foot, over the next page's head; the
  // title repeated there is still furniture.
  std::string text = "United Nations\nA/RES/99/1\nGeneral Assembly\n"
                     "99/1. Industrial development cooperation in the\nleast developed countries\n"
                     "The General Assembly,\n";
  for (int page = 1; page <= 3; ++page) {
    for (int i = 0; i < 30; ++i) text += "Recalling its resolutions on industrial development cooperation,\n";
    text += std::to_string(page) + ". \nEncourages the United Nations Industrial Development Organization to\n"
            "\n" "A/RES/99/1 \n" "Industrial development cooperation in the \n" " \n" +
            std::to_string(page) + "/4 \n" " \n" "continue its work;\n\n";
  }
  std::vector<std::string> t = texts(blocks_of(text));
  for (int page = 1; page <= 3; ++page) {
    std::string clause = std::to_string(page) +
                         ". Encourages the United Nations Industrial Development Organization to continue its work;";
    BOOST_TEST(std::count(t.begin(), t.end(), clause) == 1, clause);
  }
  for (const std::string& block : t) BOOST_TEST(block.find("cooperation in the continue") == std::string::npos, block);
}

BOOST_AUTO_TEST_CASE(a_page_top_line_repeating_a_clause_of_page_one_is_text) {
  // A/RES/78/178: the two lines that end a paragraph at the top of page 2 repeat words of a
  // clause of page 1; only page one's masthead and title make a running head
  std::string text = "A/RES/78/178\n\nPromoting social integration\nThe General Assembly,\n";
  for (int i = 0; i < 30; ++i) text += "Recalling the outcome of the World Summit for Social Development, held in 1995,\n";
  text += "Reaffirming that eradicating poverty in all its forms and dimensions, including extreme poverty,\n"
          "is the greatest global challenge and an indispensable requirement for sustainable development,\n"
          "Recalling that the political declaration emphasizes that eradicating poverty in all its forms,\n"
          "\f"
          "A/RES/78/178\n\n"
          "Promoting social integration\n"
          "including extreme poverty, is the greatest global challenge and an indispensable\n"
          "requirement for sustainable development,\n"
          "Reaffirming that empowerment, participation and social protection are essential,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() >= 2u);
  BOOST_TEST(t[t.size() - 2].find("in all its forms, including extreme poverty, is the greatest global challenge and an "
                                  "indispensable requirement for sustainable development,") != std::string::npos,
             t[t.size() - 2]);
  BOOST_TEST(std::count(t.begin(), t.end(), "Promoting social integration") == 1);
}

BOOST_AUTO_TEST_CASE(a_sentences_last_word_at_the_top_of_two_pages_is_text) {
  // S/2025/511 as pdftotext gives it: "JCPOA." ends a sentence at the top of two pages,
  // under the running symbol; a running head never ends with a full stop
  std::string text = "S/2025/511\n\nSecurity Council\n\nLetter dated 1 July 2025 to the President\n";
  for (int page = 1; page <= 2; ++page) {
    for (int i = 0; i < 30; ++i) text += "The sanctions were lifted in accordance with the terms of the agreement.\n";
    text += "The concerns were addressed through the\n\fS/2025/511\nJCPOA.\n";
  }
  text += "There is no basis for the reimposition of the sanctions.\n";
  std::string all;
  for (const std::string& block : texts(blocks_of(text))) all += block + "\n";
  auto count = [&](const std::string& what) {
    size_t n = 0;
    for (size_t at = all.find(what); at != std::string::npos; at = all.find(what, at + 1)) ++n;
    return n;
  };
  BOOST_TEST(count("addressed through the JCPOA.") == 2u, all);
  BOOST_TEST(count("S/2025/511") == 1u);
}

BOOST_AUTO_TEST_CASE(a_line_in_lower_case_at_a_page_top_is_furniture_only_as_the_title) {
  // A/RES/76/226 as pdftotext gives it: a clause's line in lower case at page two's top, which
  // page one also prints inside a clause, goes on the clause; the title's second line, in
  // lower case too, is the running head's
  std::string text = "A/RES/99/2\n\nCombating glorification of Nazism, neo-Nazism and other\n"
                     "practices that contribute to fuelling racism\nThe General Assembly,\n"
                     "Recalling the Durban Declaration on racism, racial\n"
                     "discrimination, xenophobia and related intolerance,\n";
  for (int i = 0; i < 30; ++i) text += "Recalling its resolutions on the elimination of racism and intolerance,\n";
  text += "Alarmed at the spread of extremist movements that fuel racism, racial\n"
          "\f"
          "A/RES/99/2\n"
          "Combating glorification of Nazism, neo-Nazism and other\n"
          "practices that contribute to fuelling racism\n"
          "discrimination, xenophobia and related intolerance,\n"
          "Deploring the ongoing and resurgent scourges of racism,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Alarmed at the spread of extremist movements that fuel racism, racial discrimination, "
                        "xenophobia and related intolerance,") == 1);
  for (const std::string& block : t) BOOST_TEST(block.find("fuelling racism discrimination") == std::string::npos, block);
}

BOOST_AUTO_TEST_CASE(a_running_head_wrapped_and_spaced_otherwise_than_the_title_is_dropped) {
  // A/RES/78/261: page two repeats the title as its head, wrapped at another word and with
  // no space before a quotation mark.
  const std::string text =
      "A/RES/78/261\n\n78/261.\n\n"
      "\u201cWorld Social Summit\u201d under the title \u201cSecond World Summit for\n"
      "Social Development\u201d\n"
      "The General Assembly,\n"
      "Welcoming the progress made towards the full implementation of the Copenhagen\n"
      "Declaration and the Programme of Action, and recognizing that the three themes are\n"
      "\f"
      "\u201cWorld Social Summit\u201d under the title\u201cSecond World\n"
      "Summit for Social Development\u201d\n\n"
      "A/RES/78/261\n\n"
      "mutually reinforcing and that an enabling environment needs to be created,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(!t.empty());
  BOOST_TEST(t.back() ==
             "Welcoming the progress made towards the full implementation of the Copenhagen Declaration and the "
             "Programme of Action, and recognizing that the three themes are mutually reinforcing and that an "
             "enabling environment needs to be created,");
}

BOOST_AUTO_TEST_CASE(a_paragraph_runs_on_over_page_furniture_printed_without_a_form_feed) {
  // PyMuPDF's text of a PDF: blank lines between paragraphs, no form feed; each page ends in
  // the next page's running head, the job number and the page counter, between two lines
  // of a paragraph.
  auto clause = [](int n) {
    return "Recalling its fictional resolution " + std::to_string(n) + " on the\n"
           "continued work of the fictional committee,\n\n";
  };
  auto page_end = [](int page) {
    return "\nA/RES/80/999\nFictional matters of the\nfictional committee\n\n25-19970\n" +
           std::to_string(page) + "/3\n\n";
  };
  // page one prints the title that the running head shortens, and the formula
  std::string text = "A/RES/80/999\n\n80/999. Fictional matters of the fictional committee\n\nThe General Assembly,\n\n";
  for (int i = 1; i <= 16; ++i) text += clause(i);
  text += "Noting that the fictional committee has hampered the achievement of development in these\n" +
          page_end(2) + "Territories, in particular the fictional ones,\n\n";
  for (int i = 17; i <= 32; ++i) text += clause(i);
  text += "Convinced that a better\n" + page_end(3) + "flow of information helps,\n\n";
  for (int i = 33; i <= 48; ++i) text += clause(i);
  // a list of resolutions that a comma left open goes on with the number of the next one
  text += "Recalling its resolutions 59/2 of 4 July 2025, 56/1 of 10 July 2024,\n" + page_end(4) +
          "55/20 of 4 April 2024 and 53/26 of 14 July 2023,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Recalling its resolutions 59/2 of 4 July 2025, 56/1 of 10 July 2024, 55/20 of 4 April 2024 "
                        "and 53/26 of 14 July 2023,") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Noting that the fictional committee has hampered the achievement of development in "
                        "these Territories, in particular the fictional ones,") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(), "Convinced that a better flow of information helps,") == 1);
  // the running heads are gone: only the title prints those words
  BOOST_TEST(std::count_if(t.begin(), t.end(), [](const std::string& b) {
               return b.find("Fictional matters") != std::string::npos;
             }) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
