// Nests labelled clauses as printed: "1." paragraphs, "(a)" items under them, "(i)" under
// those, to any depth. A label's style (digits, letters, roman numerals; "1." or "(1)")
// decides its level: the same style as an open level makes a sibling there, a new style a
// child of the clause before. "(i)" after "(h)" is a letter, otherwise a roman numeral.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grammar/grammar.h"
#include "model/document.h"
#include "text2akn.h"

namespace text2akn {

struct Label {
  std::string num;    // as printed: "1.", "(a)", "(a bis)"
  std::string style;  // "number-dot", "letter-paren", "roman-paren" ...
  std::string value;  // the label without brackets: "1", "a", "iv"
  size_t length = 0;  // bytes of the label and the space after it
};

// The label at the start of text, if the grammar's label pattern finds one.
bool parse_label(const std::string& text, const Grammar& g, Label& label);

// A section heading's number ("A." of "A. Programme budget", "II", "Article 5", "B") and
// where its title begins; no number, an empty one.
struct HeadingNumber {
  std::string num;
  size_t title = 0;
};
HeadingNumber heading_number(const std::string& heading, const Grammar& g);

// Whether two section numbers count in one series: "I" and "II", "B" and "C", "Article 1"
// and "Article 2"; not "I" and "A", nor "II" and "Article 2".
bool same_series(const std::string& a, const std::string& b);

// "(a) ..." after a preambular clause that announces it with a colon (the preamble's, or a
// section's own): an item of that clause, a sibling of the item whose successor its label
// is or whose style it has, else an item of the last item ("(i)" under "(a)"). Text without
// a label, or after a clause that announces nothing ("AU/Dec.710" / "(XXXI) of July 2018"),
// goes on the words of the clause or of its last item.
void add_preambular_item(model::Clause& clause, const model::Text& text, const Grammar& g);

class Numbering {
 public:
  Numbering(const Grammar& g, std::vector<model::Clause>& body, std::vector<Diagnostic>& diags)
      : g_(&g), body_(&body), diags_(&diags) {}

  void add_numbered(const model::Text& text, bool sub_item);
  void add_unnumbered(const model::Text& text);
  // A preambular clause of a section of the body ("B" / its title / "Bearing in mind ...,"),
  // with the items it announces, as in the preamble (see add_preambular_item).
  void add_preambular(const model::Text& text, std::vector<model::Clause> items = {});
  void add_plain(const model::Text& text);
  void add_heading(const model::Text& text);
  // A table row goes under the open clause's words; with no clause open, or a paragraph
  // after it, into a table of its own in the body.
  void add_table_row(std::vector<model::Text> cells);
  void finish() {
    path_.clear();
    last_numbered_ = kNone;  // the body may be emptied or moved after this
    heading_since_numbered_ = false;
  }

 private:
  model::Clause& at(size_t depth);
  std::vector<model::Clause>& siblings(size_t depth);
  void place(model::Clause clause, size_t depth);
  void add_loose(const model::Text& text);
  bool continue_announcing_item(const model::Text& text);  // false: no such item open
  void resume_list(const std::string& num);
  void read_roman_as_letter(Label& label);  // "(i)" after an open "(h)" is a letter
  std::optional<size_t> depth_of_series(const std::string& style, int value);
  void begin_series(model::Clause clause, const model::Text& text, bool sub_item, bool bullet, int value);
  bool add_cross_heading(const model::Text& text);  // false: no list open to head
  bool became_heading(int value);  // the open paragraph breaks the numbering that value resumes
  const model::Clause* last_numbered_paragraph() const;
  void check_sequence(const model::Clause& prev, const model::Clause& next);
  int value_of(const model::Clause& c) const;  // of a numeric label ("11." -> 11), or -1
  bool parse_num(const std::string& num, Label& label) const;  // a clause's num, as printed

  const Grammar* g_;
  std::vector<model::Clause>* body_;
  std::vector<Diagnostic>* diags_;
  std::vector<size_t> path_;  // indices from body_ down to the open clause
  // Index in body_ of the last numbered top-level paragraph, kept as clauses are placed so
  // that finding it does not walk back over every unnumbered paragraph since.
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_numbered_ = kNone;
  bool heading_since_numbered_ = false;  // a section heading came after that paragraph
};

}  // namespace text2akn
