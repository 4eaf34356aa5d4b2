// The stages between the blocks and the writing, each on its own with the real grammar/en:
// clause labels and nesting, dates, numbers, FRBR identifiers; and the string table and
// XML tree that the writer and the validator use. (Lines into blocks: test_blocks.)
#define BOOST_TEST_MODULE stages
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "akn/frbr.h"
#include "blocks/list_labels.h"
#include "grammar/grammar.h"
#include "inline/dates.h"
#include "inline/numbers.h"
#include "model/numbering.h"
#include "roles/recogniser.h"
#include "stages.h"
#include "test_support.h"
#include "akn/serialize.h"
#include "util/string_table.h"
#include "util/xml_tree.h"


using namespace text2akn;
using namespace stages;

BOOST_AUTO_TEST_SUITE(numbering)

BOOST_AUTO_TEST_CASE(parse_label_styles) {
  struct Case {
    std::string text, num, style, value, rest;
  };
  const Case cases[] = {
      {"1. Decides to act", "1.", "number-dot", "1", "Decides to act"},
      {"12. Requests", "12.", "number-dot", "12", "Requests"},
      {"(a) To submit", "(a)", "letter-paren", "a", "To submit"},
      {"(iv) To keep", "(iv)", "roman-paren", "iv", "To keep"},
      {"(i) To keep", "(i)", "roman-paren", "i", "To keep"},
      {"(a bis) To add", "(a bis)", "letter-paren", "a bis", "To add"},
      {"(3) Third", "(3)", "number-paren", "3", "Third"},
      {"IV. Follow-up", "IV.", "ROMAN-dot", "IV", "Follow-up"},
      {"B. Programme budget", "B.", "LETTER-dot", "B", "Programme budget"},
  };
  for (const Case& c : cases) {
    Label l;
    BOOST_TEST_REQUIRE(parse_label(c.text, grammar(), l), c.text);
    BOOST_TEST(l.num == c.num, c.text);
    BOOST_TEST(l.style == c.style, c.text);
    BOOST_TEST(l.value == c.value, c.text);
    BOOST_TEST(c.text.substr(l.length) == c.rest, c.text);
  }
}

BOOST_AUTO_TEST_CASE(no_label_in_running_text) {
  for (std::string s : {"Recalling its resolution 75/100,", "1990 was a year", "We, the participants",
                        "2025 Review Conference"}) {
    Label l;
    BOOST_TEST(!parse_label(s, grammar(), l), s);
  }
}

BOOST_AUTO_TEST_CASE(a_preambular_clause_of_the_body_takes_its_items_and_holds_no_paragraph) {
  // The "(a)" items it announces are its items, as in the preamble; the numbered paragraphs
  // after it, even when it ends in a colon, are paragraphs of the body.
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_preambular(text("Noting with satisfaction:", 1));
  n.add_numbered(text("(a) That the Commission acted,", 2), true);
  n.add_preambular(text("Recognizing the need to build on progress, declare the following:", 3));
  n.add_numbered(text("1. We express deep concern;", 4), false);
  n.add_numbered(text("2. We undertake to act.", 5), false);
  n.finish();
  BOOST_TEST(nums(body) == (std::vector<std::string>{"", "", "1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(body[0].text.text == "Noting with satisfaction:");
  BOOST_TEST(nums(body[0].items) == (std::vector<std::string>{"(a)"}), boost::test_tools::per_element());
  BOOST_TEST(body[0].items[0].text.text == "That the Commission acted,");
  BOOST_TEST(body[1].items.empty());
}

BOOST_AUTO_TEST_CASE(a_preambular_clause_s_items_nest_as_printed) {
  // "(i)" under "(a)"; "(i)" after "(h)" a letter; text without a label goes on the last
  // item; a clause that announces nothing takes a label's words as its own
  // ("... AU/Dec.710" / "(XXXI) of July 2018, ...").
  model::Clause announcing;
  announcing.text = text("Reaffirming that the Plan was developed:", 1);
  const std::string letters = "abcdefghi";
  for (size_t k = 0; k < letters.size(); ++k)
    add_preambular_item(announcing, text(std::string("(") + letters[k] + ") To act;", static_cast<int>(k) + 2), grammar());
  add_preambular_item(announcing, text("(i) By all means;", 11), grammar());
  add_preambular_item(announcing, text("and at all levels,", 12), grammar());
  BOOST_TEST_REQUIRE(announcing.items.size() == 9u);
  BOOST_TEST(announcing.items[8].num == "(i)");
  BOOST_TEST(announcing.items[8].style == "letter-paren");
  BOOST_TEST(nums(announcing.items[8].items) == (std::vector<std::string>{"(i)"}), boost::test_tools::per_element());
  BOOST_TEST(announcing.items[8].items[0].text.text == "By all means; and at all levels,");

  model::Clause plain;
  plain.text = text("Taking note of decision Assembly/AU/Dec.710", 1);
  add_preambular_item(plain, text("(XXXI) of July 2018,", 2), grammar());
  BOOST_TEST(plain.items.empty());
  BOOST_TEST(plain.text.text == "Taking note of decision Assembly/AU/Dec.710 (XXXI) of July 2018,");
}

BOOST_AUTO_TEST_CASE(i_after_h_is_a_letter) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("1. Decides:", 1), false);
  const std::string letters = "abcdefghij";
  for (size_t k = 0; k < letters.size(); ++k)
    n.add_numbered(text(std::string("(") + letters[k] + ") item;", static_cast<int>(k) + 2), true);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 1u);
  BOOST_TEST_REQUIRE(body[0].items.size() == 10u, "items under 1.: " << body[0].items.size());
  BOOST_TEST(body[0].items[8].num == "(i)");
  BOOST_TEST(body[0].items[8].style == "letter-paren");
  BOOST_TEST(body[0].items[8].items.empty());
  BOOST_TEST(body[0].items[9].num == "(j)");
}

BOOST_AUTO_TEST_CASE(c_after_b_is_a_letter_in_any_brackets_and_cc_after_bb) {
  // "c)" (closed by a parenthesis alone, as French and Spanish print it) and "(cc)" (after
  // "(z)") read as roman numerals too, but follow "b)" and "(bb)" as letters
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("1. Decides:", 1), false);
  for (const char* label : {"a)", "b)", "c)", "d)"}) n.add_numbered(text(std::string(label) + " item;", 2), true);
  n.add_numbered(text("2. Urges:", 3), false);
  for (const char* label : {"(y)", "(z)", "(aa)", "(bb)", "(cc)", "(dd)"})
    n.add_numbered(text(std::string(label) + " item;", 4), true);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(nums(body[0].items) == (std::vector<std::string>{"a)", "b)", "c)", "d)"}), boost::test_tools::per_element());
  BOOST_TEST(nums(body[1].items) == (std::vector<std::string>{"(y)", "(z)", "(aa)", "(bb)", "(cc)", "(dd)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(d_after_c_is_a_letter_across_a_cross_heading) {
  // S/RES/1609 (2005): "(c) ...;" / "Disarmament, demobilization ..." / "(d) ..." / "(e) ..."
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("2. Decides that the mandate shall be the following:", 1), false);
  for (const char* label : {"(a)", "(b)", "(c)"}) n.add_numbered(text(std::string(label) + " To observe;", 2), true);
  n.add_heading(text("Disarmament, demobilization, reintegration, repatriation and resettlement", 3));
  for (const char* label : {"(d)", "(e)"}) n.add_numbered(text(std::string(label) + " To assist;", 4), true);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 1u);
  BOOST_TEST(nums(body[0].items) == (std::vector<std::string>{"(a)", "(b)", "(c)", "", "(d)", "(e)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_paragraph_between_an_item_and_the_next_of_its_list_is_the_items) {
  // S/RES/2227 (2015): "(a) Ceasefire" / "To support, monitor ..." / "(b) Support to ..."; an
  // item that runs on in a second paragraph (A/RES/78/1's "(d) ... well-being." / "We also
  // take note ..." / "(e) ..."); but "(a)" after a paragraph begins a list of its own
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("14. Decides that MINUSMA shall perform the following tasks:", 1), false);
  n.add_numbered(text("(a) Ceasefire", 2), true);
  n.add_unnumbered(text("To support, monitor and supervise the implementation of the ceasefire;", 3));
  n.add_numbered(text("(b) Support to the implementation of the Agreement", 4), true);
  n.add_numbered(text("(i) To support the political and institutional reforms;", 5), true);
  n.add_unnumbered(text("We also take note of the Summit.", 6));
  n.add_numbered(text("(c) Good offices and reconciliation", 7), true);
  n.add_unnumbered(text("Requests the Secretary-General to report on:", 8));
  n.add_numbered(text("(a) The mission;", 9), true);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(nums(body[0].items) == (std::vector<std::string>{"(a)", "(b)", "(c)"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body[0].items[0].continued.size() == 1u);
  BOOST_TEST(body[0].items[0].continued[0].text == "To support, monitor and supervise the implementation of the ceasefire;");
  BOOST_TEST(nums(body[0].items[1].items) == (std::vector<std::string>{"(i)"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body[0].items[1].wrap_up.size() == 1u);
  BOOST_TEST(body[0].items[1].wrap_up[0].text == "We also take note of the Summit.");
  BOOST_TEST(nums(body[1].items) == (std::vector<std::string>{"(a)"}), boost::test_tools::per_element());
  BOOST_TEST(diags.empty());
}

BOOST_AUTO_TEST_CASE(i_elsewhere_is_roman_and_nests) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("1. Decides:", 1), false);
  n.add_numbered(text("(a) To consider:", 2), true);
  n.add_numbered(text("(i) first;", 3), true);
  n.add_numbered(text("(ii) second;", 4), true);
  n.add_numbered(text("(b) To report.", 5), true);
  n.add_numbered(text("2. Requests more.", 6), false);
  n.finish();
  BOOST_TEST(nums(body) == (std::vector<std::string>{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(nums(body[0].items) == (std::vector<std::string>{"(a)", "(b)"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body[0].items.size() == 2u);
  BOOST_TEST(nums(body[0].items[0].items) == (std::vector<std::string>{"(i)", "(ii)"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body[0].items[0].items.size() == 2u);
  BOOST_TEST(body[0].items[0].items[0].style == "roman-paren");
  BOOST_TEST(body[0].items[0].items[0].text.text == "first;");  // the label is not part of the text
  BOOST_TEST(diags.empty());
}

BOOST_AUTO_TEST_CASE(i_directly_under_a_paragraph_is_roman) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("1. Decides:", 1), false);
  n.add_numbered(text("(i) first;", 2), true);
  n.add_numbered(text("(ii) second.", 3), true);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 1u);
  BOOST_TEST_REQUIRE(body[0].items.size() == 2u);
  BOOST_TEST(body[0].items[0].style == "roman-paren");
  BOOST_TEST(body[0].items[1].style == "roman-paren");
}

// S/2018/221: "(d) ... Process:" / "To carry out ... tasks:" / "(i)" ... "(iii)" / "8."
// (with "(a)" here: a lone "(d)" would read as the roman numeral 500)
BOOST_AUTO_TEST_CASE(sub_item_goes_on_in_its_own_paragraph_and_the_numbers_return_to_the_top) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("7. Decides that the mandate shall be as follows:", 1), false);
  n.add_numbered(text("(a) Supporting the peace process:", 2), true);
  n.add_unnumbered(text("To carry out the following tasks:", 3));
  n.add_numbered(text("(i) Using good offices;", 4), true);
  n.add_numbered(text("(ii) Participating in the monitoring;", 5), true);
  n.add_numbered(text("8. Stresses that the peace process remains viable.", 6), false);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(body[1].num == "8.");
  BOOST_TEST_REQUIRE(body[0].items.size() == 1u);
  const model::Clause& d = body[0].items[0];
  BOOST_TEST_REQUIRE(d.continued.size() == 1u);
  BOOST_TEST(d.continued[0].text == "To carry out the following tasks:");
  BOOST_TEST(d.items.size() == 2u);
  BOOST_TEST(diags.empty());
}

// A short unpunctuated line after sub-items heads the next sub-items, if any; before a
// numbered paragraph it heads that paragraph, at the top.
BOOST_AUTO_TEST_CASE(cross_heading_over_items_or_over_the_next_paragraph) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("7. Calls upon all States:", 1), false);
  n.add_numbered(text("(a) To ensure the rights of children;", 2), true);
  n.add_unnumbered(text("Girls", 3));
  n.add_numbered(text("(b) To protect girls;", 4), true);
  n.add_unnumbered(text("Registration, family relations and alternative care", 5));
  n.add_numbered(text("8. Reaffirms its resolution 71/177.", 6), false);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 3u);
  BOOST_TEST(body[0].num == "7.");
  BOOST_TEST_REQUIRE(body[0].items.size() == 3u);
  BOOST_TEST(body[0].items[1].style == "crossHeading");
  BOOST_TEST(body[0].items[1].text.text == "Girls");
  BOOST_TEST(body[1].heading);
  BOOST_TEST(body[1].text.text == "Registration, family relations and alternative care");
  BOOST_TEST(body[2].num == "8.");
}

// A heading the rules recognise behaves as one among sub-items: it heads the items after it
// (S/RES/2245 (2015): "AMISOM" / "(a)" ...), or the next paragraph at the top; under an item
// that announces what follows it is that item's text (S/RES/2329 (2016): the judges' names).
BOOST_AUTO_TEST_CASE(a_section_heading_among_sub_items_is_a_cross_heading) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("2. Requests logistical support as follows:", 1), false);
  n.add_heading(text("AMISOM", 2));
  n.add_numbered(text("(a) To extend the terms of office of the following judges:", 3), true);
  n.add_heading(text("Carmel Fictional (Malta)", 4));
  n.add_numbered(text("(b) Support to the mission;", 5), true);
  n.add_heading(text("Budget estimates for the period from 1 July 2021 to 30 June 2022", 6));
  n.add_numbered(text("3. Decides to remain seized of the matter.", 7), false);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 3u);
  BOOST_TEST_REQUIRE(body[0].items.size() == 3u);
  BOOST_TEST(body[0].items[0].style == "crossHeading");
  BOOST_TEST(body[0].items[0].text.text == "AMISOM");
  BOOST_TEST(body[0].items[1].num == "(a)");
  BOOST_TEST_REQUIRE(body[0].items[1].continued.size() == 1u);
  BOOST_TEST(body[0].items[1].continued[0].text == "Carmel Fictional (Malta)");
  BOOST_TEST(body[0].items[2].num == "(b)");
  BOOST_TEST(body[1].heading);
  BOOST_TEST(body[1].text.text == "Budget estimates for the period from 1 July 2021 to 30 June 2022");
  BOOST_TEST(body[2].num == "3.");
}

// A list numbered from 1 under a paragraph that announces it ("11. ... agenda:") is that
// paragraph's items; "12." goes on at the top.
BOOST_AUTO_TEST_CASE(numbers_starting_again_under_an_announcing_paragraph_are_its_items) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("10. Decides to hold the Congress in 2026;", 1), false);
  n.add_numbered(text("11. Approves the following provisional agenda for the Congress:", 2), false);
  n.add_numbered(text("1. Opening of the Congress.", 3), false);
  n.add_numbered(text("2. Organizational matters.", 4), false);
  n.add_numbered(text("3. Promoting the rule of law.", 5), false);
  n.add_numbered(text("12. Requests the Secretary-General to prepare the Congress.", 6), false);
  n.finish();
  BOOST_TEST(nums(body) == (std::vector<std::string>{"10.", "11.", "12."}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(body.size() == 3u);
  BOOST_TEST(nums(body[1].items) == (std::vector<std::string>{"1.", "2.", "3."}), boost::test_tools::per_element());
  BOOST_TEST(diags.empty());
}

// Numbered paragraphs under a bare enacting phrase ("Resolves that:") are the paragraphs it
// introduces; under a sentence that announces a list they are its items.
BOOST_AUTO_TEST_CASE(numbers_under_an_unnumbered_chapeau) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_unnumbered(text("Resolves that:", 1));
  n.add_numbered(text("1. The Working Capital Fund shall be established;", 2), false);
  n.add_numbered(text("2. Member States shall make advances to it.", 3), false);
  n.finish();
  BOOST_TEST(nums(body) == (std::vector<std::string>{"", "1.", "2."}), boost::test_tools::per_element());

  std::vector<model::Clause> appeal;
  Numbering m(grammar(), appeal, diags);
  m.add_unnumbered(text("We hereby appeal to the international community to:", 1));
  m.add_numbered(text("1. Support the return of the displaced;", 2), false);
  m.add_numbered(text("2. Condemn the destruction of heritage.", 3), false);
  m.finish();
  BOOST_TEST_REQUIRE(appeal.size() == 1u);
  BOOST_TEST(nums(appeal[0].items) == (std::vector<std::string>{"1.", "2."}), boost::test_tools::per_element());
}

// An unnumbered paragraph between numbered ones does not push "8." under it.
BOOST_AUTO_TEST_CASE(numbers_after_an_unnumbered_paragraph_stay_at_the_top) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("7. Decides:", 1), false);
  n.add_unnumbered(text("Further decides that the tasks are these:", 2));
  n.add_numbered(text("(i) first;", 3), true);
  n.add_numbered(text("8. Requests a report.", 4), false);
  n.finish();
  BOOST_TEST_REQUIRE(body.size() == 3u);
  BOOST_TEST(body[2].num == "8.");
  BOOST_TEST(body[1].items.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_gap_in_the_numbers_is_diagnosed) {
  Numbered numbered;
  auto& [body, diags, n] = numbered;
  n.add_numbered(text("1. First.", 1), false);
  n.add_numbered(text("3. Third.", 2), false);
  n.finish();
  BOOST_TEST(body.size() == 2u);
  BOOST_TEST_REQUIRE(diags.size() == 1u);
  BOOST_TEST(diags[0].code == "numbering-gap");
  BOOST_TEST(diags[0].line == 2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(roles)

// `explain` names the rule that recognised each block. A rule whose `before` only confirms
// the role the block before already has (an amendment's sponsors' line, then the amended
// draft's symbol under it) leaves that block's rule as it was.
BOOST_AUTO_TEST_CASE(a_rule_that_confirms_the_role_before_leaves_its_rule) {
  std::string text =
      "Ninety-fifth session\nThird Committee\nAgenda item 99\nFictional questions\n\n"
      "Fictionland: amendment to revised draft resolution\nA/C.3/95/L.7/Rev.1\n\n"
      "Cooperation with the Fictional Organization\n";
  std::vector<RoledBlock> roled = recognise(blocks_of(text), grammar());
  auto sponsors = std::find_if(roled.begin(), roled.end(), [](const RoledBlock& b) { return b.role == "sponsors"; });
  BOOST_TEST_REQUIRE((sponsors != roled.end()));
  BOOST_TEST(sponsors->block.text.find("A/C.3/95/L.7/Rev.1") != std::string::npos, sponsors->block.text);
  BOOST_TEST(sponsors->rule.find("rule draft-sponsors ") == 0u, sponsors->rule);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(full_date) {
  BOOST_TEST(first_date("Letter dated 19 March 2025 from", grammar()) == "2025-03-19");
  auto d = find_dates("on 19 March 2025.", grammar(), 0);
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(d[0].iso == "2025-03-19");
  BOOST_TEST(d[0].begin == 3u);
  BOOST_TEST(d[0].end == 16u);
}

BOOST_AUTO_TEST_CASE(date_without_year_takes_the_default_year) {
  BOOST_TEST(first_date("on the eve of 8 March – International Women’s Day", grammar(), 2025) == "2025-03-08");
  BOOST_TEST(first_date("on the eve of 8 March – International Women’s Day", grammar(), 0) == "");
}

BOOST_AUTO_TEST_CASE(us_order_and_ordinals) {
  BOOST_TEST(first_date("signed on March 19, 2025 in New York", grammar()) == "2025-03-19");
  BOOST_TEST(first_date("the 1st December 2020 meeting", grammar()) == "2020-12-01");
}

BOOST_AUTO_TEST_CASE(impossible_dates_are_not_dates) {
  BOOST_TEST(find_dates("on 31 February 2025", grammar(), 2025).empty());
  BOOST_TEST(find_dates("on 32 March 2025", grammar(), 2025).empty());
  BOOST_TEST(find_dates("on 31 April 2025", grammar(), 2025).empty());
}

// "29 February 2025" is no date (the schema would reject date="2025-02-29" and with it the
// whole document).
BOOST_AUTO_TEST_CASE(february_29_only_in_leap_years) {
  BOOST_TEST(first_date("on 29 February 2024", grammar()) == "2024-02-29");
  BOOST_TEST(first_date("on 29 February 2025", grammar()) == "");
}

BOOST_AUTO_TEST_CASE(several_dates_in_one_text) {
  auto d = find_dates("between 1 March 2025 and 8 March", grammar(), 2025);
  BOOST_TEST_REQUIRE(d.size() == 2u);
  std::vector<std::string> iso{d[0].iso, d[1].iso};
  std::sort(iso.begin(), iso.end());
  BOOST_TEST(iso == (std::vector<std::string>{"2025-03-01", "2025-03-08"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(numbers)

BOOST_AUTO_TEST_CASE(a_sessions_number_spelled_in_words_is_read_in_each_language) {
  // The session lines of the UN's masthead in six languages: the words' values summed, the
  // longest word or compound first ("soixante-dix" + "neuvième", "七十" + "五"), the first
  // run of number words only; digits where no word is a number.
  const std::vector<std::tuple<std::string, std::string, int>> lines = {
      {"en", "Seventy-ninth session", 79},
      {"en", "Tenth emergency special session", 10},
      {"en", "2025 session", 2025},
      {"en", "79th session", 79},
      {"en", "Agenda item", 0},
      {"fr", "Soixante-dix-neuvième session", 79},
      {"fr", "Soixante et onzième session", 71},
      {"fr", "Quatre-vingtième session", 80},
      {"fr", "Quatre-vingt-unième session", 81},
      {"fr", "Trente-deuxième session extraordinaire", 32},
      {"es", "Septuagésimo quinto período de sesiones", 75},
      {"es", "Octogésimo período de sesiones", 80},
      {"ru", "Семьдесят пятая сессия", 75},
      {"ru", "Восьмидесятая сессия", 80},
      {"ru", "Семьдесят седьмой год", 77},
      {"ar", "الدورة الخامسة والسبعون", 75},
      {"ar", "الدورة الاستثنائية الثانية والثلاثون", 32},
      {"ar", "الدورة الثمانون", 80},
      {"zh", "第七十五届会议", 75},
      {"zh", "第十届紧急特别会议", 10},
      {"zh", "第三十二届特别会议", 32}};
  for (const auto& [language, line, number] : lines) BOOST_TEST(spelled_number(line, grammar(language)) == number, line);
}

BOOST_AUTO_TEST_CASE(a_cited_number_is_written_as_its_symbol_is) {
  // however the text spaces it, and in Latin letters where another script names its parts
  // and series, so that a resolution has one IRI
  const std::vector<std::tuple<std::string, std::string, std::string>> numbers = {
      {"en", "2200A(XXI)", "2200 A (XXI)"}, {"en", "2200 A (XXI)", "2200 A (XXI)"}, {"en", "1514(XV)", "1514 (XV)"},
      {"en", "ES-10/15", "ES-10/15"},       {"en", "53/77 AA", "53/77 AA"},         {"zh", "1874(S-IV)", "1874 (S-IV)"},
      {"ar", "دإ-10/2", "S-10/2"},          {"ar", "دإط-10/15", "ES-10/15"},        {"ar", "48/74 باء", "48/74 B"},
      {"ar", "2602 جيم", "2602 C"}};
  for (const auto& [language, number, symbol] : numbers)
    BOOST_TEST(symbol_number(number, grammar(language)) == symbol, number);
  BOOST_TEST(roman_numeral(24) == "XXIV");
  BOOST_TEST(roman_numeral(1999) == "MCMXCIX");
  BOOST_TEST(roman_numeral(0) == "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(frbr_iris)

BOOST_AUTO_TEST_CASE(number_of_symbols) {
  BOOST_TEST(frbr::number_of("A/RES/75/100") == "A-RES-75-100");
  BOOST_TEST(frbr::number_of("S/RES/1325 (2000)") == "S-RES-1325_2000");
  BOOST_TEST(frbr::number_of("A/79/826") == "A-79-826");
  BOOST_TEST(frbr::number_of("A/80/123–S/2025/456") == "A-80-123-S-2025-456");
}

BOOST_AUTO_TEST_CASE(work_expression_manifestation) {
  std::string work = frbr::work("statement", "deliberation", "un-ga", "2020-12-10", frbr::number_of("A/RES/75/100"));
  BOOST_TEST(work == "/akn/un/statement/deliberation/un-ga/2020-12-10/A-RES-75-100");
  std::string expression = frbr::expression(work, "en", "2020-12-10");
  BOOST_TEST(expression == "/akn/un/statement/deliberation/un-ga/2020-12-10/A-RES-75-100/eng@2020-12-10");
  BOOST_TEST(frbr::manifestation(expression, "main") ==
             "/akn/un/statement/deliberation/un-ga/2020-12-10/A-RES-75-100/eng@2020-12-10/!main.xml");
  // a cited work whose date the text does not give
  BOOST_TEST(frbr::work("statement", "deliberation", "un-sc", "", "S-RES-1325") ==
             "/akn/un/statement/deliberation/un-sc/S-RES-1325");
}

BOOST_AUTO_TEST_CASE(ids_and_languages) {
  BOOST_TEST(frbr::camel_id("Tofiq Musayev") == "tofiqMusayev");
  BOOST_TEST(frbr::camel_id("Permanent Representative") == "permanentRepresentative");
  BOOST_TEST(frbr::language_code("en") == "eng");
  BOOST_TEST(frbr::language_code("fr") == "fra");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(string_table)

BOOST_AUTO_TEST_CASE(keeps_every_key_once_across_growth) {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("para_" + std::to_string(i % 2500) + "__point_" + std::to_string(i % 7));
  StringTable<int> table;
  std::set<std::string> distinct;
  for (const std::string& k : keys) {
    auto [count, inserted] = table.emplace(k);
    ++*count;
    BOOST_TEST(inserted == distinct.insert(k).second, k);
  }
  BOOST_TEST(table.size() == distinct.size());
  for (const std::string& k : distinct)
    BOOST_TEST(*table.emplace(k).first == std::count(keys.begin(), keys.end(), k), k);
}

BOOST_AUTO_TEST_CASE(an_arena_keeps_keys_whose_strings_are_gone) {
  StringArena arena;
  StringTable<bool> table(&arena);
  for (int i = 0; i < 3000; ++i) {
    std::string transient = "p_" + std::to_string(i) + std::string(i % 100, 'x');
    BOOST_TEST(table.emplace(transient).second);
  }
  std::string huge(100000, 'y');  // longer than one arena chunk
  BOOST_TEST(table.emplace(huge).second);
  BOOST_TEST(!table.emplace(std::string(100000, 'y')).second);
  for (int i = 0; i < 3000; ++i)
    BOOST_TEST(!table.emplace("p_" + std::to_string(i) + std::string(i % 100, 'x')).second);
  BOOST_TEST(table.emplace("").second);
  BOOST_TEST(!table.emplace(std::string_view()).second);  // a null view is the empty string
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(xml_tree)

BOOST_AUTO_TEST_CASE(children_keep_the_order_they_were_put_in_and_print_so) {
  xml::Tree tree;
  xml::Node meta = tree.root().append_child("akomaNtoso").append_child("meta");
  meta.append_child("references").append_attribute("source") = "#dgacm";
  xml::Node id = meta.prepend_child("identification");
  meta.insert_child_after("publication", id).append_attribute("name") = "un \"documents\" & more";
  xml::Node p = meta.append_child("p");
  p.append_text("a < b ");
  p.append_child("docDate").append_attribute("date") = "2025-01-02";
  BOOST_TEST(serialize(tree) ==
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<akomaNtoso>\n"
             "  <meta>\n"
             "    <identification/>\n"
             "    <publication name=\"un &quot;documents&quot; &amp; more\"/>\n"
             "    <references source=\"#dgacm\"/>\n"
             "    <p>a &lt; b <docDate date=\"2025-01-02\"/></p>\n"
             "  </meta>\n"
             "</akomaNtoso>\n");
  BOOST_TEST(tree.element_count() == 7u);
  BOOST_TEST(meta.has_descendant("docDate"));
  BOOST_TEST(!meta.has_descendant("akomaNtoso"));
  BOOST_TEST(std::string(meta.child("publication").attribute("name").value()) == "un \"documents\" & more");
  BOOST_TEST(!meta.child("absent"));
  BOOST_TEST(!meta.child("references").attribute("absent"));
}

BOOST_AUTO_TEST_CASE(values_outlive_the_strings_they_were_made_from) {
  xml::Tree tree;
  xml::Node root = tree.root().append_child("r");
  for (int i = 0; i < 10000; ++i) {  // more nodes, attributes and text than one chunk holds
    std::string value = "v" + std::to_string(i) + std::string(i % 50, 'x');
    root.append_child("e" + std::to_string(i % 3)).append_attribute("a") = value;
    root.append_text(value);
  }
  root.append_text(std::string(300000, 'y'));  // longer than a text chunk
  int i = 0;
  bool all_kept = true;
  for (xml::Node c = root.first_child(); c && i < 20000; c = c.next_sibling(), ++i) {
    std::string value = "v" + std::to_string(i / 2) + std::string((i / 2) % 50, 'x');
    all_kept = all_kept && (i % 2 ? c.value() == value && c.is_text()
                                  : c.attribute("a").value() == value && c.name() == "e" + std::to_string((i / 2) % 3));
  }
  BOOST_TEST(all_kept);
  BOOST_TEST(i == 20000);
  tree.reset();
  BOOST_TEST(!tree.document_element());
  BOOST_TEST(tree.element_count() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
