#include "model/numbering.h"

#include <algorithm>

#include "blocks/blocks.h"
#include "blocks/list_labels.h"

namespace text2akn {
namespace {

bool all_of(const std::string& s, const char* set) {
  return !s.empty() && s.find_first_not_of(set) == std::string::npos;
}

std::string kind_of(const std::string& v) {
  if (all_of(v, "0123456789.")) {
    size_t dots = 0;
    for (char c : v) dots += c == '.';
    return dots ? "number" + std::to_string(dots + 1) : "number";
  }
  std::string head = v.substr(0, v.find(' '));
  if (all_of(head, "ivxlcdm")) return "roman";
  if (all_of(head, "IVXLCDM") && head.size() > 1) return "ROMAN";
  if (all_of(head, "abcdefghijklmnopqrstuvwxyz")) return "letter";
  if (all_of(head, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) return head == "I" ? "ROMAN" : "LETTER";
  return "other";
}

int number_value(const std::string& v) {
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
    if (n > 100000) return -1;
  }
  return v.empty() ? -1 : n;
}

// "c", "cc": one letter, perhaps doubled as lists go on after "z".
bool one_letter_repeated(const std::string& v) {
  return !v.empty() && v.find_first_not_of(v[0]) == std::string::npos;
}

bool is_cross_heading(const std::string& text) {
  if (text.empty() || text.size() > 100) return false;
  char last = text.back();
  return last != '.' && last != ';' && last != ':' && last != ',';
}

// "... as follows:": the clause's own words announce what comes after them.
// (A footnote marker may follow the colon: "... Programme of Action:1".)
bool announces(const model::Clause& c) { return sentence_end(c.text.text) == ':'; }

}  // namespace

bool parse_label(const std::string& text, const Grammar& g, Label& label) {
  std::optional<PrintedLabel> printed = label_at_start(g.blocks, text);
  if (!printed) return false;
  label.num = printed->num;
  label.length = printed->length;
  std::string v = label.num, bracket;
  if (v.size() > 2 && v.front() == '(' && v.back() == ')') {
    v = v.substr(1, v.size() - 2);
    bracket = "paren";
  } else if (v.size() > 1 && v.back() == '.') {
    v.pop_back();
    bracket = "dot";
  } else if (v.size() > 2 && v.compare(v.size() - 2, 2, " -") == 0) {  // Arabic "1 -", as "1."
    v.resize(v.size() - 2);
    bracket = "dot";
  } else if (v.size() > 6 && v.compare(0, 3, "\u2019") == 0 && v.compare(v.size() - 3, 3, "\u2018") == 0) {
    v = v.substr(3, v.size() - 6);  // Arabic "’1‘", the "(i)" of other languages
    bracket = "quote";
  } else if (v.size() > 1 && v.back() == ')') {
    v.pop_back();
    bracket = "close";
  } else {
    // a paragraph's number printed without its stop ("6" / "Also reaffirms ...") goes on
    // the series of the numbers with one
    bracket = kind_of(v) == "number" ? "dot" : "bare";
  }
  label.value = v;
  label.style = kind_of(v) + "-" + bracket;
  return true;
}

model::Clause& Numbering::at(size_t depth) {
  model::Clause* c = &(*body_)[path_[0]];
  for (size_t d = 1; d <= depth; ++d) c = &c->items[path_[d]];
  return *c;
}

std::vector<model::Clause>& Numbering::siblings(size_t depth) {
  return depth == 0 ? *body_ : at(depth - 1).items;
}

void Numbering::place(model::Clause clause, size_t depth) {
  path_.resize(depth);
  auto& list = siblings(depth);
  // A cross heading that no item followed heads what comes next at the top: it leaves the
  // paragraph it was put in ("(c) ..." / "Registration, family relations ..." / "8. ...").
  if (depth == 0 && !list.empty() && !list.back().items.empty() &&
      list.back().items.back().style == "crossHeading") {
    model::Clause heading = std::move(list.back().items.back());
    list.back().items.pop_back();
    heading.style = "heading";
    list.push_back(std::move(heading));
  }
  if (depth == 0 && clause.heading) heading_since_numbered_ = true;
  if (depth == 0 && !clause.num.empty() && !clause.heading) {
    last_numbered_ = list.size();
    heading_since_numbered_ = false;
  }
  list.push_back(std::move(clause));
  path_.push_back(list.size() - 1);
}

// A clause's label as printed, alone: the grammar reads a label before its text, and "b)"
// must be followed by a space to be one.
bool Numbering::parse_num(const std::string& num, Label& label) const { return parse_label(num + " ", *g_, label); }

int Numbering::value_of(const model::Clause& c) const {
  Label l;
  return parse_num(c.num, l) ? number_value(l.value) : -1;
}

void Numbering::check_sequence(const model::Clause& prev, const model::Clause& next) {
  if (prev.style != next.style) return;
  Label a, b;
  if (!parse_num(prev.num, a) || !parse_num(next.num, b)) return;
  int x = number_value(a.value), y = number_value(b.value);
  if (x < 0 || y < 0 || y == x + 1) return;
  std::string code = y == x ? "numbering-repeat" : "numbering-gap";
  diags_->push_back({Diagnostic::Severity::warning, code,
                     "clause " + next.num + " follows " + prev.num, next.text.line, 1});
}

void add_preambular_item(model::Clause& clause, const model::Text& text, const Grammar& g) {
  Label label;
  if ((clause.items.empty() && !announces(clause)) || !parse_label(text.text, g, label)) {
    model::Clause* last = &clause;
    while (!last->items.empty()) last = &last->items.back();
    last->text.text += " " + text.text;
    return;
  }
  model::Clause item;
  item.num = label.num;
  item.text = text;
  item.text.text = text.text.substr(label.length);
  item.style = label.style;
  std::vector<model::Clause>* level = &clause.items;
  while (!level->empty() && level->front().style != item.style &&
         !successors(level->back().num, g.blocks.list_letters).count(item.num))
    level = &level->back().items;
  if (!level->empty()) item.style = level->front().style;  // "(i)" after "(h)" is a letter
  level->push_back(std::move(item));
}

void Numbering::add_numbered(const model::Text& text, bool sub_item) {
  if (sub_item && path_.empty() && !body_->empty() && body_->back().style == "preambular")
    return add_preambular_item(body_->back(), text, *g_);
  Label label;
  if (!parse_label(text.text, *g_, label)) return add_unnumbered(text);
  if (sub_item) resume_list(label.num);
  read_roman_as_letter(label);
  model::Clause clause;
  clause.num = label.num;
  clause.text = text;
  clause.text.text = text.text.substr(label.length);
  clause.style = label.style;
  // A bullet is an item of the clause before it, never a numbered paragraph of its own.
  bool bullet = label.style.rfind("other-", 0) == 0;
  if (bullet && path_.empty()) return add_loose(text);
  // "11. Approves the following agenda:" / "1. Opening of the Congress" / "2. ...": numbers
  // that start again at 1 under a clause that announces them are that clause's items.
  int value = number_value(label.value);
  if (value == 1 && !path_.empty()) {
    const model::Clause& open = at(path_.size() - 1);
    if (open.style == clause.style && value_of(open) > 1 && open.items.empty() && announces(open))
      return place(std::move(clause), path_.size());
  }
  if (std::optional<size_t> d = depth_of_series(clause.style, value)) {
    if (bullet && *d == 0) return add_loose(text);
    if (*d == 0 && value > 0 && value_of(at(0)) + 1 != value && became_heading(value))
      return place(std::move(clause), 0);
    check_sequence(at(*d), clause);
    return place(std::move(clause), *d);
  }
  begin_series(std::move(clause), text, sub_item, bullet, value);
}

// "(i)" is the letter after "(h)" when such a list is open, or was before a cross heading
// ("(c)" / "Disarmament, demobilization ..." / "(d)"), and "cc)" the one after "bb)"; else a
// roman numeral.
void Numbering::read_roman_as_letter(Label& label) {
  if (label.style.rfind("roman-", 0) != 0 || !one_letter_repeated(label.value)) return;
  std::string letter_style = "letter" + label.style.substr(5);
  std::vector<const model::Clause*> before;
  for (size_t d = 0; d < path_.size(); ++d) before.push_back(&at(d));
  if (!path_.empty() && !at(path_.size() - 1).items.empty() && at(path_.size() - 1).items.back().heading) {
    const auto& items = at(path_.size() - 1).items;
    auto labelled = std::find_if(items.rbegin(), items.rend(), [](const model::Clause& c) { return !c.heading; });
    if (labelled != items.rend()) before.push_back(&*labelled);
  }
  for (const model::Clause* c : before) {
    Label open;
    if (c->style == letter_style && parse_num(c->num, open) && one_letter_repeated(open.value) &&
        open.value.size() == label.value.size() && open.value[0] + 1 == label.value[0])
      label.style = letter_style;
  }
}

// The depth of the open clause whose series a clause of this style goes on: the deepest
// of its style, or one above it that `value` follows ("12." after items 1. to 7. of
// paragraph 11: the paragraphs' own numbering goes on); none if no open clause has it.
std::optional<size_t> Numbering::depth_of_series(const std::string& style, int value) {
  for (size_t d = path_.size(); d-- > 0;) {
    if (at(d).style != style) continue;
    if (value > 0 && value_of(at(d)) + 1 != value)
      for (size_t up = d; up-- > 0;)
        if (at(up).style == style && value_of(at(up)) + 1 == value) return up;
    return d;
  }
  return std::nullopt;
}

// A clause whose style no open clause has: the first of a new series, at the top or under
// the open clause.
void Numbering::begin_series(model::Clause clause, const model::Text& text, bool sub_item, bool bullet, int value) {
  // "8." after an unnumbered paragraph that broke into "7."'s items: the paragraphs' own
  // numbering goes on at the top, however deep the open clause is.
  if (const model::Clause* last = last_numbered_paragraph(); last && !bullet && last->style == clause.style &&
                                                              !path_.empty() && at(0).num.empty()) {
    // Under a section heading ("II", "Rule 8") numbering may start again at 1.
    if (!(heading_since_numbered_ && value == 1)) check_sequence(*last, clause);
    return place(std::move(clause), 0);
  }
  if (path_.empty()) return place(std::move(clause), 0);
  const model::Clause& open = at(path_.size() - 1);
  // "(a) ..." items in running prose stay prose: a list inside a letter or memorandum.
  if (open.style == "p" && sub_item) return add_plain(text);
  bool governs = !open.num.empty() || (!open.heading && announces(open));
  if (bullet && (open.heading || open.style == "p" || !governs)) return add_loose(text);
  if (open.heading || open.style == "p" || (!governs && !sub_item)) return place(std::move(clause), 0);
  // "Resolves that:" / "Resolves that, for 2022:" / "1. The Working Capital Fund shall ...":
  // numbered paragraphs under a bare enacting phrase (five words at most, as Russian writes
  // it: "постановляет, что на 2022 год:") are the operative paragraphs it introduces, not its
  // items (a sentence that announces a list - "We hereby appeal to the international
  // community to:" - governs its "1.", "2." as items).
  if (clause.style == "number-dot" && !sub_item && path_.size() == 1 && open.num.empty() &&
      std::count(open.text.text.begin(), open.text.text.end(), ' ') < 5)
    return place(std::move(clause), 0);
  if (!governs && sub_item && path_.size() == 1 && open.num.empty()) {
    diags_->push_back({Diagnostic::Severity::warning, "sub-item-out-of-sequence",
                       "sub-item " + clause.num + " follows an unnumbered paragraph", text.line, 1});
  }
  place(std::move(clause), path_.size());
}

// "7. ..." / "A. Collection ..." / "1. Collection, consolidation and verification" / "8. The
// Mechanism shall ...": a numbered line that breaks the paragraphs' numbering, which the
// next paragraph then takes up again, is a sub-heading numbered in a series of its own
// (A/73/716), when it reads as one: short, no items, no sentence end. A list of names
// numbered 1, 2, 3 under a paragraph never gives the paragraphs' next number back.
bool Numbering::became_heading(int value) {
  constexpr size_t kHeadingLength = 150;
  model::Clause& open = at(0);
  if (open.heading || !open.items.empty() || !open.continued.empty() || !open.table.empty() ||
      open.text.text.size() > kHeadingLength || sentence_end(open.text.text) != 0)
    return false;
  for (size_t i = path_[0]; i-- > 0;) {
    const model::Clause& before = (*body_)[i];
    if (before.heading) continue;
    if (before.style != open.style || value_of(before) + 1 != value) return false;
    open.heading = true;
    // the gap reported when it came was a heading's number, not a gap
    auto gap = [&](const Diagnostic& d) { return d.line == open.text.line && d.code.rfind("numbering-", 0) == 0; };
    diags_->erase(std::remove_if(diags_->begin(), diags_->end(), gap), diags_->end());
    return true;
  }
  return false;
}

const model::Clause* Numbering::last_numbered_paragraph() const {
  return last_numbered_ < body_->size() ? &(*body_)[last_numbered_] : nullptr;
}

void Numbering::add_unnumbered(const model::Text& text) {
  // Words after the last sub-item that continue its paragraph start in lower case.
  if (path_.size() >= 2 && !text.text.empty() && text.text[0] >= 'a' && text.text[0] <= 'z') {
    at(path_.size() - 2).wrap_up.push_back(text);
    path_.resize(path_.size() - 1);
    return;
  }
  if (continue_announcing_item(text)) return;
  if (is_cross_heading(text.text) && add_cross_heading(text)) return;
  model::Clause clause;
  clause.text = text;
  place(std::move(clause), 0);
}

// "(d) ... emotional well-being." / "We also take note of the 2022 ... Summit." / "(e) We
// will continue ...": paragraphs that no label begins, between an item and the next of its
// list, are the item's own; the list is open again at the item for `num`.
void Numbering::resume_list(const std::string& num) {
  size_t first = body_->size();
  auto plain = [](const model::Clause& c) {
    return c.num.empty() && c.style.empty() && !c.heading && c.items.empty() && c.table.empty() && c.wrap_up.empty();
  };
  while (first > 0 && plain((*body_)[first - 1])) --first;
  if (first == 0 || first == body_->size() || path_.size() != 1 || path_[0] + 1 != body_->size()) return;
  std::vector<size_t> path = {first - 1}, found;
  for (model::Clause* c = &(*body_)[first - 1]; !c->items.empty();) {
    path.push_back(c->items.size() - 1);
    c = &c->items.back();
    if (!c->heading && successors(c->num, g_->blocks.list_letters).count(num)) found = path;
  }
  if (found.empty()) return;
  path_ = found;
  model::Clause& item = at(path_.size() - 1);
  for (size_t k = first; k < body_->size(); ++k) {
    std::vector<model::Text>& to = item.items.empty() ? item.continued : item.wrap_up;
    to.push_back(std::move((*body_)[k].text));
    for (model::Text& t : (*body_)[k].continued) to.push_back(std::move(t));
  }
  body_->resize(first);
}

// "(d) Supporting the peace process:" / "To carry out the following tasks:" / "(i) ...":
// a sub-item that announces more goes on in a paragraph of its own before its items (the
// names of "(a) ... the following judges:" / "Carmel Agius (Malta)" / ...).
bool Numbering::continue_announcing_item(const model::Text& text) {
  if (path_.size() < 2) return false;
  model::Clause& open = at(path_.size() - 1);
  if (!open.items.empty() || !announces(open)) return false;
  open.continued.push_back(text);
  return true;
}

// A short line without punctuation among the sub-items of a paragraph is a heading over
// the items that follow ("AMISOM", "(a) ...", "(b) ..."), not a new paragraph; when a
// paragraph follows instead, place() lifts it to the top.
bool Numbering::add_cross_heading(const model::Text& text) {
  if (path_.empty() || at(0).num.empty() || (at(0).items.empty() && !announces(at(0))))
    return false;
  model::Clause heading;
  heading.text = text;
  heading.heading = true;
  heading.style = "crossHeading";
  at(0).items.push_back(std::move(heading));
  path_.resize(1);
  return true;
}

void Numbering::add_preambular(const model::Text& text, std::vector<model::Clause> items) {
  model::Clause clause;
  clause.text = text;
  clause.items = std::move(items);
  clause.style = "preambular";
  place(std::move(clause), 0);
  path_.clear();  // it holds no paragraph or item: what follows goes on at the top
}

// A bullet that no clause announces: prose among prose, a paragraph among paragraphs.
void Numbering::add_loose(const model::Text& text) {
  bool prose = body_->empty() || body_->back().style == "p" || body_->back().heading;
  if (prose) return add_plain(text);
  add_unnumbered(text);
}

void Numbering::add_plain(const model::Text& text) {
  model::Clause clause;
  clause.text = text;
  clause.style = "p";
  place(std::move(clause), 0);
}

void Numbering::add_table_row(std::vector<model::Text> cells) {
  // Under the open clause's words (or the open table) only if nothing came after them (a
  // paragraph, an item, a heading over items): a row must not move above what was printed
  // before it.
  auto clause_words = [](const model::Clause& c) {  // not prose, a heading, or items
    return c.items.empty() && !c.heading && c.style != "p" && c.style != "preambular";
  };
  if (path_.empty() || path_.front() + 1 != body_->size() || !clause_words(at(path_.size() - 1))) {
    model::Clause table;
    table.style = "table";
    place(std::move(table), 0);
  }
  at(path_.size() - 1).table.push_back(std::move(cells));
}

HeadingNumber heading_number(const std::string& heading, const Grammar& g) {
  Label label;
  if (parse_label(heading, g, label)) return {label.num, label.length};
  // a number that is not a clause label ("Article 5", "II"): the grammar's group "num"
  const auto& pattern = g.blocks.heading_number;
  Match m = pattern ? pattern->search(heading) : Match{};
  int group = pattern ? pattern->group_number("num") : -1;
  if (!m.found || m.begin() != 0 || group < 0 || !m.has(group)) return {};
  return {std::string(m.group(heading, group)), m.end()};
}

bool same_series(const std::string& a, const std::string& b) {
  // the word before the number ("Article"), and the kind of the number without its stop
  auto series = [](std::string num) {
    while (!num.empty() && (num.back() == '.' || num.back() == ')')) num.pop_back();
    size_t space = num.rfind(' ');
    std::string word = space == std::string::npos ? "" : num.substr(0, space);
    return word + "|" + kind_of(space == std::string::npos ? num : num.substr(space + 1));
  };
  return !a.empty() && !b.empty() && series(a) == series(b);
}

void Numbering::add_heading(const model::Text& text) {
  model::Clause clause;
  clause.text = text;
  if (HeadingNumber number = heading_number(text.text, *g_); !number.num.empty()) {
    // "Article 5", "II": the number, its title after it or on the next line
    clause.num = number.num;
    clause.text.text = text.text.substr(number.title);
  } else if (continue_announcing_item(text) || add_cross_heading(text)) {
    return;
  }
  // "II" / "Budget estimates": the title of a section numbered on a line of its own.
  if (!body_->empty() && clause.num.empty() && path_.empty()) {
    model::Clause& last = body_->back();
    if (last.heading && !last.num.empty() && last.text.text.empty() && last.text.notes.empty()) {
      last.text.text = std::move(clause.text.text);
      last.text.notes = std::move(clause.text.notes);
      return;
    }
  }
  clause.heading = true;
  clause.style = "heading";
  place(std::move(clause), 0);
  path_.clear();
}

}  // namespace text2akn
