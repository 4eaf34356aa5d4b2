#include "akn/frbr.h"

#include <cctype>

namespace text2akn::frbr {

std::string number_of(const std::string& symbol) {
  std::string out;
  for (size_t i = 0; i < symbol.size(); ++i) {
    unsigned char c = symbol[i];
    if (c == '/') {
      out += '-';
    } else if (c == ' ') {
      if (!out.empty() && out.back() != '_') out += '_';
    } else if (c == '(' || c == ')') {
      // brackets of "1325 (2000)" carry nothing
    } else if (c == 0xE2 && i + 2 < symbol.size() && static_cast<unsigned char>(symbol[i + 1]) == 0x80) {
      out += '-';  // en or em dash of a joint symbol
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  while (!out.empty() && (out.back() == '_' || out.back() == '.')) out.pop_back();
  return out;
}

std::string camel_id(const std::string& name) {
  std::string out;
  bool upper = false;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      if (out.empty() && std::isdigit(c)) out += 'n';
      out += static_cast<char>(out.empty() ? std::tolower(c) : upper ? std::toupper(c) : c);
      upper = false;
    } else if (c >= 0x80) {
      // keep non-ASCII letters out of ids: they are valid, but not portable in IRIs
      upper = !out.empty();
    } else {
      upper = !out.empty();
    }
  }
  return out.empty() ? "x" : out;
}

std::string derived_number(const std::string& date, const std::string& title) {
  std::string words;
  int count = 0;
  std::string current;
  for (size_t i = 0; i <= title.size() && count < 6; ++i) {
    unsigned char c = i < title.size() ? title[i] : ' ';
    if (std::isalnum(c)) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      words += (words.empty() ? "" : "-") + current;
      current.clear();
      ++count;
    }
  }
  return (date.empty() ? std::string("undated") : date) + (words.empty() ? "" : "-" + words);
}

std::string work(const std::string& type, const std::string& subtype, const std::string& actor,
                 const std::string& date, const std::string& number) {
  std::string iri = "/akn/un/" + type + "/" + subtype + "/" + actor;
  if (!date.empty()) iri += "/" + date;
  return iri + "/" + number;
}

std::string expression(const std::string& work_iri, const std::string& lang, const std::string& date) {
  return work_iri + "/" + language_code(lang) + "@" + date;
}

std::string manifestation(const std::string& expression_iri, const std::string& component) {
  return expression_iri + "/!" + component + ".xml";
}

std::string language_code(const std::string& lang) {
  static const char* table[][2] = {{"en", "eng"}, {"fr", "fra"}, {"es", "spa"},
                                   {"ru", "rus"}, {"ar", "ara"}, {"zh", "zho"}};
  for (auto& row : table)
    if (lang == row[0]) return row[1];
  return lang;
}

}  // namespace text2akn::frbr
