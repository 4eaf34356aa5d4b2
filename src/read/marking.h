// What the parts of the furniture stage share: how a line is dropped, and the line tests
// each of them uses.
#pragma once
#include <string>
#include <vector>

#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// Marks a line as furniture, with the rule that dropped it (for `explain`).
void drop(Line& line, const std::string& reason);

// A line ending on a word that cannot end a sentence ("of the"), by the grammar's
// `continues`.
bool leaves_open(const std::string& text, const Grammar& grammar);

// The symbols a line holds and nothing else: one ("A/79/826"), or a joint masthead's
// several joined by dashes ("A/79/826-S/2025/174"); none if anything else is on the line.
std::vector<std::string> symbols_alone(const std::string& text, const Grammar& grammar);

}  // namespace text2akn
