#include "blocks/blocks.h"
#include "blocks/broken_words.h"
#include "blocks/joiner.h"
#include "blocks/line_text.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "read/utf8.h"

namespace text2akn {
namespace {

bool is_label_only(const BlockRules& rules, const std::string& text) {
  return rules.label_only && rules.label_only->matches(text);
}

// A line joins the block's text after a space, unless a word broke at the line's end, or
// the text is Chinese, whose lines break between any two characters ("第76/232" / "号决议";
// not "15." / "重申 ...", a label printed alone).
void append(Block& block, const std::string& text, const Vocabulary& words, const BlockRules& rules) {
  if (block.text.empty()) {
    block.text = text;
    return;
  }
  if (join_broken_word(block.text, text, words)) return;
  size_t first = 0;
  bool unspaced = written_unspaced(last_code_point(block.text)) ||
                  (written_unspaced(next_code_point(text, first)) && !is_label_only(rules, block.text));
  block.text += unspaced ? text : " " + text;
}

// A line of pdftotext's wider than its column by a tenth: two printed lines it joined, taking
// out the hyphen of a compound broken between them ("SecretaryGeneral").
bool merged_lines(const Layout& layout, const Line& line) {
  auto wider = [&](size_t width) { return width * 10 > layout.width * 11; };
  // (a line is never wider than its bytes: most are decided without reading their characters)
  return layout.pdftotext && layout.width > 0 && wider(line.text.size()) && wider(display_width(line.text));
}

// "session.", "2021;", "this end:": a clause's last words, a few, in lower case or figures.
bool is_clause_ending(const std::string& s) {
  char end = sentence_end(s);
  size_t words = 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' '));
  return (end == '.' || end == ';' || end == ':') && words <= 3 &&
         ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9'));
}

// A clause's text that lacks its ending: it begins as a sentence does (a capital, a figure),
// has no label of its own and ends in no punctuation.
bool lacks_ending(const std::string& s, const Pattern& label) {
  bool starts = !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= '0' && s[0] <= '9'));
  return starts && !ends_sentence(s) && !begins_with_label(label, s);
}

// pdftotext may print a clause's last line between its number and its text ("17." /
// "session." / "Decides to continue its consideration ... at its seventy-ninth"): the
// number took the ending, and the text after it ends in no punctuation. The ending goes
// back after the text, and the two blocks are one clause again.
std::vector<Block> restore_displaced_endings(std::vector<Block> blocks, const Pattern& label) {
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& a = blocks[i];
    Match m = a.footnote ? Match{} : label.search(a.text);
    bool numbered = m.found && m.begin() == 0 && m.end() < a.text.size();
    std::string ending = numbered ? a.text.substr(m.end()) : "";
    size_t j = i + 1;
    while (j < blocks.size() && blocks[j].footnote) ++j;
    if (numbered && j < blocks.size() && is_clause_ending(ending) && lacks_ending(blocks[j].text, label)) {
      const Block& text = blocks[j];
      a.text = a.text.substr(0, m.end()) + text.text + " " + ending;
      a.last_line = std::max(a.last_line, text.last_line);
      a.page_break = a.page_break || text.page_break;
      for (size_t k = i + 1; k < j; ++k) out.push_back(std::move(blocks[k]));  // its notes
      out.push_back(std::move(a));
      i = j;
      continue;
    }
    out.push_back(std::move(a));
  }
  return out;
}

// The next line with text after line i (none: null).
const Line* next_text_line(const Source& source, size_t i) {
  for (size_t j = i + 1; j < source.lines.size(); ++j) {
    const Line& l = source.lines[j];
    if (!l.dropped && !l.blank() && !l.footnote) return &l;
  }
  return nullptr;
}

// pdftotext may print a section's number from the margin ahead of the last items of the
// section before ("11." / "(c) Trade finance ..." / "(d) ..." / "Afreximbank declarations"):
// a number alone, then a line led by a label of another kind. Such a number waits for the
// next block that begins without a label of its own.
bool is_stray_number(const Source& source, size_t i, const BlockRules& rules) {
  const Line& line = source.lines[i];
  if (line.footnote || !is_digit(line.text[0]) || !rules.label_only || !rules.label ||
      !rules.label_only->matches(line.text))
    return false;
  const Line* next = next_text_line(source, i);
  return next && !is_digit(next->text[0]) && begins_with_label(*rules.label, next->text);
}

Block lone_label(const Line& line) {
  Block block;
  block.first_line = block.last_line = line.number;
  block.text = line.text;
  return block;
}

// The next line after line i that goes to the same stream (text or footnotes), if any.
const Line* next_in_stream(const Source& source, size_t i) {
  for (size_t j = i + 1; j < source.lines.size(); ++j) {
    const Line& l = source.lines[j];
    if (l.dropped || l.blank()) continue;
    return l.footnote == source.lines[i].footnote ? &l : nullptr;
  }
  return nullptr;
}

}  // namespace

std::optional<PrintedLabel> label_at_start(const BlockRules& rules, const std::string& text) {
  if (!rules.label) return std::nullopt;
  Match m = rules.label->search(text);
  int group = rules.label->group_number("num");
  if (!m.found || m.begin() != 0 || group < 0 || !m.has(group)) return std::nullopt;
  return PrintedLabel{std::string(m.group(text, group)), m.end()};
}

std::vector<Block> make_blocks(const Source& source, const Grammar& grammar) {
  Layout layout = measure(source, grammar.blocks);
  const Vocabulary words(source);
  Joiner joiner(grammar, layout);
  std::vector<Block> blocks;
  // Footnotes sit between the two halves of a paragraph broken by a page: the text and
  // the notes are two streams, each joined with its own previous line.
  struct Stream {
    const Line* prev = nullptr;
    size_t block = 0;
    BlockSoFar so_far;
    bool under_label = false;  // the block began with a label alone on its line
  } text, notes;
  bool blank_between = false, page_between = false;
  const Line* stray = nullptr;
  size_t stray_at = 0;  // the block index the stray number would have had
  for (size_t i = 0; i < source.lines.size(); ++i) {
    const Line& line = source.lines[i];
    if (line.page_break || line.dropped) page_between = true;
    if (line.dropped) continue;
    if (line.blank()) {
      blank_between = true;
      continue;
    }
    if (layout.pdf && !stray && is_stray_number(source, i, grammar.blocks)) {
      stray = &line;
      stray_at = blocks.size();
      continue;
    }
    Stream& stream = line.footnote ? notes : text;
    bool label_alone = is_label_only(grammar.blocks, line.text);
    if (!stream.prev ||
        joiner.breaks(*stream.prev, line, next_in_stream(source, i), blank_between, page_between,
                      stream.so_far)) {
      Block block;
      block.first_line = line.number;
      block.footnote = line.footnote;
      block.whole_lines = layout.unwrapped;
      if (stray && !line.footnote && !begins_with_label(*grammar.blocks.label, line.text)) {
        block.first_line = stray->number;
        block.text = stray->text;
        stray = nullptr;
      } else if (stray && is_digit(line.text[0])) {  // the next number came first: it was no stray
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(stray_at), lone_label(*stray));
        if (notes.prev && notes.block >= stray_at) ++notes.block;
        stray = nullptr;
      }
      if (!line.footnote) joiner.began(block.text.empty() ? line.text : block.text);
      blocks.push_back(block);
      stream.block = blocks.size() - 1;
      stream.so_far = {};
      if (label_alone) stream.so_far.label = line.text;
      stream.under_label = label_alone;
    }
    if (!label_alone) {
      ++stream.so_far.lines;
      stream.so_far.lone_words = is_lone_word(line.text) ? stream.so_far.lone_words + 1 : 0;
    }
    Block& block = blocks[stream.block];
    if (page_between) block.page_break = true;
    std::string mended;  // only a line pdftotext joined from two is mended, and copied for it
    if (merged_lines(layout, line)) {
      mended = line.text;
      restore_hyphens(mended, words);
    }
    append(block, mended.empty() ? line.text : mended, words, grammar.blocks);
    block.last_line = line.number;
    stream.prev = &line;
    blank_between = page_between = false;
  }
  if (stray) {  // no block after it: it stays where it was printed
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(stray_at), lone_label(*stray));
  }
  for (Block& block : blocks) {  // a soft hyphen that no line came to join
    if (ends_with(block.text, kSoftHyphen)) block.text.resize(block.text.size() - kSoftHyphen.size());
    if (layout.pdftotext) join_split_words(block.text, words);
  }
  if (layout.pdf && grammar.blocks.label) return restore_displaced_endings(std::move(blocks), *grammar.blocks.label);
  return blocks;
}

}  // namespace text2akn

