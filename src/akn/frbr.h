// The one place where Akoma Ntoso IRIs are built: the document's own FRBR identity and
// the hrefs of the documents it cites. /akn/un/{type}/{subtype}/{actor}/{date}/{number}.
#pragma once
#include <string>

namespace text2akn::frbr {

// "A/RES/75/100" -> "A-RES-75-100"; "S/RES/1325 (2000)" -> "S-RES-1325_2000".
std::string number_of(const std::string& symbol);
// A number for a document without symbol: date and the title's first words.
std::string derived_number(const std::string& date, const std::string& title);
// Work IRI; date may be empty (a cited work whose date the text does not give).
std::string work(const std::string& type, const std::string& subtype, const std::string& actor,
                 const std::string& date, const std::string& number);
std::string expression(const std::string& work_iri, const std::string& lang, const std::string& date);
std::string manifestation(const std::string& expression_iri, const std::string& component);
// An eId-safe form of a name: "Tofiq Musayev" -> "tofiqMusayev".
std::string camel_id(const std::string& name);
// The letters and digits of a printed number, for ids: "(a bis)" -> "abis", "12." -> "12".
std::string num_id(const std::string& num);
// ISO 639-1 or BCP-47 "en" -> ISO 639-2 "eng".
std::string language_code(const std::string& lang);

}  // namespace text2akn::frbr
