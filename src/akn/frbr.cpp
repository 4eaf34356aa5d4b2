#include "akn/frbr.h"

#include <cctype>
#include <cstdint>
#include <string_view>

#include "read/utf8.h"

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

namespace {

// The letters of Latin-1 and Latin Extended-A (U+00C0..U+017F) without their accents, so
// that "Pérez" gives "perez"; '.' where there is no ASCII letter (×, ÷).
constexpr std::string_view kUnaccented =
    "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTsaaaaaaaceeeeiiiidnooooo.ouuuuyty"  // U+00C0..U+00FF
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

// A letter of a script other than Latin (Greek, Cyrillic, Arabic, Indic ..., kana, Han,
// Hangul), not a punctuation mark or symbol ("’", "–").
bool other_script(char32_t cp) {
  return (cp >= 0x370 && cp < 0x2000) || (cp >= 0x3040 && cp < 0xD800) || (cp >= 0xF900 && cp < 0xFB00) ||
         cp >= 0x10000;
}

}  // namespace

std::string num_id(const std::string& num) {
  std::string out;
  for (char c : num)
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string camel_id(const std::string& name) {
  std::string out;
  bool upper = false, lost = false;
  uint32_t hash = 2166136261u;  // FNV-1a of the name, for names in other scripts
  for (size_t i = 0; i < name.size();) {
    size_t at = i;
    char32_t cp = next_code_point(name, i);
    for (; at < i && at < name.size(); ++at) hash = (hash ^ static_cast<unsigned char>(name[at])) * 16777619u;
    char c = cp < 0x80 ? static_cast<char>(cp) : cp >= 0xC0 && cp <= 0x17F ? kUnaccented[cp - 0xC0] : 0;
    if (c && std::isalnum(static_cast<unsigned char>(c))) {
      if (out.empty() && std::isdigit(static_cast<unsigned char>(c))) out += 'n';
      out += static_cast<char>(out.empty() ? std::tolower(c) : upper ? std::toupper(c) : c);
      upper = false;
    } else {
      // letters of other scripts stay out of ids (valid, but not portable in IRIs); the
      // name's hash keeps two such names apart
      lost = lost || other_script(cp);
      upper = !out.empty();
    }
  }
  if (!lost && !out.empty()) return out;
  static const char* hex = "0123456789abcdef";
  std::string tag = out.empty() ? "x" : out;
  for (int shift = 28; shift >= 0; shift -= 4) tag += hex[(hash >> shift) & 0xF];
  return tag;
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
