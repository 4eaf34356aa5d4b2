#include "read/utf8.h"

#include <cstdint>
#include <cstring>
#include <utility>

namespace text2akn {

namespace {

// The end of the run of ASCII bytes from i, eight bytes at a time: most of the text.
size_t skip_ascii(std::string_view s, size_t i) {
  constexpr uint64_t high_bits = 0x8080808080808080ULL;
  for (uint64_t word; i + 8 <= s.size(); i += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if (word & high_bits) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// The length of the well-formed UTF-8 sequence of two or more bytes at i, or 0.
size_t multibyte_length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  bool ok = len != 0 && i + len <= s.size();
  for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 0x2;
  if (!ok) return 0;
  size_t j = i;
  char32_t cp = next_code_point(s, j);
  bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  return !overlong && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) ? len : 0;
}

// Line and column (in characters) of byte `at`, all of whose bytes before are valid UTF-8.
ByteProblem problem_at(std::string_view s, size_t at) {
  int line = 1, column = 1;
  for (size_t i = 0; i < at; ++i) {
    if (s[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(s[i]) >> 6) != 0x2) {
      ++column;
    }
  }
  return ByteProblem{at, line, column};
}

}  // namespace

// Line and column are counted only once a problem is found: valid text is checked in bulk.
std::optional<ByteProblem> first_invalid_utf8(std::string_view s) {
  for (size_t i = skip_ascii(s, 0); i < s.size(); i = skip_ascii(s, i)) {
    size_t len = multibyte_length(s, i);
    if (len == 0) return problem_at(s, i);
    i += len;
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) return s[i++];
  int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) >> 6) == 0x2) --i;
  return next_code_point(s, i);
}

bool written_unspaced(char32_t cp) {
  return (cp >= 0x3000 && cp < 0x3100) || (cp >= 0x3400 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) ||
         (cp >= 0xFF00 && cp < 0xFFF0) || (cp >= 0x20000 && cp < 0x30000);
}

bool caseless_letter(char32_t cp) {
  return (cp >= 0x5D0 && cp < 0x5EB) || (cp >= 0x620 && cp < 0x64B) || (cp >= 0x671 && cp < 0x6D4) ||
         (cp >= 0x750 && cp < 0x780) || (cp >= 0x8A0 && cp < 0x8CA) || (cp >= 0x3040 && cp < 0x3100) ||
         (cp >= 0x3400 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) || (cp >= 0xFB50 && cp < 0xFDFF) ||
         (cp >= 0xFE70 && cp < 0xFEFF) || (cp >= 0x20000 && cp < 0x30000);
}

size_t display_width(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) width += written_unspaced(next_code_point(s, i)) ? 2 : 1;
  return width;
}

std::string fold_case(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F))
      cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F)
      cp += 0x50;
    append_utf8(out, cp);
  }
  return out;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c >> 6) != 0x2;
  return n;
}

namespace {
constexpr std::pair<std::string_view, char> kWideStops[] = {
    {"\u060C", ','}, {"\u061B", ';'}, {"\uFF0C", ','}, {"\uFF1B", ';'}, {"\uFF1A", ':'}, {"\u3002", '.'}};
}  // namespace

char stop_at_end(std::string_view text) {
  if (text.empty()) return 0;
  char last = text.back();
  if (last == '.' || last == ';' || last == ':' || last == ',') return last;
  for (const auto& [stop, ascii] : kWideStops)
    if (text.size() >= stop.size() && text.substr(text.size() - stop.size()) == stop) return ascii;
  return 0;
}

bool holds_wide_stop(std::string_view text) {
  for (const auto& stop : kWideStops)
    if (text.find(stop.first) != std::string_view::npos) return true;
  return false;
}

int superscript_digit(char32_t cp) {
  if (cp == 0xB9) return 1;
  if (cp == 0xB2 || cp == 0xB3) return static_cast<int>(cp - 0xB0);
  if (cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079)) return static_cast<int>(cp - 0x2070);
  return -1;
}

std::string plain_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t from = i;
    int digit = superscript_digit(next_code_point(text, i));
    if (digit >= 0) out += static_cast<char>('0' + digit);
    else out.append(text.substr(from, i - from));
  }
  return out;
}

}  // namespace text2akn
