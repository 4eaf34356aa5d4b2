#include "inline/numbers.h"

#include <string>
#include <utility>

#include "read/utf8.h"

namespace text2akn {
namespace {

// A letter or digit: what a word is made of (a space, hyphen or stop ends it). Scripts
// written without spaces have a word boundary between any two characters.
bool word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp < 0x2070) && cp != 0x060C &&
         !written_unspaced(cp);
}

bool boundary_before(std::string_view s, size_t pos) {
  if (pos == 0) return true;
  char32_t cp = last_code_point(s.substr(0, pos));
  size_t i = pos;
  return !word_char(cp) || written_unspaced(next_code_point(s, i));
}

bool boundary_after(std::string_view s, size_t end) {
  if (end >= s.size()) return true;
  size_t i = end;
  return !word_char(next_code_point(s, i)) || written_unspaced(last_code_point(s.substr(0, end)));
}

// The longest key of the two lexicons at s[pos] that ends a word; its value added to *value.
size_t number_word_at(std::string_view s, size_t pos, const Grammar& g, int* value) {
  size_t best = 0;
  for (const char* name : {"ordinals", "tens"}) {
    auto table = g.lexicons.find(std::string_view(name));
    if (table == g.lexicons.end()) continue;
    for (const auto& [key, v] : table->second)
      if (key.size() > best && s.compare(pos, key.size(), key) == 0 && boundary_after(s, pos + key.size())) {
        best = key.size();
        *value = std::stoi(v);
      }
  }
  return best;
}

int leading_digits(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || !boundary_before(s, i)) continue;
    int n = 0;
    size_t j = i;
    for (; j < s.size() && j - i < 4 && s[j] >= '0' && s[j] <= '9'; ++j) n = n * 10 + (s[j] - '0');
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') return 0;
    return n;
  }
  return 0;
}

}  // namespace

int spelled_number(std::string_view text, const Grammar& g) {
  const std::string s = fold_case(text);
  int total = 0;
  bool found = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t next = pos;
    char32_t cp = next_code_point(s, next);
    if ((word_char(cp) || written_unspaced(cp)) && boundary_before(s, pos)) {
      int value = 0;
      if (size_t length = number_word_at(s, pos, g, &value)) {
        total += value;
        found = true;
        pos += length;
        continue;
      }
      if (found) break;  // the first word after the number's words ends it
    }
    pos = next;
  }
  return found ? total : leading_digits(s);
}

std::string symbol_number(std::string_view number, const Grammar& g) {
  std::string out;
  auto space_before = [&out](char c) {
    bool digit_before = !out.empty() && out.back() >= '0' && out.back() <= '9';
    bool spaced = (c == '(' && !out.empty() && out.back() != ' ') || (c >= 'A' && c <= 'Z' && digit_before);
    if (spaced) out += ' ';
  };
  for (size_t pos = 0; pos < number.size();) {
    size_t end = pos;
    while (end < number.size()) {
      size_t next = end;
      char32_t cp = next_code_point(number, next);
      if (cp < 0x80 || !word_char(cp)) break;
      end = next;
    }
    if (end == pos) {  // not a word of another script: kept as it is
      next_code_point(number, end);
      if (end == pos + 1) space_before(number[pos]);
      out.append(number.substr(pos, end - pos));
    } else {
      std::string_view word = number.substr(pos, end - pos);
      const std::string& latin = g.lookup("cited-number-words", word);
      if (!latin.empty()) space_before(latin[0]);
      out.append(latin.empty() ? word : std::string_view(latin));
    }
    pos = end;
  }
  return out;
}

std::string roman_numeral(int n) {
  static constexpr std::pair<int, const char*> kValues[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
  if (n <= 0 || n >= 4000) return "";
  std::string out;
  for (const auto& [value, letters] : kValues)
    for (; n >= value; n -= value) out += letters;
  return out;
}

}  // namespace text2akn
