#include "blocks/broken_words.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace text2akn {
namespace {

// Punctuation around a word: quotes, brackets, stops, hyphens at its ends. Asked of every
// word of a text, so the first (or last) byte decides before any comparison.
constexpr std::string_view kAsciiPunctuation = "\"'()[].,;:!?-";
constexpr std::array<std::string_view, 7> kWidePunctuation = {
    "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", kSoftHyphen};

bool ascii_punctuation(char c) { return c != '\0' && kAsciiPunctuation.find(c) != std::string_view::npos; }

bool strip_front(std::string_view& s) {
  if (s.empty()) return false;
  if (ascii_punctuation(s.front())) return s.remove_prefix(1), true;
  if (static_cast<unsigned char>(s.front()) < 0x80) return false;
  for (std::string_view p : kWidePunctuation)
    if (s.substr(0, p.size()) == p) return s.remove_prefix(p.size()), true;
  return false;
}

bool strip_back(std::string_view& s) {
  if (s.empty()) return false;
  if (ascii_punctuation(s.back())) return s.remove_suffix(1), true;
  if (static_cast<unsigned char>(s.back()) < 0x80) return false;
  for (std::string_view p : kWidePunctuation)
    if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) return s.remove_suffix(p.size()), true;
  return false;
}

std::string_view trimmed_front(std::string_view word) {
  while (strip_front(word)) {}
  return word;
}

std::string_view trimmed_back(std::string_view word) {
  while (strip_back(word)) {}
  return word;
}

std::string_view trimmed(std::string_view word) { return trimmed_back(trimmed_front(word)); }

// Each word of a text as printed, punctuation and all: what stands between its spaces.
template <typename F>
void for_each_word(std::string_view text, F each) {
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find(' ', begin), text.size());
    each(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

// The text with, at each of the places (in increasing order), `insert` put in, or, when
// `insert` is empty, the byte there taken out.
std::string rewritten(const std::string& text, const std::vector<size_t>& places, std::string_view insert) {
  std::string out;
  out.reserve(text.size() + places.size() * insert.size());
  size_t copied = 0;
  for (size_t place : places) {
    out.append(text, copied, place - copied);
    out += insert;
    copied = insert.empty() ? place + 1 : place;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

// FNV-1a over the bytes, ASCII capitals folded: a word's parts hash as the word would.
constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t fold_into(uint64_t hash, std::string_view part) {
  for (char c : part) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte >= 'A' && byte <= 'Z') byte = static_cast<unsigned char>(byte - 'A' + 'a');
    hash = (hash ^ byte) * kFnvPrime;
  }
  return hash;
}

// A letter of a word: ASCII, or any byte of a character beyond it (the punctuation beyond
// ASCII, quotes and dashes, is stripped before).
bool word_byte(char c) {
  unsigned char b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

bool all_word_bytes(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), word_byte); }

// Whether "first second" is one word printed with a space inside it. The halves are asked
// first: a half printed elsewhere settles it, and most words are.
bool split_word(std::string_view first, std::string_view second, const Vocabulary& words) {
  if (!all_word_bytes(first) || !all_word_bytes(second) || std::isupper(static_cast<unsigned char>(second[0])))
    return false;
  return words.count({second}) == 1 && words.count({first}) == 1 && words.count({first, second}) >= 2 &&
         !words.has({first, "-", second});
}

}  // namespace

Vocabulary::Table::Table(size_t capacity) : entries_(capacity) {}

Vocabulary::Table::Entry& Vocabulary::Table::slot(uint64_t hash) {
  size_t mask = entries_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask)
    if (entries_[at].count == 0 || entries_[at].hash == hash) return entries_[at];
}

Vocabulary::Table::Entry& Vocabulary::Table::add(uint64_t hash) {
  if (3 * (used_ + 1) > 2 * entries_.size()) {
    std::vector<Entry> old(entries_.size() * 2);
    old.swap(entries_);
    for (const Entry& e : old)
      if (e.count) slot(e.hash) = e;
  }
  Entry& e = slot(hash);
  if (e.count == 0) {
    e.hash = hash;
    ++used_;
  }
  ++e.count;
  return e;
}

const Vocabulary::Table::Entry* Vocabulary::Table::find(uint64_t hash) const {
  size_t mask = entries_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const Entry& e = entries_[at];
    if (e.count == 0) return nullptr;
    if (e.hash == hash) return &e;
  }
}

void Vocabulary::read() const {
  read_ = true;
  size_t bytes = 0;
  for (const Line& line : source_.lines) bytes += line.text.size();
  size_t capacity = 64;
  while (capacity < bytes / 4) capacity *= 2;  // a word and its space take six bytes or so
  words_ = Table(capacity);
  for (const Line& line : source_.lines) {
    if (line.dropped) continue;
    for_each_word(line.text, [&](std::string_view printed) {
      std::string_view w = trimmed(printed);
      if (w.empty()) return;
      words_.add(fold_into(kFnvBasis, w));
      size_t hyphen = w.find('-');
      if (hyphen == std::string_view::npos) return;
      std::string_view head = w.substr(0, hyphen), tail = w.substr(hyphen + 1);
      if (all_word_bytes(head) && all_word_bytes(tail))
        compounds_.add(fold_into(fold_into(kFnvBasis, head), tail)).hyphen = static_cast<uint32_t>(hyphen);
    });
  }
}

size_t Vocabulary::count(std::initializer_list<std::string_view> parts) const {
  if (!read_) read();
  uint64_t hash = kFnvBasis;
  for (std::string_view part : parts) hash = fold_into(hash, part);
  const Table::Entry* e = words_.find(hash);
  return e ? e->count : 0;
}

Vocabulary::Compound Vocabulary::compound(std::string_view whole) const {
  if (!read_) read();
  const Table::Entry* e = compounds_.find(fold_into(kFnvBasis, whole));
  return e ? Compound{e->count, e->hyphen} : Compound{};
}

bool join_broken_word(std::string& text, const std::string& line, const Vocabulary& words) {
  std::string_view printed = text;
  bool soft = printed.size() > kSoftHyphen.size() && printed.substr(printed.size() - kSoftHyphen.size()) == kSoftHyphen;
  bool hard = !soft && printed.size() > 1 && printed.back() == '-' && printed[printed.size() - 2] != ' ';
  if (!soft && !hard) return false;
  size_t head = printed.size() - (soft ? kSoftHyphen.size() : 1);
  size_t space = printed.rfind(' ', head);
  size_t from = space == std::string_view::npos ? 0 : space + 1;
  std::string_view first = trimmed_front(printed.substr(from, head - from));
  std::string_view second = trimmed_back(std::string_view(line).substr(0, line.find(' ')));
  bool compound = words.has({first, "-", second});
  bool whole = words.has({first, second});
  // A soft hyphen marks a break unless the text prints the compound; a hyphen belongs to
  // the word unless the text prints the word whole and never the compound.
  bool keep_hyphen = soft ? compound : (compound || !whole);
  text.resize(head);
  if (keep_hyphen) text += '-';
  text += line;
  return true;
}

void join_split_words(std::string& text, const Vocabulary& words) {
  std::vector<size_t> spaces;  // the spaces inside words, taken out
  std::string_view first;      // the word before the space, as printed
  for_each_word(text, [&](std::string_view second) {
    // no punctuation between the halves: "coun tries", not "coun, tries" or "coun (tries"
    if (!first.empty() && !second.empty() && word_byte(first.back()) && word_byte(second.front()) &&
        split_word(trimmed_front(first), trimmed_back(second), words))
      spaces.push_back(static_cast<size_t>(second.data() - text.data()) - 1);
    first = second;
  });
  if (!spaces.empty()) text = rewritten(text, spaces, "");
}

void restore_hyphens(std::string& line, const Vocabulary& words) {
  std::vector<size_t> hyphens;  // the places a hyphen goes back in
  for_each_word(line, [&](std::string_view printed) {
    std::string_view word = trimmed(printed);
    if (word.size() <= 3 || !all_word_bytes(word)) return;
    Vocabulary::Compound c = words.compound(word);
    if (c.count > words.count({word}) && c.hyphen > 0 && c.hyphen < word.size())
      hyphens.push_back(static_cast<size_t>(word.data() - line.data()) + c.hyphen);
  });
  if (!hyphens.empty()) line = rewritten(line, hyphens, "-");
}

}  // namespace text2akn
