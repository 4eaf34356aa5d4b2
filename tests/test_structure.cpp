// End to end on short fictional resolutions, with the real grammar and schema: where the
// converter puts what real documents print around their clauses (vote records, headings
// among preambular clauses, items, tables, parts, sections, printed compilations).
// Letters: test_letters; the other kinds of document: test_kinds; footnotes: test_notes.
#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "converted.h"
#include "test_support.h"
#include "text2akn.h"
#include "xpath.h"

using namespace text2akn;
using test::count;
using test::value;
using test::values;
using test::Converted;
using test::Strings;
using test::kHead;
BOOST_AUTO_TEST_CASE(vote_record_after_the_closing_lines_is_in_the_conclusions) {
  Converted c(kHead +
              "1. Decides to remain seized of the matter.\n\n"
              "35th meeting\n\n"
              "17 June 2011\n\n"
              "[Adopted by a recorded vote of 32 to 14, with no abstentions. The voting was as follows:\n\n"
              "In favour:\n\n"
              "Angola, Argentina, Bahrain\n\n"
              "Against:\n\n"
              "Belgium, France]\n");
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
  BOOST_TEST(count(c.root, "//mainBody/p") == 0u);
  Strings closing = values(c.root, "//conclusions/p");
  BOOST_TEST_REQUIRE(closing.size() == 7u);
  BOOST_TEST(closing[0] == "35th meeting");
  BOOST_TEST(closing[2].rfind("[Adopted by a recorded vote", 0) == 0);
  BOOST_TEST(closing[3] == "In favour:");
  BOOST_TEST(closing[6] == "Belgium, France]");
}

BOOST_AUTO_TEST_CASE(heading_followed_by_preambular_clauses_stays_in_the_preamble) {
  Converted c(kHead +
              "Countries in special situations\n\n"
              "Underlining the needs of landlocked developing countries,\n\n"
              "1. Decides to remain seized of the matter.\n");
  Strings names = values(c.root, "//preamble/container/@name");
  BOOST_TEST(names == (Strings{"preambularClause", "preambleHeading", "preambularClause"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[@name='preambleHeading']") == "Countries in special situations");
  BOOST_TEST(count(c.root, "//mainBody/hcontainer") == 0u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
}

BOOST_AUTO_TEST_CASE(heading_followed_by_operative_paragraphs_heads_the_body) {
  Converted c(kHead +
              "Oil trade\n\n"
              "1. Condemns any engagement in direct or indirect trade.\n");
  BOOST_TEST(count(c.root, "//preamble/container") == 1u);
  BOOST_TEST(value(c.root, "//mainBody/hcontainer/heading") == "Oil trade");
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
}

// A heading may name an acronym in brackets (A/RES/75/224); a preambular clause that a blank
// line broke after a few words is no heading, though it has no punctuation either.
BOOST_AUTO_TEST_CASE(a_heading_naming_an_acronym_heads_the_body_but_a_broken_clause_does_not) {
  Converted c(kHead +
              "Recalling its resolution 12/34 of 16 December\n\n"
              "1971, in which it welcomed the fictional convention,\n\n"
              "Governance of the Fictional Settlements Programme (FSP-Habitat)\n\n"
              "1. Welcomes the work of the Working Group.\n");
  BOOST_TEST(value(c.root, "//mainBody/hcontainer/heading") ==
             "Governance of the Fictional Settlements Programme (FSP-Habitat)");
  BOOST_TEST(count(c.root, "//mainBody/hcontainer") == 1u);
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambleHeading']") == 0u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
}

// A short line between operative paragraphs, with no stop at its end, heads those after it
// (the peacekeeping budgets' "Budget performance report for the period ..."); a place and
// date, a line that breaks off and a table row do not.
BOOST_AUTO_TEST_CASE(a_heading_between_operative_paragraphs_heads_those_after_it) {
  Converted c(kHead +
              "1. Takes note of the report of the Secretary-General;\n\n"
              "Budget performance report for the period from 1 July 2019 to 30 June 2020\n\n"
              "2. Takes note of the budget performance report;\n\n"
              "Pillar I: measures to address the conditions conducive to fiction\n\n"
              "3. Decides to remain seized of the matter;\n\n"
              "Geneva, 21 May 2025\n\n"
              "New post Chief of Fictional Unit P-5 1\n\n"
              "4. Decides to keep the matter under review.\n");
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/heading") ==
             (Strings{"Budget performance report for the period from 1 July 2019 to 30 June 2020",
                      "Pillar I: measures to address the conditions conducive to fiction"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2.", "3.", "4."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_part_that_no_closing_line_ended_is_followed_by_the_next_part) {
  // "B" after part A's records (a decision's): part B, not a section of part A
  Converted c("71/999 A and B. Appointment of fictional members\n\n"
              "A\n\nAt its 45th plenary meeting, on 10 November 2016, the General Assembly appointed Mr. A.\n\n"
              "B\n\nAt its 70th plenary meeting, on 8 March 2017, the General Assembly appointed Mr. B.\n",
              "A_DEC_71_999.txt");
  BOOST_TEST(count(c.root, "/akomaNtoso/documentCollection") == 1u);
  BOOST_TEST(count(c.root, "//collectionBody/component") == 2u);
  BOOST_TEST(count(c.root, "//mainBody/hcontainer") == 0u);
}

// A table set as text, a row a line, goes under the paragraph that announces it, a cell for
// the number, the words and the amount; the numbered paragraph after it is a paragraph again.
BOOST_AUTO_TEST_CASE(a_budget_table_goes_under_its_paragraph) {
  Converted c(
      "General Assembly\n\n"
      "Resolution adopted by the General Assembly on 30 December 2026\n\n"
      "81/299. Programme budget for 2027\n\n"
      "The General Assembly\n\n"
      "Resolves that, for 2027:\n\n"
      "1. Appropriations totalling 1,234,000 United States dollars are hereby approved for the following purposes:\n\n"
      "Section Amount (United States dollars)\n\n"
      "Part I. Overall policymaking\n\n"
      "1 Overall policymaking, direction and coordination 1 000 000\n\n"
      "2 Conference management 234 000\n\n"
      "Subtotal, part I 1 234 000\n\n"
      "2. The appropriations shall be financed in accordance with regulations 3.1 to 3.10 of the Financial Regulations;\n\n"
      "3. Decides to review the matter at its eighty-second session.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2.", "3."}), boost::test_tools::per_element());
  const std::string table = "//mainBody/paragraph[num='1.']/content/table";
  BOOST_TEST(count(c.root, table + "/tr") == 5u);
  BOOST_TEST(values(c.root, table + "/tr[3]/td") ==
                 (Strings{"1", "Overall policymaking, direction and coordination", "1 000 000"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, table + "/tr[5]/td") == (Strings{"Subtotal, part I", "1 234 000"}),
             boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//table") == 1u);
}

// Items numbered "i.", "ii.", "iii." (S/RES/2579 (2021)) are the paragraph's points.
BOOST_AUTO_TEST_CASE(items_numbered_with_roman_numerals_and_a_stop_are_points) {
  Converted c(kHead +
              "1. Decides that the mission should prioritise support to the following areas:\n\n"
              "i. Ceasefire monitoring in the region;\n\n"
              "ii. Implementation of the national plan for civilian protection;\n\n"
              "iii. Ongoing and future peace negotiations;\n\n"
              "2. Decides to remain seized of the matter.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph[num='1.']/point/num") == (Strings{"i.", "ii.", "iii."}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_preambular_clause_announcing_items_holds_them_in_a_list) {
  // A/RES/76/186 as the UN marks it up: the clause's words are the list's introduction, its
  // "(a)", "(b)" items the list's items, "(i)" nested under its item.
  Converted c(kHead +
              "Reaffirming that the Global Plan of Action was developed:\n\n"
              "(a) To promote universal ratification of the Fictional Convention;\n\n"
              "(b) To help Member States:\n\n(i) To reinforce their commitments;\n\n(ii) To act together;\n\n"
              "Recalling its resolution 64/293 of 30 July 2010,\n\n"
              "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambularClause']") == 3u);
  const std::string list = "//preamble/container[2]/blockList";
  BOOST_TEST(value(c.root, list + "/listIntroduction") == "Reaffirming that the Global Plan of Action was developed:");
  BOOST_TEST(values(c.root, list + "/item/num") == (Strings{"(a)", "(b)"}), boost::test_tools::per_element());
  BOOST_TEST(value(c.root, list + "/item[1]/p") == "To promote universal ratification of the Fictional Convention;");
  BOOST_TEST(values(c.root, list + "/item[2]/blockList/item/num") == (Strings{"(i)", "(ii)"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[3]/p") == "Recalling its resolution 64/293 of 30 July 2010,");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1."}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(preambular_clauses_labelled_with_letters_stay_in_the_preamble) {
  Converted c(kHead +
              "a. Recalling its previous resolutions on the situation in the region,\n\n"
              "b. Welcoming the report of the Secretary-General and the progress it records,\n\n"
              "c. Mindful of the challenges that remain,\n\n"
              "1. Decides to extend the mandate of the mission;\n\n"
              "2. Emphasizes the importance of the following:\n\n"
              "a. Support to the electoral institutions;\n\n"
              "b. Assistance to dialogue among the parties;\n\n"
              "3. Decides to remain seized of the matter.\n");
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambularClause']") == 4u);  // with kHead's
  BOOST_TEST(value(c.root, "//preamble/container[2]") == "a. Recalling its previous resolutions on the situation in the region,");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2.", "3."}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph[num='2.']/point/num") == (Strings{"a.", "b."}),
             boost::test_tools::per_element());
}

// The posts a budget establishes or converts, one row each: "New post Legal Officer P-3 1"
// (A/RES/76/246): under their header, a table, each row's count a cell of its own.
BOOST_AUTO_TEST_CASE(a_table_of_posts_is_a_table) {
  Converted c(kHead +
              "1. Approves the following changes to the staffing table:\n\n"
              "Action Title of post Category Number\n\n"
              "New post Fictional Legal Officer P-3 1\n\n"
              "Reclassification Senior Programme Officer P-4 to P-5 1\n\n"
              "Conversion Benefits Assistant GS (OL) 5\n\n"
              "2. Decides to keep the matter under review.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//mainBody/paragraph[num='1.']//table/tr") == 4u);  // the header first
  BOOST_TEST(values(c.root, "//table/tr[4]/td") == (Strings{"Conversion Benefits Assistant GS (OL)", "5"}),
             boost::test_tools::per_element());
}

// A table that no rule's header announces is found by its run of rows that end in figures
// (A/RES/76/238's scale of assessments): the header above them is its first row, each
// figure a cell, and the paragraph after it is a paragraph again.
BOOST_AUTO_TEST_CASE(a_run_of_rows_ending_in_figures_is_a_table_under_its_paragraph) {
  Converted c(kHead +
              "1. Resolves that the scale of assessments for 2027 shall be as follows:\n\n"
              "Member State Percentage\n\n"
              "Arcadia 0.006\n\n"
              "Borduria 1.250\n\n"
              "Syldavia 0.010\n\n"
              "Total 1.266\n\n"
              "2. Decides to review the scale at its eighty-fourth session.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  const std::string table = "//mainBody/paragraph[num='1.']/content/table";
  BOOST_TEST(count(c.root, table + "/tr") == 5u);
  BOOST_TEST(values(c.root, table + "/tr[1]/td") == (Strings{"Member State Percentage"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, table + "/tr[3]/td") == (Strings{"Borduria", "1.250"}), boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//crossHeading") == 0u);
}

// A table with several figures a row goes under the clause before it, a cell a figure; in an
// annex, where no clause announces it, it is a table of its own in the body, as the UN sets
// one (<container name="table">). Rows without figures among the others ("General Service and
// related") are rows too, and the annex's title stays its title.
BOOST_AUTO_TEST_CASE(a_table_with_figures_in_columns_and_one_in_an_annex) {
  Converted c(kHead +
              "1. Approves the positions set out below.\n\n"
              "2. Notes that the positions are temporary.\n\n"
              "D-1 P-5 P-4 Total\n\n"
              "Office of Fictional Affairs 1 2 – 3\n\n"
              "Office of Imaginary Services – 1 1 2\n\n"
              "Total 1 3 1 5\n\n"
              "3. Decides to keep the matter under review.\n\n"
              "100th plenary meeting\n\n24 December 2026\n\n"
              "Annex\n\n"
              "Staffing table for 2027\n\n"
              "Under-Secretary-General 3\n\n"
              "P-5 12\n\n"
              "P-4 1 537\n\n"
              "General Service and related\n\n"
              "Principal level 7\n\n"
              "Total 1 559\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2.", "3."}), boost::test_tools::per_element());
  const std::string body = "/akomaNtoso/*/mainBody/paragraph[num='2.']/content/table";
  BOOST_TEST(count(c.root, body + "/tr") == 4u);
  BOOST_TEST(values(c.root, body + "/tr[2]/td") ==
                 (Strings{"Office of Fictional Affairs", "1", "2", "–", "3"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//attachment//longTitle") == "Staffing table for 2027");
  const std::string annex = "//attachment//mainBody/container[@name='table']/table";
  BOOST_TEST(count(c.root, annex + "/tr") == 6u);
  BOOST_TEST(values(c.root, annex + "/tr[3]/td") == (Strings{"P-4", "1 537"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, annex + "/tr[4]/td") == (Strings{"General Service and related"}), boost::test_tools::per_element());
}

// Two lines that end in a number are as likely a heading and a line: no table.
BOOST_AUTO_TEST_CASE(two_rows_ending_in_figures_are_no_table) {
  Converted c(kHead +
              "1. Decides to consider the following at its next session:\n\n"
              "Oceans and seas\n\n"
              "Sustainable Development Goal 14\n\n"
              "Report of the Secretary-General 2.1\n\n"
              "2. Decides to remain seized of the matter.\n");
  BOOST_TEST(count(c.root, "//table") == 0u);
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(test::text_of(c.root).find("Report of the Secretary-General 2.1") != std::string::npos);
}

// Sub-headings numbered in a series of their own among the paragraphs (A/73/716: "A." /
// "1. Collection, consolidation and verification" / "8. The Mechanism shall ..."): a numbered
// line that breaks the numbering, which the next paragraph takes up again, is a heading, and
// no gap is reported. A numbered list that does not give the numbering back stays as it is.
BOOST_AUTO_TEST_CASE(a_numbered_line_that_breaks_the_numbering_it_gives_back_is_a_heading) {
  Converted c(kHead +
              "7. Decides that the Mechanism shall be impartial and independent;\n\n"
              "A. Collection and analysis of information\n\n"
              "1. Collection, consolidation, documentation and verification\n\n"
              "8. Decides that the Mechanism shall collect and verify information;\n\n"
              "2. Organization, preservation and storage\n\n"
              "9. Decides that the Mechanism shall record and store all information;\n\n"
              "10. Requests the Secretary-General to designate the following persons:\n\n"
              "1. Ana Fictional, Director, Office of Imaginary Affairs\n\n"
              "2. Bob Imaginary, Deputy Director, Office of Imaginary Affairs\n\n"
              "11. Decides to remain seized of the matter.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"7.", "8.", "9.", "10.", "11."}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/num") == (Strings{"A.", "1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//mainBody/hcontainer[num='1.']/heading") ==
             "Collection, consolidation, documentation and verification");
  BOOST_TEST(values(c.root, "//mainBody/paragraph[num='10.']/*[self::paragraph or self::point]/num") ==
                 (Strings{"1.", "2."}),
             boost::test_tools::per_element());
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "numbering-gap") == 0);
}

// A paragraph's number printed without its stop before the verb that opens it ("6" / "Also
// reaffirms ...", as A/RES/80/167 prints it) is the paragraph's number, on the same series;
// a number before other words in the operative part is text ("3 March ...").
BOOST_AUTO_TEST_CASE(a_paragraph_number_without_its_stop_before_its_verb_is_its_number) {
  Converted c(kHead +
              "1. Reaffirms its commitment to the fictional principles;\n\n"
              "2\nAlso reaffirms the role of the Fictional Commission;\n\n"
              "3. Decides that the meeting shall be held on:\n\n"
              "(a) 3 March 2046;\n\n"
              "(b) 4 March 2046;\n\n"
              "4 Requests the Secretary-General to report on the matter.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2", "3.", "4"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//mainBody/paragraph[2]/content/p") == "Also reaffirms the role of the Fictional Commission;");
  BOOST_TEST(values(c.root, "//mainBody/paragraph[3]/point/num") == (Strings{"(a)", "(b)"}),
             boost::test_tools::per_element());
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "numbering-gap") == 0);
}

BOOST_AUTO_TEST_CASE(a_single_unnumbered_operative_paragraph_that_announces_what_follows) {
  Converted c(kHead +
              "Noting the report of the Secretary-General,\n\n"
              "Decides, in accordance with Article 96 of the Charter, to request the Court to render an "
              "advisory opinion on the following question:\n\n"
              "\xE2\x80\x9CWhat are the obligations of States under international law?\xE2\x80\x9D\n");
  BOOST_TEST(count(c.root, "//preamble/container") == 2u);
  Strings body = values(c.root, "//mainBody/paragraph/content/p");
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(body[0].rfind("Decides, in accordance with Article 96", 0) == 0u, body[0]);
}

// "Recommends ... the adoption of the following draft resolution:" - the draft, from its
// enacting formula on, is a component of its own (as the UN marks it up): the resolution's
// operative part is the one recommending paragraph, and an annex of the draft is the draft's.
BOOST_AUTO_TEST_CASE(a_recommended_draft_resolution_is_a_component) {
  Converted c("Economic and Social Council\n\n"
              "Resolution adopted by the Economic and Social Council on 22 July 2021\n\n"
              "2021/99. A fictional recommendation\n\n"
              "The Economic and Social Council\n\n"
              "Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
              "The General Assembly,\n\n"
              "Recalling its resolution 70/1 of 25 September 2015,\n\n"
              "1. Adopts the principles annexed to the present resolution;\n\n"
              "2. Decides to remain seized of the matter.\n\n"
              "Annex\n\n"
              "Principles\n\n"
              "1. The first principle.\n\n"
              "12th plenary meeting\n\n"
              "22 July 2021\n");
  BOOST_TEST(count(c.root, "/akomaNtoso/statement/mainBody/*") == 1u);
  BOOST_TEST(value(c.root, "/akomaNtoso/statement/mainBody/paragraph/content/p").rfind("Recommends to the", 0) == 0u);
  BOOST_TEST(value(c.root, "/akomaNtoso/statement/components/component/statement/@name") == "draftResolution");
  std::string draft = "/akomaNtoso/statement/components/component/statement";
  BOOST_TEST(value(c.root, draft + "/preamble/formula/p") == "The General Assembly,");
  BOOST_TEST(count(c.root, draft + "/preamble/container") == 1u);
  BOOST_TEST(values(c.root, draft + "/mainBody/paragraph/num") == (Strings{"1.", "2."}));
  BOOST_TEST(count(c.root, draft + "/attachments/attachment") == 1u);
  BOOST_TEST(count(c.root, "/akomaNtoso/statement/attachments") == 0u);
}

BOOST_AUTO_TEST_CASE(long_roman_sub_items_stay_in_their_list) {
  // Sub-items of a long list run to "(xxviii)" (E/RES/2022/16): six letters of a roman
  // numeral, not an unnumbered paragraph after the list.
  std::string items;
  const char* romans[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                          "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi",
                          "xxvii", "xxviii", "xxix", "xxx", "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi",
                          "xxxvii", "xxxviii"};
  for (const char* r : romans) items += std::string("(") + r + ") To act on item " + r + ";\n\n";
  Converted c(kHead + "1. Encourages Governments:\n\n" + items + "2. Decides to remain seized of the matter.\n");
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 2u);
  BOOST_TEST(count(c.root, "//mainBody/p") == 0u);
  Strings nums = values(c.root, "//mainBody/paragraph[1]//point/num");
  BOOST_TEST_REQUIRE(nums.size() == std::size(romans));
  BOOST_TEST(nums[27] == "(xxviii)");
  BOOST_TEST(nums.back() == "(xxxviii)");
}

BOOST_AUTO_TEST_CASE(parts_closed_by_a_resumed_meeting_with_paragraphs_under_a_bare_enacting_phrase) {
  // Budget resolutions A, B ... (A/RES/76/247 A-C): each part ends with its meeting and date,
  // and its numbered paragraphs follow "Resolves that, for 2022:" at the top level.
  const std::string part =
      "The General Assembly\n\n"
      "Resolves that, for 2022:\n\n"
      "1. Appropriations totalling 100 dollars are approved;\n\n"
      "2. The Secretary-General shall be authorized to transfer credits.\n\n"
      "54th (resumed) plenary meeting\n\n"
      "24 December 2021\n\n";
  Converted c("General Assembly\n\n"
              "Resolutions adopted by the General Assembly on 24 December 2021\n\n"
              "76/999. Programme budget for 2022\n\nA\n\nBudget appropriations for 2022\n\n" + part +
              "B\n\nIncome estimates for 2022\n\n" + part);
  BOOST_TEST(count(c.root, "//component") == 2u);
  BOOST_TEST(count(c.root, "//component//mainBody/paragraph[num]") == 4u);
  BOOST_TEST(count(c.root, "//component//mainBody/paragraph/*/paragraph") == 0u);
  Strings closing = values(c.root, "//component//conclusions/p");
  BOOST_TEST_REQUIRE(closing.size() == 4u);
  BOOST_TEST(closing[0] == "54th (resumed) plenary meeting");
}

BOOST_AUTO_TEST_CASE(a_title_broken_at_a_comma_stays_one_title_above_the_formula) {
  // pdftotext (A/RES/78/45): the title's first line ends in a comma and the next begins
  // with a word in -ing, as a preambular clause would.
  Converted c("\fA/RES/78/999\n\nGeneral Assembly\n\nDistr.: General\n6 December 2023\n\n"
              "Resolution adopted by the General Assembly\non 4 December 2023\n\n"
              "78/999.\n\n"
              "Implementation of the Convention on the Prohibition of the Use,\n"
              "Stockpiling and Transfer of Fictional Devices\n"
              "The General Assembly,\n"
              "Recalling its resolution 77/999 of 7 December 2022 on fictional devices and the\n"
              "obligations of States under the Convention,\n"
              "1. Invites all States to join the Convention;\n"
              "2. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(c.root, "//preface//docTitle") ==
             "Implementation of the Convention on the Prohibition of the Use, Stockpiling and Transfer of "
             "Fictional Devices");
  BOOST_TEST(value(c.root, "//preamble/formula/p") == "The General Assembly,");
  Strings clauses = values(c.root, "//preamble/container[@name='preambularClause']/p");
  BOOST_TEST_REQUIRE(clauses.size() == 1u);
  BOOST_TEST(clauses[0].rfind("Recalling its resolution 77/999", 0) == 0u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 2u);
}

BOOST_AUTO_TEST_CASE(a_long_title_under_its_number_alone_stays_the_title_above_the_formula) {
  // A/RES/78/68: the number stands on its own line and the title runs over 250 characters
  const std::string title =
      "Sustainable fisheries, including through the 1995 Agreement for the Implementation of the "
      "Provisions of the Fictional Convention on the Law of the Sea of 10 December 1982 relating to the "
      "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, and related "
      "instruments";
  Converted c("\fA/RES/78/999\n\nGeneral Assembly\n\nDistr.: General\n11 December 2023\n\n"
              "Resolution adopted by the General Assembly\non 5 December 2023\n\n"
              "78/999.\n\n"
              "Sustainable fisheries, including through the 1995 Agreement for\n"
              "the Implementation of the Provisions of the Fictional Convention\n"
              "on the Law of the Sea of 10 December 1982 relating to the\n"
              "Conservation and Management of Straddling Fish Stocks and\n"
              "Highly Migratory Fish Stocks, and related instruments\n"
              "The General Assembly,\n"
              "Reaffirming its annual resolutions on sustainable fisheries, including resolution\n"
              "77/999 of 9 December 2022, and other relevant resolutions,\n"
              "1. Decides to remain seized of the matter.\n");
  BOOST_TEST_REQUIRE(title.size() > 250u);
  BOOST_TEST(value(c.root, "//preface//docTitle") == title);
  BOOST_TEST(value(c.root, "//preamble/formula/p") == "The General Assembly,");
  Strings clauses = values(c.root, "//preamble/container[@name='preambularClause']/p");
  BOOST_TEST_REQUIRE(clauses.size() == 1u);
  BOOST_TEST(clauses[0].rfind("Reaffirming its annual resolutions", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_resolution_without_its_enacting_formula_is_reported_where_its_clauses_begin) {
  Converted c("Resolution adopted by the General Assembly on 5 December 2030\n\n"
              "85/999. A fictional resolution\n\n"
              "Recalling its resolution 84/999 of 7 December 2029,\n\n"
              "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "resolution");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "missing-formula") == 1);
  Converted whole("Resolution adopted by the General Assembly on 5 December 2030\n\n"
                  "85/999. A fictional resolution\n\nThe General Assembly,\n\n"
                  "Recalling its resolution 84/999 of 7 December 2029,\n\n"
                  "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(std::count(whole.warnings.begin(), whole.warnings.end(), "missing-formula") == 0);
}

BOOST_AUTO_TEST_CASE(a_section_numbered_on_a_line_of_its_own_heads_its_title_and_restarts_numbering) {
  // "II" / its title, "Article 1" / its title: one heading each, number and title, and the
  // paragraphs under it numbered from 1 again without a numbering-gap warning.
  Converted c(kHead +
              "1. Takes note of the report of the Secretary-General;\n\n"
              "2. Decides to keep the matter under review.\n\n"
              "II\n\n"
              "Revised estimates resulting from fictional decisions\n\n"
              "Having considered the report of the Secretary-General,\n\n"
              "1. Endorses the conclusions of the Advisory Committee;\n\n"
              "2. Approves the revised estimates.\n\n"
              "Annex\n\n"
              "Rules of the fictional conference\n\n"
              "Article 1\n\n"
              "Sessions\n\n"
              "1. The conference shall meet once a year.\n\n"
              "2. It may decide to meet again.\n\n"
              "Article 2\n\n"
              "Officers\n\n"
              "1. The conference shall elect a President.\n");
  BOOST_TEST(values(c.root, "/akomaNtoso/*/mainBody/hcontainer/num") == (Strings{"II"}));
  BOOST_TEST(values(c.root, "/akomaNtoso/*/mainBody/hcontainer/heading") == (Strings{"Revised estimates resulting from fictional decisions"}));
  BOOST_TEST(values(c.root, "/akomaNtoso/*/mainBody/paragraph/num") == (Strings{"1.", "2.", "1.", "2."}));
  BOOST_TEST(values(c.root, "//attachment//mainBody/hcontainer/num") == (Strings{"Article 1", "Article 2"}));
  BOOST_TEST(values(c.root, "//attachment//mainBody/hcontainer/heading") == (Strings{"Sessions", "Officers"}));
  BOOST_TEST(values(c.root, "//attachment//mainBody/paragraph/num") == (Strings{"1.", "2.", "1."}));
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "numbering-gap") == 0);
}

// The sections of a budget resolution: "Section 29A" (29A to 29G), "Income section 2", a
// title with a subtitle after its colon (A/RES/78/252); none of them is a paragraph.
BOOST_AUTO_TEST_CASE(budget_sections_numbered_with_a_letter_head_their_paragraphs) {
  Converted c(kHead +
              "1. Takes note of the report of the Advisory Committee;\n\n"
              "Section 11\n\n"
              "Fictional support for the Regional Agenda 2063: The Region We Want\n\n"
              "2. Takes note of paragraph IV.39 of the report;\n\n"
              "Section 29A\n\n"
              "Department of Fictional Strategy\n\n"
              "3. Recalls paragraph 41 of its resolution 12/278;\n\n"
              "Income section 2\n\n"
              "General income\n\n"
              "4. Decides that income from bank interest shall be credited.\n");
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/num") ==
             (Strings{"Section 11", "Section 29A", "Income section 2"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/heading") ==
             (Strings{"Fictional support for the Regional Agenda 2063: The Region We Want",
                      "Department of Fictional Strategy", "General income"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody//paragraph/num") == (Strings{"1.", "2.", "3.", "4."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_printed_compilation_with_an_ocr_session_number_and_capital_annex_headings) {
  // The volumes of 1946-1992, as OCR reads them: "13(1)." for "13 (I).", "ANNEX I".
  Converted c("<!-- Page 1 -->\n\n"
              "13(1). ORGANIZATION OF A FICTIONAL SECRETARIAT\n\n"
              "The General Assembly,\n\n"
              "Having considered the report of the Preparatory Commission,\n\n"
              "1. Approves the recommendations contained in annex I;\n\n"
              "2. Adopts the regulations contained in annex II.\n\n"
              "Thirtieth plenary meeting, 13 February 1946.\n\n"
              "ANNEX I\n\n"
              "Recommendations of the fictional committee\n\n"
              "1. The committee recommends a fictional measure.\n\n"
              "ANNEX II\n\n"
              "Fictional regulations\n\n"
              "1. The regulations apply to all staff.\n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "resolution");
  BOOST_TEST(value(c.root, "//preface//docNumber") == "13(1)");
  BOOST_TEST(count(c.root, "/akomaNtoso/*/mainBody/paragraph") == 2u);
  BOOST_TEST(count(c.root, "//attachments/attachment") == 2u);
  // Named A_RES_13_I, the page that begins with 12 (I) is 13 (I): "13(1)." is its number.
  Converted named("<!-- Page 1 -->\n\n"
                  "12(1). A FICTIONAL RESOLUTION BEFORE\n\n"
                  "The General Assembly\n\n"
                  "Resolves that fictional staff be appointed.\n\n"
                  "Twenty-ninth plenary meeting, 13 February 1946.\n\n"
                  "13(1). ORGANIZATION OF A FICTIONAL SECRETARIAT\n\n"
                  "The General Assembly,\n\n"
                  "Having considered the report of the Preparatory Commission,\n\n"
                  "1. Approves the recommendations contained in annex I;\n\n"
                  "2. Adopts the regulations contained in annex II.\n",
                  "A_RES_13_I.txt");
  BOOST_TEST(value(named.root, "//preface//docNumber") == "13(1)");
  BOOST_TEST(count(named.root, "//coverPage/container[@name='precedingText']/p") == 4u);
  BOOST_TEST(count(named.root, "/akomaNtoso/*/mainBody/paragraph") == 2u);
}

BOOST_AUTO_TEST_CASE(a_compilation_page_is_the_resolution_it_is_named_after) {
  // A page of the printed volumes begins with the end of one resolution and goes on with
  // the next: the file named A_RES_2999_XXVII is the second of three. The others' words are
  // kept, beside it, and none of their clauses is read as its own.
  const std::string page =
      "<!-- Page 1 -->\n\n"
      "2998 (XXVII). A fictional resolution printed before\n\n"
      "The General Assembly,\n\n"
      "Recalling an earlier fictional resolution,\n\n"
      "1. Decides to consider the fictional question again;\n\n"
      "2. Requests a fictional report.\n\n"
      "2100th plenary meeting, 12 December 1972.\n\n"
      "2999 (XXVII). The fictional resolution named\n\n"
      "The General Assembly,\n\n"
      "Noting the fictional report,\n\n"
      "Convinced of the need for fictional measures,\n\n"
      "1. Approves the fictional measures;\n\n"
      "2. Invites all States to apply them;\n\n"
      "3. Decides to review them.\n\n"
      "2101st plenary meeting, 13 December 1972.\n\n"
      "3000 (XXVII). A fictional resolution printed after\n\n"
      "The General Assembly,\n\n"
      "1. Welcomes the fictional initiative.\n";
  Converted c(page, "A_RES_2999_XXVII.txt");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "resolution");
  BOOST_TEST(value(c.root, "//preface//docNumber") == "2999 (XXVII)");
  BOOST_TEST(count(c.root, "/akomaNtoso/*/preamble/container") == 2u);
  BOOST_TEST(values(c.root, "/akomaNtoso/*/mainBody/paragraph/num") == (Strings{"1.", "2.", "3."}));
  BOOST_TEST(value(c.root, "/akomaNtoso/*/mainBody/paragraph[1]/content/p") == "Approves the fictional measures;");
  BOOST_TEST(count(c.root, "/akomaNtoso/*/coverPage/container[@name='precedingText']/p") == 6u);
  BOOST_TEST(value(c.root, "/akomaNtoso/*/conclusions/container[@name='followingText']/p[1]") ==
             "3000 (XXVII). A fictional resolution printed after");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "neighbouring-document") == 2);
  // Named after the first one printed, the page is that one, with the rest after it.
  Converted first(page, "A_RES_2998_XXVII.txt");
  BOOST_TEST(count(first.root, "//coverPage/container[@name='precedingText']") == 0u);
  BOOST_TEST(values(first.root, "/akomaNtoso/*/mainBody/paragraph/num") == (Strings{"1.", "2."}));
  BOOST_TEST(count(first.root, "/akomaNtoso/*/conclusions/container[@name='followingText']/p") == 11u);
}

BOOST_AUTO_TEST_CASE(a_part_begun_by_its_letter_among_clauses_has_its_title_and_formula) {
  // A draft's parts A, B printed one after the other with no adoption line between them:
  // "B" after A's paragraphs, its title, "The General Assembly" without a comma.
  Converted c("United Nations\n\nA/C.5/80/L.999\n\nGeneral Assembly\n\nDistr.: Limited\n\n1 December 2025\n\n"
              "Eightieth session\n\nFifth Committee\n\nAgenda item 136\n\nProposed programme budget for 2026\n\n"
              "Draft resolutions submitted by the Chair of the Committee following\ninformal consultations\n\n"
              "Programme budget for 2026\n\nA\n\nBudget appropriations for 2026\n\nThe General Assembly\n\n"
              "Resolves that, for 2026:\n\n1. Appropriations are approved.\n\n"
              "B\n\nIncome estimates for 2026\n\nThe General Assembly\n\n"
              "Resolves that, for 2026:\n\n1. Estimates of income are approved.\n");
  BOOST_TEST(count(c.root, "//component") == 2u);
  BOOST_TEST(values(c.root, "//component//longTitle//docTitle") ==
             (std::vector<std::string>{"Budget appropriations for 2026", "Income estimates for 2026"}));
  BOOST_TEST(count(c.root, "//component//formula") == 2u);
  BOOST_TEST(count(c.root, "//component//hcontainer") == 0u);
}

BOOST_AUTO_TEST_CASE(a_paragraph_opening_with_a_participle_is_no_closing_unless_in_the_first_person) {
  // "Noting that ..., the Group welcomes ..." is a paragraph of the annex; "Having adopted
  // this appeal ..., we stand united ..." (the seed) closes it.
  Converted c(kHead +
              "1. Decides to remain seized of the matter.\n\n"
              "Noting that there has never been a fictional chair, the Group welcomes the nominations.\n\n"
              "List of candidates\n\n"
              "In the last process, the President insisted on the same procedure for all candidates.\n");
  BOOST_TEST(count(c.root, "//conclusions") == 0u);
  BOOST_TEST(count(c.root, "/akomaNtoso/*/mainBody/paragraph") == 3u);
  BOOST_TEST(value(c.root, "/akomaNtoso/*/mainBody/hcontainer/heading") == "List of candidates");
  Converted closing(kHead + "1. Decides to remain seized of the matter.\n\n"
                    "Having adopted this appeal unanimously, we stand united in our pursuit of justice.\n");
  BOOST_TEST(value(closing.root, "//conclusions/p") ==
             "Having adopted this appeal unanimously, we stand united in our pursuit of justice.");
}

BOOST_AUTO_TEST_CASE(sections_of_the_body_keep_their_own_preambular_clauses) {
  // "A" / its title / its clauses / "1." ... "B" / ...: each section, the first too, is in
  // the body with its own preambular clauses, as the UN marks such resolutions up; the
  // clauses before the first section are the preamble.
  Converted c("2099/5. A fictional resolution in sections\n\n"
              "The Economic and Social Council,\n\n"
              "Recalling its resolution 1999/65 of 26 October 1999,\n\n"
              "A\n\n"
              "Work regarding fictional goods\n\n"
              "Recognizing the importance of the work of the Committee,\n\n"
              "1. Expresses its appreciation for the work of the Committee;\n\n"
              "B\n\n"
              "Work regarding fictional chemicals\n\n"
              "Bearing in mind the need to maintain safety standards,\n\n"
              "Noting with satisfaction:\n\n"
              "(a) That the Commission has taken steps,\n\n"
              "(b) That many Member States have issued standards,\n\n"
              "1. Commends the Secretary-General on the publication;\n",
              "E_RES_2099_5.txt");
  BOOST_TEST(values(c.root, "//preamble/container/@name") == (Strings{"preambularClause"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/num") == (Strings{"A", "B"}), boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//mainBody/hcontainer[2]/heading") == "Work regarding fictional chemicals");
  Strings own = values(c.root, "//mainBody/container[@name='preambularClause']");
  BOOST_TEST_REQUIRE(own.size() == 3u);
  BOOST_TEST(own[0] == "Recognizing the importance of the work of the Committee,");
  BOOST_TEST(own[2] ==
             "Noting with satisfaction: (a) That the Commission has taken steps, (b) That many Member States have "
             "issued standards,");
  BOOST_TEST(values(c.root, "//mainBody/*/@eId") ==
                 (Strings{"hcontainer_1", "container_1", "para_1", "hcontainer_2", "container_2", "container_3",
                          "para_1_2"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_heading_without_a_number_among_preambular_clauses_stays_there_before_numbered_sections) {
  // Only a numbered section ("I", "A", "Article 1") moves into the body with the sections
  // after it; its blocks that are no preambular clauses become paragraphs there.
  Converted c(kHead +
              "Countries in special situations\n\n"
              "Underlining the needs of landlocked developing countries,\n\n"
              "I\n\n"
              "Scope\n\n"
              "The present principles apply to fictional cases.\n\n"
              "1. Decides to remain seized of the matter;\n\n"
              "II\n\n"
              "Purpose\n\n"
              "1. Requests a report.\n");
  BOOST_TEST(values(c.root, "//preamble/container/@name") ==
                 (Strings{"preambularClause", "preambleHeading", "preambularClause"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/hcontainer/heading") == (Strings{"Scope", "Purpose"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//mainBody/paragraph[not(num)]") == "The present principles apply to fictional cases.");
  BOOST_TEST(count(c.root, "//mainBody/container") == 0u);
}

// A numbered paragraph is never an agenda item's title, though no line between the agenda
// and it was recognised (a sponsors' line in a form the grammar does not know).
BOOST_AUTO_TEST_CASE(numbered_paragraphs_after_the_agenda_are_paragraphs) {
  Converted c("United Nations\n\nA/C.3/99/L.58\n\nGeneral Assembly\n\nDistr.: Limited\n\n12 November 2099\n\n"
              "Ninety-ninth session\n\nThird Committee\n\nAgenda item 107\n\nA fictional agenda item\n\n"
              "Ruritania: proposal for a fictional text\n\n"
              "1. In operative paragraph 64, insert \u201cand elsewhere\u201d.\n\n"
              "2. In operative paragraph 65, delete \u201calways\u201d.\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//p[@class='agendaItemTitle']") <= 2u);
}

BOOST_AUTO_TEST_CASE(asterisks_are_emphasis_only_around_words_and_no_text_is_written_twice) {
  // "**Security Council**", "*the Assembly*" are emphasis; the asterisks of notes that mark
  // several names ("(Japan),*** Mr. B (Russia),* ...") open and close nothing and are text.
  Converted c(kHead +
              "1. Notes that the **Security Council** and *the Assembly* agreed;\n\n"
              "2. Notes that the Committee is composed as follows: Mr. A (Japan),*** Mr. B (Russia),* "
              "Mr. C (Brazil),* Mr. D (Chile),** Mr. E (Peru),*** and Mr. F (China).\n");
  BOOST_TEST(value(c.root, "//paragraph[1]//b") == "Security Council");
  BOOST_TEST(value(c.root, "//paragraph[1]//i") == "the Assembly");
  BOOST_TEST(value(c.root, "//paragraph[2]/content/p") ==
             "Notes that the Committee is composed as follows: Mr. A (Japan),*** Mr. B (Russia),* Mr. C (Brazil),* "
             "Mr. D (Chile),** Mr. E (Peru),*** and Mr. F (China).");
  BOOST_TEST(count(c.root, "//paragraph[2]//b | //paragraph[2]//i") == 0u);
}

BOOST_AUTO_TEST_CASE(a_resolution_of_the_compilations_is_dated_under_its_number) {
  // "Resolution 425 (1978)" / "of 19 March 1978": the date on the title's second line
  Converted c("Resolution 999 (1978)\n\nof 19 March 1978\n\nThe Security Council,\n\n"
              "Convinced that the present situation is fictional,\n\n"
              "1. Decides to remain seized of the matter.\n",
              "S_RES_999_1978.txt");
  BOOST_TEST(value(c.root, "//FRBRWork/FRBRdate/@date") == "1978-03-19");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "missing-date") == 0);
}

BOOST_AUTO_TEST_CASE(a_resolution_whose_symbol_names_its_part_is_that_part_not_a_collection) {
  // "A/RES/75/999 B": the part's letter over the text, alone on its line or printed after the
  // title, with the marker of its note ("B 1": "resolution 75/999 becomes resolution 75/999 A"),
  // which takes the note.
  const std::string head = "United Nations\n\nA/RES/75/999 B\n\nGeneral Assembly\n\nDistr.: General\n\n8 July 2021\n\n"
                           "Resolution adopted by the General Assembly on 30 June 2021\n\n";
  const std::string text = "The General Assembly,\n\nRecalling its resolution 75/999 A,\n\n"
                           "1. Decides to remain seized of the matter.\n\n88th plenary meeting\n\n30 June 2021\n\n"
                           "__________________\n\n1 Resolution 75/999 becomes resolution 75/999 A.\n";
  for (const std::string& number : {std::string("75/999. Financing of the Force\n\nB 1\n\n"),
                                    std::string("75/999. Financing of the Force B 1\n\n")}) {
    Converted c(head + number + text);
    BOOST_TEST(count(c.root, "//documentCollection") == 0u, number);
    BOOST_TEST(value(c.root, "//preface/longTitle/p/docTitle") == "Financing of the Force", number);
    BOOST_TEST(value(c.root, "//preface/p[@class='partHeading']/text()[1]") == "B", number);
    BOOST_TEST(value(c.root, "//preface/p[@class='partHeading']/authorialNote/@marker") == "1", number);
    BOOST_TEST(count(c.root, "//preamble/container") == 1u, number);
  }
}

BOOST_AUTO_TEST_CASE(a_resolution_printed_a_paragraph_a_line_keeps_each_line_a_block) {
  // As web pages and databases give a resolution: each paragraph whole on its line, no blank
  // line between. A line under the annex's title is a heading of the annex, not the title's
  // last words; a paragraph in lower case after a list is the clause's wrap-up, not its item's.
  Converted c(
      "Resolution adopted by the General Assembly on 1 March 2041\n"
      "95/999. Programme of action for the fictional islands\n"
      "The General Assembly,\n"
      "Recalling its resolution 90/1 of 1 January 2036, in which it decided to convene a conference on the "
      "fictional islands and to adopt a programme of action for their sustainable development,\n"
      "Having considered the report of the preparatory committee of the conference on its second session and "
      "the recommendations contained therein,\n"
      "1. Adopts the programme of action for the fictional islands, as contained in the annex to the present "
      "resolution;\n"
      "2. Requests the Secretary-General to submit to the General Assembly at its ninety-sixth session a "
      "report containing:\n"
      "(a) An account of the steps taken by the fictional islands and their partners to implement the "
      "programme of action;\n"
      "(b) Recommendations on the further measures to be taken by the Member States and the organizations of "
      "the United Nations system;\n"
      "and decides to include in the provisional agenda of its ninety-sixth session an item entitled "
      "\xe2\x80\x9cProgramme of action for the fictional islands\xe2\x80\x9d.\n"
      "12th plenary meeting\n"
      "1 March 2041\n"
      "Annex\n"
      "Programme of action for the fictional islands\n"
      "Introduction: from the first conference to the second\n"
      "1. We, the Heads of State and Government, gathered at the conference on the fictional islands, "
      "commit ourselves to the programme of action set out below and to its full implementation.\n");
  BOOST_TEST(value(c.root, "//attachment//longTitle") == "Programme of action for the fictional islands");
  BOOST_TEST(value(c.root, "//mainBody/paragraph[num='2.']/wrapUp").rfind("and decides to include", 0) == 0u);
  BOOST_TEST(value(c.root, "//mainBody/paragraph[num='2.']//point[num='(b)']").find("and decides") ==
             std::string::npos);
}
