// Numbers spelled in words, by the grammar's [lexicon ordinals] and [lexicon tens]: a
// session's number ("Seventy-ninth session", "Soixante-dix-neuvième session", "Семьдесят
// пятая сессия", "الدورة الخامسة والسبعون", "第七十五届会议").
#pragma once
#include <string_view>

#include "grammar/grammar.h"

namespace text2akn {

// The number that the first run of number words in text spells, the values of its words
// summed (each the longest word or compound of the two lexicons: "quatre-vingt-dix" before
// "quatre-vingt"); else a number in digits leading a word ("79th"); else 0.
int spelled_number(std::string_view text, const Grammar& g);

}  // namespace text2akn
