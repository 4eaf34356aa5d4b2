// End to end on the seed, the letter with annex this project started from, with the real
// grammar and schema: the structure a reader of the AKN expects, checked with XPath.
#define BOOST_TEST_MODULE seed
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "test_support.h"
#include "text2akn.h"
#include "xpath.h"

using namespace text2akn;
using test::count;
using test::starts_with;
using test::value;
using test::values;
using Strings = std::vector<std::string>;

namespace {

// Converted once for all test cases (the schema takes a moment to compile).
struct Seed {
  Converter converter{test::converter_options()};
  std::string input = test::read_file(test::seed_path());
  Result result = converter.convert(input, "letter-azerbaijan-2025-03-19.txt");
  pugi::xml_document xml;
  pugi::xml_node root;
  Seed() {
    pugi::xml_parse_result parsed = xml.load_string(result.xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!parsed) throw std::runtime_error(std::string("the output is not well-formed XML: ") + parsed.description());
    root = xml.document_element();
  }
};

const Seed& seed() {
  static const Seed s;
  return s;
}

const pugi::xml_node& doc() { return seed().root; }

const std::string kLetter = "/akomaNtoso/doc[@name='officialLetter']";
const std::string kAnnex = kLetter + "/attachments/attachment/doc[@name='annex']";

}  // namespace

BOOST_AUTO_TEST_SUITE(letter)

BOOST_AUTO_TEST_CASE(document_kind) {
  BOOST_TEST(std::string(doc().name()) == "akomaNtoso");
  BOOST_TEST(value(doc(), "/akomaNtoso/doc/@name") == "officialLetter");
  BOOST_TEST(seed().result.summary.kind == "officialLetter");
}

BOOST_AUTO_TEST_CASE(cover_page) {
  const std::string cover = kLetter + "/coverPage";
  BOOST_TEST(count(doc(), cover) == 1u);
  BOOST_TEST(values(doc(), cover + "//docDate/@date") == Strings{"2025-03-19"}, boost::test_tools::per_element());
  BOOST_TEST(values(doc(), cover + "//docStatus") == Strings{"Distr.: General"}, boost::test_tools::per_element());
  // "Original: English" with the language marked up
  auto original = values(doc(), cover + "//p[starts-with(normalize-space(.), 'Original:')]");
  BOOST_TEST(original == Strings{"Original: English"}, boost::test_tools::per_element());
  BOOST_TEST(values(doc(), cover + "//p[starts-with(normalize-space(.), 'Original:')]/inline[@name='originalLanguage']") ==
                 Strings{"English"},
             boost::test_tools::per_element());
  // both organs under docAuthority
  std::string authority;
  for (const auto& a : values(doc(), cover + "//docAuthority")) authority += a + "|";
  BOOST_TEST(authority.find("General Assembly") != std::string::npos, authority);
  BOOST_TEST(authority.find("Security Council") != std::string::npos, authority);
  auto organs = values(doc(), cover + "//docAuthority//organization/@refersTo");
  BOOST_TEST(std::set<std::string>(organs.begin(), organs.end()) == (std::set<std::string>{"#generalAssembly", "#securityCouncil"}));
}

BOOST_AUTO_TEST_CASE(session_information) {
  const std::string info = kLetter + "/preface/container[@name='sessionInfo']";
  BOOST_TEST_REQUIRE(count(doc(), info) == 1u);
  BOOST_TEST(values(doc(), info + "//session/@value") == (Strings{"79", "80"}), boost::test_tools::per_element());
  BOOST_TEST(values(doc(), info + "//session") == (Strings{"Seventy-ninth session", "Eightieth year"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(doc(), info + "//inline[@name='agendaItem']") == (Strings{"32", "60", "61", "69", "71", "84", "132"}),
             boost::test_tools::per_element());
  auto titles = values(doc(), info + "/p[@class='agendaItemTitle']");
  BOOST_TEST_REQUIRE(titles.size() == 7u);
  BOOST_TEST(titles[0] == "Prevention of armed conflict");
  // a title the text wraps over three lines is one title, without its bold markers
  BOOST_TEST(titles[1] ==
             "Report of the United Nations High Commissioner for Refugees, questions relating to refugees, "
             "returnees and displaced persons and humanitarian questions");
  BOOST_TEST(titles[6] ==
             "The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and "
             "crimes against humanity");
}

BOOST_AUTO_TEST_CASE(long_title) {
  const std::string title = kLetter + "/preface/longTitle/p/docTitle";
  BOOST_TEST_REQUIRE(count(doc(), title) == 1u);
  BOOST_TEST(value(doc(), title) ==
             "Letter dated 19 March 2025 from the Permanent Representative of Azerbaijan to the United Nations "
             "addressed to the Secretary-General");
  BOOST_TEST(value(doc(), title + "/docType") == "Letter");
  BOOST_TEST(value(doc(), title + "/docProponent") == "Permanent Representative of Azerbaijan to the United Nations");
  // the sender is the signatory: the same TLCPerson as the <person> of the signature
  BOOST_TEST(value(doc(), title + "/docProponent/@refersTo") == "#person_tofiqMusayev");
  BOOST_TEST(value(doc(), kLetter + "/conclusions//signature/person/@refersTo") == "#person_tofiqMusayev");
  BOOST_TEST(count(doc(), kLetter + "/meta/references/TLCPerson[@eId='person_tofiqMusayev']") == 1u);
  BOOST_TEST(value(doc(), title + "/inline[@name='to']") == "Secretary-General");
  BOOST_TEST(value(doc(), title + "//docDate/@date") == "2025-03-19");
}

BOOST_AUTO_TEST_CASE(main_body_has_the_two_paragraphs) {
  auto ps = values(doc(), kLetter + "/mainBody/p");
  BOOST_TEST_REQUIRE(ps.size() == 2u);
  BOOST_TEST(starts_with(ps[0], "Upon instructions from the Government of the Republic of Azerbaijan"), ps[0]);
  BOOST_TEST(starts_with(ps[1], "I should be grateful"), ps[1]);
  BOOST_TEST(count(doc(), kLetter + "/mainBody/*") == 2u);
}

BOOST_AUTO_TEST_CASE(signature) {
  const std::string sig = kLetter + "/conclusions//signature";
  BOOST_TEST_REQUIRE(count(doc(), sig) == 1u);
  BOOST_TEST(values(doc(), sig + "//person") == Strings{"Tofiq Musayev"}, boost::test_tools::per_element());
  BOOST_TEST(values(doc(), sig + "//role") == (Strings{"Ambassador", "Permanent Representative"}),
             boost::test_tools::per_element());
  // the person and roles point at TLCs that exist
  for (const auto& ref : values(doc(), sig + "//*[@refersTo]/@refersTo")) {
    std::string id = ref.substr(1);
    BOOST_TEST(count(doc(), kLetter + "/meta/references/*[@eId='" + id + "']") == 1u, "no TLC for " << ref);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(annex)

BOOST_AUTO_TEST_CASE(one_annex) {
  BOOST_TEST(count(doc(), kLetter + "/attachments/attachment") == 1u);
  BOOST_TEST(count(doc(), kAnnex) == 1u);
  BOOST_TEST(seed().result.summary.annexes == 1);
}

BOOST_AUTO_TEST_CASE(annex_preface) {
  auto heading = values(doc(), kAnnex + "/preface/container[@name='annexHeading']");
  BOOST_TEST_REQUIRE(heading.size() == 1u);
  BOOST_TEST(heading[0] ==
             "Annex to the letter dated 19 March 2025 from the Permanent Representative of Azerbaijan to the "
             "United Nations addressed to the Secretary-General");
  auto title = values(doc(), kAnnex + "/preface/longTitle");
  BOOST_TEST_REQUIRE(title.size() == 1u);
  BOOST_TEST(starts_with(title[0], "Appeal to the international community, adopted at the international online conference"),
             title[0]);
  BOOST_TEST(title[0].find("on 1 March 2025") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(annex_preamble) {
  const std::string preamble = kAnnex + "/preamble";
  auto formula = values(doc(), preamble + "/formula");
  BOOST_TEST_REQUIRE(formula.size() == 1u);
  BOOST_TEST(starts_with(formula[0], "We, the participants"), formula[0]);
  // the formula's whole paragraph, to its last words
  BOOST_TEST(formula[0].find("general norms and principles of international law.") != std::string::npos);
  auto clauses = values(doc(), preamble + "/container");
  BOOST_TEST_REQUIRE(clauses.size() == 6u, "preamble containers: " << clauses.size());
  const Strings first_words{"Condemning", "Acknowledging", "Noting with grave concern", "Affirming", "Recalling", "Referring"};
  for (size_t i = 0; i < 6; ++i) BOOST_TEST(starts_with(clauses[i], first_words[i] + " "), clauses[i]);
  BOOST_TEST(values(doc(), preamble + "/container/@name") == Strings(6, "preambularClause"), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(annex_operative_part) {
  const std::string body = kAnnex + "/mainBody";
  auto paragraphs = test::select(doc(), body + "/paragraph");
  BOOST_TEST_REQUIRE(paragraphs.size() == 5u, "paragraphs in the annex body: " << paragraphs.size());
  const pugi::xml_node appeal = paragraphs[0].node();
  BOOST_TEST(value(appeal, "intro") == "We hereby appeal to the international community to:");
  BOOST_TEST(values(appeal, "point/num") == (Strings{"1.", "2.", "3.", "4."}), boost::test_tools::per_element());
  auto points = values(appeal, "point/content");
  BOOST_TEST_REQUIRE(points.size() == 4u);
  BOOST_TEST(starts_with(points[0], "Recognize urgently as a priority task"), points[0]);  // no "*" left
  BOOST_TEST(starts_with(points[3], "Make concerted efforts"), points[3]);
  BOOST_TEST(points[3].find("put as priority.") != std::string::npos);
  // the four paragraphs after the list, in order
  const Strings starts{"We express", "We commend", "We resolve that", "We resolve further"};
  for (size_t i = 1; i < 5; ++i) {
    std::string text = test::text_of(paragraphs[i].node());
    BOOST_TEST(starts_with(text, starts[i - 1]), "paragraph " << i + 1 << ": " << text);
    BOOST_TEST(count(paragraphs[i].node(), "point") == 0u);
  }
}

BOOST_AUTO_TEST_CASE(annex_conclusions) {
  auto ps = values(doc(), kAnnex + "/conclusions//p");
  BOOST_TEST_REQUIRE(ps.size() == 2u);
  BOOST_TEST(starts_with(ps[0], "Having adopted this appeal unanimously"), ps[0]);
  BOOST_TEST(ps[1] == "Western Azerbaijan Community Women Council");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(whole_document)

BOOST_AUTO_TEST_CASE(no_markdown_asterisk_in_the_text) {
  for (const pugi::xpath_node& n : test::select(doc(), "//text()")) {
    std::string t = n.node().value();
    BOOST_TEST(t.find('*') == std::string::npos, "'*' in text in <" << n.node().parent().name() << ">: " << t);
  }
}

// Names in TLC entries are taken without markdown: showAs="Tofiq Musayev", not "Tofiq **Musayev**".
BOOST_AUTO_TEST_CASE(no_markdown_asterisk_in_attributes) {
  std::string bad;
  for (const pugi::xpath_node& n : test::select(doc(), "//@*")) {
    std::string v = n.attribute().value();
    if (v.find('*') != std::string::npos) bad += std::string(n.parent().name()) + "/@" + n.attribute().name() + "='" + v + "' ";
  }
  BOOST_TEST(bad.empty(), bad);
}

BOOST_AUTO_TEST_CASE(every_eid_is_unique) {
  std::map<std::string, int> seen;
  for (const auto& id : values(doc(), "//@eId")) ++seen[id];
  BOOST_TEST(seen.size() > 10u);
  for (const auto& [id, n] : seen) BOOST_TEST(n == 1, "eId '" << id << "' used " << n << " times");
}

BOOST_AUTO_TEST_CASE(every_local_reference_resolves) {
  std::set<std::string> ids;
  for (const auto& id : values(doc(), "//@eId")) ids.insert(id);
  for (const auto& ref : values(doc(), "//@refersTo | //@as | //@source")) {
    BOOST_TEST_REQUIRE(!ref.empty());
    BOOST_TEST(ids.count(ref.substr(1)) == 1u, "dangling reference " << ref);
  }
}

BOOST_AUTO_TEST_CASE(identification) {
  const std::string work = kLetter + "/meta/identification/FRBRWork";
  BOOST_TEST(value(doc(), work + "/FRBRdate/@date") == "2025-03-19");
  BOOST_TEST(starts_with(value(doc(), work + "/FRBRuri/@value"), "/akn/un/doc/communication/"));
  BOOST_TEST(value(doc(), kLetter + "/meta/identification/FRBRExpression/FRBRlanguage/@language") == "eng");
}

BOOST_AUTO_TEST_CASE(diagnostics_report_the_missing_symbol) {
  bool missing_symbol = false;
  for (const Diagnostic& d : seed().result.diagnostics) missing_symbol = missing_symbol || d.code == "missing-symbol";
  BOOST_TEST(missing_symbol);
  for (const Diagnostic& d : seed().result.diagnostics)
    BOOST_TEST((d.severity == Diagnostic::Severity::warning), d.code << ": " << d.message);
}

BOOST_AUTO_TEST_CASE(summary) {
  const Summary& s = seed().result.summary;
  BOOST_TEST(s.date == "2025-03-19");
  BOOST_TEST(s.symbol == "");
  BOOST_TEST(s.preamble_clauses == 6);
}

BOOST_AUTO_TEST_CASE(output_validates) {
  auto problems = seed().converter.validate(seed().result.xml, "seed.xml");
  BOOST_TEST(problems.empty(), (problems.empty() ? std::string() : problems.front()));
}

BOOST_AUTO_TEST_CASE(converting_twice_gives_the_same_bytes) {
  Result again = seed().converter.convert(seed().input, "letter-azerbaijan-2025-03-19.txt");
  BOOST_TEST((again.xml == seed().result.xml));
  Converter other(test::converter_options());
  Result third = other.convert(seed().input, "another-name.txt");
  BOOST_TEST((third.xml == seed().result.xml), "a second Converter gives other bytes");
}

BOOST_AUTO_TEST_SUITE_END()
