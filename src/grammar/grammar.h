// Everything the converter knows about wording, loaded from grammar/<lang>/ at start-up.
// Each pattern is compiled once here and shared read-only afterwards.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/pattern.h"

namespace text2akn {

struct Origin {
  std::string file;
  int line = 0;
  std::string where() const { return file + ":" + std::to_string(line); }
};

// A line of page furniture (job number, barcode, page counter ...).
struct FurnitureRule {
  std::string name;
  Pattern pattern;
  Origin origin;
  size_t after = 0;  // applies only after this many non-blank lines (furniture of later pages)
  bool ends_page = false;  // the line closes its page (a page counter), also without a form feed
  bool printed = false;    // printed on every page of a UN print (the job number): the text was printed
  // applies only to the first non-blank line after one of these rules (named above it)
  // dropped: a page's number printed under the OCR page marker or the running head
  std::vector<std::string> follows;
};

// How lines join into blocks (see blocks/blocks.h).
struct BlockRules {
  std::optional<Pattern> label_only;   // "1." or "(a)" alone: joins the next line
  std::optional<Pattern> verb_alone;   // "20. Encourages" alone: joins the next line
  std::optional<Pattern> starts_unit;  // a line that begins a new block after a sentence end
  std::optional<Pattern> opens_clause;  // a line that begins a new block unless the line before ends open
  std::optional<Pattern> standalone;   // a line that is a block by itself
  std::optional<Pattern> continues;    // a line ending so cannot end a block ("of", "and")
  std::optional<Pattern> goes_on;      // a line that goes on the sentence before, however it ended
  std::optional<Pattern> goes_on_after_comma;  // ... that ended in a comma, where blank lines part paragraphs
  std::optional<Pattern> ends_item;    // a list item's end before the next item: "...; and"
  std::optional<Pattern> ends_unit;    // a line ending so ends its block before a capital
  std::optional<Pattern> footnote_rule;  // the rule above footnotes: "________"
  std::optional<Pattern> footnote;       // "1 Text" / "1" at the page bottom
  std::optional<Pattern> footnote_unruled;  // a footnote at a page foot without a rule: "* Circulated ..."
  std::optional<Pattern> footnote_at_foot;  // one known only at the foot of an OCR page: "28 Official ..."
  std::optional<Pattern> label;          // a clause label at the start: group "num"
  std::optional<Pattern> heading_number; // a heading that is only a number: "II", "Article 5"
  std::optional<Pattern> signed_marker;  // "(Signed)" before a signatory's name
  // A title's first words, printed on its signatory's line ("(Signed) Ana Fictional President
  // of the Security Council"): where the name ends
  std::optional<Pattern> signature_role;
  // A block that reads as a preambular clause wherever it stands ("Recalling ...,"): what
  // of a section lifted from the preamble into the body stays one there
  std::optional<Pattern> preambular_clause;
  // What a footnote marker printed apart from its word may follow ("Rights, 3 which"): tried
  // on the text before the marker, up to its space
  std::optional<Pattern> spaced_marker;
  // A heading whose number, printed apart at its end, is a footnote marker ("B 1": part B,
  // note 1): the whole text before the number, in text with pages or without
  std::optional<Pattern> heading_marker;
  // What the text before a number glued to a number ends with when the number is a footnote
  // marker after all: a name or symbol that ends with its own number ("Agenda 216": Agenda 21
  // and note 6; "resolution 71/2057": 71/205 and note 7), tried when no plainer marker is found
  std::optional<Pattern> marker_after_number;
  // What the text before a number glued to a full stop ends with when the number is the
  // reference an abbreviation takes, never a footnote marker ("Bulletin No.18", "vol.2")
  std::optional<Pattern> number_after_abbreviation;
  // What the text before a number that stands alone ends with when the number may be a
  // footnote marker that no other rule reads ("Goals 1 and", "resolutions 3 and"): tried
  // last of all, when it is the only such number on the note's page
  std::optional<Pattern> lone_marker;
  // What the text before a number glued to it ends with when the number goes on a number
  // and is no footnote marker ("16,3" with a decimal comma): tried on the text before it
  std::optional<Pattern> in_number;
  // A table row set as one line ("1 Overall policymaking ... 86 769 400"): each group
  // that takes part in the match is a cell; the last one, the row's figures, is split into
  // a cell per `table_figure` ("97 519 900 88 431 800": two cells)
  std::optional<Pattern> table_cells;
  std::optional<Pattern> table_figure;
  // A block that is a table's row by its figures ("Afghanistan 0.006"), and one that may be
  // a row without figures among or above such rows ("Member State Percentage"): see
  // roles/tables.h
  std::optional<Pattern> table_row;
  std::optional<Pattern> table_heading_row;
  // The letters of an alphabet other than a-z that label a list's items, in order: "а", "б",
  // "в" ... (empty: a-z only)
  std::vector<std::string> list_letters;
  // The brackets a footnote's number is printed in, glued to its word ("الخاصة(5)"): the
  // opening and the closing one (empty: markers are bare, "Declaration5")
  std::string marker_open, marker_close;
};

// Gives a block its role when the recogniser is in one of `states`.
struct RoleRule {
  std::string name;
  std::set<std::string> states;  // empty: any state
  Pattern pattern;
  std::string role;
  std::string next;  // state after the block; empty: unchanged
  Origin origin;
  std::string description;  // "rule NAME (file:line)", for `explain`
  // The roles the blocks before the block must hold for the rule to apply, the last one just
  // before it; that one then takes the role `before_becomes`, for the block tells what it is
  // ("Situation of human rights defenders", read as an agenda item's second title, is the
  // title of the note under it). Empty: the rule asks nothing of the blocks before.
  std::vector<std::string> before;
  std::string before_becomes;
  // Applies only to a block printed right under the one before, no blank line between: a
  // title's line that the PDF broke, not a heading or a table's header set apart below it.
  bool adjacent = false;
};

struct StateDefault {
  std::string role;
  std::string next;
  std::string like;  // a state whose rules apply here too, after this state's own
  Origin origin;
  bool report = false;  // a block left to this default is reported as unrecognised
  std::string description;  // "default of state NAME (file:line)"
};

// What the recogniser tries in one state: the role rules that apply there, in file order,
// then the state's default. Indexed once at load, so that a block is matched against its
// state's rules only, not tested against every rule's state list.
struct StateRules {
  std::vector<const RoleRule*> rules;
  const StateDefault* fallback = nullptr;  // null: the state has no [state] record
};

// A document kind: element and name in AKN, recognised from the symbol or the text.
struct KindRule {
  std::string name;     // AKN @name: resolution, officialLetter ...
  std::string element;  // doc, statement
  std::string subtype;  // FRBRsubtype
  std::optional<Pattern> symbol;
  std::optional<Pattern> text;
  bool expects_formula = false;  // its clauses follow an enacting formula ("formula: expected")
  Origin origin;
  // A paragraph of its text that records its adoption, dated ("At its 95th plenary meeting,
  // on 5 September 2025, the General Assembly decided ..."): where no heading line dates it
  std::optional<Pattern> adopted;
};

// An inline recogniser: a pattern whose named groups feed one kind of markup.
struct InlineRule {
  std::string name;
  std::string markup;  // date, dateRange, symbol, resolution, decision
  Pattern pattern;
  std::string body;    // actor for citations when the text does not say it
  Origin origin;
  std::optional<Pattern> list;  // more citations after this one: "..., 48/16 and 72/4"
};

// A document symbol the text does not print, derived from what it does print (the number
// above a resolution's title) or from the name the document came under ("S_2005_497.txt").
// The result is kept only if it is one whole symbol by the [symbol] pattern.
struct DeriveSymbolRule {
  enum class From { number, name };
  std::string name;
  From from = From::number;
  std::string actor;  // the document's body must be this one; empty: any
  std::string kind;   // the document's kind must be this one; empty: any
  Pattern pattern;
  std::string symbol;  // template: {group} is a named group of the pattern
  Origin origin;
  // The symbol, or empty when the pattern does not match the whole subject.
  std::string derive(const std::string& subject) const;
};

struct Entity {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string href;
  std::string type;  // organization, location
};

// Entities named after others: "Permanent Mission of {name} to the United Nations" for every
// location. Expanded into Grammar::entities when the grammar is loaded.
struct EntityFamily {
  std::string name;
  std::string type;  // of the new entities: organization
  std::string of;    // type of the entities they are named after: location
  std::string id;    // template: {Id} is the base entity's id with a capital
  std::string show;  // template of the name: {name} is the base entity's name
  std::vector<std::string> aliases;  // templates; {name} takes the base's name and each alias
  Origin origin;
};

struct Grammar {
  std::string lang;
  std::string dir;
  // Lines typical of text in this language ([language] detect:), for --lang auto; none: the
  // language is never chosen by detection.
  std::optional<Pattern> detect;
  // A line that states the text's language, as a masthead does ("English"): decides it.
  std::optional<Pattern> declared;
  std::vector<FurnitureRule> furniture;
  BlockRules blocks;
  std::vector<RoleRule> roles;
  std::map<std::string, StateDefault> defaults;
  std::string initial_state;
  // Every state a rule or default names, with its rules; a state named nowhere else gets
  // the rules that apply in any state (`any_state`).
  std::map<std::string, StateRules> states;
  StateRules any_state;
  const StateRules& rules_in(const std::string& state) const {
    auto it = states.find(state);
    return it == states.end() ? any_state : it->second;
  }
  std::vector<KindRule> kinds;
  std::vector<InlineRule> inlines;
  std::optional<Pattern> symbol;  // one document symbol, whole
  std::vector<DeriveSymbolRule> derived_symbols;
  // Looked up by string_view (transparent comparators): no key is copied to be found.
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> lexicons;
  std::vector<Entity> entities;
  std::vector<EntityFamily> entity_families;

  // The value of key (any case) in a lexicon, or an empty string.
  const std::string& lookup(std::string_view lexicon, std::string_view key) const;
  // The roles the builder knows; a rule naming another role is a grammar error.
  static const std::set<std::string>& known_roles();
};

// Whether s is one whole document symbol by the grammar's [symbol] pattern: what a
// [derive-symbol] rule gives is used only then.
bool is_whole_symbol(const Grammar& g, const std::string& s);
// The document symbols in text, in order, by the [symbol] pattern.
std::vector<std::string> symbols_in(const std::string& text, const Grammar& g);

// The marker a footnote begins with by the grammar's `footnote` ("4" of "4 Resolution
// 70/1.") and where the note's own text begins; an empty marker where it has none.
struct NoteMarker {
  std::string marker;
  size_t text_at = 0;
};
NoteMarker note_marker(const BlockRules& rules, const std::string& note);

// The names a document came under, as a symbol would read them: a stream id may be the
// symbol itself; a file is named after it with '/' written '_' ("S_RES_1373_2001.txt").
// The subjects of the [derive-symbol] rules `from: name`.
std::vector<std::string> name_subjects(const std::string& source_name);

// The languages of a grammar folder: its subfolders, in name order.
std::vector<std::string> grammar_languages(const std::string& dir);

// Loads grammar/<lang>/*.rules and *.tsv, with the grammar it extends ([language] base:).
// Throws RuleError (file:line) on any problem.
Grammar load_grammar(const std::string& dir, const std::string& lang);

}  // namespace text2akn
