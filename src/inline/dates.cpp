#include "inline/dates.h"

#include <cstdio>
#include <iterator>
#include <map>

namespace text2akn {
namespace {

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

bool valid(int y, int m, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

std::string iso(int y, int m, int d) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

// Whether [begin, end) overlaps one of the dates found so far, which never overlap each
// other: sorted by where they begin, they are sorted by where they end too, so only the last
// one to begin before `end` can reach past `begin`.
bool overlaps(const std::map<size_t, size_t>& found, size_t begin, size_t end) {
  auto after = found.lower_bound(end);
  return after != found.begin() && std::prev(after)->second > begin;
}

}  // namespace

std::vector<DateMatch> find_dates(std::string_view text, const Grammar& g, int default_year) {
  std::vector<DateMatch> out;
  std::map<size_t, size_t> found;  // begin -> end of each date in out
  for (const InlineRule& rule : g.inlines) {
    bool range_start = rule.markup == "dateRangeStart";
    if (rule.markup != "date" && !range_start) continue;
    int gd = rule.pattern.group_number("day"), gm = rule.pattern.group_number("month"),
        gy = rule.pattern.group_number("year"), gm2 = rule.pattern.group_number("month2");
    size_t offset = 0;
    while (offset < text.size()) {
      Match m = rule.pattern.search(text, offset);
      if (!m.found) break;
      offset = m.end() > m.begin() ? m.end() : m.begin() + 1;
      int day = gd >= 0 ? to_int(m.group(text, gd)) : -1;
      // The first day of a range takes the month the range ends in, unless it has its own.
      int month_group = gm >= 0 && m.has(gm) ? gm : gm2;
      int month = month_group >= 0 ? to_int(g.lookup("months", m.group(text, month_group))) : -1;
      int year = gy >= 0 && m.has(gy) ? to_int(m.group(text, gy)) : default_year;
      if (!valid(year, month, day)) continue;
      size_t begin = m.begin(), end = m.end();
      if (range_start) {  // the span is the first date only: "28" or "27 April"
        begin = m.groups[gd].first;
        end = gm >= 0 && m.has(gm) ? m.groups[gm].second : m.groups[gd].second;
      }
      if (overlaps(found, begin, end)) continue;
      out.push_back({begin, end, iso(year, month, day)});
      found.emplace(begin, end);
    }
  }
  return out;
}

std::string first_date(std::string_view text, const Grammar& g, int default_year) {
  auto dates = find_dates(text, g, default_year);
  const DateMatch* first = nullptr;
  for (const DateMatch& d : dates)
    if (!first || d.begin < first->begin) first = &d;
  return first ? first->iso : "";
}

}  // namespace text2akn
