// The grammar is data: a broken rule file must be reported with file:line, never ignored,
// a runaway pattern must fail fast, and the shipped grammar/en must load.
#define BOOST_TEST_MODULE grammar
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "grammar/grammar.h"
#include "grammar/pattern.h"
#include "grammar/rule_file.h"
#include "read/language.h"
#include "read/source.h"
#include "test_support.h"
#include "text2akn.h"

using namespace text2akn;
namespace fs = std::filesystem;

namespace {

int line_count(const std::string& text) {
  int n = 0;
  for (char c : text) n += c == '\n';
  if (!text.empty() && text.back() != '\n') ++n;
  return n;
}

// A copy of grammar/en in a temporary folder, one of whose files can be broken.
struct BrokenGrammar {
  test::TempDir tmp;
  fs::path dir() const { return tmp.path(); }
  fs::path file(const std::string& name) const { return tmp.path() / "en" / name; }
  BrokenGrammar() { fs::copy(test::grammar_dir() / "en", tmp.path() / "en", fs::copy_options::recursive); }

  // Appends text to a file; returns the number its first appended line gets.
  int append(const std::string& name, const std::string& text) {
    std::string old = test::read_file(file(name));
    if (!old.empty() && old.back() != '\n') old += '\n';
    test::write_file(file(name), old + text);
    return line_count(old) + 1;
  }
  void prepend(const std::string& name, const std::string& text) {
    test::write_file(file(name), text + test::read_file(file(name)));
  }
};

// load_grammar must throw RuleError; what() must start with "FILE:LINE:".
void check_rule_error(const BrokenGrammar& g, const std::string& name, int line, const std::string& word) {
  try {
    load_grammar(g.dir().string(), "en");
  } catch (const RuleError& e) {
    std::string expected = g.file(name).string() + ":" + std::to_string(line) + ":";
    BOOST_TEST(std::string(e.what()).rfind(expected, 0) == 0,
               "what() = '" << e.what() << "', expected it to start with '" << expected << "'");
    BOOST_TEST(e.line() == line);
    BOOST_TEST(e.file() == g.file(name).string());
    BOOST_TEST(std::string(e.what()).find(word) != std::string::npos, "what() = " << e.what());
    return;
  }
  BOOST_FAIL("the broken grammar loaded without error");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_file_format)

BOOST_AUTO_TEST_CASE(records_fields_repeats_and_continuations) {
  const std::string text =
      "# comment\n"
      "\n"
      "[rule first]\n"
      "in: masthead\n"
      "match: ^a\n"
      "match: ^b\n"
      "  (?:c)$\n"
      "[lexicon months]\r\n"
      "March: 3\r\n";
  auto records = parse_rule_file(text, "t.rules");
  BOOST_TEST_REQUIRE(records.size() == 2u);
  const Record& r = records[0];
  BOOST_TEST(r.kind == "rule");
  BOOST_TEST(r.name == "first");
  BOOST_TEST(r.line == 3);
  BOOST_TEST_REQUIRE(r.all("match").size() == 2u);
  BOOST_TEST(r.all("match")[0]->value == "^a");
  BOOST_TEST(r.all("match")[1]->value == "^b(?:c)$");  // the continuation line is appended
  BOOST_TEST(r.all("match")[1]->line == 6);
  BOOST_TEST(r.one("in", true)->value == "masthead");
  BOOST_TEST(records[1].kind == "lexicon");
  BOOST_TEST(records[1].name == "months");
  BOOST_TEST(records[1].one("March", true)->value == "3");  // CRLF: no '\r' in the value
}

BOOST_AUTO_TEST_CASE(syntax_errors_name_file_and_line) {
  struct Case {
    std::string text;
    int line;
  };
  const Case cases[] = {
      {"# c\nkey: value\n", 2},                     // a field before the first header
      {"[rule x]\nmatch: a\n[rule y\n", 3},         // header without ']'
      {"[rule x]\nno colon here\n", 2},             // not key: value
      {"[]\n", 1},                                  // empty header
      {"[rule x]\n  continued\n", 2},               // continuation without a field
      {"# c\n# c\nmatch: caf\xE9\n", 3},            // not UTF-8
  };
  for (const Case& c : cases) {
    try {
      parse_rule_file(c.text, "x.rules");
      BOOST_ERROR("no error for: " << c.text);
    } catch (const RuleError& e) {
      std::string expected = "x.rules:" + std::to_string(c.line) + ":";
      BOOST_TEST(std::string(e.what()).rfind(expected, 0) == 0, "what() = " << e.what());
      BOOST_TEST(e.line() == c.line);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_group_name_written_twice_is_the_first_of_them_that_matched) {
  // a citation's body named before its number or after it
  const Pattern p("(?:(?<body>Council) )?resolution (?<number>\\d+/\\d+)(?: of the (?<body>Assembly))?");
  const int body = p.group_number("body");
  BOOST_TEST_REQUIRE(body >= 0);
  for (const auto& [text, expected] : std::vector<std::pair<std::string, std::string>>{
           {"Council resolution 9/1", "Council"}, {"resolution 9/1 of the Assembly", "Assembly"}, {"resolution 9/1", ""}}) {
    Match m = p.search(text);
    BOOST_TEST_REQUIRE(m.found);
    BOOST_TEST(std::string(m.group(text, body)) == expected, text);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(broken_grammar_folder)

BOOST_AUTO_TEST_CASE(bad_regex) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "[rule broken]\nin: masthead\nmatch: ^(unclosed\nrole: authority\n");
  check_rule_error(g, "roles.rules", line + 2, "pattern");
}

BOOST_AUTO_TEST_CASE(bad_regex_among_alternatives_names_its_own_line) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "[rule two]\nmatch: ^ok$\nmatch: ^[unclosed$\nmatch: ^ok too$\nrole: authority\n");
  check_rule_error(g, "roles.rules", line + 2, "pattern");
}

BOOST_AUTO_TEST_CASE(key_given_twice_where_only_one_is_allowed) {
  BrokenGrammar g;
  int line = g.append("furniture.rules", "[furniture two]\nmatch: ^a$\n\nmatch: ^b$\n");
  check_rule_error(g, "furniture.rules", line + 3, "twice");
}

BOOST_AUTO_TEST_CASE(unknown_key) {
  BrokenGrammar g;
  int line = g.append("furniture.rules", "[furniture typo]\nmatch: ^x$\nmatchh: ^y$\n");
  check_rule_error(g, "furniture.rules", line + 2, "matchh");
}

BOOST_AUTO_TEST_CASE(unknown_role) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "\n# a rule with a misspelt role\n[rule x]\nmatch: ^x$\nrole: preambleClause\n");
  check_rule_error(g, "roles.rules", line + 4, "preambleClause");
}

BOOST_AUTO_TEST_CASE(state_like_names_no_state) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "\n[state x]\nlike: operativ\ndefault: paragraph\n");
  check_rule_error(g, "roles.rules", line + 1, "operativ");
}

BOOST_AUTO_TEST_CASE(a_call_to_a_pattern_that_does_not_exist) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "[rule x]\nmatch: ^(?&no_such_words)$\nrole: authority\n");
  check_rule_error(g, "roles.rules", line + 1, "no_such_words");
}

BOOST_AUTO_TEST_CASE(a_pattern_name_that_cannot_be_called) {
  BrokenGrammar g;
  int line = g.append("phrases.rules", "\n[pattern preambular-word]\nmatch: Recalling\n");
  check_rule_error(g, "phrases.rules", line + 1, "preambular-word");
}

BOOST_AUTO_TEST_CASE(a_pattern_defined_twice) {
  BrokenGrammar g;
  int line = g.append("phrases.rules", "\n[pattern operative_verb]\nmatch: Decides\n");
  check_rule_error(g, "phrases.rules", line + 1, "twice");
}

BOOST_AUTO_TEST_CASE(a_bad_pattern_is_reported_where_it_is_written_though_nothing_calls_it) {
  BrokenGrammar g;
  int line = g.append("phrases.rules", "\n[pattern unused]\nmatch: (unclosed\n");
  check_rule_error(g, "phrases.rules", line + 2, "unused");
}

BOOST_AUTO_TEST_CASE(derive_symbol_template_names_a_missing_group) {
  BrokenGrammar g;
  int line = g.append("symbols.rules", "[derive-symbol x]\nfrom: name\nmatch: (?<s>.+)\nsymbol: {s}/{y}\n");
  check_rule_error(g, "symbols.rules", line + 3, "'y'");
}

BOOST_AUTO_TEST_CASE(derive_symbol_from_what) {
  BrokenGrammar g;
  int line = g.append("symbols.rules", "[derive-symbol x]\nfrom: title\nmatch: .+\nsymbol: X\n");
  check_rule_error(g, "symbols.rules", line + 1, "title");
}

BOOST_AUTO_TEST_CASE(furniture_after_is_a_number) {
  BrokenGrammar g;
  int line = g.append("furniture.rules", "[furniture x]\nmatch: ^x$\nafter: many\n");
  check_rule_error(g, "furniture.rules", line + 2, "after");
}

BOOST_AUTO_TEST_CASE(furniture_follows_names_a_furniture_rule_above_it) {
  BrokenGrammar g;
  int line = g.append("furniture.rules", "[furniture x]\nmatch: ^x$\nfollows: ocr-page-marker no-such-rule\n");
  check_rule_error(g, "furniture.rules", line + 2, "follows");
}

BOOST_AUTO_TEST_CASE(rule_before_names_roles_an_arrow_and_the_role_taken) {
  for (const char* before : {"agendaTitle docTitle", "agendaTitle ->", "-> docTitle", "agendaTitle -> docTitle paragraph",
                             "agendaTitel -> docTitle", "agendaTitle -> docTitel"}) {
    BrokenGrammar g;
    int line = g.append("roles.rules", std::string("[rule x]\nmatch: ^x$\nrole: docType\nbefore: ") + before + "\n");
    check_rule_error(g, "roles.rules", line + 3, "before");
  }
}

BOOST_AUTO_TEST_CASE(rule_adjacent_is_yes_or_no) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "[rule x]\nmatch: ^x$\nrole: docType\nadjacent: sometimes\n");
  check_rule_error(g, "roles.rules", line + 3, "adjacent");
}

BOOST_AUTO_TEST_CASE(marker_brackets_are_two) {
  BrokenGrammar g;  // blocks.rules is one [blocks] record: the line goes into it
  int line = g.append("blocks.rules", "marker-brackets: (\n");
  check_rule_error(g, "blocks.rules", line, "marker-brackets");
}

BOOST_AUTO_TEST_CASE(kind_formula_is_expected_or_absent) {
  BrokenGrammar g;
  int line = g.append("kinds.rules", "[kind x]\nelement: doc\nsubtype: paper\nformula: yes\n");
  check_rule_error(g, "kinds.rules", line + 3, "formula");
}

BOOST_AUTO_TEST_CASE(unknown_record_kind) {
  BrokenGrammar g;
  int line = g.append("inline.rules", "[inlne date2]\nmarkup: date\n");
  check_rule_error(g, "inline.rules", line, "inlne");
}

BOOST_AUTO_TEST_CASE(field_before_header) {
  BrokenGrammar g;
  g.prepend("blocks.rules", "# stray field\n\nlabel: ^x\n");
  check_rule_error(g, "blocks.rules", 3, "before");
}

BOOST_AUTO_TEST_CASE(non_utf8_rule_file) {
  BrokenGrammar g;
  int line = g.append("lexicon.rules", "[lexicon x]\nR\xE9sum\xE9: 1\n");
  check_rule_error(g, "lexicon.rules", line + 1, "UTF-8");
}

BOOST_AUTO_TEST_CASE(broken_entity_list) {
  BrokenGrammar g;
  int line = g.append("countries.tsv", "arcadia Arcadia without tabs\n");
  check_rule_error(g, "countries.tsv", line, "id");
}

BOOST_AUTO_TEST_CASE(missing_language_folder) {
  BrokenGrammar g;
  BOOST_CHECK_THROW(load_grammar(g.dir().string(), "xx"), RuleError);
}

BOOST_AUTO_TEST_CASE(converter_reports_grammar_invalid) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "[rule broken]\nmatch: (\nrole: authority\n");
  Options o;
  o.grammar_dir = g.dir().string();
  o.validate = false;
  try {
    Converter c(o);
    BOOST_FAIL("the converter accepted a broken grammar");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.status()) == static_cast<int>(Status::grammar_invalid));
    std::string place = g.file("roles.rules").string() + ":" + std::to_string(line + 1) + ":";
    BOOST_TEST(e.describe().find(place) != std::string::npos, "describe() = " << e.describe());
  }
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// A language folder that extends another: grammar/<lang>/ beside a copy of grammar/en.
struct DerivedGrammar : BrokenGrammar {
  fs::path derived(const std::string& name) const { return tmp.path() / "xx" / name; }
  explicit DerivedGrammar(const std::string& language_rules) {
    fs::create_directories(tmp.path() / "xx");
    test::write_file(derived("language.rules"), language_rules);
  }
  Grammar load() const { return load_grammar(dir().string(), "xx"); }
};

const RoleRule& rule_named(const Grammar& g, const std::string& name) {
  auto rule = std::find_if(g.roles.begin(), g.roles.end(), [&](const RoleRule& r) { return r.name == name; });
  if (rule == g.roles.end()) throw std::runtime_error("no rule " + name);
  return *rule;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(languages)

// A record of the same kind and name amends the base's in its place, key by key; a new
// record comes after the base's; a lexicon gains words.
BOOST_AUTO_TEST_CASE(a_language_amends_the_records_of_its_base_key_by_key) {
  DerivedGrammar g("[language]\nbase: en\n\n"
                   "[rule formula]\nmatch: ^La Asamblea,$\n\n"
                   "[rule greeting]\nin: masthead\nmatch: ^Hola$\nrole: mastheadOther\n\n"
                   "[lexicon months]\nenero: 1\n");
  Grammar en = load_grammar(g.dir().string(), "en");
  Grammar xx = g.load();
  BOOST_TEST(xx.lang == "xx");
  BOOST_TEST_REQUIRE(xx.roles.size() == en.roles.size() + 1);
  for (size_t i = 0; i < en.roles.size(); ++i) BOOST_TEST(xx.roles[i].name == en.roles[i].name);
  BOOST_TEST(xx.roles.back().name == "greeting");
  const RoleRule& formula = rule_named(xx, "formula");
  BOOST_TEST(formula.pattern.matches("La Asamblea,"));
  BOOST_TEST(!formula.pattern.matches("The General Assembly,"));
  BOOST_TEST(formula.role == rule_named(en, "formula").role);  // keys not written stay
  BOOST_TEST(formula.states == rule_named(en, "formula").states);
  BOOST_TEST(formula.origin.file == g.derived("language.rules").string());  // explain names it
  BOOST_TEST(xx.lookup("months", "enero") == "1");
  BOOST_TEST(xx.lookup("months", "March") == "3");
}

BOOST_AUTO_TEST_CASE(a_pattern_of_the_base_called_by_its_rules_takes_the_language_s_words) {
  DerivedGrammar g("[language]\nbase: en\n\n[pattern month_name]\nmatch: enero|diciembre\n");
  Grammar xx = g.load();
  const RoleRule& date = rule_named(xx, "issue-date");  // ^(?&full_date)$, written in en
  BOOST_TEST(date.pattern.matches("21 diciembre 2020"));
  BOOST_TEST(!date.pattern.matches("21 December 2020"));
}

BOOST_AUTO_TEST_CASE(an_error_in_an_amending_record_names_its_own_file_and_line) {
  DerivedGrammar g("[language]\nbase: en\n\n[rule formula]\nmatch: (unclosed\n");
  try {
    g.load();
    BOOST_FAIL("a broken amendment was accepted");
  } catch (const RuleError& e) {
    BOOST_TEST(e.file() == g.derived("language.rules").string());
    BOOST_TEST(e.line() == 5);
  }
}

BOOST_AUTO_TEST_CASE(a_record_written_twice_in_one_language_is_an_error) {
  BrokenGrammar g;
  int line = g.append("roles.rules", "\n[rule formula]\nmatch: ^x$\nrole: formula\n");
  check_rule_error(g, "roles.rules", line + 1, "twice");
}

BOOST_AUTO_TEST_CASE(a_base_that_leads_back_to_the_language_is_an_error) {
  DerivedGrammar g("[language]\nbase: en\n");
  g.prepend("roles.rules", "[language]\nbase: xx\n\n");
  BOOST_CHECK_THROW(g.load(), RuleError);
  DerivedGrammar missing("[language]\nbase: qq\n");
  BOOST_CHECK_THROW(missing.load(), RuleError);
}

// Every shipped language loads, says how to detect it, and reads its own dates.
BOOST_AUTO_TEST_CASE(the_shipped_languages_load_and_can_be_detected) {
  std::vector<std::string> languages = grammar_languages(test::grammar_dir().string());
  for (const char* expected : {"ar", "en", "es", "fr", "ru", "zh"})
    BOOST_TEST((std::find(languages.begin(), languages.end(), expected) != languages.end()), expected);
  for (const std::string& lang : languages) {
    Grammar g = load_grammar(test::grammar_dir().string(), lang);
    BOOST_TEST(g.detect.has_value(), lang);
    for (const RoleRule& r : g.roles) BOOST_TEST(Grammar::known_roles().count(r.role) == 1u, r.origin.where());
  }
  Grammar fr = load_grammar(test::grammar_dir().string(), "fr");
  BOOST_TEST(rule_named(fr, "issue-date").pattern.matches("1er janvier 2021"));
  BOOST_TEST(fr.lookup("months", "décembre") == "12");
  Grammar es = load_grammar(test::grammar_dir().string(), "es");
  BOOST_TEST(rule_named(es, "issue-date").pattern.matches("21 de diciembre de 2020"));
  BOOST_TEST(rule_named(es, "formula").pattern.matches("La Asamblea General,"));
}


// --lang auto: the first page, or the first 60 lines, decide; another language must read
// twice as well as English; a masthead line naming the language decides outright.
BOOST_AUTO_TEST_CASE(a_text_s_language_is_told_by_its_first_lines) {
  std::string dir = test::grammar_dir().string();
  Grammar en = load_grammar(dir, "en"), fr = load_grammar(dir, "fr"), ar = load_grammar(dir, "ar");
  std::vector<const Grammar*> candidates{&en, &fr, &ar};
  auto language = [&](const std::string& text) {
    return candidates[detect_language(read_source(text, "t.txt"), candidates)]->lang;
  };
  auto lines = [](const std::string& line, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += line + "\n\n";
    return out;
  };
  const std::string english = "The Assembly takes note of the report and of its annex,";
  const std::string french = "L’Assemblée prend note du rapport et des annexes,";
  const std::string arabic = "وإذ تشير إلى قراراتها السابقة،";
  BOOST_TEST(language(lines(french, 10)) == "fr");
  BOOST_TEST(language(lines(arabic, 10)) == "ar");
  BOOST_TEST(language(lines(english, 10)) == "en");
  BOOST_TEST(language("A/RES/1/1\n\n1 January 2020\n") == "en");  // nothing to tell: English
  // English and French side by side: English, unless French reads more than twice as well
  BOOST_TEST(language(lines(english + "\n" + french, 10)) == "en");
  BOOST_TEST(language(lines(english, 4) + lines(french, 9)) == "fr");
  // a cover letter's first page decides, not the annex in another language after it
  BOOST_TEST(language(lines(english, 25) + "\f" + lines(arabic, 100)) == "en");
  // without pages, the first 60 lines: 25 English lines hold, 10 do not
  BOOST_TEST(language(lines(english, 25) + lines(arabic, 100)) == "en");
  BOOST_TEST(language(lines(english, 10) + lines(arabic, 100)) == "ar");
  BOOST_TEST(language("English\n\nOriginal: Arabic\n\n" + lines(english, 5) + lines(arabic, 100)) == "en");
  BOOST_TEST(language("Français\n\n" + lines(english, 20)) == "fr");
  // a short text tells by its few lines: "L’Assemblée", "Nations Unies"
  BOOST_TEST(language("Nations Unies\n\nA/RES/99/1\n\nL’Assemblée générale,\n\nRappelant sa résolution 98/1,\n") == "fr");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(patterns)

BOOST_AUTO_TEST_CASE(catastrophic_backtracking_throws_instead_of_hanging) {
  Pattern p("^(a+)+$");
  const std::string subject = std::string(40, 'a') + "!";
  auto start = std::chrono::steady_clock::now();
  BOOST_CHECK_THROW(p.search(subject), std::runtime_error);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(seconds < 10.0, "the match limit took " << seconds << " s to stop the pattern");
  // the same pattern still works on ordinary text
  BOOST_TEST(p.matches("aaaa"));
  BOOST_TEST(!p.matches("aaab"));
}

BOOST_AUTO_TEST_CASE(bad_pattern_is_invalid_argument_with_offset) {
  try {
    Pattern p("^(?<num>\\d+");
    BOOST_FAIL("an unclosed group compiled");
  } catch (const std::invalid_argument& e) {
    BOOST_TEST(std::string(e.what()).find("offset") != std::string::npos, "what() = " << e.what());
  }
}

BOOST_AUTO_TEST_CASE(named_groups_and_utf8) {
  Pattern p("(?<day>\\d{1,2}) (?<month>\\w+)");
  std::string s = "le 8 août";
  Match m = p.search(s);
  BOOST_TEST_REQUIRE(m.found);
  BOOST_TEST(m.group(s, p.group_number("day")) == "8");
  BOOST_TEST(m.group(s, p.group_number("month")) == "août");  // \w is Unicode-aware (UCP)
  BOOST_TEST(p.group_number("year") == -1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(shipped_grammar)

BOOST_AUTO_TEST_CASE(grammar_en_loads) {
  Grammar g = load_grammar(test::grammar_dir().string(), "en");
  BOOST_TEST(g.lang == "en");
  BOOST_TEST(g.initial_state == "masthead");
  BOOST_TEST(g.symbol.has_value());
  BOOST_TEST(g.blocks.label.has_value());
  BOOST_TEST(g.blocks.label_only.has_value());
  BOOST_TEST(!g.furniture.empty());
  BOOST_TEST(!g.roles.empty());
  BOOST_TEST(!g.kinds.empty());
  BOOST_TEST(!g.inlines.empty());
  BOOST_TEST(g.lookup("months", "March") == "3");
  BOOST_TEST(g.lookup("months", "march") == "3");  // keys ignore case
  BOOST_TEST(g.lookup("bodies", "Security Council") == "un-sc");
  // every rule's role is one the builder knows; every named next state exists
  for (const RoleRule& r : g.roles) {
    BOOST_TEST(Grammar::known_roles().count(r.role) == 1u, r.origin.where() << " role " << r.role);
    if (!r.next.empty()) BOOST_TEST(g.defaults.count(r.next) == 1u, r.origin.where() << " next " << r.next);
  }
  bool azerbaijan = false, unesco = false, mission = false;
  for (const Entity& e : g.entities) {
    azerbaijan = azerbaijan || (e.id == "azerbaijan" && e.type == "location");
    unesco = unesco || (e.type == "organization" && std::find(e.aliases.begin(), e.aliases.end(), "UNESCO") != e.aliases.end());
    // the [entities permanent-mission] family, named after each country and its aliases
    auto has = [&](const char* a) { return std::find(e.aliases.begin(), e.aliases.end(), a) != e.aliases.end(); };
    mission = mission || (e.id == "permanentMissionOfRussianFederation" && e.type == "organization" &&
                          has("Permanent Mission of the Russian Federation to the United Nations") &&
                          has("Permanent Mission of Russia"));
  }
  BOOST_TEST(azerbaijan);
  BOOST_TEST(unesco);
  BOOST_TEST(mission);
}

// A state `like` another tries its own rules first, then the other's, each set in file order.
BOOST_AUTO_TEST_CASE(a_state_like_another_takes_its_rules_after_its_own) {
  Grammar g = load_grammar(test::grammar_dir().string(), "en");
  const StateRules& table = g.rules_in("table");
  const StateRules& operative = g.rules_in("operative");
  auto own = [](const RoleRule* r) { return r->states.empty() || r->states.count("table"); };
  std::vector<std::string> names, expected;
  for (const RoleRule* r : table.rules) names.push_back(r->name);
  for (const RoleRule& r : g.roles)
    if (own(&r)) expected.push_back(r.name);
  for (const RoleRule* r : operative.rules)
    if (!own(r)) expected.push_back(r->name);
  BOOST_TEST(std::count(names.begin(), names.end(), "table-row") == 1);
  BOOST_TEST(names == expected, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(table.fallback != nullptr);
  BOOST_TEST(table.fallback->next == "operative");
}

// A [pattern] is written once and called by rules of any file, after the rule's own numbered
// groups (which keep their numbers), and may call other patterns.
BOOST_AUTO_TEST_CASE(rules_call_named_patterns) {
  BrokenGrammar g;
  g.append("phrases.rules", "\n[pattern greeting]\nmatch: (?:Hello|Hi)\\s(?&whom)\n\n[pattern whom]\nmatch: world\nmatch: there\n");
  g.append("roles.rules", "\n[rule greeting-line]\nin: masthead\nmatch: ^(\\d+) (?&greeting)$\nrole: mastheadOther\n");
  Grammar grammar = load_grammar(g.dir().string(), "en");
  auto rule = std::find_if(grammar.roles.begin(), grammar.roles.end(),
                           [](const RoleRule& r) { return r.name == "greeting-line"; });
  BOOST_TEST_REQUIRE((rule != grammar.roles.end()));
  BOOST_TEST(rule->pattern.matches("12 Hello world"));
  BOOST_TEST(rule->pattern.matches("3 Hi there"));
  BOOST_TEST(!rule->pattern.matches("3 Hi everyone"));
  Match m = rule->pattern.search("12 Hello world");
  BOOST_TEST(m.group("12 Hello world", 1) == "12");
}

// The shared preambular words open a clause in the blocks stage (a line after a comma)
// as in the roles stage (a declaration's clause without its formula).
BOOST_AUTO_TEST_CASE(preambular_words_are_shared_by_the_stages) {
  Grammar g = load_grammar(test::grammar_dir().string(), "en");
  BOOST_TEST_REQUIRE(g.blocks.starts_unit.has_value());
  for (const char* line : {"Committed to upholding human dignity", "Resolved to take all measures",
                           "Further recalling its resolution 70/1,", "Seized of the danger of"})
    BOOST_TEST(g.blocks.starts_unit->matches(line), line);
  BOOST_TEST(!g.blocks.starts_unit->matches("United Nations Regional Centre"));
  auto annex = std::find_if(g.roles.begin(), g.roles.end(), [](const RoleRule& r) { return r.name == "annex-preambular"; });
  BOOST_TEST_REQUIRE((annex != g.roles.end()));
  BOOST_TEST(annex->pattern.matches("Committed to upholding human dignity,"));
}

BOOST_AUTO_TEST_CASE(entity_family_of_a_known_type) {
  BrokenGrammar g;
  int line = g.append("lexicon.rules", "[entities x]\ntype: person\nof: location\nid: x{Id}\nname: X {name}\n");
  check_rule_error(g, "lexicon.rules", line + 1, "organization or location");
}

BOOST_AUTO_TEST_CASE(symbol_pattern_finds_un_symbols) {
  Grammar g = load_grammar(test::grammar_dir().string(), "en");
  for (std::string s : {"A/RES/75/100", "S/RES/1325 (2000)", "A/79/826", "A/HRC/RES/55/1", "E/2025/L.12"}) {
    std::string text = "see document " + s + " of the session";
    Match m = g.symbol->search(text);
    BOOST_TEST_REQUIRE(m.found, s);
    BOOST_TEST(text.substr(m.begin(), m.end() - m.begin()) == s);
  }
}

BOOST_AUTO_TEST_SUITE_END()
