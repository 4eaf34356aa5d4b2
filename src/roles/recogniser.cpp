#include "roles/recogniser.h"

namespace text2akn {
namespace {

const RoleRule* first_rule(const Grammar& g, const std::string& state, const std::string& text) {
  for (const RoleRule& r : g.roles)
    if ((r.states.empty() || r.states.count(state)) && r.pattern.matches(text)) return &r;
  return nullptr;
}

}  // namespace

std::vector<RoledBlock> recognise(const std::vector<Block>& blocks, const Grammar& g) {
  return recognise(std::vector<Block>(blocks), g);
}

std::vector<RoledBlock> recognise(std::vector<Block>&& blocks, const Grammar& g) {
  std::vector<RoledBlock> out;
  out.reserve(blocks.size());
  std::string state = g.initial_state;
  for (Block& block : blocks) {
    RoledBlock rb{std::move(block), "", state, ""};
    if (rb.block.footnote) {
      rb.role = "footnote";
      rb.rule = "below a footnote rule";
    } else if (const RoleRule* r = first_rule(g, state, rb.block.text)) {
      rb.role = r->role;
      rb.rule = "rule " + r->name + " (" + r->origin.where() + ")";
      if (!r->next.empty()) state = r->next;
    } else {
      auto d = g.defaults.find(state);
      if (d == g.defaults.end()) {
        rb.role = "paragraph";
        rb.rule = "no [state " + state + "] record";
      } else {
        rb.role = d->second.role;
        rb.rule = "default of state " + state + " (" + d->second.origin.where() + ")";
        rb.unrecognised = d->second.report;
        if (!d->second.next.empty()) state = d->second.next;
      }
    }
    if (rb.role == "continuation" && !out.empty()) {
      RoledBlock& last = out.back();
      last.block.text += " " + rb.block.text;
      last.block.last_line = rb.block.last_line;
      continue;
    }
    out.push_back(std::move(rb));
  }
  return out;
}

}  // namespace text2akn
