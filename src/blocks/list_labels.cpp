#include "blocks/list_labels.h"

#include <algorithm>
#include <array>
#include <utility>

#include "blocks/blocks.h"

namespace text2akn {
namespace {

constexpr std::array<std::pair<int, const char*>, 13> kRoman{{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                              {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"},
                                                              {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"},
                                                              {1, "i"}}};

std::string to_roman(int n) {
  std::string out;
  for (const auto& [value, digits] : kRoman)
    for (; n >= value; n -= value) out += digits;
  return out;
}

// The value of a lower-case roman numeral written canonically ("iv", not "iiii"), or 0.
int roman_value(const std::string& s) {
  int n = 0;
  size_t i = 0;
  for (const auto& [value, digits] : kRoman) {
    std::string d = digits;
    while (s.compare(i, d.size(), d) == 0 && i < s.size()) n += value, i += d.size();
  }
  return i == s.size() && to_roman(n) == s ? n : 0;
}

bool all_of(const std::string& s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::string lower(std::string s) {
  for (char& c : s) c = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}
std::string upper(std::string s) {
  for (char& c : s) c = is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

// The values after v in each series it may belong to: "9" -> "10", "h" -> "i", "i" ->
// "ii" and "j", "IV" -> "V".
std::unordered_set<std::string> next_values(const std::string& v, const std::vector<std::string>& letters) {
  std::unordered_set<std::string> out;
  auto letter = std::find(letters.begin(), letters.end(), v);
  if (letter != letters.end() && letter + 1 != letters.end()) out.insert(*(letter + 1));
  if (all_of(v, is_digit) && v.size() <= 4) out.insert(std::to_string(std::stoi(v) + 1));
  bool lower_case = all_of(v, is_lower), upper_case = all_of(v, is_upper);
  // letters go on doubled after "z": "(z)", "(aa)", "(bb)"
  bool one_letter = (lower_case || upper_case) && v.find_first_not_of(v[0]) == std::string::npos;
  if (one_letter && v[0] != 'z' && v[0] != 'Z') out.insert(std::string(v.size(), static_cast<char>(v[0] + 1)));
  if (one_letter && v.size() == 1 && (v[0] == 'z' || v[0] == 'Z')) out.insert(std::string(2, lower_case ? 'a' : 'A'));
  if (lower_case || upper_case) {
    int n = roman_value(lower(v));  // lists count no further than "xlix": "(c)" is a letter
    if (n > 0 && n < 50) out.insert(lower_case ? to_roman(n + 1) : upper(to_roman(n + 1)));
  }
  return out;
}

// A list's first label: "(a)", "(i)", "a.", "1.", "(1)", "(A)", "а)" ...
bool is_first(const std::string& v, const std::vector<std::string>& letters) {
  return v == "a" || v == "i" || v == "1" || v == "A" || v == "I" || (!letters.empty() && v == letters.front());
}

// The label split into its value and the brackets around it: "(a bis)" -> "(", "a", ")".
struct Parts {
  std::string open, value, close;
};
Parts split(const std::string& label) {
  Parts p;
  std::string v = label;
  if (!v.empty() && v.front() == '(') p.open = "(", v.erase(0, 1);
  if (!v.empty() && (v.back() == ')' || v.back() == '.')) p.close = std::string(1, v.back()), v.pop_back();
  p.value = v.substr(0, v.find(' '));  // "a bis" -> "a"
  return p;
}

}  // namespace

std::unordered_set<std::string> successors(const std::string& label, const std::vector<std::string>& letters) {
  Parts p = split(label);
  if (p.open.empty() && p.close.empty()) return {label};  // a dash or a bullet: another
  std::unordered_set<std::string> out;
  for (const std::string& v : next_values(p.value, letters)) out.insert(p.open + v + p.close);
  return out;
}

std::string ListLabels::label_of(const std::string& text) const {
  std::optional<PrintedLabel> label = label_at_start(rules_, text);
  return label ? label->num : "";
}

void ListLabels::began(const std::string& text) {
  std::string label = label_of(text);
  last_ = label;
  if (label.empty()) return;
  expected_.erase(label);
  for (const std::string& next : successors(label, rules_.list_letters)) expected_.insert(next);
}

bool ListLabels::expects(const std::string& text) const {
  std::string label = label_of(text);
  if (label.empty()) return false;
  return is_first(split(label).value, rules_.list_letters) || expected_.count(label) > 0;
}

bool ListLabels::goes_on(const std::string& text) const {
  std::string label = label_of(text);
  return !label.empty() && expected_.count(label) > 0;
}

bool ListLabels::follows_last(const std::string& text) const {
  std::string label = label_of(text);
  return !label.empty() && !last_.empty() && successors(last_, rules_.list_letters).count(label) > 0;
}

}  // namespace text2akn
