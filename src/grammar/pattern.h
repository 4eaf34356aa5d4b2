// A compiled PCRE2 pattern (UTF, JIT), compiled once when the grammar loads and
// shared read-only by every conversion and thread afterwards.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace text2akn {

struct Match {
  bool found = false;
  std::vector<std::pair<size_t, size_t>> groups;  // [begin, end) per group; npos if unset
  size_t begin() const { return groups[0].first; }
  size_t end() const { return groups[0].second; }
  bool has(size_t g) const { return g < groups.size() && groups[g].first != std::string_view::npos; }
  std::string_view group(std::string_view subject, size_t g) const {
    return has(g) ? subject.substr(groups[g].first, groups[g].second - groups[g].first)
                  : std::string_view{};
  }
};

class Pattern {
 public:
  // Throws std::invalid_argument with PCRE2's message and offset on a bad pattern.
  explicit Pattern(const std::string& source);
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // Searches subject from offset. A pattern that exceeds PCRE2's match or depth limit
  // (catastrophic backtracking) throws std::runtime_error instead of hanging. The subject
  // must be valid UTF-8 (the text was checked when it was read): a subject or offset that
  // begins inside a character, as a window cut out of a text by bytes may, throws
  // std::logic_error rather than leave the JIT to undefined behaviour.
  Match search(std::string_view subject, size_t offset = 0) const;
  bool matches(std::string_view subject) const;
  // Number of the named group, or -1. A name may stand for several groups (a body named
  // before a number or after it): the number is its first's, which a match fills with what
  // the first of them that took part matched.
  int group_number(std::string_view name) const;
  const std::string& source() const { return source_; }
  // Where the pattern was written ("roles.rules:42"), named when it fails on some input.
  void set_origin(std::string origin) { origin_ = std::move(origin); }

 private:
  int run(std::string_view subject, size_t offset) const;  // PCRE2's result code
  void share_names(Match& m) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string source_;
  std::string origin_;
};

}  // namespace text2akn
