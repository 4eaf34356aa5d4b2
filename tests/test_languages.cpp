// End to end on short fictional documents in French, Spanish, Russian, Arabic and Chinese,
// each read with its own grammar (grammar/fr ...), as the UN prints them in each language.
#define BOOST_TEST_MODULE languages
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "converted.h"
#include "test_support.h"
#include "text2akn.h"
#include "xpath.h"

using namespace text2akn;
using test::check_resolution_in;
using test::Converted;
using test::count;
using test::kHead;
using test::Strings;
using test::value;
using test::values;

// The Work IRIs of cited resolutions and decisions.
const std::string kGa = "/akn/un/statement/deliberation/un-ga/A-RES-";
const std::string kGaDecision = "/akn/un/statement/deliberation/un-ga/A-DEC-";
const std::string kSc = "/akn/un/statement/deliberation/un-sc/S-RES-";

BOOST_AUTO_TEST_CASE(a_french_note_under_its_own_title_has_that_title_and_its_agenda_item) {
  // "Point 71 b) de l’ordre du jour provisoire*" is a line of its own, and item 71 b) is one
  Converted c("Nations Unies\n\nA/79/999\n\nAssemblée générale\n\nDistr. générale\n2 août 2044\n\n"
              "Original : anglais\n\nSoixante-dix-neuvième session\n"
              "Point 71 b) de l’ordre du jour provisoire*\n"
              "Promotion et protection des droits humains : questions relatives aux droits humains\n\n"
              "Situation des défenseurs fictifs\n\nNote du Secrétaire général\n\n"
              "Le Secrétaire général a l’honneur de transmettre à l’Assemblée générale le rapport fictif.\n\n"
              "Résumé\n\nLe présent rapport est fictif.\n\n"
              "__________________\n\n* A/79/50.\n");
  BOOST_TEST(c.language == "fr");
  BOOST_TEST(value(c.root, "//preface//inline[@name='agendaItem']") == "71 b)");
  BOOST_TEST(value(c.root, "//preface//inline[@name='agendaItem']/@refersTo") == "#agendaItem_71b");
  BOOST_TEST(values(c.root, "//preface//p[@class='agendaItemTitle']") ==
                 (Strings{"Promotion et protection des droits humains : questions relatives aux droits humains"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preface//docTitle") == "Situation des défenseurs fictifs");
  BOOST_TEST(value(c.root, "//preface/p[@class='docType']/docType") == "Note du Secrétaire général");
  BOOST_TEST(value(c.root, "//mainBody/hcontainer/heading") == "Résumé");
}

BOOST_AUTO_TEST_CASE(chinese_and_arabic_notes_under_their_own_titles_have_those_titles) {
  const std::pair<std::string, std::string> notes[] = {
      {"联合国\n\nA/79/999\n\n大会\n\nDistr.: General\n2 August 2044\n\n第七十九届会议\n临时议程项目71(b)\n"
       "促进和保护人权\n\n虚构捍卫者的处境\n\n秘书长的说明\n\n秘书长谨向大会转递特别报告员的报告。\n",
       "虚构捍卫者的处境"},
      {"الأمم المتحدة\n\nA/79/999\n\nالجمعية العامة\n\nDistr.: General\n2 August 2044\n\n"
       "الدورة التاسعة والسبعون\nالبند 71 (ب) من جدول الأعمال المؤقت\nتعزيز حقوق الإنسان وحمايتها\n\n"
       "حالة المدافعين الخياليين\n\nمذكرة من الأمين العام\n\nيتشرف الأمين العام بأن يحيل إلى الجمعية العامة تقرير المقرر الخاص.\n",
       "حالة المدافعين الخياليين"}};
  for (const auto& [text, title] : notes) {
    Converted c(text);
    BOOST_TEST(value(c.root, "//preface//docTitle") == title);
    BOOST_TEST(count(c.root, "//preface/p[@class='docType']/docType") == 1u);
    BOOST_TEST(count(c.root, "//preface//p[@class='agendaItemTitle']") == 1u);
    // item 71 (b), "(b)" in Chinese, "(ب)" in Arabic
    BOOST_TEST(value(c.root, "//preface//inline[@name='agendaItem']/@refersTo") == "#agendaItem_71b");
  }
}

BOOST_AUTO_TEST_CASE(a_french_resolution_is_read_with_the_french_grammar) {
  Converted c("Nations Unies\n\nA/RES/99/7\n\nAssemblée générale\n\nDistr. générale\n\n1er février 2045\n\n"
                "Quatre-vingt-dix-neuvième session\n\nPoint 12 de l’ordre du jour\n\n"
                "Résolution adoptée par l’Assemblée générale le 28 janvier 2045\n\n"
                "99/7. Une résolution fictive\n\nL’Assemblée générale,\n\n"
                "Rappelant ses résolutions 1761 (XVII) du 26 octobre 1962, 98/1 du 3 mars 2044 sur la situation fictive "
                "et 98/5 A et B,\n\n"
                "Profondément préoccupée par la situation fictive,\n\n"
                "Se félicitant des progrès accomplis,\n\n"
                "1. Décide de rester saisie de la question ;\n\n"
                "2. Prie le Secrétaire général :\n\n"
                "a) De lui faire rapport ;\n\nb) De diffuser la présente résolution.\n\n"
                "46e séance plénière\n\n28 janvier 2045\n\n20-00001 (F)\n\nMerci de recycler\n");
  check_resolution_in(c, "fr", "fra", 3, 2);
  BOOST_TEST(count(c.root, "//*[contains(text(), 'recycler')]") == 0u);  // page furniture
  BOOST_TEST(value(c.root, "//FRBRdate[@name='publication']/@date") == "2045-02-01");
  BOOST_TEST(value(c.root, "//preamble/formula/p") == "L’Assemblée générale,");
  BOOST_TEST(values(c.root, "//mainBody/paragraph[2]//point/num") == (Strings{"a)", "b)"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//conclusions//date/@date") == "2045-01-28");
  // a list goes on from the first sessions' numbering, past an item's date, subject and parts
  BOOST_TEST(values(c.root, "//preamble//ref/@href") == (Strings{kGa + "1761_XVII", kGa + "98-1", kGa + "98-5_A"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_committees_draft_in_french_and_russian_has_its_body_its_submitter_and_its_title) {
  // The language of the version ("Français"; Russian mastheads print "Russian"), the Main
  // Committee under the session, the officer who submits the draft above its title.
  const std::vector<std::pair<std::string, std::string>> drafts = {
      {"Nations Unies\n\nA/C.3/80/L.999\n\nAssemblée générale\n\nDistr. limitée\n\n5 novembre 2025\n\n"
       "Français\n\nOriginal : anglais\n\nQuatre-vingtième session\n\nTroisième Commission\n\n"
       "Point 71 de l’ordre du jour\n\nPromotion et protection des droits humains\n\n"
       "Projet de résolution présenté par le Président\n\nUn projet fictif\n\n"
       "L’Assemblée générale,\n\nRappelant ses résolutions fictives,\n\n"
       "1. Décide de rester saisie de la question.\n",
       "Troisième Commission"},
      {"Организация Объединенных Наций\n\nA/C.3/80/L.999\n\nГенеральная Ассамблея\n\nDistr.: Limited\n\n"
       "5 November 2025\n\nRussian\n\nOriginal: English\n\nВосьмидесятая сессия\n\nТретий комитет\n\n"
       "Пункт 71 повестки дня\n\nПоощрение и защита прав человека\n\n"
       "Проект резолюции, представленный Председателем\n\nВымышленный проект\n\n"
       "Генеральная Ассамблея,\n\nссылаясь на свои вымышленные резолюции,\n\n"
       "1. постановляет продолжать заниматься этим вопросом.\n",
       "Третий комитет"}};
  for (const auto& [text, committee] : drafts) {
    Converted c(text);
    BOOST_TEST(value(c.root, "//container[@name='sessionInfo']//docAuthority") == committee);
    BOOST_TEST(count(c.root, "//preface/p[@class='sponsors']") == 1u, committee);
    BOOST_TEST(count(c.root, "//p[@class='agendaItemTitle']") == 1u, committee);
    BOOST_TEST(count(c.root, "//preface/longTitle") == 1u, committee);
    BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0, committee);
  }
}

BOOST_AUTO_TEST_CASE(a_spanish_resolution_is_read_with_the_spanish_grammar) {
  Converted c("Naciones Unidas\n\nA/RES/99/8\n\nAsamblea General\n\nDistr. general\n\n2 de febrero de 2045\n\n"
                "Tema 12 del programa\n\n"
                "Resolución aprobada por la Asamblea General el 28 de enero de 2045\n\n"
                "99/8. Una resolución ficticia\n\nLa Asamblea General,\n\n"
                "Recordando sus resoluciones 98/1, de 3 de marzo de 2044, y 98/5 A y B, de 4 de marzo de 2044, 97/276, "
                "sección XI, de 23 de diciembre de 2043, y 97/280, y las resoluciones del Consejo 2999 (2044) y 3001 "
                "(2045),\n\n"
                "Profundamente preocupada por la situación ficticia,\n\n"
                "1. Decide seguir ocupándose de la cuestión;\n\n"
                "2. Solicita al Secretario General que informe al respecto.\n\n"
                "46a sesión plenaria\n28 de enero de 2045\n");
  check_resolution_in(c, "es", "spa", 2, 2);
  BOOST_TEST(value(c.root, "//FRBRdate[@name='publication']/@date") == "2045-02-02");
  // a list goes on past each item's date, parts, sections and "y", and the organ may follow the word
  BOOST_TEST(values(c.root, "//preamble//ref/@href") ==
                 (Strings{kGa + "98-1", kGa + "98-5_A", kGa + "97-276", kGa + "97-280", kSc + "2999_2044", kSc + "3001_2045"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//conclusions//date/@date") == "2045-01-28");
}

BOOST_AUTO_TEST_CASE(an_english_text_citing_french_names_stays_english) {
  // a few French words (names, a quoted title) do not make a text French
  Converted c(kHead + "Welcoming the work of Médecins Sans Frontières and of the Alliance des "
                        "Îles et des Côtes in Côte d’Ivoire,\n\n"
                        "1. Takes note of the report entitled « La situation des droits de l’homme »;\n\n"
                        "2. Decides to remain seized of the matter.\n");
  BOOST_TEST(c.language == "en");
  BOOST_TEST(value(c.root, "//FRBRExpression/FRBRlanguage/@language") == "eng");
  BOOST_TEST(count(c.root, "//mainBody/paragraph") == 2u);
}

BOOST_AUTO_TEST_CASE(a_russian_resolution_is_read_with_the_russian_grammar) {
  // Russian clauses open in lower case; the masthead prints an English date; sub-items are
  // lettered in Latin or Cyrillic ("а)", "b)")
  Converted c("Организация Объединенных Наций\n\nA/RES/99/9\n\nГенеральная Ассамблея\n\nDistr.: General\n\n"
                "3 February 2045\n\nДевяносто девятая сессия\n\nПункт 12 повестки дня\n\n"
                "Резолюция, принятая Генеральной Ассамблеей 28 января 2045 года\n\n"
                "99/9. Вымышленная резолюция\n\nГенеральная Ассамблея,\n\n"
                "ссылаясь на свою резолюцию 98/1 от 3 марта 2044 года и на осуществление резолюций Совета Безопасности 2999 (2044) "
                "от 4 марта 2044 года и 3001 (2045),\n\n"
                "будучи глубоко обеспокоена вымышленным положением,\n\n"
                "1. постановляет продолжать заниматься этим вопросом;\n\n"
                "2. просит Генерального секретаря:\n\n"
                "а) представить доклад;\n\nb) распространить настоящую резолюцию.\n\n"
                "46-е пленарное заседание\n\n28 января 2045 года\n");
  check_resolution_in(c, "ru", "rus", 2, 2);
  BOOST_TEST(value(c.root, "//FRBRdate[@name='publication']/@date") == "2045-02-03");
  BOOST_TEST(values(c.root, "//preamble//ref/@href") == (Strings{kGa + "98-1", kSc + "2999_2044", kSc + "3001_2045"}),
             boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//mainBody/paragraph[2]//point") == 2u);
}

BOOST_AUTO_TEST_CASE(an_arabic_resolution_is_read_with_the_arabic_grammar) {
  // "1 -" numbers an operative paragraph; "(أ)" a sub-item, "’1‘" an item of it (the "(i)"
  // of English); the formula ends in "،". Labels in Arabic letters are counted in eIds.
  Converted c("الأمم المتحدة\n\nA/RES/99/10\n\nالجمعية العامة\n\nDistr.: General\n\n3 February 2045\n\n"
                "البند 12 من جدول الأعمال\n\n"
                "قرار اتخذته الجمعية العامة في 28 كانون الثاني/يناير 2045\n\n"
                "99/10. - قرار خيالي\n\nإن الجمعية العامة،\n\n"
                "وإذ تشير إلى قرارها 98/1 المؤرخ 3 آذار/مارس 2044 بشأن الحالة الخيالية، و 98/5 وإلى قرارات مجلس الأمن "
                "2999 (2044)،\n\n"
                "وإذ تلاحظ الحالة الخيالية،\n\n"
                "1 - تقرر أن تبقي المسألة قيد نظرها؛\n\n"
                "2 - تطلب إلى الأمين العام ما يلي:\n\n"
                "(أ) أن يقدم تقريرا عما يلي:\n\n’1‘ الحالة؛\n\n’2‘ التدابير المتخذة؛\n\n"
                "(ب) أن يعمم هذا القرار.\n\n"
                "الجلسة العامة 46\n\n28 كانون الثاني/يناير 2045\n");
  check_resolution_in(c, "ar", "ara", 2, 2);
  // the word as the text inflects it ("قرارها" its resolution), the organ after it
  BOOST_TEST(values(c.root, "//preamble//ref/@href") == (Strings{kGa + "98-1", kGa + "98-5", kSc + "2999_2044"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble//ref[1]") == "قرارها 98/1");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1 -", "2 -"}), boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph[2]/point/num") == (Strings{"(أ)", "(ب)"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph[2]/point[1]/point/num") == (Strings{"’1‘", "’2‘"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//mainBody/paragraph[2]//point/@eId") ==
                 (Strings{"para_2__point_1", "para_2__point_1__point_1", "para_2__point_1__point_2", "para_2__point_2"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(arabic_citations_give_parts_and_sessions_as_the_symbols_write_them) {
  // A part by its letter's name ("جيم", C), an early session in digits after "د" (XXIV), a
  // special session's "دإ-" (S-); a list's items with their other parts ("ألف و باء", A and
  // B), title ("المعنون ”...“") and subject ("المتعلق ب..."), a bracket in it
  Converted c("الأمم المتحدة\n\nA/RES/99/11\n\nالجمعية العامة\n\nDistr.: General\n\n3 February 2045\n\n"
                "قرار اتخذته الجمعية العامة في 28 كانون الثاني/يناير 2045\n\n"
                "99/11. - قرار خيالي\n\nإن الجمعية العامة،\n\n"
                "وإذ تشير إلى قرارها 2999 جيم (د-24) المؤرخ 16 كانون الأول/ديسمبر 1969 وإلى القرار دإ-12/2، "
                "وإلى قراراتها 97/74 ألف و باء المؤرخ 4 كانون الأول/ديسمبر 2042 و 98/3 هاء المعنون ”الحالة“ "
                "و 98/7 المتعلق بالحالة الخيالية (أ) و 98/9، وإلى قرار الجمعية 96/2،\n\n"
                "1 - تقرر أن تبقي المسألة قيد نظرها.\n");
  BOOST_TEST(c.language == "ar");
  BOOST_TEST(values(c.root, "//preamble//ref/@href") ==
                 (Strings{kGa + "2999_C_XXIV", kGa + "S-12-2", kGa + "97-74_A", kGa + "98-3_E", kGa + "98-7",
                          kGa + "98-9", kGa + "96-2"}),
             boost::test_tools::per_element());
  BOOST_TEST(value(c.root, "//preamble//ref[1]") == "قرارها 2999 جيم (د-24)");
}

BOOST_AUTO_TEST_CASE(arabic_footnote_markers_in_brackets_take_their_notes_between_the_brackets) {
  // The UN's Arabic text prints "(1)" glued to its word, or after a closing quotation mark,
  // and its notes as "1 () text"; a number glued to a letter ("من10") is a typo, no marker.
  Converted c("الأمم المتحدة\n\nA/RES/99/12\n\nالجمعية العامة\n\nDistr.: General\n\n3 February 2045\n\n"
              "قرار اتخذته الجمعية العامة في 28 كانون الثاني/يناير 2045\n\n"
              "99/12. - قرار خيالي\n\nإن الجمعية العامة،\n\n"
              "وإذ تشير إلى الحلقة الدراسية التي عقدت في الفترة من1 إلى 3 حزيران/يونيه 2044(1)،\n\n"
              "وإذ تشير أيضا إلى قرارها المعنون “تقرير خيالي” (2)،\n\n"
              "1 - تقرر أن تبقي المسألة قيد نظرها.\n\n"
              "__________________\n\n1 () A/AC.999/2044/1.\n\n2 () القرار 98/1.\n");
  BOOST_TEST(values(c.root, "//preamble/container[1]/p/authorialNote/@marker") == (Strings{"1"}));
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"2"}));
  BOOST_TEST(value(c.root, "//preamble/container[1]/p/authorialNote") == "A/AC.999/2044/1.");
  BOOST_TEST(value(c.root, "//preamble/container[2]/p/authorialNote") == "القرار 98/1.");
  // the brackets stay around the note: the number's place is the note's
  for (const char* clause : {"//preamble/container[1]/p", "//preamble/container[2]/p"}) {
    std::string before = value(c.root, std::string(clause) + "/authorialNote/preceding-sibling::text()[1]");
    std::string after = value(c.root, std::string(clause) + "/authorialNote/following-sibling::text()[1]");
    BOOST_TEST((!before.empty() && before.back() == '('), before);
    BOOST_TEST(after.rfind(")", 0) == 0u, after);
  }
  BOOST_TEST(value(c.root, "//preamble/container[1]/p").find("من1 إلى") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_decimal_comma_is_no_footnote_marker_in_french) {
  // "16,3 millions": 16 and the marker of note 3 in English text, a number in French
  Converted c("Nations Unies\n\nA/RES/99/7\n\nAssemblée générale\n\nDistr. générale\n\n1er février 2045\n\n"
              "Résolution adoptée par l’Assemblée générale le 28 janvier 2045\n\n"
              "99/7. Une résolution fictive\n\nL’Assemblée générale,\n\n"
              "Rappelant la Déclaration1 et le Programme d’action2,\n\n"
              "Notant que 16,3 millions de personnes ont besoin d’aide et rappelant le rapport fictif3,\n\n"
              "1. Décide de rester saisie de la question.\n\n"
              "__________________\n\n1 Résolution 97/1.\n\n2 Résolution 96/1.\n\n3 A/99/1.\n");
  BOOST_TEST(values(c.root, "//preamble/container[1]/p/authorialNote/@marker") == (Strings{"1", "2"}),
             boost::test_tools::per_element());
  BOOST_TEST(values(c.root, "//preamble/container[2]/p/authorialNote/@marker") == (Strings{"3"}));
  BOOST_TEST(value(c.root, "//preamble/container[2]/p").find("16,3 millions") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_chinese_resolution_is_read_with_the_chinese_grammar) {
  Converted c("联合国\n\nA/RES/99/11\n\n大会\n\nDistr.: General\n\n3 February 2045\n\n"
                "第九十九届会议\n\n议程项目12\n\n2045年1月28日大会决议\n\n"
                "99/11. 一项虚构的决议\n\n大会，\n\n"
                "回顾其2044年3月3日第98/1号、2044年3月4日第98/5号和98/7号决议以及第98/501和98/502号决定，\n\n"
                "深为关切虚构的局势，\n\n"
                "1. 决定继续处理此案；\n\n"
                "2. 请秘书长：\n\n(a) 提交报告；\n\n(b) 分发本决议。\n\n"
                "第46次全体会议\n\n2045年1月28日\n");
  check_resolution_in(c, "zh", "zho", 2, 2);
  BOOST_TEST(value(c.root, "//FRBRdate[@name='publication']/@date") == "2045-02-03");
  BOOST_TEST(count(c.root, "//mainBody/paragraph[2]//point") == 2u);
  // a list names its kind once, after its last number
  BOOST_TEST(values(c.root, "//preamble//ref/@href") ==
                 (Strings{kGa + "98-1", kGa + "98-5", kGa + "98-7", kGaDecision + "98-501", kGaDecision + "98-502"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_enacting_phrase_of_five_words_introduces_operative_paragraphs_not_items) {
  // "Resolves that, for 2045:" as Russian writes it, five words: the numbered paragraphs
  // under it are the resolution's own
  Converted c("Генеральная Ассамблея\n\nРезолюция, принятая Генеральной Ассамблеей 28 января 2045 года\n\n"
                "99/12. Бюджет по программам на 2045 год\n\nГенеральная Ассамблея\n\n"
                "постановляет, что на 2045 год:\n\n"
                "1. настоящим утверждаются ассигнования на общую сумму 3 000 000 долл. США;\n\n"
                "2. Генеральный секретарь уполномочивается принимать обязательства.\n");
  BOOST_TEST(c.language == "ru");
  BOOST_TEST(values(c.root, "//mainBody/paragraph/num") == (Strings{"1.", "2."}), boost::test_tools::per_element());
  BOOST_TEST(count(c.root, "//point") == 0u);
}

BOOST_AUTO_TEST_CASE(a_spanish_letter_is_a_letter_with_its_signatory) {
  Converted c("Naciones Unidas\n\nA/80/999\n\nAsamblea General\n\nDistr. general\n\n3 de marzo de 2045\n\n"
              "Carta de fecha 1 de marzo de 2045 dirigida al Secretario General por el Representante "
              "Permanente de Arcadia ante las Naciones Unidas\n\n"
              "Tengo el honor de transmitirle la declaración adjunta del Gobierno de Arcadia.\n\n"
              "Le agradecería que tuviera a bien hacer distribuir la presente carta como documento de la "
              "Asamblea General.\n\n(Firmado) Juan Pérez\nRepresentante Permanente\n");
  BOOST_TEST(c.language == "es");
  BOOST_TEST(value(c.root, "/*/*/@name") == "officialLetter");
  BOOST_TEST(value(c.root, "//docType") == "Carta");
  BOOST_TEST(value(c.root, "//signature/person") == "Juan Pérez");
  BOOST_TEST(value(c.root, "//signature/role") == "Representante Permanente");
  BOOST_TEST(value(c.root, "//signature/person/@refersTo") == "#person_juanPerez");
}

BOOST_AUTO_TEST_CASE(a_russian_security_council_resolution_has_its_number_and_adoption_line) {
  // "Резолюция 2999 (2045)," / "принятая Советом Безопасности на его 9999-м заседании ...":
  // the title ends in a comma and the adoption line goes on from it in lower case
  Converted c("Организация Объединенных Наций\n\nS/RES/2999 (2045)\n\nСовет Безопасности\n\n"
              "Distr.: General\n\n28 January 2045\n\nРезолюция 2999 (2045),\n\n"
              "принятая Советом Безопасности на его 9999-м заседании 28 января 2045 года\n\n"
              "Совет Безопасности,\n\nссылаясь на свои предыдущие резолюции,\n\n"
              "1. постановляет продолжать активно заниматься этим вопросом.\n");
  check_resolution_in(c, "ru", "rus", 1, 1);
  BOOST_TEST(value(c.root, "//preface//docTitle") == "Резолюция 2999 (2045),");
  BOOST_TEST(value(c.root, "//preface/p[@class='adoption']").rfind("принятая Советом", 0) == 0);
  BOOST_TEST(count(c.root, "//*[@class='mastheadOther']") == 0u);
  BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0);
}

BOOST_AUTO_TEST_CASE(a_body_named_after_the_resolutions_number_is_its_body) {
  // "la résolution 49/1 du Conseil des droits de l’homme", "резолюция 34/24 Совета по правам
  // человека", "la resolución 47/21 del Consejo de Derechos Humanos": not the Assembly's
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"Nations Unies\n\nA/RES/99/7\n\nAssemblée générale\n\nDistr. générale\n\n1er février 2045\n\n"
       "Résolution adoptée par l’Assemblée générale le 28 janvier 2045\n\n99/7. Une résolution fictive\n\n"
       "L’Assemblée générale,\n\nRappelant la résolution 97/4 du Conseil des droits de l’homme,\n\n"
       "1. Décide de rester saisie de la question.\n",
       "fr"},
      {"Organización de las Naciones Unidas\n\nA/RES/99/8\n\nAsamblea General\n\nDistr. general\n\n"
       "2 de febrero de 2045\n\nResolución aprobada por la Asamblea General el 28 de enero de 2045\n\n"
       "99/8. Una resolución ficticia\n\nLa Asamblea General,\n\n"
       "Recordando la resolución 97/4 del Consejo de Derechos Humanos,\n\n"
       "1. Decide seguir ocupándose de la cuestión.\n",
       "es"},
      {"Организация Объединенных Наций\n\nA/RES/99/9\n\nГенеральная Ассамблея\n\nDistr.: General\n\n"
       "3 February 2045\n\nРезолюция, принятая Генеральной Ассамблеей 28 января 2045 года\n\n"
       "99/9. Вымышленная резолюция\n\nГенеральная Ассамблея,\n\n"
       "ссылаясь на резолюцию 97/4 Совета по правам человека,\n\n"
       "1. постановляет продолжать заниматься этим вопросом.\n",
       "ru"}};
  for (const auto& [text, lang] : texts) {
    Converted c(text);
    BOOST_TEST(c.language == lang);
    BOOST_TEST(value(c.root, "//preamble//ref/@href") == "/akn/un/statement/deliberation/un-hrc/A-HRC-RES-97-4", lang);
  }
}

BOOST_AUTO_TEST_CASE(the_economic_and_social_councils_session_named_by_its_year_in_arabic_and_chinese) {
  // "دورة عام 2045", "2045年届会": the session of a year, as "2045 session" in English
  const std::vector<std::pair<std::string, std::string>> mastheads = {
      {"الأمم المتحدة\n\nE/RES/2045/1\n\nالمجلس الاقتصادي والاجتماعي\n\nDistr.: General\n\n3 February 2045\n\n"
       "دورة عام 2045\n\nالبند 5 من جدول الأعمال\n\n"
       "قرار اتخذه المجلس الاقتصادي والاجتماعي في 28 كانون الثاني/يناير 2045\n\n2045/1 - قرار خيالي\n\n"
       "إن المجلس الاقتصادي والاجتماعي،\n\nوإذ يشير إلى قراره 2044/1،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n",
       "ar"},
      {"联合国\n\nE/RES/2045/1\n\n经济及社会理事会\n\nDistr.: General\n\n3 February 2045\n\n"
       "2045年届会\n\n议程项目5\n\n2045年1月28日经济及社会理事会决议\n\n2045/1. 一项虚构的决议\n\n"
       "经济及社会理事会，\n\n回顾其第2044/1号决议，\n\n1. 决定继续处理此案。\n",
       "zh"}};
  for (const auto& [text, lang] : mastheads) {
    Converted c(text);
    BOOST_TEST(c.language == lang);
    BOOST_TEST(value(c.root, "//preface//session/@value") == "2045", lang);
    BOOST_TEST(std::count(c.warnings.begin(), c.warnings.end(), "unrecognised-block") == 0, lang);
  }
}

BOOST_AUTO_TEST_CASE(chinese_clauses_in_pdf_text_begin_at_their_openers_and_not_at_and) {
  // pdftotext's lines, no blank between: a clause after a short line ending in "，" begins
  // with "认为" (considering) or "还感到关切的是" (two words before its verb); "并重申" (and
  // reaffirming) after a full line goes on inside the clause, as no clause begins with "并"
  Converted c("联合国\nA/RES/99/13\n大会\nDistr.: General\n3 February 2045\n第九十九届会议\n议程项目12\n"
              "2045年1月28日大会决议\n99/13. 一项虚构的决议\n大会，\n"
              "回顾其2044年3月3日第98/1号决议以及此前关于虚构局势的所有决议和决定，并注意到秘书长\n"
              "就此提交的各项报告，\n"
              "深为关切虚构的局势继续恶化，对该区域的和平与安全构成严重威胁，影响到许多国家的人民，\n"
              "并重申必须通过和平手段解决一切争端，\n认为必须作出更多努力，\n还感到关切的是局势仍然紧张，\n"
              "1. 决定继续处理此案；\n2. 请秘书长提交报告。\n\f第46次全体会议\n2045年1月28日\n");
  check_resolution_in(c, "zh", "zho", 4, 2);
  Strings clauses = values(c.root, "//preamble/container/p");
  BOOST_REQUIRE(clauses.size() == 4u);
  BOOST_TEST(clauses[1].find("人民，并重申") != std::string::npos, clauses[1]);
  BOOST_TEST(clauses[2] == "认为必须作出更多努力，");
  BOOST_TEST(clauses[3] == "还感到关切的是局势仍然紧张，");
}

BOOST_AUTO_TEST_CASE(a_russian_clause_in_pdf_text_may_open_with_a_phrase_of_manner) {
  // "с интересом ожидая" (looking forward with interest): "с" and a noun, then the participle
  Converted c("Организация Объединенных Наций\nA/RES/99/14\nГенеральная Ассамблея\nDistr.: General\n"
              "3 February 2045\nДевяносто девятая сессия\nПункт 12 повестки дня\n"
              "Резолюция, принятая Генеральной Ассамблеей 28 января 2045 года\n"
              "99/14. Вымышленная резолюция\nГенеральная Ассамблея,\n"
              "ссылаясь на свою резолюцию 98/1 от 3 марта 2044 года о вымышленном положении в регионе,\n"
              "с интересом ожидая проведения конференции,\n"
              "с глубокой озабоченностью отмечая вымышленное положение,\n"
              "1. постановляет продолжать заниматься этим вопросом.\n\f46-е пленарное заседание\n"
              "28 января 2045 года\n");
  check_resolution_in(c, "ru", "rus", 3, 1);
  BOOST_TEST(value(c.root, "//preamble/container[2]/p") == "с интересом ожидая проведения конференции,");
}

BOOST_AUTO_TEST_CASE(a_spanish_decision_of_one_sentence_is_its_text) {
  // "La Asamblea General nombra ...": the organ, then its verb in lower case
  const std::string sentence = "La Asamblea General nombra miembros de la Comisión Ficticia a Arcadia y Borduria.";
  Converted c("Naciones Unidas\n\nA/DEC/99/501\n\nAsamblea General\n\nDistr. general\n20 de diciembre de 2044\n\n"
              "Decisión adoptada por la Asamblea General el 18 de diciembre de 2044\n\n"
              "99/501. Nombramiento de miembros de la Comisión Ficticia\n\n" +
              sentence + "\n");
  BOOST_TEST(c.language == "es");
  BOOST_TEST(value(c.root, "/akomaNtoso/*/@name") == "decision");
  BOOST_TEST(count(c.root, "//preamble") == 0u);
  BOOST_TEST(value(c.root, "/akomaNtoso/*/mainBody/paragraph/content/p") == sentence);
}

BOOST_AUTO_TEST_CASE(a_chinese_number_in_groups_or_with_decimals_is_no_marker) {
  // "又有8 800万" (88 million), "有15.2亿" (1.52 billion): the number goes on; the notes'
  // markers are the ones after "收益，" and "框架》"
  Converted c("联合国\n\nA/RES/99/11\n\n大会\n\nDistr.: General\n\n3 February 2045\n\n"
              "第九十九届会议\n\n议程项目12\n\n2045年1月28日大会决议\n\n99/11. 一项虚构的决议\n\n大会，\n\n"
              "关切地注意到意味着又有8 800万人和2044年有15.2亿儿童受到影响，可能丧失所有的产出收益，1\n\n"
              "回顾《虚构框架》2，\n\n"
              "1. 决定继续处理此案。\n\n__________________\n\n1 A/99/1。\n\n2 第98/1号决议。\n");
  BOOST_TEST(c.language == "zh");
  std::string first = value(c.root, "//preamble/container[1]/p");
  BOOST_TEST(first.find("又有8 800万人和2044年有15.2亿儿童") != std::string::npos, first);
  BOOST_TEST(values(c.root, "//preamble//authorialNote/@marker") == (Strings{"1", "2"}), boost::test_tools::per_element());
  BOOST_TEST(first.find("收益，A/99/1。") != std::string::npos, first);
}

BOOST_AUTO_TEST_CASE(spanish_and_french_words_that_take_a_number_take_no_note) {
  // pdftotext prints a superscript apart ("2019, 2 y"); "del 2 al 13", "el artículo 2",
  // "du 2 au 13" are dates and references, not markers
  Converted es("Naciones Unidas\n\nA/RES/99/8\n\nAsamblea General\n\nDistr. general\n\n2 de febrero de 2045\n\n"
               "Resolución aprobada por la Asamblea General el 28 de enero de 2045\n\n"
               "99/8. Una resolución ficticia\n\nLa Asamblea General,\n\n"
               "Recordando el artículo 2 de la Carta,1 y el período de sesiones celebrado en Nueva Delhi del 2 al\n"
               "13 de septiembre de 2044, 2 y su resolución 98/1,\n\n"
               "1. Decide seguir ocupándose de la cuestión.\n"
               "__________________\n1 A/99/1.\n2 A/99/2.\n\f");
  std::string recital = value(es.root, "//preamble/container[1]/p");
  BOOST_TEST(recital.find("artículo 2 de la Carta,A/99/1. y") != std::string::npos, recital);
  BOOST_TEST(recital.find("del 2 al 13 de septiembre de 2044,A/99/2. y") != std::string::npos, recital);
  Converted fr("Nations Unies\n\nA/RES/99/8\n\nAssemblée générale\n\nDistr. générale\n\n2 février 2045\n\n"
               "Résolution adoptée par l’Assemblée générale le 28 janvier 2045\n\n"
               "99/8. Une résolution fictive\n\nL’Assemblée générale,\n\n"
               "Rappelant la Charte,1 la session tenue à New Delhi du 2 au 13 septembre 2044, 2 et sa résolution 98/1,\n\n"
               "1. Décide de rester saisie de la question.\n"
               "__________________\n1 A/99/1.\n2 A/99/2.\n\f");
  recital = value(fr.root, "//preamble/container[1]/p");
  BOOST_TEST(recital.find("du 2 au 13 septembre 2044,A/99/2. et") != std::string::npos, recital);
}

BOOST_AUTO_TEST_CASE(a_letter_numbering_its_points_is_read_in_each_language) {
  // Each language names its letters once ([pattern letter_kind], letter_dated, addressed_to):
  // the title as the language orders it (Russian: the sender before the date; Chinese: the
  // kind last), the numbered points, the letter's own paragraph after them, the signatory
  // (Chinese: the mark after the name)
  struct Letter {
    std::string lang, text, type, signer;
  };
  const std::vector<Letter> letters = {
      {"fr",
       "Nations Unies\n\nS/2045/99\n\nConseil de sécurité\n\nDistr. générale\n\n3 mars 2045\n\n"
       "Lettre datée du 2 mars 2045, adressée au Président du Conseil de sécurité par le Représentant\n"
       "permanent de l’Arcadie auprès de l’Organisation des Nations Unies\n\n"
       "J’ai l’honneur d’appeler votre attention sur les faits suivants :\n\n"
       "1. Le 1er mars 2045, des unités armées ont franchi la frontière.\n\n"
       "2. Le Gouvernement arcadien a protesté auprès des autorités de l’État voisin.\n\n"
       "Je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre comme "
       "document du Conseil de sécurité.\n\n(Signé) Jean Dupont\n",
       "Lettre", "Jean Dupont"},
      {"es",
       "Naciones Unidas\n\nS/2045/99\n\nConsejo de Seguridad\n\nDistr. general\n\n3 de marzo de 2045\n\n"
       "Carta de fecha 2 de marzo de 2045 dirigida a la Presidencia del Consejo de Seguridad por el\n"
       "Representante Permanente de Arcadia ante las Naciones Unidas\n\n"
       "Tengo el honor de señalar a su atención los hechos siguientes:\n\n"
       "1. El 1 de marzo de 2045, unidades armadas cruzaron la frontera.\n\n"
       "2. El Gobierno de Arcadia ha protestado ante las autoridades del Estado vecino.\n\n"
       "Le agradecería que tuviera a bien hacer distribuir la presente carta como documento del "
       "Consejo de Seguridad.\n\n(Firmado) Juan Pérez\n",
       "Carta", "Juan Pérez"},
      {"ru",
       "Организация Объединенных Наций\n\nS/2045/99\n\nСовет Безопасности\n\nDistr.: General\n\n"
       "3 March 2045\n\n"
       "Письмо Постоянного представителя Аркадии при Организации Объединенных Наций от 2 марта\n"
       "2045 года на имя Председателя Совета Безопасности\n\n"
       "Имею честь обратить Ваше внимание на следующие факты:\n\n"
       "1. 1 марта 2045 года вооруженные подразделения пересекли границу.\n\n"
       "2. Правительство Аркадии заявило протест властям соседнего государства.\n\n"
       "Буду признателен Вам за распространение настоящего письма в качестве документа Совета "
       "Безопасности.\n\n(Подпись) Иван Петров\n",
       "Письмо", "Иван Петров"},
      {"ar",
       "الأمم المتحدة\n\nS/2045/99\n\nمجلس الأمن\n\nDistr.: General\n3 March 2045\nArabic\nOriginal: English\n\n"
       "رسالة مؤرخة 2 آذار/مارس 2045 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لأركاديا لدى الأمم المتحدة\n\n"
       "أتشرف بأن أوجه انتباهكم إلى الوقائع التالية:\n\n"
       "1 - في 1 آذار/مارس 2045، عبرت وحدات مسلحة الحدود.\n\n"
       "2 - احتجت حكومة أركاديا لدى سلطات الدولة المجاورة.\n\n"
       "وأكون ممتنا لو تفضلتم بتعميم هذه الرسالة بوصفها وثيقة من وثائق مجلس الأمن.\n\n"
       "(توقيع) أحمد علي\n",
       "رسالة", "أحمد علي"},
      {"zh",
       "联合国\n\nS/2045/99\n\n安全理事会\n\nDistr.: General\n3 March 2045\nChinese\nOriginal: English\n\n"
       "2045年3月2日阿卡迪亚常驻联合国代表给安全理事会主席的信\n\n"
       "谨提请你注意以下事实：\n\n"
       "1. 2045年3月1日，武装部队越过边界。\n\n"
       "2. 阿卡迪亚政府已向邻国当局提出抗议。\n\n"
       "请将本信作为安全理事会的文件分发为荷。\n\n"
       "王明（签名）\n",
       "信", "王明"},
  };
  for (const Letter& l : letters) {
    BOOST_TEST_CONTEXT(l.lang) {
      Converted c(l.text);
      BOOST_TEST(c.language == l.lang);
      BOOST_TEST(value(c.root, "/*/*/@name") == "officialLetter");
      BOOST_TEST(count(c.root, "//preface/longTitle") == 1u);
      BOOST_TEST(value(c.root, "//docType") == l.type);
      BOOST_TEST(count(c.root, "//mainBody/paragraph[num]") == 2u);  // "1." (Arabic: "1 -")
      BOOST_TEST(count(c.root, "//mainBody/paragraph[not(num)]") == 0u);
      BOOST_TEST(count(c.root, "//mainBody/paragraph[2]/following-sibling::p") == 1u);
      BOOST_TEST(values(c.root, "//conclusions//signature/person") == Strings{l.signer}, boost::test_tools::per_element());
      // the sender in the title is the signatory
      BOOST_TEST(value(c.root, "//docProponent/@refersTo") == value(c.root, "//signature/person/@refersTo"));
    }
  }
}
