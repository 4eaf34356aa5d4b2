// Words broken by the print. A hyphen printed at a line end may belong to the word
// ("Secretary-" / "General") or only to the break ("devel-" / "opment", which OCR prints as
// a soft hyphen); pdftotext may print a space inside a word of a justified line ("coun
// tries"). The text's own words tell which: a word is repaired only where the text prints
// the joined word elsewhere, and never the hyphenated one or the halves.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "read/source.h"

namespace text2akn {

// A soft hyphen is kept by the reader only at a line's end, where a word was broken.
inline constexpr std::string_view kSoftHyphen = "\u00AD";

// How often the text prints each word, case-folded, read the first time one is asked for:
// most texts break no word and never read them. Words are kept as hashes, so that neither
// reading nor asking copies a word.
class Vocabulary {
 public:
  explicit Vocabulary(const Source& source) : source_(source) {}
  // the word whose parts these are, written together ({"coun", "tries"}, {"co", "-", "operation"})
  size_t count(std::initializer_list<std::string_view> parts) const;
  bool has(std::initializer_list<std::string_view> parts) const { return count(parts) > 0; }
  // A compound of two words the text prints with its hyphen ("capacity-building"), asked by
  // the word without it ("capacitybuilding"): how often, and where its hyphen stands.
  struct Compound {
    uint32_t count = 0;
    uint32_t hyphen = 0;  // bytes before it
  };
  Compound compound(std::string_view whole) const;

 private:
  // Counts by 64-bit hash, in open addressing that doubles when two thirds full.
  class Table {
   public:
    struct Entry {
      uint64_t hash = 0;
      uint32_t count = 0;   // 0: an empty slot
      uint32_t hyphen = 0;  // in the table of compounds
    };
    explicit Table(size_t capacity = 64);
    Entry& add(uint64_t hash);  // counted once more
    const Entry* find(uint64_t hash) const;

   private:
    Entry& slot(uint64_t hash);
    std::vector<Entry> entries_;
    size_t used_ = 0;
  };
  void read() const;

  const Source& source_;
  mutable Table words_, compounds_;
  mutable bool read_ = false;
};

// Joins `line` to `text` when `text` ends in a hyphen (or a soft hyphen) right after a word:
// the halves as one word, with or without the hyphen. False when `text` ends otherwise.
bool join_broken_word(std::string& text, const std::string& line, const Vocabulary& words);

// Joins the halves of a word pdftotext printed with a space inside it in a justified line
// ("coun tries", "St ates", "o f") where the text proves them one word: it prints the joined
// word at least twice elsewhere, each half nowhere else, and never the two as a compound
// ("long-term"). A word the text prints both ways ("road map", "roadmap") may still be
// joined: the price of a rule without a dictionary, which invents no word.
void join_split_words(std::string& text, const Vocabulary& words);

// Gives a compound back the hyphen pdftotext took out where it joined two printed lines into
// one ("SecretaryGeneral", "capacitybuilding"): for the words of such a line, where the text
// prints the compound more often than the word without it. (Only there: elsewhere a word
// printed whole is printed so, "Bycatch Management", "Association of Southeast Asian
// Nations".)
void restore_hyphens(std::string& line, const Vocabulary& words);

}  // namespace text2akn
