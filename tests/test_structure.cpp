// End to end on short fictional resolutions, with the real grammar and schema: where the
// converter puts what real documents print around their clauses (vote records, headings
// among preambular clauses, items, tables, mastheads, letters' titles and signatures).
// Footnotes at their markers: test_notes.
#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstring>
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
using test::check_resolution_in;
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

BOOST_AUTO_TEST_CASE(letter_title_broken_over_blocks_and_an_unruled_note_over_two_lines) {
  Converted c(
      "S/2025/999\n\n"
      "United Nations\n\n"
      "Security Council\n\n"
      "Distr.: General\n"
      "1 April 2025\n"
      "Original: English\n\n"
      "Letter dated 31 March 2025 from the Permanent Representatives\n"
      "of Borealia and the United Kingdom of Great\n"
      "Britain and Northern Ireland to the United Nations addressed to\n"
      "the Secretary-General\n"
      "Borealia would like to share the summary note of the meeting held on the situation in the\n"
      "region with the members of the Council and with all Member States (see annex).*\n"
      "We would be grateful if the present letter could be circulated as a document of the\n"
      "Security Council.\n"
      "(Signed) Jane Doe\n"
      "Permanent Representative of Borealia to the United Nations\n\n"
      "* Circulated in the language of submission only in line with current liquidity management\n"
      "measures.\n\n"
      "25-05194 (E)\n\n"
      "*2505194*\n");
  std::string title = value(c.root, "//preface/longTitle");
  BOOST_TEST(title.find("Britain and Northern Ireland to the United Nations addressed to the Secretary-General") !=
                 std::string::npos,
             title);
  BOOST_TEST(value(c.root, "//preface/longTitle//inline[@name='to']") == "Secretary-General");
  Strings paragraphs = values(c.root, "//mainBody/p");
  BOOST_TEST_REQUIRE(paragraphs.size() == 2u);
  BOOST_TEST(paragraphs[0].rfind("Borealia would like", 0) == 0u, paragraphs[0]);
  BOOST_TEST(value(c.root, "//mainBody/p[1]/authorialNote/@marker") == "*");
  BOOST_TEST(value(c.root, "//mainBody/p[1]/authorialNote") ==
             "Circulated in the language of submission only in line with current liquidity management measures.");
  BOOST_TEST(value(c.root, "//conclusions//role") == "Permanent Representative of Borealia to the United Nations");
}

// A note verbale to a committee's Chair: its title ends in the committee's resolution, and its
// body begins with the mission's compliments all the same.
BOOST_AUTO_TEST_CASE(signatures_printed_side_by_side_are_one_each) {
  // two signature blocks on one baseline come out as one line: each name is a signature
  Converted c("Letter dated 1 March 2045 from the Permanent Representatives of Arcadia and Borduria to the "
              "United Nations addressed to the Secretary-General\n\n"
              "We have the honour to transmit a joint statement of our two Governments.\n\n"
              "(Signed) Ana Fictional        (Signed) Bob Imaginary\n");
  BOOST_TEST(values(c.root, "//conclusions//signature/person") == (Strings{"Ana Fictional", "Bob Imaginary"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_title_printed_on_its_signatorys_line_is_the_signatures_role) {
  // lines joined into one ("(Signed) Peter Burian President of the Security Council", S/2007/86
  // reflowed): the name ends where the title begins; a title's words in a name's first place
  // stay the name's
  Converted c("Letter dated 9 February 2045 from the President of the Security Council addressed to the "
              "Secretary-General\n\n"
              "I have the honour to inform you that your letter has been brought to the attention of the "
              "members of the Council.\n\n"
              "(Signed) Ana Fictional President of the Security Council\n\n"
              "(Signed) Ambassador Bob Imaginary\n");
  BOOST_TEST(values(c.root, "//conclusions//signature/person") == (Strings{"Ana Fictional", "Ambassador Bob Imaginary"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//conclusions//signature/role") == (Strings{"President of the Security Council"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_note_verbales_body_begins_with_the_missions_compliments) {
  Converted c(
      "S/AC.44/2026/9\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 May 2026\n"
      "Original: English\n\n"
      "Note verbale dated 4 May 2026 from the Permanent Mission of Borealia to the\n"
      "United Nations addressed to the Chair of the Security Council Committee\n"
      "established pursuant to resolution 1540 (2004)\n"
      "The Permanent Mission of Borealia to the United Nations presents its compliments to the\n"
      "Chair of the Committee and has the honour to transmit herewith its national report.\n"
      "The Permanent Mission of Borealia avails itself of this opportunity to renew to the Chair\n"
      "the assurances of its highest consideration.\n\n26-09999 (E)\n\f");
  std::string title = value(c.root, "//preface/longTitle");
  BOOST_TEST(title.find("pursuant to resolution 1540 (2004)") + 34 == title.size(), title);
  Strings paragraphs = values(c.root, "//mainBody/p");
  BOOST_TEST_REQUIRE(paragraphs.size() == 2u);
  BOOST_TEST(paragraphs[0].rfind("The Permanent Mission of Borealia to the United Nations presents", 0) == 0u);
}

// The masthead of the letters of 1995-2015 prints the items "of the provisional agenda", with
// a note, the item's title on the next line.
BOOST_AUTO_TEST_CASE(agenda_items_of_the_provisional_agenda_stand_apart_from_their_title) {
  Converted c(
      "United Nations\n\nGeneral Assembly\nSecurity Council\n\nA/65/999\u2013S/2010/999\nDistr.: General\n"
      "3 September 2010\nOriginal: English\n\n"
      "General Assembly\nSixty-fifth session\nItems 12 and 45 of the provisional agenda*\n"
      "Prevention of armed conflict\n\nSecurity Council\nSixty-fifth year\n\n"
      "Letter dated 1 September 2010 from the Permanent Representative of Borealia to\n"
      "the United Nations addressed to the Secretary-General\n"
      "I have the honour to transmit herewith a statement of my Government (see annex).\n"
      "(Signed) Jane Doe\nPermanent Representative\n\n_______________\n* A/65/150.\n\n10-99999 (E)\n\f");
  BOOST_TEST(value(c.root, "//preface//p[@class='agendaItemTitle']") == "Prevention of armed conflict");
  BOOST_TEST(count(c.root, "//preface//inline[@name='agendaItem']") == 2u);
  BOOST_TEST(value(c.root, "//preface//authorialNote/@marker") == "*");
}

// A title whose last line is nearly full (A/79/826): the body's first words would not have
// fitted after the addressee, yet they begin the body, not end the title.
BOOST_AUTO_TEST_CASE(a_letters_title_ends_with_its_addressee) {
  Converted c(
      "A/79/999-S/2025/999\n\nUnited Nations\n\nGeneral Assembly\nSecurity Council\n\n"
      "Distr.: General\n19 March 2025\nOriginal: English\n\n"
      "Letter dated 19 March 2025 from the Permanent Representative of\n"
      "Borealia to the United Nations addressed to the Secretary-General\n"
      "Upon instructions from the Government of the Republic of Borealia, I have\n"
      "the honour to submit herewith the appeal to the international community that was\n"
      "adopted at the conference held on 1 March 2025 (see annex).\n"
      "I should be grateful if you would have the present letter and its annex circulated\n"
      "as a document of the General Assembly and of the Security Council.\n"
      "(Signed) Jane Doe\nAmbassador\nPermanent Representative\n\n25-04579 (E)\n\n*2504579*\n\f");
  std::string title = value(c.root, "//preface/longTitle");
  BOOST_TEST(title ==
                 "Letter dated 19 March 2025 from the Permanent Representative of Borealia to the United Nations "
                 "addressed to the Secretary-General",
             title);
  Strings paragraphs = values(c.root, "//mainBody/p");
  BOOST_TEST_REQUIRE(paragraphs.size() == 2u);
  BOOST_TEST(paragraphs[0].rfind("Upon instructions from the Government", 0) == 0u, paragraphs[0]);
}

// An annex's heading that names a letter goes on to whom the letter was addressed, however
// the lines of the heading broke into blocks (A/80/98, S/2025/182); the annex's title follows.
BOOST_AUTO_TEST_CASE(an_annex_heading_goes_on_to_the_letters_addressee) {
  Converted c(
      "A/80/998\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n13 June 2025\nOriginal: English\n\n"
      "Note verbale dated 13 June 2025 from the Permanent Mission of Borealia\n"
      "to the United Nations addressed to the President of the General Assembly\n"
      "The Permanent Mission of the Federated Kingdom of Borealia to the United Nations has the\n"
      "honour to refer to the candidature of Borealia to the Human Rights Council for the term\n"
      "2026-2028, and to transmit herewith its voluntary pledges and commitments (see annex).\n"
      "\f"
      "Annex to the note verbale dated 13 June 2025 from the Permanent\n"
      "Mission of the Federated Kingdom of Borealia and Northern\n"
      "Australis to the United Nations addressed to the President of the\n"
      "General Assembly\n"
      "Candidature of Borealia to the Human Rights Council, 2026-2028\n"
      "1.\n"
      "We will support civil society organizations and human rights defenders, giving a voice\n"
      "to those otherwise silenced.\n");
  BOOST_TEST(value(c.root, "//attachment//container[@name='annexHeading']") ==
             "Annex to the note verbale dated 13 June 2025 from the Permanent Mission of the Federated Kingdom "
             "of Borealia and Northern Australis to the United Nations addressed to the President of the General "
             "Assembly");
  BOOST_TEST(value(c.root, "//attachment//longTitle") == "Candidature of Borealia to the Human Rights Council, 2026-2028");
}

// An annexed letter may bear its place and date above its text, where an annex's title would
// stand (A/79/988, S/2025/498): they are text of the annex, and the annex has no title.
BOOST_AUTO_TEST_CASE(an_annexed_letters_date_is_not_the_annexs_title) {
  Converted c(
      "S/2025/997\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n12 August 2025\nOriginal: English\n\n"
      "Letter dated 11 August 2025 from the Permanent Representative of Borealia to the\n"
      "United Nations addressed to the President of the Security Council\n"
      "I have the honour to transmit herewith a letter from the Minister for Foreign Affairs of\n"
      "Borealia (see annex).\n"
      "(Signed) Jane Doe\nPermanent Representative\n"
      "\f"
      "Annex to the letter dated 11 August 2025 from the Permanent\n"
      "Representative of Borealia to the United Nations addressed to the\n"
      "President of the Security Council\n"
      "Port Aurora, 11 August 2025\n"
      "As you are fully aware, Borealia and Australis reached a ceasefire agreement on\n"
      "28 July 2025.\n");
  BOOST_TEST(count(c.root, "//attachment//longTitle") == 0u);
  BOOST_TEST(values(c.root, "//attachment//mainBody/p").front() == "Port Aurora, 11 August 2025");
}

// An annex circulated in its own language only has no English "Annex" heading: its own
// heading, behind the direction marks of right-to-left text, opens it (A/79/876).
BOOST_AUTO_TEST_CASE(an_annex_headed_in_its_own_language_is_an_annex) {
  const std::string letter_head =
      "S/2025/998\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n1 April 2025\n"
      "Original: English\n\n"
      "Letter dated 31 March 2025 from the Permanent Representative of Borealia to the\n"
      "United Nations addressed to the Secretary-General\n"
      "I have the honour to transmit herewith the statement of the Government of Borealia (see annex*).\n"
      "I should be grateful if the present letter and its annex could be circulated as a document of\n"
      "the Security Council.\n"
      "(Signed) Jane Doe\n"
      "Permanent Representative\n\n"
      "* Circulated in the language of submission only.\n\n"
      "25-05195 (E)\n\n*2505195*\n\f";
  for (const std::string& heading :
       {std::string("Annexe \u00e0 la lettre dat\u00e9e du 31 mars 2025 adress\u00e9e au Secr\u00e9taire g\u00e9n\u00e9ral"),
        std::string("\u202b\u0645\u0631\u0641\u0642 \u0627\u0644\u0631\u0633\u0627\u0644\u0629\u202c")}) {
    Converted c(letter_head + heading + "\n\nD\u00e9claration du Gouvernement\n\n"
                "Le Gouvernement rappelle son attachement \u00e0 la paix.\n");
    BOOST_TEST(count(c.root, "//attachments/attachment") == 1u, heading);
    BOOST_TEST(count(c.root, "//mainBody/p") == 2u, heading);
    BOOST_TEST(values(c.root, "//attachment//mainBody//p").back() == "Le Gouvernement rappelle son attachement \u00e0 la paix.");
  }
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

BOOST_AUTO_TEST_CASE(a_decision_formula_ending_in_a_colon_is_followed_by_its_lettered_paragraphs) {
  // A/C.2/80/L.60: "The General Assembly:" / "(a) Approves ..." / "(b) Invites ..."
  Converted c("The General Assembly:\n\n(a) Approves the fictional programme of work;\n\n"
              "(b) Invites the Bureau to take it into account.\n");
  BOOST_TEST(value(c.root, "//preamble/formula") == "The General Assembly:");
  BOOST_TEST(count(c.root, "//preamble/container") == 0u);
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"(a)", "(b)"}), boost::test_tools::per_element());
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

// In text that prints each title whole, a line set apart under an annex's title by a blank
// line is not the title's: "Preamble" heads the annex's preamble (A/RES/76/112's guidelines).
// A line apart that begins in lower case still goes on the title (S/RES/1244's annex).
BOOST_AUTO_TEST_CASE(a_line_apart_under_an_annex_title_is_not_the_title) {
  Converted c(kHead +
              "1. Takes note of the guidelines annexed to the present resolution.\n\n"
              "100th plenary meeting\n\n24 December 2026\n\n"
              "Annex\n\n"
              "Guidelines on the protection of fictional resources\n\n"
              "Preamble\n\n"
              "Acknowledging that fictional resources are limited,\n\n"
              "Guideline 1\n\nUse of terms\n\n"
              "Annex II\n\n"
              "Statement by the Chair on the conclusion of the meeting\n\n"
              "of the Fictional Ministers held on 6 May 2026\n\n"
              "The Ministers adopted the following principles.\n");
  BOOST_TEST(values(c.root, "//attachment//longTitle") ==
                 (Strings{"Guidelines on the protection of fictional resources",
                          "Statement by the Chair on the conclusion of the meeting of the Fictional Ministers held on 6 May 2026"}),
             boost::test_tools::per_element());
  const std::string preamble = "//attachment[1]//preamble/container";
  BOOST_TEST(values(c.root, preamble + "/@name") == (Strings{"preambleHeading", "preambularClause"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, preamble + "[1]") == "Preamble");
}

BOOST_AUTO_TEST_CASE(a_presidential_statement_has_its_text_in_the_body) {
  Converted c(
      "United Nations\n\nS/PRST/2026/3\n\nSecurity Council\n\nDistr.: General\n12 February 2026\n"
      "Original: English\n\n"
      "Statement by the President of the Security Council\n"
      "At the 9870th meeting of the Security Council, held on 12 February 2026, in\n"
      "connection with the Council\u2019s consideration of the item entitled \u201cThe situation\n"
      "in the Republic of Arcadia\u201d, the President of the Security Council made the\n"
      "following statement on behalf of the Council:\n"
      "\u201cThe Security Council reaffirms its strong commitment to the sovereignty,\n"
      "independence, unity and territorial integrity of the Republic of Arcadia.\n"
      "\u201cThe Security Council requests the Secretary-General to keep it informed of\n"
      "developments.\u201d\n\n26-02231 (E)\n\n*2602231*\n\f");
  BOOST_TEST(value(c.root, "//preface/longTitle") == "Statement by the President of the Security Council");
  // The meeting it was made at heads it, as a resolution's adoption line does.
  BOOST_TEST(value(c.root, "//preface/p[@class='adoption']").rfind("At the 9870th meeting", 0) == 0u);
  Strings body = values(c.root, "//mainBody/p");
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(body[0].rfind("\u201cThe Security Council reaffirms", 0) == 0u, body[0]);
  BOOST_TEST(body[1].rfind("\u201cThe Security Council requests", 0) == 0u, body[1]);
  BOOST_TEST(count(c.root, "//coverPage//p[contains(., 'Security Council reaffirms')]") == 0u);
}

// "The General Assembly decides:" is a decision's formula, and its lettered items its body.
BOOST_AUTO_TEST_CASE(a_decision_formula_ending_in_decides) {
  Converted c(
      "United Nations\n\nA/80/L.99\n\nGeneral Assembly\n\nDistr.: Limited\n3 March 2026\n\n"
      "Eightieth session\nAgenda item 125\n\n"
      "Draft decision submitted by the President of the General Assembly\n\n"
      "Scope and modalities of the high-level meeting on water\n\n"
      "The General Assembly decides:\n\n"
      "(a) That the high-level meeting shall be held on 22 September 2026;\n\n"
      "(b) To request the President of the General Assembly to prepare a summary of the meeting.\n");
  BOOST_TEST(value(c.root, "//preamble/formula") == "The General Assembly decides:");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"(a)", "(b)"}), boost::test_tools::per_element());
}

// A statement read out as the Council's text opens with its formula in quotation marks.
BOOST_AUTO_TEST_CASE(a_quoted_formula_is_the_formula) {
  Converted c(
      "Human Rights Council\n\nEighteenth session\n\nAgenda item 2\n\n"
      "At the 38th meeting, held on 30 September 2011, the President of the Human Rights Council read out "
      "the following statement:\n\n"
      "\u201cThe Human Rights Council,\n\n"
      "Acknowledging the need for constructive dialogue,\n\n"
      "Invites the High Commissioner to include detailed information in her annual report.\u201d\n");
  BOOST_TEST(value(c.root, "//preamble/formula") == "\u201cThe Human Rights Council,");
  BOOST_TEST(value(c.root, "//preamble/container[@name='preambularClause'][1]") == "Acknowledging the need for constructive dialogue,");
}

BOOST_AUTO_TEST_CASE(a_statement_issued_as_follows_is_dated_by_its_meeting) {
  // A/HRC/PRST/15/2: "... issued a statement prepared in consultation with the High
  // Commissioner reading as follows:", under a masthead in capitals ("HUMAN RIGHTS COUNCIL")
  Converted c(
      "HUMAN RIGHTS COUNCIL\n\nSeventy-fifth session\n\nAgenda item 1\n\n"
      "At the 34th meeting, held on 1 October 2045, the President of the Council issued a statement "
      "prepared in consultation with the High Commissioner reading as follows:\n\n"
      "\u201cThe Human Rights Council\n\n"
      "1. Acknowledges the ongoing constructive dialogue with the High Commissioner.\u201d\n");
  BOOST_TEST(value(c.root, "//FRBRWork/FRBRdate/@date") == "2045-10-01");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "missing-date") == 0);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(ecosoc_session_named_by_its_year_and_its_period) {
  Converted c(
      "United Nations\n\n"
      "E/RES/2021/99\n\n"
      "Economic and Social Council\n\n"
      "Distr.: General\n\n"
      "15 June 2021\n\n"
      "2021 session\n\n"
      "25 July 2020-22 July 2021\n\n"
      "Agenda item 19 (b)\n\n"
      "Social development\n\n"
      "Resolution adopted by the Economic and Social Council on 8 June 2021\n\n"
      "2021/99. A fictional resolution\n\n"
      "The Economic and Social Council,\n\n"
      "Recalling its resolution 2020/1 of 1 June 2020,\n\n"
      "1. Decides to remain seized of the matter.\n");
  Strings session = values(c.root, "//preface/container[@name='sessionInfo']/p");
  BOOST_TEST_REQUIRE(session.size() == 4u);
  BOOST_TEST(session[0] == "2021 session");
  BOOST_TEST(value(c.root, "//preface//session/@value") == "2021");
  BOOST_TEST(session[1] == "25 July 2020-22 July 2021");
  BOOST_TEST(count(c.root, "//preface//p[@class='agendaItemTitle']") == 1u);
  BOOST_TEST(count(c.root, "//coverPage//p[contains(., 'session')]") == 0u);
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

// A/79/... as the UN prints a note or report: the agenda item's title, the document's own
// title, then the kind of document.
std::string note_with_title(const std::string& kind_line) {
  return "United Nations\n\nA/79/999\n\nGeneral Assembly\n\nDistr.: General\n2 August 2044\n\n"
         "Original: English\n\nSeventy-ninth session\nItem 71 (b) of the provisional agenda\n"
         "Promotion and protection of human rights: human rights\n"
         "questions, including alternative approaches for improving the\n"
         "effective enjoyment of human rights and fundamental freedoms\n\n"
         "Situation of fictional defenders\n\n" +
         kind_line +
         "\n\nSummary\nThe present report reviews the situation of fictional defenders.\n\nI. Introduction\n"
         "1. The Secretary-General has the honour to transmit to the General Assembly the report of\n"
         "the Special Rapporteur, submitted in accordance with Human Rights Council resolution 99/4.\n";
}

BOOST_AUTO_TEST_CASE(a_note_or_report_under_its_own_title_has_that_title) {
  for (const char* kind_line : {"Note by the Secretary-General", "Report of the Secretary-General"}) {
    Converted c(note_with_title(kind_line));
    BOOST_TEST(value(c.root, "//preface//docTitle") == "Situation of fictional defenders");
    BOOST_TEST(value(c.root, "//preface/p[@class='docType']/docType") == kind_line);
    BOOST_TEST(values(c.root, "//preface//p[@class='agendaItemTitle']") ==
               (Strings{"Promotion and protection of human rights: human rights questions, including alternative "
                        "approaches for improving the effective enjoyment of human rights and fundamental freedoms"}),
               boost::test_tools::per_element());
    // "Summary", unnumbered, heads the text before the first numbered section
    BOOST_TEST(values(c.root, "//mainBody/hcontainer/heading") == (Strings{"Summary", "Introduction"}),
               boost::test_tools::per_element());
    BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
  }
  // without a title of its own, the note is titled by its kind, and the agenda keeps its title
  std::string untitled = note_with_title("Note by the Secretary-General");
  untitled.erase(untitled.find("Situation of fictional defenders\n\n"), std::strlen("Situation of fictional defenders\n\n"));
  Converted c(untitled);
  BOOST_TEST(value(c.root, "//preface//docTitle") == "Note by the Secretary-General");
  BOOST_TEST(count(c.root, "//preface//p[@class='agendaItemTitle']") == 1u);
}

BOOST_AUTO_TEST_CASE(a_security_council_report_without_agenda_has_its_title) {
  // The Security Council's reports print no session or agenda: the title, then the kind
  Converted c("United Nations\n\nS/2044/1\n\nSecurity Council\n\nDistr.: General\n2 January 2044\n\n"
              "Original: English\n\nSituation in Arcadia\n\nReport of the Secretary-General\n\n"
              "I. Introduction\n"
              "1. The present report is submitted pursuant to Security Council resolution 2999 (2043).\n");
  BOOST_TEST(value(c.root, "//preface//docTitle") == "Situation in Arcadia");
  BOOST_TEST(value(c.root, "//preface/p[@class='docType']/docType") == "Report of the Secretary-General");
  BOOST_TEST(count(c.root, "//coverPage//p") == 6u);  // the masthead only
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(an_agenda_item_named_after_a_letter_heads_a_resolution_not_a_letter) {
  // Emergency special sessions take as agenda item the letter that called them; the item's
  // title is that letter's title with its symbol, and the resolution's own number is "ES-".
  Converted c("United Nations\n\nA/RES/ES-99/4\n\nGeneral Assembly\n\nDistr.: General\n\n"
              "13 October 2030\n\nNinety-ninth emergency special session\n\nAgenda item 5\n\n"
              "Letter dated 28 February 2030 from the Permanent Representative of Utopia to the "
              "United Nations addressed to the President of the Security Council (S/2030/136)\n\n"
              "Resolution adopted by the General Assembly on 12 October 2030\n\n"
              "ES-99/4. A fictional resolution\n\n"
              "The General Assembly,\n\n"
              "Recalling its resolution ES-99/1 of 2 March 2030,\n\n"
              "1. Decides to adjourn the session temporarily.\n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "resolution");
  BOOST_TEST(value(c.root, "//preface//p[@class='agendaItemTitle']").rfind("Letter dated 28 February 2030", 0) == 0);
  BOOST_TEST(value(c.root, "//preface//docNumber") == "ES-99/4");
  BOOST_TEST(value(c.root, "//preface//docTitle") == "A fictional resolution");
  BOOST_TEST(count(c.root, "//preamble/formula") == 1u);
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambularClause']") == 1u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "missing-formula") == 0);
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

BOOST_AUTO_TEST_CASE(a_translations_language_line_is_part_of_the_masthead) {
  Converted c("United Nations\n\nS/2030/999\n\nSecurity Council\n\nDistr.: General\n17 April 2030\n"
              "English\nOriginal: Arabic\n\n"
              "Letter dated 16 April 2030 from the Permanent Representative of Utopia to the United Nations "
              "addressed to the Secretary-General\n\n"
              "I have the honour to write to you about a fictional matter.\n");
  BOOST_TEST(count(c.root, "//coverPage//p[.='English']") == 1u);
  BOOST_TEST(value(c.root, "//coverPage//inline[@name='originalLanguage']") == "Arabic");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
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

BOOST_AUTO_TEST_CASE(a_masthead_above_the_number_stays_the_documents_own) {
  // The masthead printed above "78/999." is no other document's text.
  Converted c("General Assembly\n\n"
              "Distr.: General\n\n"
              "20 December 2024\n\n"
              "78/999. A fictional resolution\n\n"
              "The General Assembly,\n\n"
              "Noting the fictional report,\n\n"
              "1. Approves the fictional measures.\n",
              "A_RES_78_999.txt");
  BOOST_TEST(count(c.root, "//container[@name='precedingText' or @name='followingText']") == 0u);
  BOOST_TEST(count(c.root, "//coverPage/container[@name='masthead']/p[not(@status)]") == 3u);
  BOOST_TEST(count(c.root, "/akomaNtoso/*/mainBody/paragraph") == 1u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "neighbouring-document") == 0);
}

BOOST_AUTO_TEST_CASE(a_drafts_sponsors_are_its_proponents_and_its_title_follows_them) {
  // "Austria, Belgium ... : draft resolution" above a draft's title, as a line or as a list
  // broken where the PDF broke it.
  Converted one("United Nations\n\nA/C.3/80/L.999\n\nGeneral Assembly\n\nDistr.: Limited\n\n5 November 2025\n\n"
                "Eightieth session\n\nThird Committee\n\nAgenda item 71\n\nPromotion and protection of human rights\n\n"
                "Austria, Belgium and Chile: draft resolution\n\n"
                "A fictional draft on human rights\n\n"
                "The General Assembly,\n\n"
                "Recalling its fictional resolutions,\n\n"
                "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(one.root, "//preface/p[@class='sponsors']/docProponent") == "Austria, Belgium and Chile");
  BOOST_TEST(value(one.root, "//preface/p[@class='sponsors']") == "Austria, Belgium and Chile: draft resolution");
  BOOST_TEST(value(one.root, "//preface/longTitle/p/docTitle") == "A fictional draft on human rights");
  // the committee under the session is the body that considers the draft, no agenda title
  BOOST_TEST(value(one.root, "//container[@name='sessionInfo']//docAuthority") == "Third Committee");
  BOOST_TEST(values(one.root, "//p[@class='agendaItemTitle']") ==
             std::vector<std::string>{"Promotion and protection of human rights"});
  Converted broken("S/2025/999\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n\n22 December 2025\n\n"
                   "Albania, Austria, Belgium, Chile, Denmark, United Kingdom of Great\n\n"
                   "Britain and Northern Ireland and Uruguay: draft resolution\n\n"
                   "The Security Council,\n\n"
                   "Recalling its fictional resolutions,\n\n"
                   "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(broken.root, "//preface/p[@class='sponsors']/docProponent") ==
             "Albania, Austria, Belgium, Chile, Denmark, United Kingdom of Great Britain and Northern Ireland and Uruguay");
  BOOST_TEST(std::count(broken.warnings.begin(), broken.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(a_draft_submitted_by_an_officer_has_its_title_after_that_line) {
  // "Draft resolution submitted by the Chair" stands where a draft's sponsors stand; the
  // committee above it, named over three lines and with no session, is the body.
  Converted c("United Nations\n\nA/AC.109/2030/L.99\n\nGeneral Assembly\n\nDistr.: Limited\n\n12 June 2030\n\n"
              "Original: English\n\n"
              "Special Committee on the Situation with regard to the\nImplementation of the Declaration on the Granting of\n"
              "Independence to Colonial Countries and Peoples\n\n"
              "Draft resolution submitted by the Chair\n\nQuestion of Borealia\n\n"
              "The General Assembly,\n\nHaving considered the question of Borealia,\n\n"
              "1. Reaffirms the right of the people of Borealia to self-determination.\n");
  BOOST_TEST(value(c.root, "//container[@name='sessionInfo']//docAuthority").rfind("Special Committee on the Situation", 0) == 0u);
  BOOST_TEST(value(c.root, "//preface/p[@class='sponsors']") == "Draft resolution submitted by the Chair");
  BOOST_TEST(value(c.root, "//preface/longTitle/p/docTitle") == "Question of Borealia");
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
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

BOOST_AUTO_TEST_CASE(the_masthead_of_the_nineteen_nineties_in_capitals) {
  // "UNITED" / "NATIONS", "Distr." / "GENERAL", "ORIGINAL:  ENGLISH", the adoption line in
  // capitals or broken before its date, as the Official Document System keeps them.
  Converted sc("UNITED\n\nNATIONS\n\nDistr.\n\nGENERAL\n\nS/RES/9999 (1999)\n\n10 June 1999\n\n"
               "RESOLUTION 9999 (1999)\n\n"
               "Adopted by the Security Council at its 9999th meeting,\n\non 10 June 1999\n\n"
               "The Security Council,\n\nRecalling its fictional resolutions,\n\n"
               "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(sc.root, "//coverPage//docAuthority") == "UNITED NATIONS");
  BOOST_TEST(value(sc.root, "//coverPage//docStatus") == "Distr. GENERAL");
  BOOST_TEST(value(sc.root, "//preface/p[@class='adoption']//date/@date") == "1999-06-10");
  BOOST_TEST(std::count(sc.warnings.begin(), sc.warnings.end(), "unrecognised-block") == 0);
  Converted ga("UNITED      A\n\nNATIONS\n\nGeneral Assembly\n\nDistr.\n\nGENERAL\n\nA/RES/54/999\n\n"
               "18 January 2000\n\nORIGINAL:  ENGLISH\n\nFifty-fourth session\n\nAgenda item 40\n\n"
               "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n\n"
               "[without reference to a Main Committee (A/54/L.99)]\n\n"
               "54/999. A fictional resolution\n\nThe General Assembly,\n\nRecalling its fictional resolutions,\n\n"
               "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(ga.root, "//coverPage//inline[@name='originalLanguage']") == "ENGLISH");
  BOOST_TEST(value(ga.root, "//preface/p[@class='adoption']") == "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY");
  BOOST_TEST(value(ga.root, "//preface/longTitle/p/docTitle") == "A fictional resolution");
  BOOST_TEST(std::count(ga.warnings.begin(), ga.warnings.end(), "unrecognised-block") == 0);
  // OCR of the typescript: a speck before the masthead's date
  Converted ocr("UNITED\n\nNATIONS\n\nGeneral Assembly\n\nDistr.\n\nLIMITED\n\nA/L.999\n\n~9 September 1971\n\n"
                "ORIGINAL:  ENGLISH\n\nTwenty-sixth session\n\nAgenda item 93\n\n"
                "Arcadia and Borduria: draft resolution\n\nThe General Assembly,\n\n"
                "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(ocr.root, "//coverPage//docDate/@date") == "1971-09-09");
}

BOOST_AUTO_TEST_CASE(a_letters_title_in_capitals_goes_on_to_its_addressee) {
  // The 1990s printed a letter's title in capitals, its lines apart, the letters of a
  // paragraph's sub-items in lower case; "United" / "Nations" as a web page breaks the logo.
  Converted c("United\nNations\n\nDistr.\nGENERAL\n\nS/1999/999\n10 June 1999\n\nORIGINAL: ENGLISH\n\n"
              "LETTER DATED 9 JUNE 1999 FROM THE CHAIRMAN OF THE COMMITTEE ESTABLISHED\n\n"
              "PURSUANT TO PARAGRAPH 9 (b) (i) OF RESOLUTION 9999 (1999)\n\n"
              "ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL\n\n"
              "I have the honour to transmit a fictional report.\n\n(Signed) Jane DOE\n");
  BOOST_TEST(value(c.root, "//coverPage//docAuthority") == "United Nations");
  const std::string title = value(c.root, "//preface/longTitle/p/docTitle");
  BOOST_TEST(title.find("PURSUANT TO PARAGRAPH 9 (b) (i)") != std::string::npos, title);
  BOOST_TEST(title.find("ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL") != std::string::npos, title);
  BOOST_TEST(values(c.root, "//mainBody/p").size() == 1u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(a_human_rights_council_draft_has_its_number_to_come_and_geneva_furniture) {
  // "88/... Title": the number the draft will take, not part of its title; "GE.30-04520(E)",
  // the Geneva office's job number, is page furniture.
  Converted c("United Nations\n\nA/HRC/88/L.99\n\nGeneral Assembly\n\nDistr.: Limited\n1 April 2030\n"
              "Original: English\n\nHuman Rights Council\nEighty-eighth session\n24 February\u20134 April 2030\n"
              "Agenda item 4\nHuman rights situations that require the Council\u2019s attention\n\n"
              "Austria,* Belgium and Utopia:* draft resolution\n\n"
              "88/... Situation of human rights in Borealia\nThe Human Rights Council,\n"
              "Recalling its previous resolutions,\n1.\nDecides to remain seized of the matter.\n\n"
              "__________________\n* State not a member of the Human Rights Council.\n\nGE.30-04520(E)\n\n*3004520*\n");
  BOOST_TEST(value(c.root, "//preface/p[@class='docNumber']/docNumber") == "88/...");
  BOOST_TEST(value(c.root, "//preface/longTitle/p/docTitle") == "Situation of human rights in Borealia");
  BOOST_TEST(count(c.root, "//*[contains(text(), 'GE.30')]") == 0u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 1u);
}

BOOST_AUTO_TEST_CASE(a_human_rights_council_statement_heads_its_text_as_a_resolution_does) {
  // "Statement by the President" / "PRST 18/2" / "At the 38th meeting, held on ..., the
  // President ... read out the following statement:" / "The Human Rights Council, ...".
  Converted c("Human Rights Council\n\nFourteenth cycle\n\nOrganizational meeting\n\n16 December 2020\n\n"
              "Agenda item 5\n\nFictional bodies and mechanisms\n\n"
              "Statement by the President\n\n"
              "PRST OS/14/9. Methods of work of a fictional group\n\n"
              "At the organizational meeting of the Human Rights Council held on 16 December 2020, the President "
              "of the Council made the following statement:\n\n"
              "The Human Rights Council,\n\n"
              "Guided by the Charter of the United Nations,\n\n"
              "Decides to adopt the methods of work of the fictional group.\n",
              "A_HRC_PRST_OS_14_9.txt");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "presidentialStatement");
  BOOST_TEST(value(c.root, "//preface/p[@class='docNumber']/docNumber") == "PRST OS/14/9");
  BOOST_TEST(value(c.root, "//preface/p[@class='docType']/docType") == "Statement by the President");
  BOOST_TEST(value(c.root, "//preface/longTitle/p/docTitle") == "Methods of work of a fictional group");
  BOOST_TEST(value(c.root, "//preface/p[@class='adoption']//date/@date") == "2020-12-16");
  BOOST_TEST(value(c.root, "//FRBRWork/FRBRdate/@date") == "2020-12-16");
  BOOST_TEST(count(c.root, "/akomaNtoso/*/preamble/container") == 1u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(a_security_council_statement_is_dated_by_the_meeting_it_was_made_at) {
  for (const char* meeting :
       {"At the 9999th meeting of the Security Council, held on 30 January 2018, in connection with the Council's "
        "consideration of the item entitled \u201cFictional matters\u201d, the President of the Security Council "
        "made the following statement on behalf of the Council:",
        "On 30 January 2018, in connection with the Council's consideration of the item entitled \u201cFictional "
        "matters\u201d, the President of the Security Council issued the following statement on behalf of the Council:"}) {
    Converted c(std::string("Statement by the President of the Security Council\n\n") + meeting +
                    "\n\n\u201cThe Security Council takes note of the fictional report.\n\n"
                    "\u201cThe Security Council requests a fictional briefing.\u201d\n",
                "S_PRST_2018_99.txt");
    BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "presidentialStatement");
    BOOST_TEST(value(c.root, "//preface/p[@class='adoption']//date/@date") == "2018-01-30");
    BOOST_TEST(value(c.root, "//FRBRWork/FRBRdate/@date") == "2018-01-30");
    BOOST_TEST(count(c.root, "/akomaNtoso/*/mainBody/*") == 2u);
  }
}

BOOST_AUTO_TEST_CASE(a_decision_as_the_official_records_print_it_has_no_preamble) {
  // "74/999. Title" / "At its 95th plenary meeting, on 5 September 2025, the General Assembly
  // decided ...": the record of what was decided is the decision's text.
  Converted c("79/999. Cooperation with a fictional forum\n\n"
              "At its 95th plenary meeting, on 5 September 2025, the General Assembly decided to include the item "
              "in the provisional agenda of its eightieth session.\n\n"
              "As a result, the fictional forum will report to the Assembly.\n",
              "A_DEC_79_999.txt");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "decision");
  BOOST_TEST(count(c.root, "//preamble") == 0u);
  BOOST_TEST(count(c.root, "/akomaNtoso/*/mainBody/*") == 2u);
}

BOOST_AUTO_TEST_CASE(a_decision_of_one_sentence_with_the_organ_as_subject_is_its_text) {
  // "The General Assembly appointed ...": no enacting formula, no preambular clause
  const std::string sentence = "The General Assembly appointed Arcadia and Borduria members of the Fictional Committee.";
  Converted c("A/DEC/99/501\n\nDecision adopted by the General Assembly on 18 December 2044\n\n"
              "99/501. Appointment of members of the Fictional Committee\n\n" +
              sentence + "\n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "decision");
  BOOST_TEST(count(c.root, "//preamble") == 0u);
  BOOST_TEST(value(c.root, "/akomaNtoso/*/mainBody/paragraph/content/p") == sentence);
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

BOOST_AUTO_TEST_CASE(a_decision_is_dated_by_the_record_of_its_adoption) {
  // No adoption line, no closing meeting line: the record that is its text dates it (the
  // FRBR Work date), not the unknown date.
  Converted c("79/999. Cooperation with a fictional forum\n\n"
              "At its 95th plenary meeting, on 5 September 2025, the General Assembly decided to include the item "
              "in the provisional agenda of its eightieth session.\n\n"
              "At its 101st plenary meeting, on 9 September 2025, the General Assembly took note of it.\n",
              "A_DEC_79_999.txt");
  BOOST_TEST(value(c.root, "//FRBRWork/FRBRdate/@date") == "2025-09-05");
  // and the body it names adopted it
  BOOST_TEST(value(c.root, "//FRBRWork/FRBRthis/@value").find("/un-ga/2025-09-05/") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_amendment_has_its_sponsors_its_title_and_what_it_does_as_its_text) {
  Converted c("United Nations\n\nA/99/L.3\n\nGeneral Assembly\n\nDistr.: Limited\n\n8 December 2099\n\n"
              "Ninety-ninth session\n\nAgenda item 72\n\nA fictional agenda item\n\n"
              "Ruritania: amendment to draft resolution A/99/L.1\n\n"
              "A fictional title\n\n"
              "After operative paragraph 7, insert the following operative paragraph:\n\n"
              "Stresses the need for fictional relief;\n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "amendment");
  BOOST_TEST(value(c.root, "//preface/p[@class='sponsors']/docProponent") == "Ruritania");
  BOOST_TEST(value(c.root, "//longTitle//docTitle") == "A fictional title");
  BOOST_TEST(values(c.root, "//mainBody/paragraph") ==
                 (Strings{"After operative paragraph 7, insert the following operative paragraph:",
                          "Stresses the need for fictional relief;"}),
             boost::test_tools::per_element());
}

// The symbol of the draft an amendment amends, printed on the line under its sponsors (A/C.3/80/L.57,
// as PyMuPDF prints it), goes with them: the title and the numbered changes keep their roles.
BOOST_AUTO_TEST_CASE(an_amendment_whose_draft_symbol_stands_under_its_sponsors) {
  Converted c("United Nations \nA/C.3/99/L.57 \n \n \nGeneral Assembly \nDistr.: Limited \n12 November 2099 \n"
              "Original: English \n \n \nNinety-ninth session \nThird Committee \nAgenda item 107 \n"
              "A fictional agenda item \n \n \n \nRuritania: amendment to revised draft resolution \n"
              "A/C.3/99/L.3/Rev.1 \n \n \n \n Strengthening the fictional programme, in particular its \n"
              "technical cooperation capacity \n \n \n1. \nIn operative paragraph 64, after \u201cefforts\u201d insert \n"
              "\u201cand elsewhere\u201d. \n2. \nIn operative paragraph 65, delete \u201calways\u201d. \n");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "amendment");
  BOOST_TEST(value(c.root, "//preface/p[@class='sponsors']") ==
             "Ruritania: amendment to revised draft resolution A/C.3/99/L.3/Rev.1");
  BOOST_TEST(value(c.root, "//longTitle//docTitle") ==
             "Strengthening the fictional programme, in particular its technical cooperation capacity");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
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
