// What a line's first and last words say, for the blocks stage: whether it ends a sentence or
// leaves one open, whether it begins with a label, a capital or a bullet.
#pragma once
#include <string>
#include <string_view>

#include "blocks/blocks.h"
#include "grammar/grammar.h"
#include "read/utf8.h"

namespace text2akn {

inline bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Where a search for the line's last words begins: the space before its last three words,
// within its last 64 bytes (the grammar's `continues` rules are tried from there).
size_t last_words_start(std::string_view text);
// The line ends on a word that leaves its sentence open (the grammar's `continues`: "of",
// a comma) or on a soft hyphen.
bool ends_open(const BlockRules& rules, const std::string& text);
// A block that ends so breaks off in mid-sentence: on a word that cannot end one ("of the",
// "Devel-"), not on a stop of any script, a bracket or a list item's "; and".
bool breaks_off(const BlockRules& rules, const std::string& text);
inline bool ends_sentence(const std::string& s) { return sentence_end(s) != 0; }

// Whether the text begins with a clause label ("1.", "(a)") by the grammar's `label`.
bool begins_with_label(const Pattern& label, const std::string& text);
// A bullet or a dash hangs in the margin: its line is not set in by the first-line indent.
bool begins_with_bullet(const std::string& s);
// A word in capitals begins the text: "Upon", "I have"; not a symbol ("A/75/798, requests").
bool starts_capitalized_word(const std::string& s);
// The display width of the text's first word; Chinese breaks between any two characters:
// its "word" at a line's start is one character.
size_t first_word_length(const std::string& s);

}  // namespace text2akn
