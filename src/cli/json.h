// A small, strict JSON reader (RFC 8259) for `text2akn stream`: one value per call, UTF-8
// only, every escape including \uXXXX and surrogate pairs, nesting limited so that hostile
// input cannot exhaust the stack. Numbers keep the text they were written with, so that an
// "id" is echoed exactly as given.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace text2akn::cli::json {

class ParseError : public std::runtime_error {
 public:
  ParseError(size_t offset, const std::string& what)
      : std::runtime_error("invalid JSON at byte " + std::to_string(offset + 1) + ": " + what), offset_(offset) {}
  size_t offset() const { return offset_; }

 private:
  size_t offset_;
};

struct Member;  // an object's key and value, defined below: a std::pair<std::string, Value>
                // here would need Value complete, which clang's library checks

struct Value {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string text;  // string: the decoded string; number: the number as written
  std::vector<Value> items;                             // array
  std::vector<Member> members;  // object, in order (a repeated key: the last wins in find)

  bool is(Type t) const { return type == t; }
  // The member named key of an object, or nullptr.
  const Value* find(std::string_view key) const;
};

struct Member {
  std::string key;
  Value value;
};

// Parses one JSON text (surrounding whitespace allowed, nothing else). Throws ParseError.
Value parse(std::string_view text);
// The value as compact JSON (the inverse of parse, up to whitespace and escapes).
std::string write(const Value& value);
// A JSON string literal; bytes that are not valid UTF-8 become U+FFFD, so the result is
// always valid JSON.
std::string quote(std::string_view s);

}  // namespace text2akn::cli::json
