// End to end on short fictional documents, with the real grammar and schema: each footnote
// at its marker, however the text prints the two (glued to a word, apart, in superscript,
// after a year or a symbol's own number; notes at each page foot, without a rule, or all at
// the end), and the numbers that are no markers.
#define BOOST_TEST_MODULE notes
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

BOOST_AUTO_TEST_CASE(notes_numbered_with_a_slash_go_to_their_markers) {
  // the documents of the 1990s: "Programme of Action, 1/ adopted ...", "1/ A/CONF.157/24"
  Converted c(kHead +
              "Taking note of the Vienna Declaration, 1/ adopted by the Conference,\n\n"
              "___________\n\n"
              "1/ A/CONF.157/24 (Part I), chap. III.\n\n"
              "1. Takes note of the report; 2/\n\n"
              "___________\n\n"
              "2/ Ibid., para. 99.\n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"1/", "2/"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//authorialNote/@eId") == (Strings{"authorialNote_1", "authorialNote_2"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote") == "A/CONF.157/24 (Part I), chap. III.");
  BOOST_TEST(value(c.root, "//mainBody/paragraph/content/p/authorialNote") == "Ibid., para. 99.");
}

BOOST_AUTO_TEST_CASE(reference_numbers_are_not_footnote_markers) {
  // "DEC.4", after the marker, ends in the number of note 4: the marker is "Convention,4"
  Converted c(kHead +
              "1. Recalls the Convention,4 decisions C-24/DEC.4 and paragraph II.96 of COVID-19;\n\n"
              "__________\n"
              "4 A fictional footnote.\n");
  std::string clause = value(c.root, "//mainBody/paragraph/content/p");
  BOOST_TEST(clause.find("decisions C-24/DEC.4 and paragraph II.96 of COVID-19;") != std::string::npos, clause);
  BOOST_TEST(value(c.root, "//mainBody//authorialNote/@marker") == "4");
  BOOST_TEST(value(c.root, "//mainBody//authorialNote") == "A fictional footnote.");
}

BOOST_AUTO_TEST_CASE(a_page_printed_alone_shows_its_notes_as_pymupdf_prints_them) {
  // A draft of one page, as PyMuPDF prints it, has no page counter; its job number shows it
  // was printed. A marker apart ending its paragraph after punctuation ("Questions, 2") is its
  // note's, as on any printed page; and notes printed without a rule, stacked at the page's
  // foot ("*" above "**"), are all notes, not only the last.
  Converted c(
      "United Nations \nA/C.5/99/L.12\n \n \nGeneral Assembly \nDistr.: Limited \n21 December 2045 \n"
      "Original: English \n \n45-20997 (E)    211245 \n*4520997* \n \n \nNinety-ninth session \n"
      "Fifth Committee \nAgenda item 136 \nFictional budget \n \n \n"
      "Arcadia:* draft resolution \n \n \nFictional estimates \n \n \nThe General Assembly, \n \n"
      "Having considered the report of the Secretary-General1 and the related report of \n"
      "the Advisory Committee on Fictional Questions, 2 \n \n"
      "Decides not to approve any resources under the Fictional Treaty.** \n \n"
      "__________________ \n \n1  A/99/525. \n \n2  A/99/7/Add.24. \n \n \n"
      "* Any changes to the list of sponsors will be reflected in the official record. \n \n"
      "** United Nations, Treaty Series, vol. 2187, No. 38544. \n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"*", "1", "2", "**"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[1]/p").find("Questions,A/99/7/Add.24.") != std::string::npos,
             value(c.root, "//preamble/container[1]/p"));
  BOOST_TEST(values(c.root, "//preamble/container").size() == 1u);
}

BOOST_AUTO_TEST_CASE(notes_printed_without_a_rule_stack_at_their_page_foot) {
  // pdftotext: each unruled note is the last text of its page or stands above another.
  Converted c(
      "United Nations\n\nA/99/L.19\n\nGeneral Assembly\n\nDistr.: Limited\n2 December 2045\n\n"
      "Original: English\n\nNinety-ninth session\nAgenda item 31\nFictional questions\n\n"
      "Arcadia:* amendment to draft resolution A/99/L.18\n\nThe General Assembly,\n\n"
      "Recalling the Fictional Treaty,**\n\n1. Decides to remain seized of the matter.\n\n"
      "* Any changes to the list of sponsors will be reflected in the official record.\n\n"
      "** United Nations, Treaty Series, vol. 2187, No. 38544.\n\n45-20997 (E)\n\f");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"*", "**"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//preamble/container").size() == 1u);
}

// The UN's own text prints every note at the end, after a rule, and leaves each marker glued
// to its word ("Framework1", "2030,2"): each note goes to its marker, however far back, in
// the order of the numbers; a marker glued to a year ("April 20203") is the year's last
// digits; one glued to other digits ("paragraph 124") cannot be told from the number and its
// note follows the note before it.
BOOST_AUTO_TEST_CASE(notes_at_the_end_go_to_their_markers_in_order) {
  Converted c(kHead +
              "Recalling also the Sendai Framework1 and the 2030 Agenda for Sustainable Development,2\n\n"
              "Noting the summit held on 14 April 20203 in Geneva and its paragraph 124,\n\n"
              "1. Approves the report of the Committee.5\n\n"
              "35th meeting\n\n"
              "17 June 2011\n\n"
              "__________________\n\n"
              "1 Resolution 69/283, annex II.\n\n"
              "2 Resolution 70/1.\n\n"
              "3 See A/75/1.\n\n"
              "4 See A/75/1, para. 12.\n\n"
              "5 A/75/2.\n");
  Strings pieces = values(c.root, "//preamble/container[2]/p/text()");
  BOOST_TEST(pieces == (Strings{"Recalling also the Sendai Framework", "and the 2030 Agenda for Sustainable Development,"}),
             pieces.size());
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"1", "2"}));
  // "20203": the year 2020 and note 3; "124" is kept as printed: note 4 follows note 3
  const std::string summit = value(c.root, "//preamble/container[3]/p");
  BOOST_TEST(summit.find("20203") == std::string::npos, summit);
  BOOST_TEST(summit.find("in Geneva and its paragraph 124,") != std::string::npos, summit);
  BOOST_TEST(value(c.root, "//preamble/container[3]//date/@date") == "2020-04-14");
  BOOST_TEST(values(c.root, "//preamble/container[3]//authorialNote/@marker") == (Strings{"3", "4"}));
  BOOST_TEST(values(c.root, "//mainBody/paragraph/content/p/text()") == (Strings{"Approves the report of the Committee."}));
  BOOST_TEST(value(c.root, "//mainBody/paragraph/content/p/authorialNote/@marker") == "5");
}

BOOST_AUTO_TEST_CASE(footnote_markers_printed_apart_from_their_words_take_their_notes) {
  // pdftotext prints a superscript marker as a number between spaces ("Rights, 3 which",
  // "the Paris Agreement 4 and"); in text with pages, that is where the note goes.
  const std::string clauses =
      "Recalling the International Covenant on Economic, Social and Cultural Rights, 3\n"
      "which recognizes the right of everyone to an adequate standard of living,\n"
      "Reaffirming the Paris Agreement 4 and its early entry into force, and paragraph 4 of\n"
      "resolution 77/999,\n"
      "1. Decides to remain seized of the matter.\n"
      "__________________\n"
      "3\n"
      "See resolution 2200 A (XXI), annex.\n"
      "4\n"
      "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n";
  Converted paged(kHead + "\f" + clauses);
  Strings recitals = values(paged.root, "//preamble/container[@name='preambularClause']/p");
  BOOST_TEST_REQUIRE(recitals.size() == 3u);  // the first is kHead's
  BOOST_TEST(value(paged.root, "//preamble/container[2]/p/authorialNote/@marker") == "3");
  BOOST_TEST(value(paged.root, "//preamble/container[3]/p/authorialNote/@marker") == "4");
  BOOST_TEST(recitals[1].find("Rights, 3") == std::string::npos, recitals[1]);
  BOOST_TEST(recitals[2].find("Agreement 4") == std::string::npos, recitals[2]);
  BOOST_TEST(recitals[2].find("paragraph 4 of") != std::string::npos, recitals[2]);
}

BOOST_AUTO_TEST_CASE(a_marker_printed_apart_after_a_year_or_a_resolutions_number_takes_its_note) {
  // "of 12 August 1949 3 and", "resolutions 71/205 4 and": a year or a resolution's number,
  // then the marker; not after another number ("paragraph 4 of") or a grade ("P-2/1 4 posts")
  const std::string clauses =
      "Recalling the Geneva Conventions of 12 August 1949 3 and paragraph 4 of resolution 98/1,\n"
      "Recalling also its resolutions 71/205 4 and 72/190, and the P-2/1 4 posts,\n"
      "1. Decides to remain seized of the matter.\n"
      "__________________\n"
      "3\nUnited Nations, Treaty Series, vol. 75, Nos. 970-973.\n"
      "4\nSee A/71/999.\n";
  Converted c(kHead + "\f" + clauses);
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote/@marker") == "3");
  BOOST_TEST(value(c.root, "//preamble/container[3]/p/authorialNote/@marker") == "4");
  std::string first = value(c.root, "//preamble/container[2]/p"), second = value(c.root, "//preamble/container[3]/p");
  BOOST_TEST(first.find("1949United Nations") != std::string::npos, first);
  BOOST_TEST(first.find("paragraph 4 of resolution") != std::string::npos, first);
  BOOST_TEST(second.find("71/205See A/71/999. and 72/190") != std::string::npos, second);
  BOOST_TEST(second.find("P-2/1 4 posts") != std::string::npos, second);
}

BOOST_AUTO_TEST_CASE(a_marker_printed_apart_after_a_session_an_acronym_or_before_a_name_takes_its_note) {
  // "at its eleventh special session 3 as well", "HIV/AIDS 4 and", "in Ltamenah, 5 Saraqib",
  // "on COVID-19 6 and": not after a roman number ("Protocol II 4")
  const std::string clauses =
      "Recalling the outcome of its eleventh special session 3 as well as Protocol II 4 and\n"
      "the Declaration of Commitment on HIV/AIDS 4 and the incidents in Ltamenah, 5 Saraqib and Duma,\n"
      "and the declaration of the Group on COVID-19 6 and its follow-up,\n"
      "1. Decides to remain seized of the matter.\n"
      "__________________\n"
      "3\nSee A/S-11/1.\n4\nResolution S-26/2, annex.\n5\nSee S/2045/5.\n6\nSee A/99/6.\n";
  Converted c(kHead + "\f" + clauses);
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"3", "4", "5", "6"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("COVID-19See A/99/6. and its") != std::string::npos, clause);  // a name's own number
  BOOST_TEST(clause.find("sessionSee A/S-11/1. as well as Protocol II 4 and") != std::string::npos, clause);
  BOOST_TEST(clause.find("HIV/AIDSResolution S-26/2, annex. and") != std::string::npos, clause);
  BOOST_TEST(clause.find("Ltamenah,See S/2045/5. Saraqib") != std::string::npos, clause);
}

BOOST_AUTO_TEST_CASE(a_superscript_marker_as_pymupdf_prints_it_takes_its_note_without_page_breaks) {
  // PyMuPDF's text has no form feeds; it prints a superscript marker apart with two spaces
  // after it ("signed at Geneva on 17 June 1925, 3  and", "Development Goals 5  to"). In text
  // that shows no pages, one space is no such sign ("Agenda 21, 4 and").
  Converted c(kHead +
              "Recalling the Protocol signed at Geneva on 17 June 1925, 3  and the Convention on Their "
              "Destruction 4  and Agenda 21, 4 and 5,\n\n"
              "1. Encourages States to invest in achieving the Sustainable Development Goals 5  to address "
              "inequalities.\n\n"
              "2. Recalls its resolutions 1 and 2 and all previous resolutions 6  on the question.\n\n"
              "__________________\n\n3  League of Nations, Treaty Series, vol. XCIV, No. 2138.\n\n"
              "4  United Nations, Treaty Series, vol. 1974, No. 33757.\n\n5  See resolution 70/1.\n\n"
              "6  Resolutions 90/1 and 91/1.\n");
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"3", "4"}),
             boost::test_tools::per_element());
  // after a name's word that takes numbers ("Goals 5  to")
  BOOST_TEST(value(c.root, "//mainBody/paragraph[1]/content/p/authorialNote/@marker") == "5");
  // after a word whose number may be a marker ("resolutions 6  on"); its two spaces become one
  BOOST_TEST(value(c.root, "//mainBody/paragraph[2]/content/p/authorialNote/@marker") == "6");
  BOOST_TEST(std::string(test::node(c.root, "//mainBody/paragraph[2]/content/p/text()[last()]").value()) ==
             " on the question.");
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("1925,League of Nations") != std::string::npos, clause);
  BOOST_TEST(clause.find("DestructionUnited Nations") != std::string::npos, clause);
  BOOST_TEST(clause.find("Agenda 21, 4 and 5") != std::string::npos, clause);
}

// Recitals as PyMuPDF prints them, enough to fill a first page past the lines where a page
// counter may stand (the furniture rules' `after: 30`).
std::string recitals_of_pymupdf(int count) {
  std::string text;
  for (int k = 0; k < count; ++k) text += "Recalling its fictional resolution " + std::to_string(k) + ", \n \n";
  return text;
}

BOOST_AUTO_TEST_CASE(pymupdf_s_pages_let_a_marker_apart_with_one_space_take_its_note) {
  // PyMuPDF's text shows its pages by their furniture only (job number, page counter): a
  // marker apart with one space after a year ("1997 1 and", "the 2010 5 Review"), or ending
  // its paragraph after punctuation ("Restraint, 2", "session; 3"), is the note's, looked for
  // on its page after any surer one; "from 3 to 6" is no marker
  Converted c(
      "United Nations \nA/C.2/99/L.20\n \n \nGeneral Assembly \nDistr.: Limited \n15 October 2045 \n"
      "Original: English \n \n45-16735 (E)    221045 \n*4516735* \n \n \nNinety-ninth session \n"
      "Second Committee \nAgenda item 16 \nFictional questions \n \n \nArcadia: draft resolution \n \n \n"
      "Fictional cooperation \n \n \nThe General Assembly,  \n \n" +
      recitals_of_pymupdf(8) +
      "Recalling its resolutions 52/120 of 12 December 1997 1 and 55/110 of 4 December \n"
      "2000, and the Fictional Convention on Restraint, 2 \n \n"
      "1. \nWelcomes the convening, from 3 to 6 February 2045, of the organizational \n"
      "session, and the adoption of the report of the Committee on that session; 3  \n \n"
      "2. \nAlso welcomes the Final Documents of the 2000 4 and the 2010 5 Review Conferences \n"
      "and the progress made in the first and second substantive \n"
      "sessions of the Committee, convened in New York \n"
      "__________________ \n \n1  A/RES/52/120. \n2  A/CONF.999/1. \n3  A/AC.999/3. \n"
      "4  A/CONF.2000/28. \n5  A/CONF.2010/50. \n\n"
      "A/C.2/99/L.20 \n \n45-16735\n2/2 \n \n"
      "from 4 to 8 August 2045; \n \n3. \nDecides to remain seized of the matter. \n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"1", "2", "3", "4", "5"}),
             boost::test_tools::per_element());
  std::string recital = value(c.root, "//preamble/container[contains(., 'Restraint')]/p");
  BOOST_TEST(recital.find("1997A/RES/52/120. and 55/110") != std::string::npos, recital);
  BOOST_TEST(recital.find("Restraint,A/CONF.999/1.") != std::string::npos, recital);
  std::string first = value(c.root, "//mainBody/paragraph[1]/content");
  BOOST_TEST(first.find("from 3 to 6 February 2045") != std::string::npos, first);
  BOOST_TEST(first.find("session;A/AC.999/3.") != std::string::npos, first);
  std::string second = value(c.root, "//mainBody/paragraph[2]/content");  // a year, then a name's capital
  BOOST_TEST(second.find("the 2000A/CONF.2000/28. and the 2010A/CONF.2010/50. Review") != std::string::npos, second);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unmarked-note") == 0);
}

BOOST_AUTO_TEST_CASE(a_lone_number_no_rule_reads_is_the_marker_when_it_is_the_only_one_on_the_page) {
  // A/RES/78/115: "the relevant review resolutions 3 and" is note 3's marker, the only "3"
  // standing alone after a name or "resolutions" on the note's page; "Goal 4 and", "proclaimed
  // 5 March" and "paragraph 5 of" are no markers, so note 5 stays next to note 4; a decision's
  // symbol may stand before one ("1/CP.99 6 and")
  const std::string clauses =
      "Recalling the subsequent reviews of the Strategy, 2 the relevant review resolutions 3 and the debates,\n"
      "Recalling also Sustainable Development Goal 4 and the day it proclaimed 5 March, and paragraph 5 of\n"
      "its resolution 98/1, and the Kyoto Protocol 4 on climate, and decisions 1/CP.99 6 and 1/CMA.9,\n"
      "1. Decides to remain seized of the matter.\n"
      "__________________\n"
      "2\nResolution 60/288.\n3\nResolutions 62/272 and 64/297.\n4\nSee A/99/4.\n5\nSee A/99/5.\n"
      "6\nSee FCCC/CP/2099/1.\n";
  Converted c(kHead + "\f" + clauses);
  std::string first = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(first.find("resolutionsResolutions 62/272 and 64/297. and the debates") != std::string::npos, first);
  std::string second = value(c.root, "//preamble/container[3]/p");
  BOOST_TEST(second.find("Goal 4 and the day it proclaimed 5 March, and paragraph 5 of") != std::string::npos, second);
  BOOST_TEST(second.find("Kyoto ProtocolSee A/99/4.See A/99/5. on climate") != std::string::npos, second);
  BOOST_TEST(second.find("1/CP.99See FCCC/CP/2099/1. and 1/CMA.9") != std::string::npos, second);  // after a symbol
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unmarked-note") == 1);
}

BOOST_AUTO_TEST_CASE(an_asterisk_note_that_is_a_paragraph_of_its_own_is_a_note_in_text_without_pages) {
  // Paragraph text (S/RES/2250 (2015), A/RES/77/256) prints a page foot's asterisk note as a
  // paragraph between clauses: it goes to its marker, or where it stood; "* * *" between a
  // text's parts is no note
  Converted c(kHead +
              "Recalling the allowances determined by the General Assembly;*\n\n"
              "* Dependency allowances and education grant.\n\n"
              "Noting the fictional report,\n\n"
              "*\tReissued for technical reasons on 5 January 2046.\n\n"
              "Affirming the fictional principles,\n\n"
              "* * *\n\n"
              "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"*", "*"}), boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[2]/p") ==
             "Recalling the allowances determined by the General Assembly;Dependency allowances and education grant.");
  BOOST_TEST(value(c.root, "//preamble/container[3]/p") ==
             "Noting the fictional report,Reissued for technical reasons on 5 January 2046.");
  BOOST_TEST(count(c.root, "//p[normalize-space(.) = '* * *']") == 1u);
}

BOOST_AUTO_TEST_CASE(a_number_that_goes_on_is_no_marker) {
  // "$1.2 billion", "1,500 posts": the "1" before a decimal or thousands is the number's own;
  // note 1's marker comes later
  Converted c(kHead +
              "Noting that partners have appealed for $1.2 billion and 1,500 posts,\n\n"
              "Recalling the Fictional Convention,1\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 A/CONF.999/1.\n");
  BOOST_TEST(count(c.root, "//preamble/container[2]//authorialNote") == 0u);
  BOOST_TEST(value(c.root, "//preamble/container[2]/p") == "Noting that partners have appealed for $1.2 billion and 1,500 posts,");
  BOOST_TEST(value(c.root, "//preamble/container[3]/p/authorialNote/@marker") == "1");
}

BOOST_AUTO_TEST_CASE(markers_glued_in_a_list_take_their_notes) {
  // A/80/L.18: "in a single conflict,10,11": two markers after a comma, each its note's; "1,622
  // persons" is one number
  Converted c(kHead +
              "Noting that 1,622 persons were affected, with the highest toll in a single conflict,1,2\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 A/99/149, para. 61.\n\n2 See relevant statements.\n");
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"1", "2"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("1,622 persons") != std::string::npos, clause);
  BOOST_TEST(clause.find("conflict,A/99/149, para. 61.,See relevant statements.") != std::string::npos, clause);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unmarked-note") == 0);
}

BOOST_AUTO_TEST_CASE(a_marker_printed_apart_after_a_sentences_end_takes_its_note) {
  // "... under the Plan. 1" at a line's end, "... thereunder. 2 The States ..." before the next
  // sentence; an abbreviation that takes a number is no sentence's end ("vol. 3 The").
  const std::string letter =
      "Letter dated 1 March 2045 from the Permanent Representative of Arcadia to the United Nations "
      "addressed to the Secretary-General\n\n"
      "I have the honour to refer to the implementation of commitments under the Plan. 1\n"
      "The other parties have failed to fulfil their obligations thereunder. 2 The States concerned\n"
      "are listed in United Nations, Treaty Series, vol. 3 The Plan remains in force.\n"
      "Open hearings were included in resolutions 98/321 and 99/305. 3 These are the forum.\n"
      "As recalled in \u201CThe future we want\u201D. 4 The parties agree.\n"
      "(Signed) Ana Fictional\nPermanent Representative\n"
      "__________________\n1\nSee S/2045/1.\n2\nSee S/2045/2.\n3\nSee A/99/3.\n4\nSee A/99/4.\n";
  Converted c("United Nations\n\nS/2045/99\n\nSecurity Council\n\nDistr.: General\n2 March 2045\n\f" + letter);
  std::string body = value(c.root, "//mainBody");
  BOOST_TEST(values(c.root, "//mainBody//authorialNote/@marker") == (Strings{"1", "2", "3", "4"}),
             boost::test_tools::per_element());
  BOOST_TEST(body.find("Plan.See S/2045/1.") != std::string::npos, body);
  BOOST_TEST(body.find("thereunder.See S/2045/2. The States") != std::string::npos, body);
  BOOST_TEST(body.find("vol. 3 The Plan") != std::string::npos, body);
  BOOST_TEST(body.find("99/305.See A/99/3. These") != std::string::npos, body);  // a resolution's number ends it
  BOOST_TEST(body.find("want\u201D.See A/99/4. The parties") != std::string::npos, body);  // and a quotation
}

BOOST_AUTO_TEST_CASE(a_marker_glued_to_a_year_takes_its_note_and_the_notes_after_it_theirs) {
  // The UN's own text glues a marker to the year before it ("of 19691"); the notes, all at
  // the end, go to their markers, and a first note whose marker cannot be read does not
  // send the others to the end.
  const std::string notes = "\n__________________\n\n1 United Nations, Treaty Series, vol. 1001.\n\n2 Ibid., vol. 1520.\n";
  Converted year(kHead +
                 "Recalling the Convention of 19691 and the African Charter on Human and Peoples\u2019 Rights,2\n\n"
                 "1. Decides to remain seized of the matter.\n" + notes);
  BOOST_TEST(value(year.root, "//preamble/container[2]/p/authorialNote[1]/@marker") == "1");
  BOOST_TEST(value(year.root, "//preamble/container[2]/p/authorialNote[2]/@marker") == "2");
  BOOST_TEST(value(year.root, "//preamble/container[2]/p").find("19691") == std::string::npos);
  // after the sentence's stop: "held in June 2017.1", not "C-24/DEC.1"
  Converted stop(kHead + "Recalling decision C-24/DEC.1 and the conference held in June 2017.1 It was a success,2\n\n"
                         "1. Decides to remain seized of the matter.\n" + notes);
  BOOST_TEST(values(stop.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"1", "2"}),
             boost::test_tools::per_element());
  std::string clause = value(stop.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("C-24/DEC.1 and") != std::string::npos, clause);
  BOOST_TEST(clause.find("2017.United Nations") != std::string::npos, clause);
  Converted unread(kHead +
                   "Recalling the Convention of 1969 and its protocol,\n\n"
                   "Recalling also the African Charter on Human and Peoples\u2019 Rights,2\n\n"
                   "1. Decides to remain seized of the matter.\n" + notes);
  // note 1, its marker unread, goes right before note 2
  BOOST_TEST(values(unread.root, "//preamble/container[3]/p/authorialNote/@marker") == (Strings{"1", "2"}));
}

BOOST_AUTO_TEST_CASE(a_note_whose_marker_cannot_be_read_does_not_hide_the_next_marker) {
  // "paragraph 172": paragraph 17 and marker 2, or paragraph 1 and marker 72; note 2 goes
  // right after note 1, and marker 3, later in the same clause, still takes note 3.
  Converted c(kHead +
              "Recalling the Rio Declaration1 and paragraph 172 and the Plan of Implementation,3 and its review,\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 A/CONF.151/26/Rev.1.\n\n2 Ibid., annex II.\n\n3 A/CONF.199/20.\n");
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"1", "2", "3"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("Declaration" "A/CONF.151/26/Rev.1." "Ibid., annex II. and paragraph 172 and") !=
                 std::string::npos,
             clause);
  BOOST_TEST(clause.find("Implementation,A/CONF.199/20. and its review") != std::string::npos, clause);
  // the note not at its marker is reported, the others not
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unmarked-note") == 1);
}

BOOST_AUTO_TEST_CASE(a_marker_printed_apart_before_the_number_of_a_lists_next_item_takes_its_note) {
  // pdftotext (A/RES/78/129): "Human Rights Day, 2 9 December as ...": marker 2, then the
  // date that begins the list's next item
  const std::string clauses =
      "Welcoming the observance of 10 December as Human Rights Day, 2 9 December as the\n"
      "International Day of Commemoration, 3 and 2 October as the International Day of Non-Violence,\n"
      "1. Decides to remain seized of the matter.\n"
      "__________________\n"
      "2\n"
      "Resolution 423 (V).\n"
      "3\n"
      "Resolution 69/323.\n";
  Converted c(kHead + "\f" + clauses);
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"2", "3"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("Rights Day,Resolution 423 (V). 9 December") != std::string::npos, clause);
}

BOOST_AUTO_TEST_CASE(the_marker_printed_apart_after_a_parts_letter_takes_its_note) {
  // A/RES/75/242 B as the UN's text prints it: "B 1", note 1 saying what became part A
  Converted c("United Nations\n\nA/RES/99/242 B\n\nGeneral Assembly\n\nDistr.: General\n\n8 July 2045\n\n"
              "Resolution adopted by the General Assembly on 30 June 2045\n\n"
              "99/242. Fictional financial reports\n\nB 1\n\nThe General Assembly,\n\n"
              "Recalling its resolution 99/242 of 31 December 2044,\n\n"
              "Having considered the fictional report,2\n\n1. Decides to remain seized of the matter.\n\n"
              "__________________\n\n1 Resolution 99/242, in section VI, becomes resolution 99/242 A.\n\n"
              "2 A/99/5.\n");
  BOOST_TEST(value(c.root, "//preface/p[@class='partHeading']/authorialNote/@marker") == "1");
  BOOST_TEST(value(c.root, "//preface/p[@class='partHeading']/text()[1]") == "B");
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote/@marker") == "2");
}

BOOST_AUTO_TEST_CASE(a_marker_glued_to_a_name_or_symbol_ending_in_a_number_takes_its_note) {
  // The UN's text: "Agenda 216" (Agenda 21, note 6), "resolution 71/2057" (71/205, note 7),
  // "decision 1/CP.2125" (1/CP.21, note 25), "decision VII/1112" (VII/11, note 12)
  Converted c(kHead +
              "Recalling Agenda 211 and its resolutions 71/2052 and 72/190,3 and decision 1/CP.214 of the "
              "Conference of the Parties, decision VII/115 and its decision 26/COP.15 of 20 May 2022\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 A/CONF.151/26/Rev.1.\n\n2 Resolution 71/205.\n\n3 Resolution 72/190.\n\n"
              "4 See FCCC/CP/2015/10/Add.1.\n\n5 See UNEP/CBD/COP/7/21, annex.\n\n6 A note whose marker was lost.\n");
  BOOST_TEST(values(c.root, "//preamble/container[2]/p//authorialNote/@marker") == (Strings{"1", "2", "3", "4", "5", "6"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("Agenda 21A/CONF.151/26/Rev.1. and") != std::string::npos, clause);
  BOOST_TEST(clause.find("71/205Resolution 71/205. and") != std::string::npos, clause);
  BOOST_TEST(clause.find("decision 1/CP.21See FCCC/CP/2015/10/Add.1.") != std::string::npos, clause);
  BOOST_TEST(clause.find("decision VII/11See UNEP/CBD/COP/7/21, annex.") != std::string::npos, clause);
  // a session holds fewer than a hundred decisions: "26/COP.15" is no "26/COP.1" with marker 5
  BOOST_TEST(clause.find("26/COP.15 of 20 May 2022") != std::string::npos, clause);
}

BOOST_AUTO_TEST_CASE(the_text_before_a_marker_is_read_from_a_characters_start) {
  // The windows of text read before a marker (a few dozen bytes) begin where a character does:
  // accented letters before "71/2057", at every offset, in French.
  for (int pad = 0; pad < 4; ++pad) {
    std::string accents;
    for (int i = 0; i < 40 + pad; ++i) accents += i % 2 ? "é" : "e";
    Converted c("Nations Unies\n\nA/RES/99/7\n\nAssemblée générale\n\nDistr. générale\n\n1er février 2045\n\n"
                "Résolution adoptée par l’Assemblée générale le 28 janvier 2045\n\n"
                "99/7. Une résolution fictive\n\nL’Assemblée générale,\n\n"
                "Rappelant la Déclaration1 et " + accents + " élaborée 71/2052,\n\n"
                "1. Décide de rester saisie de la question.\n\n"
                "__________________\n\n1 Résolution 97/1.\n\n2 Résolution 71/205.\n");
    BOOST_TEST(values(c.root, "//preamble/container[1]/p//authorialNote/@marker") == (Strings{"1", "2"}),
               boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(the_asterisk_note_of_a_reissued_symbol_goes_to_the_symbol) {
  // "A/RES/78/68*" / "* Reissued for technical reasons on 15 January 2024.": the mark
  // follows a digit, which for a numbered marker would make it part of a number
  Converted c("\fA/RES/78/999*\n\nGeneral Assembly\n\nDistr.: General\n6 December 2023\n\n"
              "Resolution adopted by the General Assembly\non 5 December 2023\n\n"
              "78/999. A fictional resolution\n"
              "The General Assembly,\n"
              "Recalling its resolution 77/999 of 7 December 2022,\n"
              "1. Decides to remain seized of the matter.\n"
              "__________________\n"
              "* Reissued for technical reasons on 15 January 2024.\n");
  BOOST_TEST(count(c.root, "//coverPage//authorialNote[@marker='*']") == 1u);  // the masthead
  BOOST_TEST(value(c.root, "//coverPage//docNumber[not(@status)]") == "A/RES/78/999");  // printed, not derived
  BOOST_TEST(count(c.root, "//preamble//authorialNote") == 0u);
  BOOST_TEST(count(c.root, "//mainBody//authorialNote") == 0u);
}

BOOST_AUTO_TEST_CASE(a_compilation_page_prints_its_notes_at_its_foot_without_a_rule) {
  // OCR of the printed volumes: the notes stand at the page's foot, each a paragraph of its
  // own, above the next page's marker, with no rule above them. A date or a line that goes
  // on a sentence at a page's foot is no note.
  Converted c(
      "<!-- Page 1 -->\n\n"
      "3001 (XXVII). A fictional resolution\n\n"
      "The General Assembly,\n\n"
      "Recalling its resolution 2999 (XXVII) on the fictional question,28\n\n"
      "Having considered the report of the Fictional Committee,29\n\n"
      "28 Official Records of the General Assembly, Twenty-seventh Session, Supplement No. 9.\n\n"
      "29 Ibid., Supplement No. 35 (A/8735).\n\n"
      "<!-- Page 2 -->\n\n"
      "1. Approves the report;\n\n"
      "2. Decides to review the fictional question in the light of resolutions 242 (1967) and\n"
      "338 (1973).\n\n"
      "<!-- Page 3 -->\n\n"
      "2102nd plenary meeting\n\n"
      "14 December 1972.\n");
  BOOST_TEST(values(c.root, "//preamble/container/p/authorialNote/@marker") == (Strings{"28", "29"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote") == "Ibid., Supplement No. 35 (A/8735).");
  BOOST_TEST(count(c.root, "//preamble/container") == 2u);
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//mainBody/paragraph[2]/content/p").find("242 (1967) and 338 (1973).") != std::string::npos);
  BOOST_TEST(count(c.root, "//authorialNote") == 2u);
}

BOOST_AUTO_TEST_CASE(a_compilation_prints_its_markers_in_superscript_digits) {
  // OCR of the printed volumes may read a marker as superscript digits ("Committee¹²",
  // "¹² Official Records ..."): each is its note's, "²" is not the end of
  // "¹²", and the note's marker is written as its number.
  Converted c(
      "<!-- Page 1 -->\n\n"
      "3002 (XXX). A fictional resolution\n\n"
      "The General Assembly,\n\n"
      "Recalling the fictional study\u00b2 and its resolution 2999 (XXVII),\n\n"
      "Having considered the report of the Fictional Committee\u00b9\u00b2 and its annex,\n\n"
      "Noting the fictional plan,\u2077\n\n"
      "\u2077 See A/10007.\n\n"  // mid-page, where a column of the printed volume ends
      "Bearing in mind the fictional needs,\n\n"
      "1. Approves the report.\n\n"
      "---\n\n"
      "\u00b2 A/10002.\n\n"
      "\u00b9\u00b2 Official Records of the General Assembly, Thirtieth Session, Supplement No. 33.\n\n"
      "<!-- Page 2 -->\n\n"
      "2440th plenary meeting\n\n"
      "15 December 1975.\n");
  BOOST_TEST(value(c.root, "//preamble/container[1]/p/authorialNote/@marker") == "2");
  BOOST_TEST(value(c.root, "//preamble/container[1]/p/authorialNote") == "A/10002.");
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote/@marker") == "12");
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote") ==
             "Official Records of the General Assembly, Thirtieth Session, Supplement No. 33.");
  BOOST_TEST(value(c.root, "//preamble/container[3]/p/authorialNote/@marker") == "7");
  BOOST_TEST(value(c.root, "//preamble/container[3]/p/authorialNote") == "See A/10007.");
  BOOST_TEST(count(c.root, "//preamble/container") == 4u);
  BOOST_TEST(value(c.root, "//preamble/container[2]/p").find("\u00b9") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_marker_glued_to_the_year_ending_a_range_takes_its_note) {
  // "the Decade 2014–20241" (the UN's own text): the year 2024, then marker 1
  Converted c(kHead +
              "Recalling the Programme of Action for the Decade 2014\u201320241 and the response to COVID\u201119,2\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 A/CONF.999/1.\n\n2 Resolution 98/1.\n");
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"1", "2"}),
             boost::test_tools::per_element());
  std::string clause = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(clause.find("2014\u20132024A/CONF.999/1. and") != std::string::npos, clause);
  BOOST_TEST(clause.find("COVID\u201119,Resolution") != std::string::npos, clause);
}

BOOST_AUTO_TEST_CASE(clean_text_takes_a_marker_apart_only_at_its_paragraph_s_end) {
  // A/RES/75/182 as the UN's text prints it: "... for trade and development”, 11" ends its
  // paragraph; a number apart inside a paragraph ("paragraphs 5, 1 and 12") is no marker
  // where no pages show.
  Converted c(kHead +
              "Recalling paragraphs 5, 1 and 12 of its resolution 70/1, and the outcome entitled "
              "\u201CFrom decision to action\u201D, 1\n\n"
              "Noting the report of the Secretary-General,2\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n1 See TD/519.\n\n2 A/99/100.\n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"1", "2"}), boost::test_tools::per_element());
  std::string recital = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(recital.find("paragraphs 5, 1 and 12 of") != std::string::npos, recital);
  BOOST_TEST(recital.find("action\u201D,See TD/519.") != std::string::npos, recital);
}

BOOST_AUTO_TEST_CASE(a_number_glued_to_an_abbreviation_s_stop_is_no_marker) {
  // A/RES/77/248 as the UN's text prints it: "Greenhouse Gas Bulletin No.18, that ..." and,
  // later, "... Safety of Life at Sea, 1974,18 ships": the marker is the second
  Converted c(kHead +
              "Noting the findings of the Fictional Bulletin No.2, that levels rose, and that under the "
              "Fictional Convention, 1974,2 ships are required to report,\n\n"
              "Noting also the report of the Secretary-General,3\n\n"
              "1. Decides to remain seized of the matter.\n"
              "\n__________________\n\n2 United Nations, Treaty Series, vol. 1184, No. 18961.\n\n3 A/99/100.\n");
  BOOST_TEST(values(c.root, "//authorialNote/@marker") == (Strings{"2", "3"}), boost::test_tools::per_element());
  std::string recital = value(c.root, "//preamble/container[2]/p");
  BOOST_TEST(recital.find("Bulletin No.2, that") != std::string::npos, recital);
  BOOST_TEST(recital.find("1974,United Nations, Treaty Series") != std::string::npos, recital);
}

BOOST_AUTO_TEST_CASE(the_text_going_on_below_its_notes_ends_them_where_no_blank_line_parts_them) {
  // UNBench's S/2024/400 as its record prints it: no pages, no blank lines, the notes under
  // their rule in the middle of the text; a note's next line begins in lower case, the text
  // goes on after a note that has ended.
  Converted c(kHead +
              "Taking note of the fictional Aide Memoire,1\n"
              "__________________\n"
              "1 The first Aide Memoire was adopted on 15 March 2002\n"
              "in S/PRST/2002/6.\n"
              "Recognizing the role of the fictional system,\n"
              "1. Decides to remain seized of the matter.\n");
  BOOST_TEST(value(c.root, "//authorialNote") == "The first Aide Memoire was adopted on 15 March 2002 in S/PRST/2002/6.");
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambularClause']") == 3);
  BOOST_TEST(value(c.root, "//preamble/container[3]/p") == "Recognizing the role of the fictional system,");
  BOOST_TEST(value(c.root, "//mainBody/paragraph/content/p") == "Decides to remain seized of the matter.");
}
