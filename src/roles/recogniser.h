// Stage 3: blocks -> roles. A small state machine whose rules all come from the grammar:
// in the current state, the first rule whose pattern matches the block gives its role and
// perhaps the next state; otherwise the state's default does. A block given the role
// "continuation" is joined to the one before (titles that PDF text broke over lines).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "blocks/blocks.h"
#include "grammar/grammar.h"
#include "roles/focus.h"

namespace text2akn {

// Role, state and rule view the grammar's strings (or static ones): a RoledBlock lives no
// longer than the Grammar that recognised it.
struct RoledBlock {
  Block block;
  std::string_view role;
  std::string_view state;  // the state it was recognised in
  std::string_view rule;   // "rule NAME (file:line)" or "default of state NAME (file:line)"
  bool unrecognised = false;  // left to the default of a state that reports it
};

// Only the blocks in focus are recognised, from the grammar's first state; those before it
// are "precedingText", those after it "followingText" (footnotes stay footnotes).
std::vector<RoledBlock> recognise(std::vector<Block>&& blocks, const Grammar& grammar, Focus focus);
std::vector<RoledBlock> recognise(std::vector<Block>&& blocks, const Grammar& grammar);
// The same on a copy of the blocks.
std::vector<RoledBlock> recognise(const std::vector<Block>& blocks, const Grammar& grammar);

}  // namespace text2akn
