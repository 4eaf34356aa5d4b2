// A document's symbol where the text does not print it: derived from the number printed
// above the title or from the name the document came under, shown once as the editor's
// (status="editorial"), never mixed with the printed words; a printed symbol always wins.
// The documents here are fictional (numbers no UN body has used).
#define BOOST_TEST_MODULE symbols
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "test_support.h"
#include "text2akn.h"
#include "xpath.h"

using namespace text2akn;
using test::count;
using test::value;

namespace {

struct Converted {
  Result result;
  pugi::xml_document xml;
  Converted(const std::string& text, const std::string& name) : result(test::converter().convert(text, name)) {
    if (!xml.load_string(result.xml.c_str())) throw std::runtime_error("output is not well-formed");
  }
  pugi::xml_node root() const { return xml.document_element(); }
  std::string first_doc_number() const { return value(root(), "(//docNumber)[1]"); }
  size_t editorial() const { return count(root(), "//*[@status='editorial']"); }
  bool diagnosed(const std::string& code) const {
    for (const Diagnostic& d : result.diagnostics)
      if (d.code == code) return true;
    return false;
  }
};

const std::string kScResolution =
    "Resolution 9999 (2031)\n\n"
    "Adopted by the Security Council at its 9990th meeting, on \n4 March 2031\n\n"
    "The Security Council,\n\n"
    "Recalling its previous resolutions on the question,\n\n"
    "1.\tDecides to remain seized of the matter.\n";

const std::string kGaResolution =
    "Resolution adopted by the General Assembly on 4 March 2031\n\n"
    "95/321.\tCooperation between the United Nations and the Fictional Organization\n\n"
    "The General Assembly,\n\n"
    "Recalling its previous resolutions on the question,\n\n"
    "1.\tDecides to include the item in the provisional agenda of its ninety-sixth session.\n";

const std::string kLetter =
    "Letter dated 4 March 2031 from the Secretary-General addressed to the President of the "
    "Security Council\n\n"
    "I have the honour to inform you of the appointment of a Special Envoy.\n\n"
    "(Signed) A. N. Other\n";

}  // namespace

BOOST_AUTO_TEST_CASE(number_above_the_title_gives_the_symbol) {
  Converted sc(kScResolution, "<stdin>");
  BOOST_TEST(sc.first_doc_number() == "S/RES/9999 (2031)");
  BOOST_TEST(sc.editorial() == 2u);  // the <p> on the cover and its <docNumber>
  BOOST_TEST(sc.diagnosed("derived-symbol"));
  BOOST_TEST(value(sc.root(), "//FRBRWork/FRBRthis/@value").find("9999") != std::string::npos);

  Converted ga(kGaResolution, "<stdin>");
  BOOST_TEST(ga.first_doc_number() == "A/RES/95/321");
}

BOOST_AUTO_TEST_CASE(adoption_line_broken_after_on_keeps_its_date) {
  Converted sc(kScResolution, "<stdin>");
  BOOST_TEST(value(sc.root(), "//FRBRWork/FRBRdate/@date") == "2031-03-04");
}

BOOST_AUTO_TEST_CASE(file_named_after_its_symbol) {
  Converted letter(kLetter, "/data/in/S_2031_17.txt");
  BOOST_TEST(letter.first_doc_number() == "S/2031/17");
  BOOST_TEST(value(letter.root(), "//coverPage//docNumber/@status") == "editorial");

  Converted id(kLetter, "S/2031/17");  // a stream id that is the symbol itself
  BOOST_TEST(id.first_doc_number() == "S/2031/17");

  Converted year(kScResolution, "S_RES_9999_2031_en.txt");
  BOOST_TEST(year.first_doc_number() == "S/RES/9999 (2031)");
  BOOST_TEST(!year.diagnosed("symbol-mismatch"));

  // the same resolution named without its year: the number printed completes the symbol
  Converted short_name(kScResolution, "S_RES_9999.txt");
  BOOST_TEST(short_name.first_doc_number() == "S/RES/9999 (2031)");
  BOOST_TEST(!short_name.diagnosed("symbol-mismatch"));
}

BOOST_AUTO_TEST_CASE(a_name_that_is_no_symbol_gives_none) {
  Converted letter(kLetter, "letter-to-the-council.txt");
  BOOST_TEST(count(letter.root(), "//docNumber") == 0u);
  BOOST_TEST(letter.editorial() == 0u);
  BOOST_TEST(letter.diagnosed("missing-symbol"));
}

BOOST_AUTO_TEST_CASE(name_and_number_that_disagree_are_reported) {
  Converted sc(kScResolution, "S_RES_9998_2031.txt");
  BOOST_TEST(sc.first_doc_number() == "S/RES/9998 (2031)");
  BOOST_TEST(sc.diagnosed("symbol-mismatch"));
}

BOOST_AUTO_TEST_CASE(printed_symbol_wins_and_is_not_editorial) {
  std::string printed = "United Nations\n\nS/RES/9999 (2031)\n\nSecurity Council\n\nDistr.: General\n\n" + kScResolution;
  Converted sc(printed, "S_RES_1_2000.txt");
  BOOST_TEST(sc.first_doc_number() == "S/RES/9999 (2031)");
  BOOST_TEST(sc.editorial() == 0u);
  BOOST_TEST(!sc.diagnosed("derived-symbol"));
}

BOOST_AUTO_TEST_CASE(a_decision_prints_its_symbol_as_its_number) {
  std::string decision =
      "95/412 A and B.\tAppointment of members of the Fictional Committee\n\n"
      "At its 50th plenary meeting, on 4 March 2031, the General Assembly appointed the members.\n";
  Converted d(decision, "A_DEC_95_412.txt");
  BOOST_TEST(d.first_doc_number() == "95/412 A and B");
  BOOST_TEST(d.editorial() == 0u);
}

// A revision, addendum or corrigendum is part of the symbol, written in mixed case; a
// masthead that prints one must give the whole symbol, and with it the kind, whatever the
// file is called.
BOOST_AUTO_TEST_CASE(a_revised_draft_prints_its_whole_symbol) {
  std::string draft =
      "United Nations\n\nA/C.3/95/L.7/Rev.1\n\nGeneral Assembly\n\nDistr.: Limited\n4 March 2031\n\n"
      "Original: English\n\nNinety-fifth session\nThird Committee\nAgenda item 99\n\n"
      "Fictionland: revised draft resolution\n\n"
      "Cooperation with the Fictional Organization\n\n"
      "The General Assembly,\n\n"
      "Recalling its previous resolutions on the question,\n\n"
      "1.\tDecides to include the item in the provisional agenda of its ninety-sixth session.\n";
  Converted d(draft, "upload-17.txt");
  BOOST_TEST(d.first_doc_number() == "A/C.3/95/L.7/Rev.1");
  BOOST_TEST(d.editorial() == 0u);
  BOOST_TEST(!d.diagnosed("missing-symbol"));
  BOOST_TEST(std::string(d.root().first_child().attribute("name").value()) == "draftResolution");
}
