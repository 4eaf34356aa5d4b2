// Words broken at a line end by a hyphen. A hyphen printed at a line end may belong to the
// word ("Secretary-" / "General") or only to the break ("devel-" / "opment", which OCR
// prints as a soft hyphen); the text's own words tell which: a word is repaired only where
// the text prints the joined word elsewhere and never the hyphenated one.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include "read/source.h"

namespace text2akn {

// A soft hyphen is kept by the reader only at a line's end, where a word was broken.
inline constexpr std::string_view kSoftHyphen = "\u00AD";

// The words a text prints, read the first time one is asked for: most texts break no word
// at a line end and never read them.
class Vocabulary {
 public:
  explicit Vocabulary(const Source& source) : source_(source) {}
  bool has(const std::string& word) const;  // case-folded

 private:
  const Source& source_;
  mutable std::unordered_set<std::string> words_;
  mutable bool read_ = false;
};

// Joins `line` to `text` when `text` ends in a hyphen (or a soft hyphen) right after a word:
// the halves as one word, with or without the hyphen. False when `text` ends otherwise.
bool join_broken_word(std::string& text, const std::string& line, const Vocabulary& words);

}  // namespace text2akn
