// Stage 3, after the roles: tables set as text, a row a block ("Afghanistan 0.006"). A rule
// reads one block at a time and cannot tell such a row from a heading or a line of prose; a
// run of blocks can. Three or more blocks that end in figures (the grammar's `table-row`),
// with the blocks between them and at most three above them that may be rows without figures
// (`table-heading-row`: "Member State Percentage", "(United States dollars)", "Professional
// and higher"), are a table: each becomes a `tableRow`.
#pragma once
#include <vector>

#include "grammar/grammar.h"
#include "roles/recogniser.h"

namespace text2akn {

void mark_tables(std::vector<RoledBlock>& blocks, const Grammar& grammar);

}  // namespace text2akn
