// End to end on short fictional letters and notes verbales, with the real grammar and
// schema: their titles and addressees, signatures, annexes, and what tells a letter from a
// resolution whose agenda item names one. (Resolutions: test_structure.)
#define BOOST_TEST_MODULE letters
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

BOOST_AUTO_TEST_CASE(a_letters_title_under_the_signature_begins_the_letter_it_transmits) {
  // An older letter as a web page gives it, "Annex" not printed over the letter it transmits:
  // that letter's title is no title of the signatory's but the annex's heading
  Converted c(
      "General Assembly\n"
      "Security Council\n\n"
      "1 May 2041\n\n"
      "Letter dated 30 April 2041 from the Permanent Representative of\n"
      "Borealia to the United Nations addressed to the Secretary-General\n\n"
      "I have the honour to transmit herewith a letter dated 29 April 2041 addressed to you by the "
      "Permanent Observer of the Fictional League to the United Nations (see annex).\n\n"
      "I should be grateful if you would arrange for this letter and its annex to be circulated as a "
      "document of the General Assembly and of the Security Council.\n\n"
      "(Signed) Jane Doe\n"
      "Permanent Representative\n\n\n"
      "Letter dated 29 April 2041 from the Permanent Observer of the\n"
      "Fictional League to the United Nations\n"
      "addressed to the Secretary-General\n\n"
      "On instructions from the Council of the Fictional League, I have the honour to bring the attached "
      "resolution to your attention.\n");
  BOOST_TEST(value(c.root, "//conclusions//signature") == "(Signed) Jane Doe Permanent Representative");
  BOOST_TEST_REQUIRE(count(c.root, "//attachment/doc[@name='annex']") == 1u);
  std::string heading = value(c.root, "//attachment//preface");
  BOOST_TEST(heading.rfind("Letter dated 29 April 2041 from the Permanent Observer", 0) == 0u, heading);
  BOOST_TEST(value(c.root, "//attachment//mainBody/p").rfind("On instructions from the Council", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_letters_paragraph_after_its_numbered_points_is_the_letters_again) {
  // A letter that numbers the points it raises, then closes as letters do: the closing
  // paragraphs are the letter's, not unnumbered clauses of an operative part
  Converted c(
      "Security Council\n\n"
      "3 March 2041\n\n"
      "Letter dated 2 March 2041 from the Permanent Representative of\n"
      "Borealia to the United Nations addressed to the President of the\n"
      "Security Council\n\n"
      "I have the honour to draw your attention to the following:\n\n"
      "1. On 1 March 2041, armed units crossed the border at three places.\n\n"
      "2. The Government of Borealia has protested to the authorities of the\n"
      "neighbouring State:\n\n"
      "(a) By a note verbale of 1 March 2041;\n\n"
      "(b) Through its embassy.\n\n"
      "My Government calls on the Council to consider the matter urgently.\n\n"
      "I should be grateful if the present letter could be circulated as a\n"
      "document of the Security Council.\n\n"
      "(Signed) Jane Doe\n"
      "Permanent Representative\n");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (std::vector<std::string>{"1.", "2."}),
             boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//mainBody/paragraph[not(num)]") == 0u);
  BOOST_TEST(count(c.root, "//mainBody/paragraph[num='2.']/point") == 2u);
  std::vector<std::string> after = values(c.root, "//mainBody/paragraph[num='2.']/following-sibling::p");
  BOOST_TEST_REQUIRE(after.size() == 2u);
  BOOST_TEST(after[0].rfind("My Government calls on the Council", 0) == 0u, after[0]);
  BOOST_TEST(after[1].rfind("I should be grateful", 0) == 0u, after[1]);
  BOOST_TEST(value(c.root, "//conclusions//signature") == "(Signed) Jane Doe Permanent Representative");
}

BOOST_AUTO_TEST_CASE(an_annexed_letter_is_read_as_a_letter) {
  // The letter a letter transmits: its paragraphs after its numbered points are its own, not
  // unnumbered clauses
  Converted c(
      "Security Council\n\n"
      "3 March 2041\n\n"
      "Letter dated 2 March 2041 from the Permanent Representative of Borealia to the United Nations "
      "addressed to the Secretary-General\n\n"
      "I have the honour to transmit herewith a letter from my Minister for Foreign Affairs (see annex).\n\n"
      "I should be grateful if the present letter and its annex could be circulated as a document of the "
      "Security Council.\n\n"
      "(Signed) Jane Doe\n"
      "Permanent Representative\n\n"
      "Annex to the letter dated 2 March 2041 from the Permanent Representative of Borealia to the "
      "United Nations addressed to the Secretary-General\n\n"
      "Letter dated 1 March 2041 from the Minister for Foreign Affairs of Borealia addressed to the "
      "Secretary-General\n\n"
      "1. On 28 February 2041, armed units crossed the border at three places.\n\n"
      "2. The Government of Borealia has protested to the authorities of the neighbouring State.\n\n"
      "Please accept, Excellency, the assurances of my highest consideration.\n\n"
      "(Signed) John Roe\n"
      "Minister for Foreign Affairs\n");
  BOOST_TEST_REQUIRE(count(c.root, "//attachment/doc[@name='annex']") == 1u);
  BOOST_TEST(count(c.root, "//attachment//mainBody/paragraph[num]") == 2u);
  BOOST_TEST(count(c.root, "//attachment//mainBody/paragraph[not(num)]") == 0u);
  BOOST_TEST(value(c.root, "//attachment//mainBody/paragraph[2]/following-sibling::p").rfind("Please accept", 0) == 0u);
  BOOST_TEST(values(c.root, "//attachment//signature/person") == Strings{"John Roe"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_letter_as_pdftotext_layout_prints_it_keeps_its_masthead) {
  // `pdftotext -layout`: the masthead's columns side by side, the text indented, the
  // signature at the right margin
  Converted c(
      "United Nations                                                    A/96/718–S/2041/25\n"
      "                General Assembly                                  Distr.: General\n"
      "                Security Council                                  10 January 2041\n"
      "\n"
      "                                                                  Original: English\n"
      "\n"
      "General Assembly                             Security Council\n"
      "Ninety-sixth session                         Ninety-sixth year\n"
      "Agenda item 62\n"
      "Strengthening of the United Nations system\n"
      "\n"
      "          Letter dated 9 January 2041 from the Permanent Representative of\n"
      "          Borealia to the United Nations addressed to the Secretary-General\n"
      "\n"
      "               I have the honour to inform you of the situation on our border, where\n"
      "          armed units crossed at three places on 8 January 2041.\n"
      "\n"
      "                                                                   (Signed) Jane Doe\n"
      "                                                                 Permanent Representative\n");
  BOOST_TEST(values(c.root, "//docNumber") == (Strings{"A/96/718", "S/2041/25"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//coverPage//docAuthority") ==
                 (Strings{"United Nations", "General Assembly", "Security Council"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//docStatus") == "Distr.: General");
  BOOST_TEST(value(c.root, "//coverPage//docDate/@date") == "2041-01-10");
  BOOST_TEST(count(c.root, "//preface/longTitle") == 1u);
  BOOST_TEST(count(c.root, "//mainBody/p") == 1u);
  BOOST_TEST(value(c.root, "//signature/person") == "Jane Doe");
  BOOST_TEST(c.warnings == Strings{}, boost::test_tools::per_element());
}
