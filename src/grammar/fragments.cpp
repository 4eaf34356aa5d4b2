#include "grammar/fragments.h"

#include <set>
#include <stdexcept>
#include <vector>

#include "grammar/pattern.h"

namespace text2akn {
namespace {

constexpr std::string_view kCall = "(?&";

bool is_group_name(const std::string& name) {
  if (name.empty() || name.size() > 32 || (name[0] >= '0' && name[0] <= '9')) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// The names a pattern calls with (?&NAME), once per call.
std::vector<std::string> calls_in(const std::string& source) {
  std::vector<std::string> names;
  for (size_t at = source.find(kCall); at != std::string::npos; at = source.find(kCall, at + 1)) {
    size_t close = source.find(')', at);
    if (close == std::string::npos) break;  // PCRE2 reports the unclosed group
    names.push_back(source.substr(at + kCall.size(), close - at - kCall.size()));
  }
  return names;
}

}  // namespace

void Fragments::add(const Record& r) {
  r.only({"match"});
  if (!is_group_name(r.name))
    r.fail("a [pattern] is called as (?&NAME): its name is letters, digits and '_', not '" + r.name + "'");
  if (by_name_.count(r.name)) r.fail("[pattern " + r.name + "] is defined twice");
  std::string joined;
  for (const Field* f : r.all("match")) joined += (joined.empty() ? "(?:" : "|(?:") + f->value + ")";
  if (joined.empty()) r.fail("a [pattern] needs a 'match:' line");
  by_name_[r.name] = {joined, r};
}

void Fragments::check() const {
  for (const auto& [name, fragment] : by_name_) {
    const Field& first = *fragment.record.all("match").front();
    Field call = first;
    call.value = "(?&" + name + ")";
    try {
      Pattern compiled(expand(fragment.record, call));
    } catch (const std::invalid_argument& e) {
      fragment.record.fail(first, "[pattern " + name + "]: " + e.what());
    }
  }
}

std::string Fragments::expand(const Record& r, const Field& field) const {
  std::vector<std::string> pending = calls_in(field.value);
  if (pending.empty()) return field.value;
  std::set<std::string> seen;
  std::string definitions;
  while (!pending.empty()) {
    std::string name = pending.back();
    pending.pop_back();
    if (!seen.insert(name).second) continue;
    auto found = by_name_.find(name);
    if (found == by_name_.end()) r.fail(field, "(?&" + name + ") calls no [pattern " + name + "]");
    definitions += "(?<" + name + ">" + found->second.source + ")";
    for (std::string& called : calls_in(found->second.source)) pending.push_back(std::move(called));
  }
  return field.value + "(?(DEFINE)" + definitions + ")";
}

}  // namespace text2akn
