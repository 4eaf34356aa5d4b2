#include "roles/recogniser.h"

#include "roles/tables.h"

namespace text2akn {
namespace {

// Whether the blocks recognised last hold the roles of a rule's `before`, the last one just
// before the block (a rule without `before` asks nothing of them).
bool before_holds(const std::vector<RoledBlock>& out, const RoleRule& r) {
  if (out.size() < r.before.size()) return false;
  for (size_t k = 0; k < r.before.size(); ++k)
    if (out[out.size() - r.before.size() + k].role != r.before[k]) return false;
  return true;
}

// Whether the block stands right under the last one, no blank or dropped line between, in a
// text whose column may have carried it there.
bool adjacent_to_last(const std::vector<RoledBlock>& out, const Block& block) {
  return !out.empty() && !block.whole_lines && block.first_line <= out.back().block.last_line + 1;
}

const RoleRule* first_rule(const StateRules& state, const Block& block, const std::vector<RoledBlock>& out) {
  for (const RoleRule* r : state.rules)
    if (before_holds(out, *r) && (!r->adjacent || adjacent_to_last(out, block)) && r->pattern.matches(block.text))
      return r;
  return nullptr;
}

// The rule's block tells what the one before it is: that one takes `before_becomes`, and
// the rule is named as what recognised it, unless it only confirms the role it had.
void recast_before(std::vector<RoledBlock>& out, const RoleRule& r) {
  if (r.before.empty()) return;
  if (out.back().role == r.before_becomes && !out.back().unrecognised) return;
  out.back().role = r.before_becomes;
  out.back().rule = r.description;
  out.back().unrecognised = false;  // the rule recognised it
}

}  // namespace

std::vector<RoledBlock> recognise(const std::vector<Block>& blocks, const Grammar& g) {
  return recognise(std::vector<Block>(blocks), g);
}

std::vector<RoledBlock> recognise(std::vector<Block>&& blocks, const Grammar& g) {
  size_t all = blocks.size();
  return recognise(std::move(blocks), g, Focus{0, all});
}

std::vector<RoledBlock> recognise(std::vector<Block>&& blocks, const Grammar& g, Focus focus) {
  std::vector<RoledBlock> out;
  out.reserve(blocks.size());
  std::string_view state_name = g.initial_state;
  const StateRules* state = &g.rules_in(g.initial_state);
  auto enter = [&](const std::string& next) {
    if (next.empty()) return;
    state_name = next;
    state = &g.rules_in(next);
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    RoledBlock rb{std::move(blocks[i]), "", state_name, ""};
    if (rb.block.footnote) {
      rb.role = "footnote";
      rb.rule = "below a footnote rule";
    } else if (i < focus.begin || i >= focus.end) {
      bool before = i < focus.begin;
      rb.role = before ? "precedingText" : "followingText";
      rb.state = "";
      rb.rule = before ? "printed before the named document's number" : "printed from another document's number on";
    } else if (const RoleRule* r = first_rule(*state, rb.block, out)) {
      rb.role = r->role;
      rb.rule = r->description;
      recast_before(out, *r);
      enter(r->next);
    } else if (const StateDefault* d = state->fallback) {
      rb.role = d->role;
      rb.rule = d->description;
      rb.unrecognised = d->report;
      enter(d->next);
    } else {
      rb.role = "paragraph";
      rb.rule = "no [state] record for this state";
    }
    if (rb.role == "continuation" && !out.empty()) {
      RoledBlock& last = out.back();
      last.block.text += " " + rb.block.text;
      last.block.last_line = rb.block.last_line;
      continue;
    }
    out.push_back(std::move(rb));
  }
  mark_tables(out, g);
  return out;
}

}  // namespace text2akn
