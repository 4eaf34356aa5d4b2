#include "blocks/line_text.h"

#include "blocks/broken_words.h"
#include "read/utf8.h"

namespace text2akn {
namespace {

// `continues` rules speak of a line's last words ("of", a comma, "Goal 16:"), so they are
// tried from the space before its last kContinuesWords words, and on its last
// kContinuesWindow bytes at most: a search at every word of a long line was the costliest
// pattern of the blocks stage. PCRE2 looks behind the start offset, so \b still sees the
// character before the window.
constexpr size_t kContinuesWords = 3;
constexpr size_t kContinuesWindow = 64;

// Closing quotes and brackets a sentence may end inside: ” ’ ） 》 」
constexpr std::string_view kWideClosers[] = {"\u201D", "\u2019", "\uFF09", "\u300B", "\u300D"};

// s without the closing quotes and brackets at its end.
std::string_view without_closers(std::string_view s) {
  for (bool cut = true; cut && !s.empty();) {
    cut = false;
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']') {
      s.remove_suffix(1);
      cut = true;
      continue;
    }
    for (std::string_view closer : kWideClosers)
      if (ends_with(s, closer)) {
        s.remove_suffix(closer.size());
        cut = true;
        break;
      }
  }
  return s;
}

}  // namespace

size_t last_words_start(std::string_view text) {
  size_t from = text.size() > kContinuesWindow ? text.size() - kContinuesWindow : 0;
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  size_t space = text.size();
  for (size_t words = 0; words < kContinuesWords && space != std::string_view::npos && space > from; ++words)
    space = space == 0 ? std::string_view::npos : text.rfind(' ', space - 1);
  return space != std::string_view::npos && space > from ? space : from;
}

bool ends_open(const BlockRules& rules, const std::string& text) {
  if (ends_with(text, kSoftHyphen)) return true;
  if (!rules.continues) return false;
  return rules.continues->search(text, last_words_start(text)).found;
}

bool breaks_off(const BlockRules& rules, const std::string& text) {
  if (text.empty() || sentence_end(text) || !ends_open(rules, text)) return false;
  return text.back() != '(' && !ends_with(text, "\uFF08") && !(rules.ends_item && rules.ends_item->search(text).found);
}

char sentence_end(const std::string& text) {
  std::string_view s = text;
  if (s.empty()) return 0;
  // a footnote's marker after the stop: "..., 12", "...;3", "(see annex).*"
  size_t digits = s.find_last_not_of("0123456789");
  if (digits == s.size() - 1) digits = s.find_last_not_of('*');
  if (digits != std::string_view::npos && digits + 1 < s.size() && s.size() - digits - 1 <= 3) {
    std::string_view before = s.substr(0, digits + 1);
    if (before.back() == ' ') before.remove_suffix(1);
    if (stop_at_end(before)) s = before;
  }
  return stop_at_end(without_closers(s));
}

bool begins_with_label(const Pattern& label, const std::string& text) {
  Match m = label.search(text);
  return m.found && m.begin() == 0;
}

bool begins_with_bullet(const std::string& s) {
  for (const char* bullet : {"\u2022", "\u2013", "\u2014"})
    if (s.rfind(bullet, 0) == 0) return true;
  return false;
}

bool starts_capitalized_word(const std::string& s) {
  return s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && ((s[1] >= 'a' && s[1] <= 'z') || s[1] == ' ');
}

size_t first_word_length(const std::string& s) {
  size_t i = 0;
  if (!s.empty() && written_unspaced(next_code_point(s, i))) return 2;
  size_t space = s.find(' ');
  return display_width(space == std::string::npos ? s : s.substr(0, space));
}

}  // namespace text2akn
