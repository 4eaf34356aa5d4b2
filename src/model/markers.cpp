#include "model/markers.h"

#include <cctype>
#include <cstring>
#include <initializer_list>
#include <string_view>

#include "read/utf8.h"

namespace text2akn {
namespace {

bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Whether a superscript digit ("\u00b9", "\u2075") begins at `at`, or ends just before it.
bool superscript_digit_at(const std::string& text, size_t at) {
  size_t i = at;
  return at < text.size() && superscript_digit(next_code_point(text, i)) >= 0;
}
bool superscript_digit_before(const std::string& text, size_t at) {
  return superscript_digit(last_code_point(std::string_view(text).substr(0, at))) >= 0;
}

// A number after a full stop in a word holding a slash is part of a symbol ("A/75/L.5/Rev.1").
bool in_symbol(const std::string& text, size_t at) {
  size_t word = text.rfind(' ', at);
  word = word == std::string::npos ? 0 : word + 1;
  return text.find('/', word) < at;
}

// A note's number, not an asterisk.
bool numbered(const std::string& marker) { return std::isdigit(static_cast<unsigned char>(marker[0])) != 0; }

// Whether a marker ending at `end` ends its word: the text's end, a space or a stop, but
// not where the number goes on: its decimals or thousands ("15.2亿", "1,500") or its next
// group of three digits ("8 800万", "20 000"). A comma before fewer digits is a list of
// markers ("conflict,10,11").
bool ends_word(const std::string& text, size_t end) {
  if (end == text.size()) return true;
  if (text[end] == '\0' || !std::strchr(" ,;.:)", text[end])) return false;
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  bool group = digit(end + 1) && digit(end + 2) && digit(end + 3) && !digit(end + 4);
  if (text[end] == '.' && digit(end + 1)) return false;
  return !((text[end] == ',' || text[end] == ' ') && group);
}

// Whether one of `endings` ends just before `at` ("\u2011" before "19").
bool after_any(const std::string& text, size_t at, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (at >= e.size() && text.compare(at - e.size(), e.size(), e) == 0) return true;
  return false;
}

// Whether the word after a marker printed apart may begin with `next`, after `before`
// (the character before the space before the marker): a word in lower case; after a comma,
// the number of a list's next item ("Human Rights Day, 2 9 December as ...") or its next name
// ("Ltamenah, 9 Saraqib"); after a sentence's end, the next sentence ("... JCPOA. 4 The E3");
// after a year, the rest of a name ("the Final Documents of the 2000 7 and the 2010 8 Review
// Conferences").
bool may_follow_marker(char before, char next) {
  bool capital = next >= 'A' && next <= 'Z', digit = next >= '0' && next <= '9';
  bool after_number = before >= '0' && before <= '9';
  return (next >= 'a' && next <= 'z') || (before == ',' && (digit || capital)) || (before == '.' && capital) ||
         (after_number && capital);
}

// About `bytes` of the text before `at`, from the start of a character: the patterns are
// searched as UTF-8 without checking it, and a cut through a character is no UTF-8.
std::string_view text_before(const std::string& text, size_t at, size_t bytes) {
  size_t from = code_point_start(text, at > bytes ? at - bytes : 0);
  return std::string_view(text).substr(from, at - from);
}

// Whether a hyphen or a range's dash stands before `at`: ASCII, or U+2010, U+2011
// ("COVID\u201119"), U+2013 ("2011\u20132020").
bool after_hyphen(const std::string& text, size_t at) { return after_any(text, at, {"-", "\u2010", "\u2011", "\u2013"}); }

// Whether a year of the 1900s or 2000s ends just before `end`, alone as a word ("of 1969",
// "(2019") or ending a range ("2011-2020").
bool year_ends_at(const std::string& text, size_t end) {
  if (end < 4) return false;
  size_t year = end - 4;
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!(text.compare(year, 2, "19") == 0 || text.compare(year, 2, "20") == 0) || !digit(year + 2) || !digit(year + 3))
    return false;
  return year == 0 || text[year - 1] == ' ' || text[year - 1] == '(' || after_hyphen(text, year);
}

// Whether a number glued to the full stop before `at` goes on a reference: after a capital
// or digit ("C-24/DEC.4", "paragraph II.96"; not a year ending its sentence, "June 2017.3")
// or in a symbol ("A/75/L.5/Rev.1").
bool goes_on_reference(const std::string& text, size_t at) {
  if (at < 2) return true;
  return (is_upper_or_digit(text[at - 2]) && !year_ends_at(text, at - 1)) || in_symbol(text, at);
}

// Whether the marker at `at` is one: glued to the word before it ("Declaration1",
// "missions,1") and followed by a word's end. A marker with a slash ("1/") is one after a
// space too ("Programme of Action, 1/ adopted").
bool is_marker_at(const std::string& text, size_t at, const std::string& marker) {
  if (at == 0) return false;
  bool number = numbered(marker);
  size_t end = at + marker.size();
  char before = text[at - 1];
  if (marker.back() == '/' && before == ' ') before = at > 1 ? text[at - 2] : ' ';
  // "*" is not the end of another note's "***", nor "²" the end of "¹²"
  if (marker[0] == '*' && (before == '*' || (end < text.size() && text[end] == '*'))) return false;
  if (superscript_digit_at(marker, 0) && (superscript_digit_before(text, at) || superscript_digit_at(text, end)))
    return false;
  bool glued = before != ' ' && !(number && before >= '0' && before <= '9') && before != '/' && before != '(' &&
               !(number && (after_hyphen(text, at) || (before == '.' && goes_on_reference(text, at))));
  return glued && ends_word(text, end);
}

// Whether a number marker at `at` is printed in the language's brackets, glued to its word
// or year ("الخاصة(5)،", "لعام 2020(1)") or after a closing quotation mark ("فعال“ (4)"): the
// brackets stay in the text, as in the UN's own markup, and the note takes the number's
// place between them.
bool is_bracketed_marker_at(const std::string& text, size_t at, const std::string& marker,
                            const BlockRules& rules) {
  const std::string& open = rules.marker_open;
  if (open.empty() || !numbered(marker) || at < open.size() + 1) return false;
  if (text.compare(at - open.size(), open.size(), open) != 0 ||
      text.compare(at + marker.size(), rules.marker_close.size(), rules.marker_close) != 0)
    return false;
  size_t word_end = at - open.size();  // just after the word the marker goes with
  return text[word_end - 1] != ' ' || after_any(text, word_end - 1, {"\u201C", "\u201D", "\u00BB"});
}

// Whether the text before a number makes it the end of a number, not a marker ("16,3
// millions" where the comma is the decimal one): the grammar's `in-number`.
bool goes_on_number(const std::string& text, size_t at, const BlockRules& rules) {
  constexpr size_t kBefore = 16;  // a number and its comma
  if (!rules.in_number) return false;
  return rules.in_number->search(text_before(text, at, kBefore)).found;
}

// Whether the number at `at` ends a heading and is its marker, printed apart ("B 1"): the
// grammar's `heading-marker` takes the whole text before it.
bool is_heading_marker_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules) {
  return rules.heading_marker && at > 0 && text[at - 1] == ' ' && at + marker.size() == text.size() &&
         rules.heading_marker->matches(std::string_view(text).substr(0, at));
}

// A language that prints its markers in brackets has them bare only where its text lost a
// bracket after a stop ("مانديلا()8)"): never glued to a letter ("من10" is a typo).
bool is_marker_of_language_at(const std::string& text, size_t at, const std::string& marker,
                              const BlockRules& rules) {
  if (goes_on_number(text, at, rules)) return false;
  if (rules.marker_open.empty()) return is_marker_at(text, at, marker);
  return is_bracketed_marker_at(text, at, marker, rules) ||
         (is_marker_at(text, at, marker) && std::ispunct(static_cast<unsigned char>(text[at - 1])));
}

}  // namespace

// Whether the marker at `at` is one, glued to its word in the language's way ("Declaration1",
// "missions,1", "الخاصة(5)") or ending a heading ("B 1").
bool is_glued_marker_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules) {
  constexpr size_t kBefore = 16;  // the abbreviation and its stop
  if (at > 0 && text[at - 1] == '.' && rules.number_after_abbreviation &&
      rules.number_after_abbreviation->search(text_before(text, at, kBefore)).found)
    return false;
  return is_marker_of_language_at(text, at, marker, rules) || is_heading_marker_at(text, at, marker, rules);
}

// The last marker in the text.
size_t find_marker(const std::string& text, const std::string& marker) {
  if (marker.empty()) return std::string::npos;
  for (size_t at = text.rfind(marker); at != std::string::npos && at > 0; at = text.rfind(marker, at - 1))
    if (is_marker_at(text, at, marker)) return at;
  return std::string::npos;
}

// Whether a number printed apart from the word before it is a marker ("Cultural Rights, 3
// which", "Paris Agreement 6 and"): a whole number, followed by a stop or a word that may
// follow it (may_follow_marker), after text the grammar's `spaced-marker` accepts.
bool is_spaced_marker_at(const std::string& text, size_t at, const std::string& marker,
                                const Pattern& spaced) {
  constexpr size_t kBefore = 48;  // enough for the word before and its punctuation
  size_t end = at + marker.size();
  if (at < 2 || text[at - 1] != ' ' || !numbered(marker)) return false;
  if (end < text.size()) {
    bool stop = std::strchr(",;.:)", text[end]) && (end + 1 == text.size() || text[end + 1] == ' ');  // not "3.2"
    size_t word_at = text[end] == ' ' ? text.find_first_not_of(' ', end) : std::string::npos;
    if (!stop && (word_at == std::string::npos || !may_follow_marker(text[at - 2], text[word_at]))) return false;
  }
  return spaced.search(text_before(text, at, kBefore)).found;
}

bool is_lone_number_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules) {
  constexpr size_t kBefore = 32;  // the word before
  size_t end = at + marker.size();
  if (!rules.lone_marker || !numbered(marker) || at < 2 || text[at - 1] != ' ' || !ends_word(text, end)) return false;
  size_t next = text.find_first_not_of(' ', end);  // PyMuPDF sets two spaces after a superscript
  if (next != std::string::npos && next > end && !std::islower(static_cast<unsigned char>(text[next])) &&
      text[next] != '(')
    return false;
  return rules.lone_marker->search(text_before(text, at, kBefore)).found;
}

// Whether a number marker at `at` is glued to a year ("Convention of 19691 and": 1969 and
// marker 1), which `is_marker_at` cannot tell from a longer number: a year of the 1900s or
// 2000s, alone as a word or ending a range ("2011-202016"), before it.
bool is_marker_after_year_at(const std::string& text, size_t at, const std::string& marker) {
  return numbered(marker) && year_ends_at(text, at) && ends_word(text, at + marker.size());
}

// Whether a number marker at `at` is glued to a name or symbol that ends with its own number
// ("Agenda 216", "resolution 71/2057", "COVID-1914"): the grammar's `marker-after-number` takes
// the text before it, and the marker ends a word.
bool is_marker_after_number_at(const std::string& text, size_t at, const std::string& marker,
                               const BlockRules& rules) {
  constexpr size_t kBefore = 32;  // the name or symbol and the word before it
  if (!rules.marker_after_number || at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1])) ||
      !numbered(marker) || !ends_word(text, at + marker.size()))
    return false;
  return rules.marker_after_number->search(text_before(text, at, kBefore)).found;
}

}  // namespace text2akn
