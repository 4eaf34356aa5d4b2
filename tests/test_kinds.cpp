// End to end on the other kinds of document, with the real grammar and schema: presidential
// statements, decisions, drafts and their sponsors, amendments, notes and reports, and the
// mastheads of other decades. (Resolutions: test_structure; letters: test_letters.)
#define BOOST_TEST_MODULE kinds
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

BOOST_AUTO_TEST_CASE(a_decision_formula_ending_in_a_colon_is_followed_by_its_lettered_paragraphs) {
  // A/C.2/80/L.60: "The General Assembly:" / "(a) Approves ..." / "(b) Invites ..."
  Converted c("The General Assembly:\n\n(a) Approves the fictional programme of work;\n\n"
              "(b) Invites the Bureau to take it into account.\n");
  BOOST_TEST(value(c.root, "//preamble/formula") == "The General Assembly:");
  BOOST_TEST(count(c.root, "//preamble/container") == 0u);
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"(a)", "(b)"}), boost::test_tools::per_element());
  // A/C.4/80/L.3: the formula recalls what the decision follows before its colon
  Converted recalling("The General Assembly, recalling its decision 98/521 of 4 December 2043:\n\n"
                      "(a) Urges the fictional Governments to reach a definitive solution;\n\n"
                      "(b) Welcomes the efforts made by all.\n");
  BOOST_TEST(value(recalling.root, "//preamble/formula") ==
             "The General Assembly, recalling its decision 98/521 of 4 December 2043:");
  BOOST_TEST(count(recalling.root, "//preamble/container") == 0u);
  BOOST_TEST(values(recalling.root, "//mainBody/paragraph/num") == (Strings{"(a)", "(b)"}),
             boost::test_tools::per_element());
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
