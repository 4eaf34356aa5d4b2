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

enum class Row { none, figures, words };

Row row_kind(const RoledBlock& b, const BlockRules& rules) {
  if (!may_be_row(b)) return Row::none;
  const std::string& text = b.block.text;
  if (rules.table_row && rules.table_row->matches(text)) return Row::figures;
  if (b.role == "tableRow" || (rules.table_heading_row && rules.table_heading_row->matches(text))) return Row::words;
  return Row::none;
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
  if (!g.blocks.table_row) return;
  std::vector<Row> kinds;
  kinds.reserve(blocks.size());
  for (const RoledBlock& b : blocks) kinds.push_back(row_kind(b, g.blocks));
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (kinds[i] != Row::figures) continue;
    size_t end = i, figures = 0, j = i;
    for (; j < blocks.size() && kinds[j] != Row::none; ++j)
      if (kinds[j] == Row::figures) ++figures, end = j + 1;
    if (figures >= kMinFigureRows) {
      size_t begin = i;
      while (begin > 0 && i - begin < kMaxHeadingRows && kinds[begin - 1] == Row::words) --begin;
      make_rows(blocks, begin, end);
    }
    i = j;
  }
}

}  // namespace text2akn
