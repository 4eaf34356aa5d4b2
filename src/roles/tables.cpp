#include "roles/tables.h"

namespace text2akn {
namespace {

// Fewer rows with figures are as likely a heading over a line that ends in a number.
constexpr size_t kMinFigureRows = 3;
// A table's heading rows above its first row of figures ("Category Number of posts" /
// "Expenditure sections" / "Professional and higher"); a fourth line up is a heading over the
// table, or prose.
constexpr size_t kMaxHeadingRows = 3;

// What a block may be and still be a table's row: what the body and annexes read unknown
// lines as, a heading (a short line), or a row a rule already found. Never a clause, a
// preambular clause, a masthead or closing line, a signature or a footnote.
bool may_be_row(const RoledBlock& b) {
  if (b.block.footnote) return false;
  const std::string_view role = b.role;
  return role == "unnumberedParagraph" || role == "paragraph" || role == "letterParagraph" ||
         role == "sectionHeading" || role == "tableRow";
}

void make_rows(std::vector<RoledBlock>& blocks, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    RoledBlock& b = blocks[i];
    if (b.role == "tableRow") continue;  // a rule's row keeps its rule
    b.role = "tableRow";
    b.rule = "a run of table rows (table-row, table-heading-row of [blocks])";
    b.unrecognised = false;
  }
}

}  // namespace

void mark_tables(std::vector<RoledBlock>& blocks, const Grammar& g) {
  const BlockRules& rules = g.blocks;
  if (!rules.table_row) return;
  std::vector<bool> figures(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i)
    figures[i] = may_be_row(blocks[i]) && rules.table_row->matches(blocks[i].block.text);
  // Asked only next to rows with figures: most blocks of a text are far from any table.
  auto words = [&](size_t i) {
    const RoledBlock& b = blocks[i];
    return !figures[i] && may_be_row(b) &&
           (b.role == "tableRow" || (rules.table_heading_row && rules.table_heading_row->matches(b.block.text)));
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!figures[i]) continue;
    size_t end = i, rows = 0, j = i;
    for (; j < blocks.size() && (figures[j] || words(j)); ++j)
      if (figures[j]) ++rows, end = j + 1;
    if (rows >= kMinFigureRows) {
      size_t begin = i;
      while (begin > 0 && i - begin < kMaxHeadingRows && words(begin - 1)) --begin;
      make_rows(blocks, begin, end);
    }
    i = j;
  }
}

}  // namespace text2akn
