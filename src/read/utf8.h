// UTF-8 checks and small helpers shared by the stages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace text2akn {

struct ByteProblem {
  size_t offset;  // byte offset in the whole text
  int line;       // 1-based
  int column;     // 1-based, in characters
};

// The first byte sequence that is not well-formed UTF-8, if any.
std::optional<ByteProblem> first_invalid_utf8(std::string_view text);
// Decodes the code point at text[i] (text must be valid UTF-8); advances i.
char32_t next_code_point(std::string_view text, size_t& i);
void append_utf8(std::string& out, char32_t cp);
// The last code point of text (valid UTF-8), 0 if it is empty.
char32_t last_code_point(std::string_view text);
// Han, kana, CJK punctuation and full-width forms: writing with no spaces between words,
// whose lines break between any two characters and join with nothing between them.
bool written_unspaced(char32_t cp);
// A letter of a script with no capitals (Arabic, Hebrew, Han, kana): a sentence or heading
// may begin with any of them, as a Latin one begins with a capital.
bool caseless_letter(char32_t cp);
// The columns text takes when printed: two for each character written_unspaced (the
// full width of Chinese type), one for any other.
size_t display_width(std::string_view text);
// The stop the text ends with, '.', ';', ':' or ',' (0 if none): an ASCII one, or one of
// another script read as its ASCII counterpart (the Arabic comma and semicolon, the
// full-width comma, semicolon and colon, the ideographic full stop).
char stop_at_end(std::string_view text);
// The text holds a stop of a script other than Latin anywhere.
bool holds_wide_stop(std::string_view text);
// The text begins with a Latin letter in lower case: it goes on a sentence begun before it.
inline bool starts_lower(std::string_view text) { return !text.empty() && text[0] >= 'a' && text[0] <= 'z'; }
// The text in lower case, for words looked up in a lexicon: Latin (with Latin-1's accented
// capitals) and Cyrillic; other scripts as they are.
std::string fold_case(std::string_view text);

// The value of a superscript digit (U+00B9, U+00B2, U+00B3, U+2070, U+2074-U+2079), else -1.
int superscript_digit(char32_t cp);

// The text with its superscript digits ("\u00b9\u00b2", as OCR reads a note's marker) as ASCII digits.
std::string plain_digits(std::string_view text);
// The start of the character that byte `at` is in (valid UTF-8): `at`, or the lead byte
// before it; cutting there never splits a character.
inline size_t code_point_start(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}
// Number of code points (the "length" a reader sees).
size_t utf8_length(std::string_view text);

}  // namespace text2akn
