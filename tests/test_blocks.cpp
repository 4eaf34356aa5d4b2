// Lines into blocks, with the real grammar/en: where pdftotext's, PyMuPDF's and OCR's lines
// join into paragraphs and where a new block begins (labels, openers, headings), and how the
// roles of the blocks are recognised from them. Pages and their furniture: test_pages.
#define BOOST_TEST_MODULE blocks
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "blocks/blocks.h"
#include "blocks/list_labels.h"
#include "grammar/grammar.h"
#include "read/furniture.h"
#include "read/source.h"
#include "roles/focus.h"
#include "roles/recogniser.h"
#include "stages.h"
#include "test_support.h"


using namespace text2akn;
using namespace stages;

BOOST_AUTO_TEST_SUITE(blocks)

BOOST_AUTO_TEST_CASE(a_lone_first_word_joins_the_rest_of_its_clause) {
  // Paragraph text (blank lines between paragraphs): the verb set apart on a line of its
  // own goes with the words after it; a clause ending "and" before a participle does not,
  // nor does a lettered item.
  const std::string text =
      "The Economic and Social Council\n\n"
      "Recommends\n\n"
      "to the General Assembly the adoption of the following draft resolution:\n\n"
      "Noting the opening of crossing points, and\n\n"
      "urging the parties to use them,\n\n"
      "Decides\n\n"
      "a. to assist the transition;\n";
  check_blocks(text, {
      "The Economic and Social Council",
      "Recommends to the General Assembly the adoption of the following draft resolution:",
      "Noting the opening of crossing points, and", "urging the parties to use them,", "Decides",
      "a. to assist the transition;"});
}

BOOST_AUTO_TEST_CASE(label_alone_on_a_line_joins_the_next_line) {
  // as pdftotext gives numbered paragraphs: the number on a line of its own
  const std::string text =
      "1.\n"
      "Recognizes the importance of the matter and calls upon all States to cooperate\n"
      "fully with the Special Rapporteur in the discharge of the mandate;\n"
      "2.\n"
      "Decides to remain seized of the matter.\n";
  auto b = blocks_of(text);
  BOOST_TEST(texts(b) ==
                 (std::vector<std::string>{
                     "1. Recognizes the importance of the matter and calls upon all States to cooperate "
                     "fully with the Special Rapporteur in the discharge of the mandate;",
                     "2. Decides to remain seized of the matter."}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(b.size() == 2u);
  BOOST_TEST(b[0].first_line == 1);
  BOOST_TEST(b[0].last_line == 3);
  BOOST_TEST(b[1].first_line == 4);
  BOOST_TEST(b[1].last_line == 5);
}

BOOST_AUTO_TEST_CASE(sub_item_label_alone_joins_too) {
  const std::string text =
      "2. Requests the Secretary-General:\n"
      "(a)\n"
      "To submit a report;\n"
      "(b)\n"
      "To keep the Council informed.\n";
  check_blocks(text, {"2. Requests the Secretary-General:", "(a) To submit a report;",
      "(b) To keep the Council informed."});
}

BOOST_AUTO_TEST_CASE(a_section_number_alone_after_a_clauses_comma_begins_its_section) {
  // A/RES/78/234 as pdftotext gives it: the last preambular clause ends in a comma, which
  // leaves a sentence open, yet the "I" alone under it numbers the section titled below
  const std::string text =
      "\f"
      "Recognizing that the global fight against racism and racial discrimination is a matter\n"
      "of priority for the international community,\n"
      "I\n"
      "International Convention on the Elimination of All Forms of Racial Discrimination\n"
      "1.\n"
      "Reaffirms the paramount importance of universal adherence to the Convention;\n"
      "2.\n"
      "Calls upon States to accede to the Convention, as referred to in annex\n"
      "I to the present resolution;\n";
  check_blocks(text, {
      "Recognizing that the global fight against racism and racial discrimination is a matter "
      "of priority for the international community,",
      "I", "International Convention on the Elimination of All Forms of Racial Discrimination",
      "1. Reaffirms the paramount importance of universal adherence to the Convention;",
      "2. Calls upon States to accede to the Convention, as referred to in annex I to the present resolution;"});
}

BOOST_AUTO_TEST_CASE(a_line_that_may_begin_a_unit_after_a_blank_line_begins_one) {
  // A/RES/S-32/1 as PyMuPDF gives it (a blank line between paragraphs): a declaration's
  // subtitle, as wide as the text and with no stop, then "We, Heads of State ..."; and a
  // clause's comma before "We, the signatories, pledge:" (A/RES/77/335)
  const std::string text =
      "\f"
      "Our common commitment to effectively addressing challenges and measures against corruption\n"
      "\n"
      "We, Heads of State and Government, are assembled at United Nations Headquarters and\n"
      "commit ourselves to the following measures against corruption in all its forms:\n"
      "\n"
      "Stressing the need to limit the number of high-level events held in the margins of the\n"
      "general debate,\n"
      "\n"
      "We, the signatories, pledge:\n";
  check_blocks(text, {
      "Our common commitment to effectively addressing challenges and measures against corruption",
      "We, Heads of State and Government, are assembled at United Nations Headquarters and commit "
      "ourselves to the following measures against corruption in all its forms:",
      "Stressing the need to limit the number of high-level events held in the margins of the general debate,",
      "We, the signatories, pledge:"});
}

BOOST_AUTO_TEST_CASE(a_heading_after_a_full_line_ending_a_sentence_is_a_block_of_its_own) {
  // A/RES/77/10 as pdftotext prints it: the paragraph's last line is full and ends with a
  // stop, a heading follows over the next numbered paragraph; after a colon the short line
  // is a title's second half
  const std::string text =
      "\f"
      "31. Stresses the importance of the protection of refugees and internally displaced persons in\n"
      "the country and of the voluntary, safe and dignified return of all of them to their homes;\n"
      "Refugees and internally displaced persons\n"
      "32. Calls upon all parties to respect their rights;\n"
      "United Nations system support for the African Union\u2019s Agenda 2063:\n"
      "The Africa We Want\n"
      "33. Welcomes the progress made in the implementation of the First Ten-Year Plan of the Agenda.\n";
  check_blocks(text, {
      "31. Stresses the importance of the protection of refugees and internally displaced persons in the "
      "country and of the voluntary, safe and dignified return of all of them to their homes;",
      "Refugees and internally displaced persons",
      "32. Calls upon all parties to respect their rights;",
      "United Nations system support for the African Union\u2019s Agenda 2063: The Africa We Want",
      "33. Welcomes the progress made in the implementation of the First Ten-Year Plan of the Agenda."});
}

BOOST_AUTO_TEST_CASE(a_title_ending_themed_goes_on_to_the_theme) {
  // A/79/919: an annex's title set narrower than the text, broken after "themed"
  const std::string text =
      "\f"
      "Address of the President of the Republic to the participants of the\n"
      "International Conference themed\n"
      "\u201cIslamophobia in Focus\u201d, held on 26 and 27 May 2025 in Baku\n"
      "Dear Conference participants,\n"
      "I welcome you to the International Conference titled \u201cIslamophobia in Focus: Unveiling\n"
      "Bias, Shattering Stigmas\u201d, being held in Baku, and I thank all of you for coming here.\n";
  auto t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(!t.empty());
  BOOST_TEST(t[0] == "Address of the President of the Republic to the participants of the International Conference "
                     "themed \u201cIslamophobia in Focus\u201d, held on 26 and 27 May 2025 in Baku",
             t[0]);
}

BOOST_AUTO_TEST_CASE(a_full_line_inside_a_sentence_goes_on_over_the_page_break) {
  // A/RES/78/317 as pdftotext gives it: page three begins with a capital, but the full line
  // that ended page two began inside its sentence and has no stop
  const std::string text =
      "\f"
      "13. We reaffirm the continued applicability of the Programme of Action for the\n"
      "Sustainable Development of Small Island Developing States adopted in 1994, the\n"
      "Mauritius Strategy for the Further Implementation of the Programme of Action for\n"
      "the Sustainable Development of Small Island Developing States and of the Small Island\n"
      "\f"
      "Developing States of 2005 as blueprints setting out the development priorities of\n"
      "small island developing States.\n"
      "14. We recommit to the full and timely implementation of the 2030 Agenda.\n";
  check_blocks(text, {
      "13. We reaffirm the continued applicability of the Programme of Action for the Sustainable "
      "Development of Small Island Developing States adopted in 1994, the Mauritius Strategy for the "
      "Further Implementation of the Programme of Action for the Sustainable Development of Small Island "
      "Developing States and of the Small Island Developing States of 2005 as blueprints setting out the development priorities of small island "
      "developing States.",
      "14. We recommit to the full and timely implementation of the 2030 Agenda."});
}

BOOST_AUTO_TEST_CASE(a_section_number_printed_before_the_last_items_waits_for_its_heading) {
  // pdftotext printed "11." from the margin ahead of items (c) and (d) of section 10
  const std::string text =
      "\f"
      "10.\n\n"
      "Strategies\n"
      "The plan focuses on:\n"
      "(a) Trade: financing initiatives;\n"
      "(b) Industrialization: supporting manufacturing;\n\n"
      "11.\n\n"
      "(c)\n\n"
      "Trade finance leadership: bridging gaps;\n\n"
      "(d)\n\n"
      "Financial sustainability: strengthening the capital base.\n\n"
      "Declarations\n"
      "The Bank regularly issues declarations.\n";
  auto b = blocks_of(text);
  std::vector<std::string> t = texts(b);
  BOOST_TEST_REQUIRE(t.size() >= 5u);
  BOOST_TEST(t[t.size() - 4] == "(c) Trade finance leadership: bridging gaps;");
  BOOST_TEST(t[t.size() - 3] == "(d) Financial sustainability: strengthening the capital base.");
  BOOST_TEST(t[t.size() - 2] == "11. Declarations");
  BOOST_TEST(b[b.size() - 2].first_line == 8);  // where the number was printed
  // A number is no stray when the next number comes before any unlabelled block: it stays.
  const std::string numbered =
      "\f"
      "1.\n\n"
      "(a) To submit a report;\n\n"
      "2.\n\n"
      "Decides to remain seized of the matter.\n";
  BOOST_TEST(texts(blocks_of(numbered)) ==
                 (std::vector<std::string>{"1.", "(a) To submit a report;", "2. Decides to remain seized of the matter."}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_formula_is_a_block_of_its_own_under_a_full_width_title) {
  const std::string text =
      "\f"
      "Graduation of Bhutan from the least developed country category and its transition\n"
      "The General Assembly,\n"
      "Recalling its resolution 73/133 of 13 December 2018 on a smooth transition for all\n"
      "countries graduating from the category,\n";
  check_blocks(text, {
      "Graduation of Bhutan from the least developed country category and its transition",
      "The General Assembly,",
      "Recalling its resolution 73/133 of 13 December 2018 on a smooth transition for all "
      "countries graduating from the category,"});
}

BOOST_AUTO_TEST_CASE(an_item_numbered_with_a_parenthesis_begins_after_a_sentence_end) {
  const std::string text =
      "\f"
      "12) unilateral coercive measures should not even temporarily restrict activities\n"
      "of diplomatic missions, funds, contributions, and other activities of a character;\n"
      "13) unilateral coercive measures in the field of culture, restrictions on specific\n"
      "cultural figures on the basis of their nationality, are unacceptable;\n";
  BOOST_TEST(blocks_of(text).size() == 2u);
}

BOOST_AUTO_TEST_CASE(page_break_inside_a_sentence_joins_and_is_remembered) {
  const std::string text =
      "3. Calls upon all States to cooperate fully with the Special Rapporteur in the\n"
      "\f"
      "discharge of the mandate, and to provide all the information requested;\n"
      "4. Decides to remain seized of the matter.\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 2u, "blocks: " << b.size());
  BOOST_TEST(b[0].text ==
             "3. Calls upon all States to cooperate fully with the Special Rapporteur in the "
             "discharge of the mandate, and to provide all the information requested;");
  BOOST_TEST(b[0].page_break);
  BOOST_TEST(!b[1].page_break);
}

BOOST_AUTO_TEST_CASE(footnote_number_after_the_punctuation_ends_the_clause) {
  // pdftotext prints the superscript marker as a plain number after the comma
  const std::string text =
      "\f"
      "Recalling the Universal Declaration of Human Rights, 1 the International Covenant on\n"
      "Economic, Social and Cultural Rights and the Convention on the Rights of Persons with\n"
      "Disabilities and the Convention on the Rights of the Child and its Optional Protocols, 4\n"
      "Reaffirming its resolution 70/1 of 25 September 2015, entitled \u201cTransforming our\n"
      "world: the 2030 Agenda for Sustainable Development\u201d, by which it adopted its goals,2\n"
      "Recalling its resolution 76/132 of 16 December 2021,\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 3u, "blocks: " << b.size());
  BOOST_TEST(b[1].text.rfind("Reaffirming", 0) == 0u, b[1].text);
  BOOST_TEST(b[2].text.rfind("Recalling its resolution", 0) == 0u, b[2].text);
}

BOOST_AUTO_TEST_CASE(label_alone_after_a_blank_line_begins_a_clause) {
  // pdftotext moved the end of paragraph 4 above its text; "5." still begins paragraph 5
  const std::string text =
      "\f"
      "4.\n"
      "2021;\n"
      "\n"
      "Decides to extend the mandate of the Verification Mission until 31 October\n"
      "\n"
      "5.\n"
      "Expresses its willingness to work with the Government on the further extension.\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(!b.empty());
  BOOST_TEST(b.back().text == "5. Expresses its willingness to work with the Government on the further extension.");
  // and the ending printed above paragraph 4's text goes back after it
  BOOST_TEST_REQUIRE(b.size() == 2u);
  BOOST_TEST(b[0].text == "4. Decides to extend the mandate of the Verification Mission until 31 October 2021;");
  BOOST_TEST(b[0].first_line == 1);
  BOOST_TEST(b[0].last_line == 4);
}

BOOST_AUTO_TEST_CASE(labelled_line_after_a_blank_line_begins_a_clause_however_the_line_before_ends) {
  // "(a)" / "period;" / "65,459,100 dollars ... for the" / "(b) Less ...": the ending goes back
  // to (a) and "(b)" begins its own item although "for the" cannot end a sentence
  const std::string text =
      "\f"
      "16. Decides that the total assessment for 2024 under the special account\n"
      "amounting to 55,107,500 dollars shall consist of:\n"
      "(a)\n"
      "period;\n"
      "\n"
      "65,459,100 dollars, being the estimated appropriation approved for the\n"
      "\n"
      "(b) Less 3,369,000 dollars, being the credit of the cancellation of prior period\n"
      "obligations corresponding to the year 2021, and other revenue;\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 3u, "blocks: " << b.size());
  BOOST_TEST(b[1].text == "(a) 65,459,100 dollars, being the estimated appropriation approved for the period;");
  BOOST_TEST(b[2].text.rfind("(b) Less", 0) == 0u, b[2].text);
}

BOOST_AUTO_TEST_CASE(a_clause_led_by_a_hyphenated_participle_begins_a_block) {
  // "Re-emphasizing", "Re-affirming": a participle with a prefix leads a clause as well
  const std::string text =
      "\f"
      "Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the\n"
      "Conference of the States Parties at its twenty-fourth session,\n"
      "Re-emphasizing its unequivocal support for the decision of the Director General of the\n"
      "Technical Secretariat,\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 2u, "blocks: " << b.size());
  BOOST_TEST(b[1].text.rfind("Re-emphasizing its unequivocal support", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_name_with_a_number_and_a_colon_goes_on_at_the_next_line) {
  // "Sustainable Development Goal 14: Conserve and sustainably use the oceans ...": the
  // colon ends the line but not the clause
  const std::string text =
      "\f"
      "Encouraging all parties to support the preparations for the next United Nations\n"
      "Conference on Sustainable Development Goal 14:\n"
      "Conserve and sustainably use the oceans, seas and marine resources for sustainable\n"
      "development, to be co-hosted in June 2025,\n"
      "Recalling its resolution 72/73 of 5 December 2017,\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 2u, "blocks: " << b.size());
  BOOST_TEST(b[0].text.find("Goal 14: Conserve and sustainably use") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_wide_heading_over_a_number_alone_is_a_block_of_its_own) {
  // A/RES/78/250: the heading runs nearly the full width; the number below it begins
  // paragraph 2
  const std::string text =
      "\f"
      "1. Endorses the conclusions and recommendations contained in the report of the Advisory\n"
      "Committee and requests their full implementation;\n"
      "Revised budget estimates for the period from 1 July 2023 to 30 June 2024 and beyond\n"
      "2.\n"
      "Decides to appropriate to the special account for the Mission the amount of\n"
      "866,865,700 United States dollars for the maintenance of the Mission;\n";
  check_blocks(text, {
      "1. Endorses the conclusions and recommendations contained in the report of the Advisory "
      "Committee and requests their full implementation;",
      "Revised budget estimates for the period from 1 July 2023 to 30 June 2024 and beyond",
      "2. Decides to appropriate to the special account for the Mission the amount of "
      "866,865,700 United States dollars for the maintenance of the Mission;"});
}

BOOST_AUTO_TEST_CASE(a_wide_heading_over_a_numbered_clause_is_a_block_of_its_own) {
  // A/RES/78/252: a section's heading fills the line; the clause below it begins with its
  // number on the same line
  const std::string text =
      "\f"
      "54. Appreciates the efforts of the Secretary-General to abolish posts in a cost-neutral\n"
      "manner, and takes note of paragraph V.61 of the report of the Committee;\n"
      "Section 21\n"
      "Economic and social development in Latin America and the Caribbean region today\n"
      "55. Acknowledges the Economic Commission for Latin America and the Caribbean on its\n"
      "seventy-fifth anniversary;\n";
  check_blocks(text, {
      "54. Appreciates the efforts of the Secretary-General to abolish posts in a cost-neutral "
      "manner, and takes note of paragraph V.61 of the report of the Committee;",
      "Section 21",
      "Economic and social development in Latin America and the Caribbean region today",
      "55. Acknowledges the Economic Commission for Latin America and the Caribbean on its "
      "seventy-fifth anniversary;"});
}

BOOST_AUTO_TEST_CASE(lines_wrapped_mid_sentence_join) {
  const std::string text =
      "The Permanent Mission of Borealia to the United Nations presents its compliments to the\n"
      "Secretary-General and has the honour to transmit herewith a summary of the national\n"
      "strategy on climate adaptation.\n"
      "\n"
      "The Permanent Mission avails itself of this opportunity to renew the assurances of its\n"
      "highest consideration.\n";
  check_blocks(text, {
      "The Permanent Mission of Borealia to the United Nations presents its compliments to the "
      "Secretary-General and has the honour to transmit herewith a summary of the national "
      "strategy on climate adaptation.",
      "The Permanent Mission avails itself of this opportunity to renew the assurances of its "
      "highest consideration."});
}

BOOST_AUTO_TEST_CASE(hyphen_at_a_line_end_joins_the_word) {
  const std::string text =
      "Referring to the goals that enhance the role of women in socio-\n"
      "economic development and in the peaceful settlement of disputes,\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 1u);
  BOOST_TEST(b[0].text.find("socio-economic development") != std::string::npos, b[0].text);
}

// Typescript read by OCR with a blank line after every line (A/RES/42/37): a fifth of its
// blocks would break off mid-sentence, so its blank lines are read as a PDF's are, and a
// soft hyphen at a line end joins the halves of its word.
BOOST_AUTO_TEST_CASE(double_spaced_ocr_text_joins_its_lines_and_soft_hyphens_join_words) {
  std::string text = "The General Assembly,\n\n";
  for (int i = 1; i <= 12; ++i) {
    std::string n = std::to_string(i);
    text += n + ". Notes with appreciation that, in accordance with the\n\n"
                "Final Declaration of the Review Conference of the\n\n"
                "Parties to the Convention on the Prohibition of the Devel\u00AD\n\n"
                "opment of fictional weapons " + n + ", a meeting was held;\n\n";
  }
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 13u);
  BOOST_TEST(b[1].text ==
             "1. Notes with appreciation that, in accordance with the Final Declaration of the Review "
             "Conference of the Parties to the Convention on the Prohibition of the Development of "
             "fictional weapons 1, a meeting was held;");
}

// Clean text whose paragraphs are lines: one block each, however many end in a comma.
BOOST_AUTO_TEST_CASE(clean_text_of_clauses_ending_in_commas_keeps_its_blank_lines) {
  std::string text = "The General Assembly,\n\n";
  for (int i = 1; i <= 25; ++i) text += "Recalling its resolution " + std::to_string(i) + "/1 of the fictional series,\n\n";
  text += "Recalling also the work of the\n\nCommittee,\n\n1. Decides to remain seized of the matter.\n";
  auto b = blocks_of(text);
  BOOST_TEST(b.size() == 29u);
}

// A word broken at a line end is joined as the text prints it elsewhere: a hyphen stays
// unless the text prints the word whole and never hyphenated ("co-" / "operation"); a soft
// hyphen goes unless the text prints the compound ("forty-" / "third").
BOOST_AUTO_TEST_CASE(a_word_broken_at_a_line_end_is_joined_as_the_text_prints_it) {
  const std::string text =
      "Stressing the need for cooperation with the Secretary-General at the forty-third session,\n"
      "\n"
      "Requests the Secretary-\n"
      "General to report on co-\n"
      "operation at its forty\u00AD\n"
      "third session on the devel\u00AD\n"
      "opment of socio-\n"
      "economic statistics.\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 2u);
  BOOST_TEST(b[1].text ==
             "Requests the Secretary-General to report on cooperation at its forty-third session on "
             "the development of socio-economic statistics.");
}

// pdftotext may print a space inside a word of a justified line ("coun tries"). The halves
// are joined where the text proves them one word: it prints the word at least twice
// elsewhere and each half nowhere else, never the two as a compound ("long-term"); a word
// it prints once elsewhere proves nothing ("time frame" / "timeframe"). Clean text, whose
// lines are no justified print, is left as it is.
BOOST_AUTO_TEST_CASE(a_word_printed_with_a_space_inside_is_joined_where_the_text_proves_it) {
  const std::string recitals =
      "Recalling the needs of developing countries and of the least developed countries,\n"
      "\n"
      "Noting the long-term plans, the longterm views and longterm goals of the timeframe committee,\n"
      "\f"
      "Requests the coun tries concerned to present long term plans within a time frame, St ates\n"
      "being free to choose.\n";
  auto pdf = blocks_of(recitals);
  BOOST_TEST_REQUIRE(pdf.size() == 3u);
  BOOST_TEST(pdf[2].text ==
             "Requests the countries concerned to present long term plans within a time frame, St ates "
             "being free to choose.");
  std::string clean = recitals;
  clean.replace(clean.find('\f'), 1, "\n");
  auto plain = blocks_of(clean);
  BOOST_TEST_REQUIRE(plain.size() == 3u);
  BOOST_TEST(plain[2].text.find("coun tries") != std::string::npos, plain[2].text);
}

// pdftotext joins two printed lines into one wider than the column where a compound broke
// between them, and takes out its hyphen ("SecretaryGeneral"): in such a line a word is given
// back the hyphen the text prints it with more often. A line of the column's width keeps its
// words as printed ("Association of Southeast Asian Nations", though "South-East" is
// printed twice).
BOOST_AUTO_TEST_CASE(a_compound_loses_its_hyphen_only_in_a_line_pdftotext_joined) {
  std::string text = "The General Assembly,\n\n";
  for (int i = 1; i <= 12; ++i)
    text += "Recalling its fictional resolution " + std::to_string(i) +
            " on cooperation between the Secretary-General and the South-East regions,\n";
  text += "\f"
          "Requests the SecretaryGeneral to report to it at its next session on the cooperation with the Association of Nations and on the outcome of the meetings held in the fictional regions,\n"
          "Welcoming the Association of Southeast Asian Nations and the report of the fictional body,\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 15u);
  BOOST_TEST(b[13].text.find("the Secretary-General to report") != std::string::npos, b[13].text);
  BOOST_TEST(b[14].text.find("Association of Southeast Asian") != std::string::npos, b[14].text);
}

BOOST_AUTO_TEST_CASE(clean_text_gives_one_block_per_paragraph) {
  const std::string text =
      "I have the honour to transmit herewith the declaration adopted at the Forum.\n"
      "\n"
      "The Forum brought together representatives of 14 Governments.\n"
      "\n"
      "I should be grateful if the present letter could be circulated as a document.\n";
  auto b = blocks_of(text);
  BOOST_TEST_REQUIRE(b.size() == 3u);
  BOOST_TEST(b[0].text == "I have the honour to transmit herewith the declaration adopted at the Forum.");
  BOOST_TEST(b[1].text == "The Forum brought together representatives of 14 Governments.");
  BOOST_TEST(b[2].first_line == 5);
  BOOST_TEST(b[2].last_line == 5);
}

BOOST_AUTO_TEST_CASE(a_feeling_opens_a_recital_and_a_number_in_words_awaits_its_figures) {
  // pdftotext's lines (S/RES/2719 (2023), A/HRC/RES/32/19): "Outraged by" opens a recital
  // after a clause's comma; "three" at a line's end goes on into "(3) years", no sub-item
  const std::string text =
      "A/HRC/RES/99/1\n\nFictional title\nThe Human Rights Council,\n"
      "Recalling its fictional resolution 5/1 of 18 June 2007 on the institution-building of the\n"
      "Council, and stressing that the mandate holder shall discharge his or her duties in\n"
      "accordance with these resolutions and the annexes thereto,\n"
      "Outraged by the persistence and pervasiveness of all forms of violence against women\n"
      "and girls worldwide,\n"
      "1. Further decides to review the implementation of this resolution three\n"
      "(3) years after its adoption and remain seized of the matter.\n\f";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Outraged by the persistence and pervasiveness of all forms of violence against women and "
                        "girls worldwide,") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "1. Further decides to review the implementation of this resolution three (3) years after "
                        "its adoption and remain seized of the matter.") == 1);
}

BOOST_AUTO_TEST_CASE(a_marker_pymupdf_wrapped_to_a_line_s_start_goes_on_the_sentence) {
  // A/C.3/80/L.10 as PyMuPDF prints it: a short line ends a name, the next begins with the
  // name's footnote marker, two spaces after it, and the sentence goes on; a note's line
  // ("42 ibid.") stays its own
  const std::string text =
      "The General Assembly, \n \n"
      "Welcoming the Copenhagen Declaration on Social Development and Programme of Action of the World Summit for Social \n"
      "Development\n"
      "1  and its implementation and gave momentum towards the 2030 Agenda, \n \n"
      "Recalling its resolution 78/178, \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "Welcoming the Copenhagen Declaration on Social Development and Programme of Action of the "
                        "World Summit for Social Development 1  and its implementation and gave momentum towards the "
                        "2030 Agenda,") == 1);
  for (const std::string& block : t) BOOST_TEST(block.rfind("1 and", 0) != 0, block);
}

BOOST_AUTO_TEST_CASE(a_few_paragraphs_printed_unbroken_do_not_widen_the_column) {
  // S/2018/257 as UNBench's record gives it: lines set to a column of about 80 characters, no
  // blank lines, and some paragraphs printed each on one line. The column is the wrapped
  // lines' width: a numbered paragraph's full first line does not end it.
  std::string unbroken = "Decides that the fictional mission shall";
  for (int i = 0; i < 12; ++i) unbroken += " continue to support the fictional commission in all of its tasks";
  std::string text = "The Security Council,\n";
  for (int n = 1; n <= 12; ++n)
    text += std::to_string(n) + (n % 3 == 0 ? ". " + unbroken + ";\n"
                                            : ". Expresses support for the fictional recommendation that joint\n"
                                              "UNFM-UN Country Team liaison offices be established in all fictional states,\n"
                                              "as appropriate and within existing resources;\n");
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(t.size() == 13u);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "5. Expresses support for the fictional recommendation that joint UNFM-UN Country Team "
                        "liaison offices be established in all fictional states, as appropriate and within existing "
                        "resources;") == 1);
}

BOOST_AUTO_TEST_CASE(lines_that_break_inside_a_sentence_show_the_column_among_many_unbroken_ones) {
  // S/2018/1021 as UNBench's record gives it: more than a third of its lines are paragraphs
  // printed unbroken; the lines that go on in lower case show the column they are set to
  std::string unbroken = "Decides that the fictional mission shall";
  for (int i = 0; i < 6; ++i) unbroken += " continue to support the fictional commission in all of its tasks";
  const std::string wrapped =
      "Expresses support for the recommendation that liaison offices of the Joint Fictional\n"
      "Political and Security Mechanism and the country team be established in all the\n"
      "fictional states, as appropriate and within existing resources, and requests the\n"
      "fictional mission to report on them;";
  std::string text = "The Security Council,\n";
  for (int n = 1; n <= 15; ++n) text += std::to_string(n) + ". " + (n % 3 != 0 ? unbroken + ";" : wrapped) + "\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(t.size() == 16u);
  BOOST_TEST(std::count(t.begin(), t.end(), "4. " + unbroken + ";") == 1);
  std::string joined = "3. " + wrapped;
  std::replace(joined.begin(), joined.end(), '\n', ' ');
  BOOST_TEST(std::count(t.begin(), t.end(), joined) == 1);
}

BOOST_AUTO_TEST_CASE(a_column_measured_wider_than_its_wrapped_lines_is_theirs) {
  // S/2024/557 as UNBench's record gives it: paragraphs printed unbroken, none twice as wide as
  // the column, make the measured column a tenth wider than the lines that wrap inside a
  // sentence; those give it, and a full line with no stop goes on into "UN envoys ..."
  const std::string unbroken =
      "Decides that the fictional mission shall continue to support the fictional commission in all of its "
      "tasks until the end of its mandate;";
  const std::string wrapped =
      "Expresses support for the recommendation that liaison offices of the Joint Fictional\n"
      "Political and Security Mechanism and the country team be established in all the\n"
      "fictional states, as appropriate and within existing resources, and requests the\n"
      "fictional mission to report on them;";
  const std::string envoys =
      "The Focal Point will also forward the delisting request to any relevant fictional\n"
      "Committee groups or panels of experts or monitoring teams, as well as any relevant\n"
      "UN envoys engaged in negotiations and peace processes relevant to the sanctions;";
  std::string text = "The Security Council,\n";
  for (int n = 1; n <= 14; ++n) text += std::to_string(n) + ". " + (n % 2 ? unbroken : wrapped) + "\n";
  text += "15. " + envoys + "\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(t.size() == 16u);
  std::string joined = "15. " + envoys;
  std::replace(joined.begin(), joined.end(), '\n', ' ');
  BOOST_TEST(t.back() == joined);
}

BOOST_AUTO_TEST_CASE(a_paragraph_printed_whole_on_its_line_ends_with_it) {
  // A letter as web pages and databases give it (UNISPAL, UNBench's records): each paragraph
  // on a line of its own, no blank line between. A line that ends a sentence, or a list item
  // with none, ends its paragraph however wide it is; a line cut in mid-sentence still goes on.
  const std::vector<std::string> paragraphs = {
      "Letter dated 3 March 2041 from the Permanent Representative of Fictonia to the United Nations "
      "addressed to the Secretary-General",
      "I have the honour to refer to the letter of the Ministry of Foreign Affairs of Fictonia concerning "
      "the situation along the fictional border and the stage reached in its consideration.",
      "The Government of Fictonia requests the retention of the following items on the list of matters of "
      "which the Security Council is seized:",
      "\u2022 The question of the fictional islands and the maritime boundary between the two fictional States",
      "\u2022 The situation in the fictional region, including the return of displaced persons to their homes",
      "Fictonia reaffirms its position, set out in its note dated 9 February 2038 addressed to the President "
      "of the Security Council, on each of these matters and on the measures it has taken since.",
      "I should be grateful if you would have the present letter circulated as a document of the Security "
      "Council and of the General Assembly under the agenda item entitled \u201cFictional matters\u201d.",
      "(Signed) Ana Fictiva",
      "Ambassador",
      "Permanent Representative"};
  std::string text;
  for (const std::string& p : paragraphs) text += p + "\n";
  check_blocks(text, paragraphs);
  // the same letter's first paragraph cut in mid-sentence by a copy that wrapped it
  const std::string cut = "I have the honour to refer to the letter of the Ministry of Foreign Affairs of Fictonia concerning the\n"
                          "situation along the fictional border and the stage reached in its consideration.\n";
  std::string recut = text;
  recut.replace(recut.find(paragraphs[1]), paragraphs[1].size() + 1, cut);
  check_blocks(recut, paragraphs);
}

BOOST_AUTO_TEST_CASE(a_sentence_ended_at_a_wrapped_lines_end_goes_on_its_paragraph) {
  // Text wrapped at a column with no blank line between paragraphs: a sentence that ends at a
  // line's end, the next sentence in capitals, is still one paragraph; only lines that stop
  // short of the column end it.
  const std::string text =
      "The Government of Fictonia has taken note of the report of the fictional commission.\n"
      "It welcomes the recommendations made in it and the steps taken by the fictional\n"
      "authorities to carry them out within the time set by the commission in its report.\n"
      "More measures are expected.\n"
      "The Government also recalls the agreement of 2039 and the commitments made in it to\n"
      "the people of the fictional region, which it intends to fulfil in full and in good\n"
      "faith, together with the other parties to the agreement and the international partners.\n"
      "It will report to the commission.\n"
      "The fictional commission will meet again in the course of the coming year and is\n"
      "expected to present its report to the Government and to the international partners.\n"
      "Its report will be made public.\n";
  auto t = texts(blocks_of(text));
  BOOST_TEST(t.size() == 3u);
}

BOOST_AUTO_TEST_CASE(two_headings_over_a_paragraph_after_a_clause_ended_are_each_a_block) {
  // S/2020/445 as UNBench's record gives it: "... the updated Transition Plan;" / "AMISOM" /
  // "Priorities and tasks" / "9. Decides ...": neither heading is the clause's last words
  const std::string text =
      "\f"
      "8. Urges the fictional government to set out a plan for the handover of security in the\n"
      "fictional states, for the delivery of the tasks set out in the updated transition plan;\n"
      "FICTMIS\n"
      "Priorities and tasks\n"
      "9. Decides to authorize the fictional mission to maintain its deployment until the end of\n"
      "February 2045;\n";
  check_blocks(text, {
      "8. Urges the fictional government to set out a plan for the handover of security in the fictional "
      "states, for the delivery of the tasks set out in the updated transition plan;",
      "FICTMIS", "Priorities and tasks",
      "9. Decides to authorize the fictional mission to maintain its deployment until the end of February 2045;"});
}

BOOST_AUTO_TEST_CASE(a_justified_line_printed_word_by_word_is_one_clause) {
  // A/C.3/80/L.50 as PyMuPDF prints it: a justified line's words each on a line of its own;
  // a heading's lone word ("Measures") still stands alone
  const std::string text =
      "Measures \n"
      "21. Encourages \nthe \nInter-Agency \nStanding \nCommittee \nto \nenhance \n"
      "coordination, effectiveness, efficiency and predictability in preventing, responding to \n"
      "and finding solutions to internal displacement; \n \n"
      "22. Expresses deep concern at the insufficient funding levels of humanitarian \nappeals; \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "21. Encourages the Inter-Agency Standing Committee to enhance coordination, effectiveness, "
                        "efficiency and predictability in preventing, responding to and finding solutions to internal "
                        "displacement;") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(), "Measures") == 1);
}

BOOST_AUTO_TEST_CASE(a_run_of_lone_words_goes_on_into_the_line_after_it) {
  // A/80/L.15, A/RES/80/60, A/C.2/80/L.35 as PyMuPDF prints them: the run's last word goes on into a full
  // line that begins with a capital, and a lone word into the next with its comma; a single
  // lone word over a full line stays apart ("Ambassador" / "Permanent Representative ...")
  const std::string text =
      "3. \nEncourages \nimproved \ncooperation \nbetween \nthe \nPeacebuilding \n"
      "Commission and the Economic and Social Council, in accordance with their respective \n"
      "mandates; \n \n"
      "10. Urges \nall \nStates, \nas \nwell \nas \ninternational \norganizations, to make voluntary \n"
      "contributions to the Regional Centre; \n \n"
      "20. Encourages \nGovernments, \nrelevant \ninternational \nand \nregional \n"
      "organizations to promote investments; \n \n"
      "(Signed) Jane Doe \nAmbassador \nPermanent Representative of Utopia to the United Nations \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),  // a numbered clause's verb alone leaves its sentence open
                        "20. Encourages Governments, relevant international and regional organizations to promote "
                        "investments;") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "3. Encourages improved cooperation between the Peacebuilding Commission and the Economic "
                        "and Social Council, in accordance with their respective mandates;") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "10. Urges all States, as well as international organizations, to make voluntary "
                        "contributions to the Regional Centre;") == 1);
  BOOST_TEST(std::count(t.begin(), t.end(), "Permanent Representative of Utopia to the United Nations") == 1);
}

BOOST_AUTO_TEST_CASE(a_label_and_its_verb_each_alone_go_on_into_the_line_after_them) {
  // A/C.3/80/L.7 as PyMuPDF prints it: "7." / "Invites" / "Member States, ...", the clause's
  // words from a capital on the third line
  const std::string text =
      "6. \nReiterates its invitation to Member States to be represented at the Congress; \n \n"
      "7. \nInvites \nMember States, intergovernmental and non-governmental organizations to provide \n"
      "support to the Office; \n \n"
      "8. \nReiterates its request to the Secretary-General; \n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(),
                        "7. Invites Member States, intergovernmental and non-governmental organizations to provide "
                        "support to the Office;") == 1);
  BOOST_TEST(t.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_short_heading_between_clauses_is_a_block_of_its_own) {
  // A/RES/78/148: a heading over the next preambular clauses, after a clause ending in a comma
  const std::string text =
      "\f"
      "Affirming the importance of the spirit of peaceful cooperation, openness and\n"
      "inclusiveness, mutual learning and shared benefit in promoting infrastructure\n"
      "integration and cooperation,\n"
      "Transport and transit corridors\n"
      "Noting the need for continued international cooperation to address the issues\n"
      "relating to transport and transit corridors as an important element,\n";
  check_blocks(text, {
      "Affirming the importance of the spirit of peaceful cooperation, openness and inclusiveness, "
      "mutual learning and shared benefit in promoting infrastructure integration and cooperation,",
      "Transport and transit corridors",
      "Noting the need for continued international cooperation to address the issues relating to "
      "transport and transit corridors as an important element,"});
}

BOOST_AUTO_TEST_CASE(a_title_split_at_its_colon_stays_in_its_clause) {
  // A/RES/78/121, 78/170, 78/187: "Conference on Palestine:" ends a full line and
  // "Reconstructing Gaza" begins the next, as a preambular clause would; a list after a
  // colon still begins with its labels, and "Recalling" still opens a clause
  const std::string text =
      "\f"
      "international mechanisms established to provide assistance to the Palestinian people,\n"
      "Underlining the importance of the Cairo International Conference on Palestine:\n"
      "Reconstructing Gaza, held on 12 October 2014, and urging the timely and full\n"
      "disbursement of pledges for expediting the provision of humanitarian assistance and\n"
      "the reconstruction process, and taking into account in this regard the following:\n"
      "(a) The work done by the World Bank as the secretariat of the Consultative Group;\n"
      "Noting the importance of the work of the Ad Hoc Liaison Committee, as stated in:\n"
      "Recalling the International Donors' Conference for the Palestinian State, held\n"
      "in Paris on 17 December 2007,\n";
  auto b = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(b.size() == 5u, "blocks: " << b.size());
  BOOST_TEST(b[1].find("Conference on Palestine: Reconstructing Gaza, held on") != std::string::npos, b[1]);
  BOOST_TEST(b[2].rfind("(a) The work", 0) == 0, b[2]);
  BOOST_TEST(b[4].rfind("Recalling the International", 0) == 0, b[4]);
}

// The adoption line begins a block under an agenda item's title that ends without a stop
// (A/RES/78/155: "Sustainable development: Convention on Biological Diversity").
BOOST_AUTO_TEST_CASE(the_adoption_line_begins_a_block_under_an_agenda_title) {
  const std::string text =
      "\f"
      "Agenda item 5\n"
      "Letter dated 28 February 2026 from the Permanent Representative of Fictionia to\n"
      "the United Nations addressed to the President of the Security Council (S/2026/136)\n"
      "Resolution adopted by the General Assembly on 2 March 2026\n"
      "ES-12/1. A fictional emergency\n";
  check_blocks(text, {"Agenda item 5",
      "Letter dated 28 February 2026 from the Permanent Representative of Fictionia to the United "
      "Nations addressed to the President of the Security Council (S/2026/136)",
      "Resolution adopted by the General Assembly on 2 March 2026", "ES-12/1. A fictional emergency"});
}

BOOST_AUTO_TEST_CASE(a_resolution_number_begins_a_block_under_the_adoption_line) {
  // resolutions of the Human Rights Council and ECOSOC as pdftotext gives them: no blank line
  // between the adoption line, the body it was adopted on the report of, and the number
  const std::string text =
      "\f"
      "Resolution adopted by the Human Rights Council on 1 April 2026\n"
      "61/12. The right to food\n"
      "The Human Rights Council,\n"
      "\f"
      "Resolution adopted by the Economic and Social Council on 10 June 2026\n"
      "[on the recommendation of the Commission on Science and Technology for\n"
      "Development (E/2026/31)]\n"
      "2026/5. Science, technology and innovation for development\n";
  check_blocks(text, {"Resolution adopted by the Human Rights Council on 1 April 2026",
      "61/12. The right to food", "The Human Rights Council,",
      "Resolution adopted by the Economic and Social Council on 10 June 2026",
      "[on the recommendation of the Commission on Science and Technology for "
      "Development (E/2026/31)]",
      "2026/5. Science, technology and innovation for development"});
}

BOOST_AUTO_TEST_CASE(an_indented_first_line_under_a_label_alone_does_not_end_its_clause) {
  // A/RES/78/232: the first line of paragraph 8, set in under its number, is a tenth shorter
  // than the full lines
  const std::string text =
      "\f"
      "6.\n"
      "Welcomes the continuing commitment of the international community to take\n"
      "urgent and concrete actions to address the vulnerabilities of the small island developing\n"
      "States and to continue to seek new solutions to the major challenges now facing them in a\n"
      "concerted manner in order to support the full implementation of the Samoa Pathway;\n"
      "8.\n"
      "Welcomes the commitments made by the Development Assistance\n"
      "Committee of the Organisation for Economic Co-operation and Development, in the\n"
      "communiqu\u00e9 of its high-level meeting of 2020, to improve policies and programmes\n"
      "to address the particular needs of small island developing States, and takes note of\n"
      "the launch of effectiveness principles for improving development impacts;\n"
      "9.\n"
      "Partnerships with other international organizations\n"
      "Information on partnerships with other organizations can be obtained on request.\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() >= 3u);
  BOOST_TEST(t[1].rfind("8. Welcomes the commitments made by the Development Assistance Committee of the", 0) == 0u, t[1]);
  // a heading under its number is no clause: what follows it is a block of its own
  BOOST_TEST(t[t.size() - 2] == "9. Partnerships with other international organizations");
}

BOOST_AUTO_TEST_CASE(an_indented_first_line_after_its_label_does_not_end_its_clause) {
  // A/RES/78/69: paragraph 61's first line, number and all, is set in by the first-line
  // indent; the symbol that follows would have fitted only on a full line
  const std::string text =
      "\f"
      "60. Welcomes the progress of the work of the Authority on draft regulations\n"
      "for exploitation of mineral resources in the Area, but also notes the impact of the\n"
      "coronavirus disease (COVID-19) on the meetings within its premises in 2020 and\n"
      "2021, and in this regard encourages the Authority to continue its work on the draft\n"
      "regulations as a matter of priority;\n"
      "61. Notes the adoption by the Council of decisions\n"
      "ISBA/28/C/24 and ISBA/28/C/25 at its twenty-eighth session;\n"
      "62. Also notes the decisions adopted to create the position of interim director\n"
      "general of the Enterprise and the supplementary budget for the period 2023-2024 to\n"
      "cover the costs associated with the establishment of the position;\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() == 3u, "blocks: " << t.size());
  BOOST_TEST(t[1] == "61. Notes the adoption by the Council of decisions ISBA/28/C/24 and ISBA/28/C/25 at its "
                     "twenty-eighth session;");
}

BOOST_AUTO_TEST_CASE(an_item_after_the_one_ending_in_and_begins_a_block) {
  // A/RES/75/233 as a PDF prints it: "; and" ends item (b), though "and" leaves a line open
  const std::string text =
      "\f"
      "2. Calls upon the entities of the United Nations development system, in this regard:\n"
      "(a) To align their operations and programmes with low emissions and climate-resilient\n"
      "development pathways; and\n"
      "(b) Fulfil their pledges made at the 2019 Climate Action Summit convened by the\n"
      "Secretary-General and report on them in their annual reports to the governing bodies;\n";
  check_blocks(text, {
      "2. Calls upon the entities of the United Nations development system, in this regard:",
      "(a) To align their operations and programmes with low emissions and climate-resilient development pathways; and",
      "(b) Fulfil their pledges made at the 2019 Climate Action Summit convened by the Secretary-General and report on "
      "them in their annual reports to the governing bodies;"});
}

BOOST_AUTO_TEST_CASE(a_name_or_a_symbol_that_goes_on_a_sentence_begins_no_block) {
  // A/RES/78/182, 75/216 across a page ("... implementation of the" / "Beijing Declaration ...",
  // "... Cryosphere in a" / "Changing Climate,"), 77/68 ("... as contained in document" /
  // "A/70/81,") and 76/270 ("... Conference on" / "Financing for Development, the Sendai ...")
  const std::string text =
      "A/RES/75/216\n\n"
      "Noting with concern the findings contained in the special report of the Intergovernmental\n"
      "Panel on Climate Change entitled The Ocean and Cryosphere in a\n"
      "\f"
      "A/RES/75/216\n\n"
      "Changing Climate,\n"
      "Noting with appreciation the consensus report of the Group of Governmental Experts,\n"
      "mandated in resolution 67/53 of 3 December 2012, as contained in document\n"
      "A/70/81,\n"
      "Recalling the Addis Ababa Action Agenda of the Third International Conference on\n"
      "Financing for Development, the Sendai Framework for Disaster Risk Reduction 2015\u20132030\n"
      "and the Paris Agreement,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() == 4u, "blocks: " << t.size());
  BOOST_TEST(t[1].find("in a Changing Climate,") != std::string::npos, t[1]);
  BOOST_TEST(t[2].find("in document A/70/81,") != std::string::npos, t[2]);
  BOOST_TEST(t[3].find("Conference on Financing for Development,") != std::string::npos, t[3]);
}

BOOST_AUTO_TEST_CASE(bulleted_items_begin_blocks) {
  // S/2018/221: the issues a report is to cover, each after a bullet, the items ending in commas
  const std::string text =
      "\f"
      "41. Requests the Secretary-General to report to the Security Council on implementation\n"
      "of the mandate and underscores that such reporting should include attention to the\n"
      "below listed issues:\n"
      "\u2022 reporting on progress in implementing the HRDDP,\n"
      "\u2022 specific and detailed reporting on how UNMISS is working toward fulfilling its\n"
      "protection of civilian duties, including but not limited to troop responsiveness\n"
      "and performance and new patrol areas and proactive deployment,\n"
      "\u2022 the consideration of gender as cross cutting throughout the mandate,\n"
      "\u2022 the steps taken to enhance the safety and security of UN personnel;\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() == 5u, "blocks: " << t.size());
  BOOST_TEST(t[1] == "\u2022 reporting on progress in implementing the HRDDP,");
  BOOST_TEST(t[2].rfind("\u2022 specific and detailed", 0) == 0u, t[2]);
  BOOST_TEST(t[3] == "\u2022 the consideration of gender as cross cutting throughout the mandate,");
}

BOOST_AUTO_TEST_CASE(items_lettered_with_a_stop_begin_blocks_but_a_case_name_goes_on) {
  // S/RES/2579 (2021) as a PDF would print it ("a.", "ii."); A/RES/78/221 cites "(Ukraine" / "v. Russian Federation)"
  const std::string text =
      "\f"
      "3. Decides that the mission shall have the following strategic objectives in support\n"
      "of the transition, including through the following activities, to be carried out:\n"
      "a. Support the implementation of the peace agreement and the ceasefire arrangements,\n"
      "b. Support the protection of civilians in the areas most affected by the conflict,\n"
      "the mission should prioritise support to the following areas during this mandate period:\n"
      "i. Ceasefire monitoring in the region, in line with the role envisaged for the mission;\n"
      "ii. Implementation of the national plan for civilian protection;\n"
      "4. Demands that the orders of the International Court of Justice in the case concerning the\n"
      "Convention on the Prevention and Punishment of the Crime of Genocide (Ukraine\n"
      "v. Russian Federation);\n";
  check_blocks(text, {
      "3. Decides that the mission shall have the following strategic objectives in support of the transition, "
      "including through the following activities, to be carried out:",
      "a. Support the implementation of the peace agreement and the ceasefire arrangements,",
      "b. Support the protection of civilians in the areas most affected by the conflict, the mission should "
      "prioritise support to the following areas during this mandate period:",
      "i. Ceasefire monitoring in the region, in line with the role envisaged for the mission;",
      "ii. Implementation of the national plan for civilian protection;",
      "4. Demands that the orders of the International Court of Justice in the case concerning the Convention on "
      "the Prevention and Punishment of the Crime of Genocide (Ukraine v. Russian Federation);"});
}

// A name broken at a full line's end runs on though its next word ends in "-ing" ("High" /
// "Contracting Parties ...:", "Fisheries Resources" / "Monitoring System initiative;",
// A/RES/77/92, 78/68); a heading's last word before a clause in "-ing" does not.
BOOST_AUTO_TEST_CASE(a_name_broken_at_a_line_end_runs_on_into_its_words_in_ing) {
  const std::string text =
      "\f"
      "7. Calls upon the High Contracting Parties to address issues arising from outstanding\n"
      "contributions in a timely manner and to report on them;\n"
      "8. Recalls the following decisions by the Sixth Review Conference of the High\n"
      "Contracting Parties to the Convention:\n"
      "(a) To continue the work of the open-ended Group of Governmental Experts on it;\n"
      "13. Justification for seeking observer status in the General Assembly of the Union\n"
      "Granting observer status to the fictional bank will:\n";
  check_blocks(text, {
      "7. Calls upon the High Contracting Parties to address issues arising from outstanding contributions in a "
      "timely manner and to report on them;",
      "8. Recalls the following decisions by the Sixth Review Conference of the High Contracting Parties to the "
      "Convention:",
      "(a) To continue the work of the open-ended Group of Governmental Experts on it;",
      "13. Justification for seeking observer status in the General Assembly of the Union",
      "Granting observer status to the fictional bank will:"});
}

BOOST_AUTO_TEST_CASE(a_reference_or_an_abbreviation_at_a_line_end_runs_on_into_a_label) {
  // A/RES/75/245, 77/284 as a PDF would wrap them: "article 3" / "(b) of ...", "No." / "176) to ..."
  const std::string text =
      "\f"
      "3. Decides to admit the Organization to membership in the United Nations Joint\n"
      "Staff Pension Fund, with effect from 1 January 2021, and notes that the Organization\n"
      "will thus become the twenty-fifth member organization participating in the United\n"
      "Nations Joint Staff Pension Fund, as stated in article 3 of the regulations, article 3\n"
      "(b) of the Fund\u2019s regulations;\n"
      "4. Welcomes the opening of the Council of Europe Landscape Convention to all the\n"
      "States that wish to join it, in particular the opening of the Convention (Treaty Series No.\n"
      "176) to non-European States;\n";
  check_blocks(text, {
      "3. Decides to admit the Organization to membership in the United Nations Joint Staff Pension Fund, with "
      "effect from 1 January 2021, and notes that the Organization will thus become the twenty-fifth member "
      "organization participating in the United Nations Joint Staff Pension Fund, as stated in article 3 of the "
      "regulations, article 3 (b) of the Fund\u2019s regulations;",
      "4. Welcomes the opening of the Council of Europe Landscape Convention to all the States that wish to join "
      "it, in particular the opening of the Convention (Treaty Series No. 176) to non-European States;"});
}

BOOST_AUTO_TEST_CASE(a_numbered_clause_after_a_line_without_a_stop_begins_a_block) {
  // A/RES/78/234: a heading of two lines, the second with commas, over paragraph 39
  const std::string text =
      "\f"
      "38. Strongly appeals to all Governments, intergovernmental and non-governmental\n"
      "organizations and individuals to contribute generously to the trust fund;\n"
      "VI\n"
      "Special Rapporteur of the Human Rights Council on contemporary forms of\n"
      "racism, racial discrimination, xenophobia and related intolerance\n"
      "39. Takes note of the report of the Special Rapporteur of the Human Rights\n"
      "Council on contemporary forms of racism, racial discrimination, xenophobia and\n"
      "related intolerance;\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(!t.empty());
  BOOST_TEST(t.back().rfind("39. Takes note", 0) == 0u, t.back());
}

BOOST_AUTO_TEST_CASE(a_paragraph_number_printed_without_its_stop_begins_a_block_before_its_verb) {
  // S/2024/400 as UNBench's record prints it: "11     Condemns ..." after paragraph 10, each
  // paragraph on one line; a number before other words goes on its sentence
  const std::string text =
      "The Security Council,\n"
      "10. Calls upon all States to ensure the full participation of fictional personnel;\n"
      "11     Condemns incitement to violence against fictional personnel;\n"
      "12. Encourages Member States to take appropriate action as set out in the fictional paragraph\n"
      "11 of its resolution 9999 (2045);\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() == 4u);
  BOOST_TEST(t[2] == "11     Condemns incitement to violence against fictional personnel;");
  BOOST_TEST(t[3].rfind("12. Encourages", 0) == 0u, t[3]);
}

BOOST_AUTO_TEST_CASE(a_title_word_in_ing_after_a_comma_does_not_begin_a_clause) {
  // A/RES/78/146: the Convention's title broken after "Production,"; A/80/192: "Common
  // System of" / "Accounting and Control of Nuclear Materials."
  const std::string text =
      "\f"
      "Emphasizing that the States parties to the Convention on the Prohibition of the\n"
      "Development, Production,\n"
      "Stockpiling and Use of Chemical Weapons and on Their Destruction were invited to\n"
      "support voluntary sharing of information,\n";
  BOOST_TEST(texts(blocks_of(text)).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_clause_under_a_title_without_formula_begins_a_block) {
  // A/RES/78/225: no "The General Assembly," between the title and the first clause
  const std::string text =
      "\f"
      "Enhancing the contributions of the Commission on Crime\n"
      "Prevention and Criminal Justice to the accelerated\n"
      "implementation of the 2030 Agenda for Sustainable Development\n"
      "Reaffirming its resolution 70/1 of 25 September 2015, entitled \u201cTransforming\n"
      "our world: the 2030 Agenda for Sustainable Development\u201d,\n"
      "Recalling its resolution 70/299 of 29 July 2016, in which it encouraged\n"
      "coherence of the General Assembly and its Main Committees, the Economic and\n"
      "Social Council and the functional commissions of the Council,\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST_REQUIRE(t.size() >= 2u);
  BOOST_TEST(t[0] ==
             "Enhancing the contributions of the Commission on Crime Prevention and Criminal Justice to the "
             "accelerated implementation of the 2030 Agenda for Sustainable Development");
  BOOST_TEST(t[1].rfind("Reaffirming its resolution 70/1", 0) == 0u, t[1]);
}

// A list's next label after each label, in its brackets; a roman numeral and a letter may
// both go on ("(i)" after "(h)", "(ii)" after "(i)"); letters go on doubled after "z".
BOOST_AUTO_TEST_CASE(a_label_is_followed_by_the_next_of_its_series) {
  using Set = std::set<std::string>;
  auto next = [](const std::string& label) {
    auto s = successors(label);
    return Set(s.begin(), s.end());
  };
  BOOST_TEST(next("(a)") == (Set{"(b)"}));
  BOOST_TEST(next("(i)") == (Set{"(ii)", "(j)"}));
  BOOST_TEST(next("iv.") == (Set{"v."}));
  BOOST_TEST(next("(viii)") == (Set{"(ix)"}));
  BOOST_TEST(next("(z)") == (Set{"(aa)"}));
  BOOST_TEST(next("(cc)") == (Set{"(dd)"}));
  BOOST_TEST(next("9.") == (Set{"10."}));
  BOOST_TEST(next("(a bis)") == (Set{"(b)"}));
  BOOST_TEST(next("IV.") == (Set{"V."}));
  BOOST_TEST(next("\u2013") == (Set{"\u2013"}));  // a dash: another dash
  BOOST_TEST(next("(xyz)").empty());
  // a language's own list letters
  std::vector<std::string> cyrillic = {"а", "б", "в"};
  auto in_cyrillic = successors("б)", cyrillic);
  BOOST_TEST((Set(in_cyrillic.begin(), in_cyrillic.end()) == Set{"в)"}));
  BOOST_TEST(successors("в)", cyrillic).empty());
}

BOOST_AUTO_TEST_CASE(a_list_goes_on_in_its_languages_letters) {
  // An Arabic item with no stop at its end, as wide as the column, then "(ب)": the item
  // after "(أ)" in the abjad order of Arabic lists, not words of it
  const Grammar& arabic = grammar("ar");
  std::vector<Block> b = blocks_of(
      "\f34 - تقرر أن يكون الهدف الاستراتيجي للبعثة هو دعم تهيئة الظروف المواتية للسلام، عن طريق ما يلي:\n"
      "(أ) دعم عمليات المصالحة والاستقرار السياسي، وبسط سلطة الدولة والحفاظ على السلامة الإقليمية\n"
      "(ب) تقديم المساعي الحميدة والخبرة التقنية دعما للجهود الرامية إلى معالجة الأسباب الجذرية؛\n",
      arabic);
  BOOST_TEST_REQUIRE(b.size() == 3u);
  BOOST_TEST(b[2].text.rfind("(ب) تقديم", 0) == 0, b[2].text);
}

// S/RES/2301 (2016), S/RES/2005 (2011), S/RES/1378 (2001) as a PDF prints them: an item
// that is a heading, with no stop, before its first sub-item; a list's next item across a
// page; a dash item after "..., and"; but "3)" of an enumeration inside a paragraph goes on.
BOOST_AUTO_TEST_CASE(a_list_goes_on_with_its_next_label) {
  const std::string text =
      "\f"
      "34. Decides that the mission's strategic objective is to support the creation of\n"
      "conditions conducive to peace, through the following core priority tasks:\n"
      "(a) Support for the reconciliation and stabilization political processes, the\n"
      "extension of State authority and the preservation of territorial integrity\n"
      "(i) To provide good offices and technical expertise in support of efforts to\n"
      "address the root causes of conflict, in particular in mediation processes;\n"
      "35. Emphasizes the importance of the mission achieving the following objectives:\n"
      "iii. Assisting the Government in tackling youth unemployment, including through\n"
      "supporting training, education and skills provision;\n"
      "iv. Assisting the Government in implementing the national action plan;\n"
      "\f"
      "v. Providing assistance to the Government in promoting good governance, the\n"
      "rule of law and human rights;\n"
      "36. Expresses its support for the efforts to establish a new administration, which:\n"
      "\u2013 should respect the human rights of all people, regardless of gender, and\n"
      "\u2013 should facilitate the delivery of humanitarian assistance to all people;\n"
      "37. Requests reports on 1) the coordination mechanisms, 2) proposals for revised tasks, and\n"
      "3) staffing of the civilian component, and encourages timely reporting;\n";
  check_blocks(text, {
      "34. Decides that the mission's strategic objective is to support the creation of conditions conducive to "
      "peace, through the following core priority tasks:",
      "(a) Support for the reconciliation and stabilization political processes, the extension of State "
      "authority and the preservation of territorial integrity",
      "(i) To provide good offices and technical expertise in support of efforts to address the root causes of "
      "conflict, in particular in mediation processes;",
      "35. Emphasizes the importance of the mission achieving the following objectives:",
      "iii. Assisting the Government in tackling youth unemployment, including through supporting training, "
      "education and skills provision;",
      "iv. Assisting the Government in implementing the national action plan;",
      "v. Providing assistance to the Government in promoting good governance, the rule of law and human rights;",
      "36. Expresses its support for the efforts to establish a new administration, which:",
      "\u2013 should respect the human rights of all people, regardless of gender, and",
      "\u2013 should facilitate the delivery of humanitarian assistance to all people;",
      "37. Requests reports on 1) the coordination mechanisms, 2) proposals for revised tasks, and 3) staffing of "
      "the civilian component, and encourages timely reporting;"});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(a_titles_last_words_in_a_participle_do_not_begin_a_clause) {
  // A/RES/78/163 as pdftotext gives it: "... on Landlocked" / "Developing Countries”." ends
  // paragraph 60 (the line above it is full, the one before that runs into the margin)
  const std::string text =
      "monitoring and implementation of the Vienna Programme of Action and its successor\n"
      "and to extend effective support to the landlocked developing countries, and requests\n"
      "the Secretary-General to address the allocation of adequate resources for the Office\n"
      "in the context of the proposed programme budget for 2025;\n"
      "59. Requests Governments, intergovernmental and non-governmental\n"
      "organizations, major groups and other donors to contribute in a time ly manner to the\n"
      "trust fund in support of activities undertaken by the Office of the High Representative\n"
      "to support the implementation of, follow-up to and monitoring of the Vienna\n"
      "Programme of Action, as well as the preparations for the third United Natio ns\n"
      "Conference on Landlocked Developing Countries and the participation of landlocked\n"
      "developing countries in the Conference;\n"
      "60. Requests the Secretary-General to submit to the General Assembly at its\n"
      "seventy-ninth session a report on the third United Nations Conference on Landlocked\n"
      "Developing Countries and decides to include in the provisional agenda of its seventy ninth session, under the item entitled “Groups of countries in special situations”, the\n"
      "sub-item entitled “Follow-up to the third United Nations Conference on Landlocked\n"
      "Developing Countries”.\n"
      "49th plenary meeting\n"
      "19 December 2023\n";
  std::vector<std::string> t = texts(blocks_of(text));
  BOOST_TEST(std::count(t.begin(), t.end(), "Developing Countries”.") == 0);
  BOOST_TEST(std::count_if(t.begin(), t.end(), [](const std::string& b) {
               return b.rfind("60. Requests", 0) == 0 && b.find("Landlocked Developing Countries”.") != std::string::npos;
             }) == 1);
}

BOOST_AUTO_TEST_CASE(only_a_number_closed_by_its_period_heads_a_neighbouring_document) {
  // A title broken before another resolution's number ("... resolution" / "75/290 A on ...",
  // as pdftotext gives A/RES/78/285) goes on; "78/1000." begins the next resolution.
  std::vector<Block> blocks = blocks_from({"78/999.", "Review of the implementation of General Assembly resolution",
                                           "75/290 A on the fictional matters", "The General Assembly,",
                                           "1. Approves the fictional measures.", "78/1000. The next fictional resolution",
                                           "The General Assembly,"});
  Focus focus = find_focus(blocks, grammar(), "A_RES_78_999.txt");
  BOOST_TEST(focus.begin == 0u);
  BOOST_TEST(focus.end == 5u);
  BOOST_TEST(printed_number("2152 (XXI). United Nations Industrial Development Organization") == "2152 (XXI).");
  BOOST_TEST(printed_number("75/290 A on the fictional matters") == "75/290");
  BOOST_TEST(printed_number("39 (1948).") == "39 (1948).");
  BOOST_TEST(printed_number("PRST 18/2") == "PRST 18/2");
  BOOST_TEST(printed_number("14/5 Human rights of fictional persons") == "14/5");
}

BOOST_AUTO_TEST_CASE(a_resolutions_number_alone_heads_it_on_a_compilation_page) {
  // The Security Council's volumes: "Resolution 425 (1978)" on a line of its own, after the
  // Council's decisions of the days before and followed by the next resolution.
  std::vector<Block> blocks = blocks_from({"At its 2073rd meeting, on 18 March 1978, the Council decided to invite a fictional State.",
                                           "Resolution 425 (1978)", "of 19 March 1978", "The Security Council,",
                                           "1. Calls for strict respect for the fictional boundaries;", "Resolution 426 (1978)",
                                           "of 19 March 1978"});
  Focus focus = find_focus(blocks, grammar(), "S_RES_425_1978.txt");
  BOOST_TEST(focus.begin == 1u);
  BOOST_TEST(focus.end == 5u);
}

BOOST_AUTO_TEST_CASE(a_title_broken_before_a_cited_number_goes_on) {
  // pdftotext broke A/RES/78/285's title before "75/290 A on ...": the cited resolution is
  // no number of the document's own.
  std::vector<Block> blocks = blocks_from({"78/285. Review of the implementation of General Assembly resolution",
                                           "75/290 A on the strengthening of the fictional Council", "The General Assembly,"});
  std::vector<RoledBlock> roled = recognise(blocks, grammar());
  BOOST_TEST_REQUIRE(roled.size() == 2u);
  BOOST_TEST(roled[0].role == "docNumber");
  BOOST_TEST(roled[0].block.text ==
             "78/285. Review of the implementation of General Assembly resolution 75/290 A on the strengthening of the fictional Council");
  BOOST_TEST(roled[1].role == "formula");
}

BOOST_AUTO_TEST_CASE(chinese_lines_join_without_a_space_and_are_measured_in_full_width) {
  // Chinese lines break between any two characters: they join with nothing between them,
  // but for a label printed alone; a line of 39 characters set in under a first-line indent
  // is as wide as a line of 60 figures and characters mixed, so it did not end early.
  const Grammar& chinese = grammar("zh");
  Source s = read_source(
      "\f大会，\n"
      "回顾其1971年12月16日第2832(XXVI)号决议所载的《宣布印度洋为和平区宣言》，并回顾\n"
      "其1999年12月1日第54/47号、2001年11月29日第56/16号、2003年12月8日第58/29号、2005年12月8\n"
      "日第60/48号、2007年12月5日第62/14号、2009年12月2日第64/23号、2011年12月2日第66/22号、\n"
      "2013年12月5日第68/24号、2015年12月7日第70/22号、2017年12月4日第72/21号和2019年12月12日\n"
      "第74/25号决议及其他有关决议，\n"
      "还回顾2003年2月24日和25日在吉隆坡举行的第十三届不结盟国家国家元首和政府首脑会\n"
      "议的《最后文件》第102段，\n"
      "着重指出各国需要加强努力，建设本国有效执行《行动纲领》和《国际追查文书》的能\n"
      "力，\n"
      "15.\n"
      "重申管理国根据《宪章》有责任促进该领土的经济和社会发展；\n",
      "snippet.txt");
  mark_furniture(s, chinese);
  std::vector<std::string> expected = {
      "大会，",
      "回顾其1971年12月16日第2832(XXVI)号决议所载的《宣布印度洋为和平区宣言》，并回顾其1999年12月1日第54/47号、"
      "2001年11月29日第56/16号、2003年12月8日第58/29号、2005年12月8日第60/48号、2007年12月5日第62/14号、"
      "2009年12月2日第64/23号、2011年12月2日第66/22号、2013年12月5日第68/24号、2015年12月7日第70/22号、"
      "2017年12月4日第72/21号和2019年12月12日第74/25号决议及其他有关决议，",
      "还回顾2003年2月24日和25日在吉隆坡举行的第十三届不结盟国家国家元首和政府首脑会议的《最后文件》第102段，",
      "着重指出各国需要加强努力，建设本国有效执行《行动纲领》和《国际追查文书》的能力，",
      "15. 重申管理国根据《宪章》有责任促进该领土的经济和社会发展；"};
  BOOST_TEST(texts(make_blocks(s, chinese)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_russian_clause_opens_with_a_participle_not_with_an_adjective) {
  // After a line ending in a comma, "с большой обеспокоенностью отмечая" opens the next
  // preambular clause; "которая" and "международная" (a pronoun and an adjective in "-ая",
  // as the participles "отмечая", "напоминая" are) go on with the sentence.
  const Grammar& russian = grammar("ru");
  std::vector<Block> b = blocks_of(
      "\fГенеральная Ассамблея,\n"
      "ссылаясь на свои предыдущие резолюции по вопросу о песчаных и пыльных бурях,\n"
      "с большой обеспокоенностью отмечая, что пандемия коронавирусного заболевания\n"
      "(COVID-19) создает угрозу здоровью людей, а также принимая во внимание оценку,\n"
      "которая была подготовлена Программой Организации Объединенных Наций по окружающей\n"
      "среде, и признавая важность всех договоров, в частности Конвенции, сорок лет назад,\n"
      "международная конвенция о ликвидации всех форм расовой дискриминации,\n"
      "напоминая о своих обязательствах,\n",
      russian);
  BOOST_TEST_REQUIRE(b.size() == 4u);
  BOOST_TEST(b[2].text.rfind("с большой обеспокоенностью отмечая", 0) == 0, b[2].text);
  BOOST_TEST(b[3].text.rfind("напоминая", 0) == 0, b[3].text);
}

BOOST_AUTO_TEST_CASE(a_spanish_clause_opens_with_an_adjective_or_a_gerund_and_its_pronoun) {
  // After a full line ending in a comma, "Conocedora de ..." and "Comprometiéndose ..." open
  // the next preambular clauses (A/RES/76/101, A/RES/77/156 as pdftotext prints them).
  const Grammar& spanish = grammar("es");
  std::vector<Block> b = blocks_of(
      "\fLa Asamblea General,\n"
      "Recordando sus resoluciones anteriores sobre la cuesti\u00f3n de Tokelau y expresando\n"
      "la esperanza de que ello pueda contribuir al bienestar del Territorio y de sus pueblos,\n"
      "Conocedora de que Nueva Zelandia y Tokelau firmaron, el 21 de noviembre de 2003,\n"
      "un documento titulado \u201cDeclaraci\u00f3n conjunta sobre los principios de asociaci\u00f3n\u201d,\n"
      "Comprometi\u00e9ndose nuevamente a asegurar que no se deje atr\u00e1s a ning\u00fan pa\u00eds ni persona,\n",
      spanish);
  BOOST_TEST_REQUIRE(b.size() == 4u);
  BOOST_TEST(b[2].text.rfind("Conocedora de que", 0) == 0, b[2].text);
  BOOST_TEST(b[3].text.rfind("Comprometi\u00e9ndose", 0) == 0, b[3].text);
}

BOOST_AUTO_TEST_CASE(an_arabic_opener_after_a_comma_goes_on_its_paragraph_where_blank_lines_part_them) {
  // A/RES/77/164 as PyMuPDF prints it: "وإذ" opens a preambular clause and the further clauses
  // of one; where blank lines part the paragraphs, one after a comma with none between goes on
  const Grammar& arabic = grammar("ar");
  std::vector<Block> b = blocks_of(
      "وإذ تشير إلى قرارها 98/1 المؤرخ 3 آذار/مارس 2044 بشأن الحد من مخاطر الكوارث الخيالية في\n"
      "جميع المناطق،\n"
      " \n"
      "وإذ تدرك أنه ثمة حاجة عاجلة وملحة إلى استباق مخاطر الكوارث والتخطيط لها والحد منها،\n"
      "وإذ تعرب عن بالغ القلق من الآثار المدمرة للكوارث الخيالية على التنمية المستدامة،\n"
      " \n"
      "وإذ تشير إلى مبادئ بانكوك الخيالية،\n",
      arabic);
  BOOST_TEST_REQUIRE(b.size() == 3u);
  BOOST_TEST(b[1].text.find("منها، وإذ تعرب") != std::string::npos, b[1].text);
  BOOST_TEST(b[2].text.rfind("وإذ تشير إلى مبادئ", 0) == 0, b[2].text);
}

BOOST_AUTO_TEST_CASE(a_heading_in_a_script_without_capitals_stands_over_its_paragraph) {
  // Arabic has no capitals: a line with no stop over a numbered paragraph is its heading, as
  // "Budget performance for the period ..." / "5. Takes note ..." is in English; and "وقد
  // نظرت" (having considered) opens a preambular clause.
  const Grammar& arabic = grammar("ar");
  std::vector<Block> b = blocks_of(
      "\fإذ تشير إلى قرارها 69/307 المؤرخ 25 حزيران/يونيه 2015 فيما يتعلق بتمويل مركز\n"
      "الخدمات الإقليمي في عنتيبي، أوغندا، وإلى قراراتها اللاحقة في هذا الشأن، وآخرها القرار\n"
      "76/278 المؤرخ 29 حزيران/يونيه 2022،\n"
      "وقد نظرت في تقريرَي الأمين العام عن تمويل مركز الخدمات الإقليمي وتقرير\n"
      "اللجنة الاستشارية لشؤون الإدارة والميزانية ذي الصلة بالموضوع،\n"
      "4 - تنوه بالدعم الذي تقدمه حكومة أوغندا لتيسير عمل الأمم المتحدة في مركز\n"
      "الخدمات الإقليمي في عنتيبي، أوغندا؛\n"
      "تقرير أداء الميزانية للفترة من 1 تموز/يوليه 2021 إلى 30 حزيران/يونيه 2022\n"
      "5 - تحيط علما بتقرير الأمين العام عن أداء ميزانية مركز الخدمات الإقليمي للفترة\n"
      "من 1 تموز/يوليه 2021 إلى 30 حزيران/يونيه 2022؛\n",
      arabic);
  BOOST_TEST_REQUIRE(b.size() == 5u);
  BOOST_TEST(b[1].text.rfind("وقد نظرت", 0) == 0, b[1].text);
  BOOST_TEST(b[3].text == "تقرير أداء الميزانية للفترة من 1 تموز/يوليه 2021 إلى 30 حزيران/يونيه 2022");
  BOOST_TEST(b[4].text.rfind("5 - تحيط", 0) == 0, b[4].text);
}

BOOST_AUTO_TEST_CASE(the_stops_of_other_scripts_end_a_sentence) {
  // the Arabic comma and semicolon, the full-width stops of Chinese, inside closing quotes too
  BOOST_TEST(sentence_end("إن الجمعية العامة،") == ',');
  BOOST_TEST(sentence_end("تحيط علما بتقرير الأمين العام؛") == ';');
  BOOST_TEST(sentence_end("回顾其第70/1号决议，") == ',');
  BOOST_TEST(sentence_end("请秘书长：") == ':');
  BOOST_TEST(sentence_end("决定继续处理此案。”") == '.');
  BOOST_TEST(sentence_end("深为关切，12") == ',');  // a footnote's marker after the stop
  BOOST_TEST(sentence_end("Recalling its resolution 70/1,”") == ',');
  BOOST_TEST(sentence_end("联合国") == 0);
  // so that, in a PDF's lines, a clause that ends in one is followed by a new block
  const Grammar& arabic = grammar("ar");
  Source s = read_source("\fوإذ تشير إلى قراراتها السابقة بشأن هذه المسألة وإلى جميع\n"
                         "القرارات ذات الصلة،\n"
                         "وإذ تلاحظ مع التقدير الجهود المبذولة،\n", "snippet.txt");
  mark_furniture(s, arabic);
  std::vector<Block> b = make_blocks(s, arabic);
  BOOST_TEST_REQUIRE(b.size() == 2u);
  BOOST_TEST(b[1].text.rfind("وإذ تلاحظ", 0) == 0, b[1].text);
}
