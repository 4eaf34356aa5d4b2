#include "read/source.h"

#include <algorithm>

#include "read/columns.h"
#include "read/utf8.h"
#include "text2akn.h"

namespace text2akn {
namespace {

[[noreturn]] void refuse(const std::string& name, int line, int column, const std::string& what) {
  std::string where = name;
  if (line > 0) where += ":" + std::to_string(line) + ":" + std::to_string(column);
  throw Error(Status::input_invalid, where, what);
}

void check_bytes(std::string_view bytes, const std::string& name) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    refuse(name, 1, 1, "the text is UTF-16 (byte order mark); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
  if (auto bad = first_invalid_utf8(bytes))
    refuse(name, bad->line, bad->column,
           "invalid UTF-8 at byte offset " + std::to_string(bad->offset) +
               "; convert the text to UTF-8 first");
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    int line = 1, column = 1;
    for (size_t i = 0; i < nul; ++i) {
      if (bytes[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(bytes[i]) >> 6) != 0x2) {
        ++column;
      }
    }
    refuse(name, line, column, "NUL byte at byte offset " + std::to_string(nul) + " (binary file?)");
  }
}

// Characters that end up as spaces or vanish: XML 1.0 forbids C0 controls except tab/LF/CR.
void append_clean(std::string& out, std::string_view raw) {
  out.reserve(out.size() + raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    size_t start = i;
    while (i < raw.size() && raw[i] >= 0x20 && raw[i] < 0x7F) ++i;  // printable ASCII: kept as is
    if (i > start) {
      out.append(raw.data() + start, i - start);
      continue;
    }
    char32_t cp = next_code_point(raw, i);
    if (cp == '\t' || cp == 0xA0 || cp == 0x2007 || cp == 0x202F) {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp < 0xA0)) {
      // dropped: not representable in XML 1.0 or invisible C1 controls
    } else if (cp == 0xAD && raw.find_first_not_of(" \t", i) == std::string_view::npos) {
      out.append(raw.substr(start, i - start));  // a soft hyphen ending the line: the blocks stage joins the word's halves
    } else if ((cp == 0x200E || cp == 0x200F) && raw.find_first_not_of(" \t", i) == std::string_view::npos) {
      // a direction mark ending the line ("Climate Change,\u200E") directs nothing after it,
      // and would hide the stop before it from the stages after this one
    } else if (cp == 0xAD || cp == 0x200B || cp == 0xFEFF) {
      // soft hyphen, zero-width space, stray BOM: invisible
    } else if (cp >= 0xFB00 && cp <= 0xFB06) {
      // a ligature as some PDFs' fonts map it ("Reaﬃrming"): its letters, so that the
      // words are the grammar's words
      static constexpr const char* kLetters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
      out += kLetters[cp - 0xFB00];
    } else {
      out.append(raw.substr(start, i - start));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
}

}  // namespace

Source read_source(std::string_view bytes, const std::string& name) {
  check_bytes(bytes, name);
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  Source source;
  source.name = name;
  // Sized once: a long document's lines would otherwise be copied each time the vector grows.
  source.lines.reserve(static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1);
  bool pending_break = false;
  int number = 0;
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t end = pos;
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
    std::string_view raw = bytes.substr(pos, end - pos);
    ++number;
    // A form feed starts a new page; the text around it stays on its lines.
    size_t ff;
    while ((ff = raw.find('\f')) != std::string_view::npos) {
      std::string_view before = raw.substr(0, ff);
      if (before.find_first_not_of(' ') != std::string_view::npos) {
        Line line;
        line.number = number;
        line.page_break = pending_break;
        append_clean(line.text, before);
        source.lines.push_back(std::move(line));
      }
      pending_break = true;
      source.has_page_breaks = true;
      raw.remove_prefix(ff + 1);
    }
    Line line;
    line.number = number;
    line.page_break = pending_break;
    pending_break = false;
    append_clean(line.text, raw);
    size_t lead = line.text.find_first_not_of(' ');
    line.text.erase(0, lead == std::string::npos ? line.text.size() : lead);
    if (end < bytes.size() || !raw.empty()) source.lines.push_back(std::move(line));
    if (end >= bytes.size()) break;
    pos = end + 1;
    if (bytes[end] == '\r' && pos < bytes.size() && bytes[pos] == '\n') ++pos;
  }
  bool any_text = false;
  for (const Line& l : source.lines) any_text = any_text || !l.blank();
  if (!any_text) throw Error(Status::input_invalid, name, "the input is empty (no text to convert)");
  split_masthead_columns(source);
  return source;
}

}  // namespace text2akn
