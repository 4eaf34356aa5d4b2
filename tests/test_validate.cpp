// Validation of a tree still in memory (Validator::valid, SAX events fed to libxml2's schema
// validator) agrees with validation of its XML text (Validator::validate): valid samples
// pass both ways, a broken tree fails both ways, and text the SAX feed cannot carry as the
// parser would read it is left to the text path.
#define BOOST_TEST_MODULE validate
#include <boost/test/unit_test.hpp>

#include <pugixml.hpp>

#include <string>

#include "test_support.h"
#include "text2akn.h"
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

std::string text_of(const pugi::xml_document& tree) {
  std::ostringstream out;
  tree.save(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_valid_tree_is_valid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  BOOST_TEST(validator().valid(tree));
  BOOST_TEST(validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_element_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().append_child("notInTheSchema");
  BOOST_TEST(!validator().valid(tree));
  BOOST_TEST(!validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_attribute_is_invalid_both_ways) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().append_attribute("notInTheSchema") = "x";
  BOOST_TEST(!validator().valid(tree));
  BOOST_TEST(!validator().validate(text_of(tree)).empty());
}

BOOST_AUTO_TEST_CASE(text_the_parser_would_change_goes_to_the_text_path) {
  pugi::xml_document tree;
  sample_tree(tree);
  tree.document_element().first_child().first_child().append_child(pugi::node_pcdata).set_value("a\rb");
  BOOST_TEST(!validator().valid(tree));  // not judged here: the caller validates the text
}
