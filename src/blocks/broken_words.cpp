#include "blocks/broken_words.h"

#include <array>

namespace text2akn {
namespace {

// Punctuation around a word: quotes, brackets, stops, hyphens at its ends.
constexpr std::array<std::string_view, 20> kPunctuation = {
    "\"", "'", "(", ")", "[", "]", ".", ",", ";", ":", "!", "?", "-",
    "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", kSoftHyphen};

bool strip_front(std::string_view& s) {
  for (std::string_view p : kPunctuation)
    if (s.size() >= p.size() && s.substr(0, p.size()) == p) return s.remove_prefix(p.size()), true;
  return false;
}

bool strip_back(std::string_view& s) {
  for (std::string_view p : kPunctuation)
    if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) return s.remove_suffix(p.size()), true;
  return false;
}

std::string folded(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trimmed(std::string_view word) {
  while (strip_front(word)) {}
  while (strip_back(word)) {}
  return word;
}

}  // namespace

bool Vocabulary::has(const std::string& word) const {
  if (!read_) {
    read_ = true;
    for (const Line& line : source_.lines) {
      if (line.dropped) continue;
      std::string_view rest = line.text;
      while (!rest.empty()) {
        size_t space = rest.find(' ');
        std::string_view w = trimmed(rest.substr(0, space));
        if (!w.empty()) words_.insert(folded(w));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
    }
  }
  return words_.count(word) > 0;
}

bool join_broken_word(std::string& text, const std::string& line, const Vocabulary& words) {
  std::string_view printed = text;
  bool soft = printed.size() > kSoftHyphen.size() && printed.substr(printed.size() - kSoftHyphen.size()) == kSoftHyphen;
  bool hard = !soft && printed.size() > 1 && printed.back() == '-' && printed[printed.size() - 2] != ' ';
  if (!soft && !hard) return false;
  size_t head = printed.size() - (soft ? kSoftHyphen.size() : 1);
  size_t space = printed.rfind(' ', head);
  size_t from = space == std::string_view::npos ? 0 : space + 1;
  std::string_view first = printed.substr(from, head - from);
  while (strip_front(first)) {}
  std::string_view second = std::string_view(line).substr(0, line.find(' '));
  while (strip_back(second)) {}
  bool compound = words.has(folded(first) + "-" + folded(second));
  bool whole = words.has(folded(first) + folded(second));
  // A soft hyphen marks a break unless the text prints the compound; a hyphen belongs to
  // the word unless the text prints the word whole and never the compound.
  bool keep_hyphen = soft ? compound : (compound || !whole);
  text.resize(head);
  if (keep_hyphen) text += '-';
  text += line;
  return true;
}

}  // namespace text2akn
