// Numbers as texts write them: spelled in words, by the grammar's [lexicon ordinals] and
// [lexicon tens] (a session's number: "Seventy-ninth session", "Soixante-dix-neuvième
// session", "Семьдесят пятая сессия", "الدورة الخامسة والسبعون", "第七十五届会议"), and a
// cited resolution's number as its symbol writes it.
#pragma once
#include <string>
#include <string_view>

#include "grammar/grammar.h"

namespace text2akn {

// The number that the first run of number words in text spells, the values of its words
// summed (each the longest word or compound of the two lexicons: "quatre-vingt-dix" before
// "quatre-vingt"); else a number in digits leading a word ("79th"); else 0.
int spelled_number(std::string_view text, const Grammar& g);

// A cited number as its symbol writes it, so that a resolution has one IRI however a text
// prints its number: each word of a script other than Latin that [lexicon cited-number-words]
// names given in Latin letters ("دإ-10/2" -> "S-10/2", "48/74 باء" -> "48/74 B"), a part's
// letter and a bracket spaced off ("2200A(XXI)" -> "2200 A (XXI)", as "2200 A (XXI)").
std::string symbol_number(std::string_view number, const Grammar& g);

// n in Roman numerals ("XXIV"), the numbering of the General Assembly's sessions in its
// early resolutions' symbols; "" unless 0 < n < 4000.
std::string roman_numeral(int n);

}  // namespace text2akn
