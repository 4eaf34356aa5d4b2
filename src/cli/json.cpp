#include "cli/json.h"

#include "read/utf8.h"

#include <charconv>
#include <cstdio>

namespace text2akn::cli::json {
namespace {

constexpr int kMaxDepth = 512;

// Length of the well-formed UTF-8 sequence at s[i] (1..4), or 0 when it is not one:
// overlong forms, surrogates and code points above U+10FFFF are refused.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned c = byte(0);
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return byte(1) >= lo && byte(1) <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Value document() {
    space();
    Value v = value(0);
    space();
    if (i_ != s_.size()) fail("unexpected text after the value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw ParseError(i_, what); }

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

  void expect(char c, const char* what) {
    if (peek() != c) fail(std::string("expected ") + what);
    ++i_;
  }

  void literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) fail("unknown literal (expected true, false or null)");
    i_ += word.size();
  }

  Value value(int depth) {
    if (depth > kMaxDepth) fail("nested too deeply");
    Value v;
    if (i_ >= s_.size()) fail("unexpected end of input");
    switch (s_[i_]) {
      case '{': object(v, depth); break;
      case '[': array(v, depth); break;
      case '"':
        v.type = Value::Type::string;
        v.text = string();
        break;
      case 't':
        literal("true");
        v.type = Value::Type::boolean;
        v.boolean = true;
        break;
      case 'f':
        literal("false");
        v.type = Value::Type::boolean;
        break;
      case 'n': literal("null"); break;
      default:
        if (s_[i_] == '-' || (s_[i_] >= '0' && s_[i_] <= '9')) {
          number(v);
          break;
        }
        fail("unexpected character");
    }
    return v;
  }

  void object(Value& v, int depth) {
    v.type = Value::Type::object;
    ++i_;
    space();
    if (peek() == '}') {
      ++i_;
      return;
    }
    for (;;) {
      space();
      if (peek() != '"') fail("expected a member name in double quotes");
      std::string key = string();
      space();
      expect(':', "':' after a member name");
      space();
      v.members.push_back({std::move(key), value(depth + 1)});
      space();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect('}', "',' or '}' in an object");
      return;
    }
  }

  void array(Value& v, int depth) {
    v.type = Value::Type::array;
    ++i_;
    space();
    if (peek() == ']') {
      ++i_;
      return;
    }
    for (;;) {
      space();
      v.items.push_back(value(depth + 1));
      space();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect(']', "',' or ']' in an array");
      return;
    }
  }

  void digits() {
    if (!(peek() >= '0' && peek() <= '9')) fail("expected a digit");
    while (peek() >= '0' && peek() <= '9') ++i_;
  }

  void number(Value& v) {
    size_t start = i_;
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
      if (peek() >= '0' && peek() <= '9') fail("a number may not have leading zeros");
    } else {
      digits();
    }
    if (peek() == '.') {
      ++i_;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      digits();
    }
    v.type = Value::Type::number;
    v.text.assign(s_.substr(start, i_ - start));
    // from_chars is locale-independent; out of range leaves number at 0, the text stays exact
    std::from_chars(v.text.data(), v.text.data() + v.text.size(), v.number);
  }

  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("\\u needs four hexadecimal digits");
    unsigned n = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      n <<= 4;
      if (c >= '0' && c <= '9') n |= c - '0';
      else if (c >= 'a' && c <= 'f') n |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') n |= c - 'A' + 10;
      else {
        --i_;
        fail("\\u needs four hexadecimal digits");
      }
    }
    return n;
  }

  std::string string() {
    ++i_;  // the opening quote
    std::string out;
    for (;;) {
      // copy the run of plain characters at once
      size_t run = i_;
      while (run < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[run]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++run;
      }
      out.append(s_.substr(i_, run - i_));
      i_ = run;
      if (i_ >= s_.size()) fail("unterminated string");
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return out;
      }
      if (c < 0x20) fail("control character in a string (escape it)");
      if (c >= 0x80) {
        size_t n = utf8_sequence(s_, i_);
        if (!n) fail("invalid UTF-8");
        out.append(s_.substr(i_, n));
        i_ += n;
        continue;
      }
      ++i_;  // backslash
      if (i_ >= s_.size()) fail("unterminated string");
      char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          size_t at = i_ - 2;
          char32_t cp = hex4();
          if (cp >= 0xDC00 && cp <= 0xDFFF) {
            i_ = at;
            fail("lone low surrogate \\u" + std::string(s_.substr(at + 2, 4)));
          }
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (s_.substr(i_, 2) != "\\u") {
              i_ = at;
              fail("high surrogate without its low surrogate");
            }
            i_ += 2;
            char32_t low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) {
              i_ = at;
              fail("high surrogate without its low surrogate");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          i_ -= 2;
          fail("unknown escape");
      }
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

void write_to(std::string& out, const Value& v) {
  switch (v.type) {
    case Value::Type::null: out += "null"; break;
    case Value::Type::boolean: out += v.boolean ? "true" : "false"; break;
    case Value::Type::number: out += v.text.empty() ? "0" : v.text; break;
    case Value::Type::string: out += quote(v.text); break;
    case Value::Type::array:
      out += '[';
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (i) out += ',';
        write_to(out, v.items[i]);
      }
      out += ']';
      break;
    case Value::Type::object:
      out += '{';
      for (size_t i = 0; i < v.members.size(); ++i) {
        if (i) out += ',';
        out += quote(v.members[i].key);
        out += ':';
        write_to(out, v.members[i].value);
      }
      out += '}';
      break;
  }
}

}  // namespace

const Value* Value::find(std::string_view key) const {
  const Value* found = nullptr;
  for (const auto& [k, v] : members)
    if (k == key) found = &v;
  return found;
}

Value parse(std::string_view text) { return Parser(text).document(); }

std::string write(const Value& value) {
  std::string out;
  write_to(out, value);
  return out;
}

std::string quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8 + 2);
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7F) break;
      ++run;
    }
    out.append(s.substr(i, run - i));
    i = run;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t n = utf8_sequence(s, i);
      if (n) out.append(s.substr(i, n));
      else out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
      i += n ? n : 1;
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
        out += buffer;
      }
    }
  }
  out += '"';
  return out;
}

}  // namespace text2akn::cli::json
