// What the Boost.Test programs on fictional documents share: a text converted with the real
// grammar and schema, read back as an XML tree.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>

#include "test_support.h"
#include "text2akn.h"
#include "xpath.h"

namespace test {

using Strings = std::vector<std::string>;

// The converted document (valid: convert throws otherwise) as an XML tree.
struct Converted {
  pugi::xml_document xml;
  pugi::xml_node root;
  Strings warnings;  // the codes of the diagnostics, in order
  std::string language;  // of the grammar that read it
  // (test::converter() reads each text in the language it is detected to be in)
  explicit Converted(const std::string& text, const std::string& name = "snippet.txt") {
    text2akn::Result r = test::converter().convert(text, name);
    language = r.summary.language;
    for (const text2akn::Diagnostic& d : r.diagnostics) warnings.push_back(d.code);
    pugi::xml_parse_result parsed = xml.load_string(r.xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!parsed) throw std::runtime_error(std::string("not well-formed: ") + parsed.description());
    root = xml.document_element();
  }
};

// A fictional resolution adopted on 28 January 2045, read in its own language: the grammar,
// the FRBR language, the adoption date and how many clauses of each part.
inline void check_resolution_in(const Converted& c, const std::string& lang, const std::string& code,
                                size_t preambular, size_t paragraphs) {
  BOOST_TEST(c.language == lang);
  BOOST_TEST(value(c.root, "//FRBRExpression/FRBRlanguage/@language") == code);
  BOOST_TEST(value(c.root, "//FRBRdate[@name='adoption']/@date") == "2045-01-28");
  BOOST_TEST(count(c.root, "//preamble/container[@name='preambularClause']") == preambular);
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == paragraphs);
}

// A Human Rights Council resolution down to its first preambular clause.
inline const std::string kHead =
    "Human Rights Council\n\n"
    "Resolution adopted by the Human Rights Council on 17 June 2011\n\n"
    "17/99. A fictional resolution\n\n"
    "The Human Rights Council,\n\n"
    "Recalling its resolution 5/1 of 18 June 2007,\n\n";

}  // namespace test
