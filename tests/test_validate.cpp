// Validation of a tree still in memory (Validator::valid, SAX events fed to libxml2's schema
// validator) agrees with validation of its XML text (Validator::validate): valid samples
// pass both ways, a broken tree fails both ways, and text the SAX feed cannot carry as the
// parser would read it is left to the text path.
#define BOOST_TEST_MODULE validate
#include <boost/test/unit_test.hpp>

#include <libxml/parser.h>
#include <pugixml.hpp>

#include <string>

#include "test_support.h"
#include "text2akn.h"
#include "util/xml_tree.h"
#include "validate/unique.h"
#include "validate/validator.h"

using namespace text2akn;

namespace {

const Validator& validator() {
  static const Validator v(test::schema_path().string());
  return v;
}

// A sample converted without validation, as a pugixml tree.
void sample_tree(pugi::xml_document& tree) {
  Options o;
  o.grammar_dir = test::grammar_dir().string();
  o.validate = false;
  Converter converter(o);
  Result r = converter.convert(test::read_file(test::samples().front()), "sample.txt");
  BOOST_REQUIRE(tree.load_string(r.xml.c_str()));
}

void copy(const pugi::xml_node& from, xml::Node to) {
  for (pugi::xml_attribute a = from.first_attribute(); a; a = a.next_attribute())
    to.append_attribute(a.name()) = a.value();
  for (pugi::xml_node c = from.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) copy(c, to.append_child(c.name()));
    if (c.type() == pugi::node_pcdata) to.append_text(c.value());
  }
}

// Whether the tree is valid in memory, given to the validator as the writer's tree.
bool valid_in_memory(const pugi::xml_document& tree) {
  xml::Tree copied;
  copy(tree.document_element(), copied.root().append_child(tree.document_element().name()));
  return validator().valid(copied);
}

std::string text_of(const pugi::xml_document& tree) {
  std::ostringstream out;
  tree.save(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_valid_tree_is_valid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  BOOST_TEST(valid_in_memory(tree));
  BOOST_TEST(validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_element_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().append_child("notInTheSchema");
  BOOST_TEST(!valid_in_memory(tree));
  BOOST_TEST(!validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_attribute_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().append_attribute("notInTheSchema") = "x";
  BOOST_TEST(!valid_in_memory(tree));
  BOOST_TEST(!validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(text_the_parser_would_change_goes_to_the_text_path) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().first_child().append_child(pugi::node_pcdata).set_value("a\rb");
  BOOST_TEST(!valid_in_memory(tree));  // not judged here: the caller validates the text
}

// The schema's <xsd:unique> constraints (eId and GUID unique below each document element)
// are checked by text2akn, not libxml2 (validate/unique.h): a duplicate is caught both ways
// and named with its constraint.
BOOST_AUTO_TEST_CASE(a_duplicate_eId_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  pugi::xml_node first = tree.select_node("//*[@eId][2]").node();
  pugi::xml_node second = tree.select_node("//*[@eId][3]").node();
  BOOST_REQUIRE(first && second);
  second.attribute("eId").set_value(first.attribute("eId").value());
  BOOST_TEST(!valid_in_memory(tree));
  std::vector<std::string> problems = validator().validate(text_of(tree));
  BOOST_REQUIRE(!problems.empty());
  BOOST_TEST(problems.front().find("Duplicate key-sequence ['" + std::string(first.attribute("eId").value()) +
                                   "'] in unique identity-constraint 'eId-") != std::string::npos,
             problems.front());
}

BOOST_AUTO_TEST_CASE(a_duplicate_GUID_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  pugi::xml_node body = tree.select_node("//*[local-name()='mainBody']").node();
  BOOST_REQUIRE(body);
  int n = 0;
  for (pugi::xml_node c = body.first_child(); c && n < 2; c = c.next_sibling())
    if (c.type() == pugi::node_element) {
      c.append_attribute("GUID") = "same";
      ++n;
    }
  BOOST_REQUIRE_EQUAL(n, 2);
  BOOST_TEST(!valid_in_memory(tree));
  BOOST_TEST(!validator().validate(text_of(tree)).empty());
}

// libxml2 would say the same: the tree with its unique eIds is valid, and the constraints
// taken out of the schema are the 24 of Akoma Ntoso 3.0 (eId and GUID on 12 document types).
BOOST_AUTO_TEST_CASE(the_schema_constraints_are_all_taken_and_checked) {
  xmlDocPtr doc = xmlReadFile(test::schema_path().string().c_str(), nullptr, XML_PARSE_NONET);
  BOOST_REQUIRE(doc);
  std::vector<UniqueConstraint> taken = take_unique_constraints(doc);
  BOOST_TEST(taken.size() == 24u);
  for (const UniqueConstraint& c : taken) BOOST_TEST((c.attribute == "eId" || c.attribute == "GUID"), c.name);
  xmlChar* rest = nullptr;
  int size = 0;
  xmlDocDumpMemory(doc, &rest, &size);
  BOOST_TEST(std::string(reinterpret_cast<char*>(rest), size).find("xsd:unique") == std::string::npos);
  xmlFree(rest);
  xmlFreeDoc(doc);
}
