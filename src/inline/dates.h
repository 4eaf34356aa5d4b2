// Dates in running text, by the grammar's [inline] rules of markup "date": named groups
// day, month (a word looked up in [lexicon months]) and year (taken from context if absent).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grammar/grammar.h"

namespace text2akn {

struct DateMatch {
  size_t begin = 0, end = 0;
  std::string iso;  // YYYY-MM-DD
};

// default_year: the year for dates printed without one ("8 March"); 0 = leave those out.
std::vector<DateMatch> find_dates(std::string_view text, const Grammar& g, int default_year);
// The first complete date in text, or "".
std::string first_date(std::string_view text, const Grammar& g, int default_year = 0);

}  // namespace text2akn
