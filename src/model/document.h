// The document model in the middle of the pipeline: what the recogniser found, in the
// order printed, independent of Akoma Ntoso. Readers fill it (model/builder), writers
// render it (akn/writer).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace text2akn::model {

struct Note {
  size_t offset = 0;  // byte offset in the text where the marker stood
  std::string marker;
  std::string text;
};

struct Text {
  std::string text;
  int line = 0;
  std::vector<Note> notes;
  size_t order = 0;  // block index, to place footnotes
};

// A masthead, session or heading line with the role the recogniser gave it.
struct Line {
  std::string role;
  Text text;
};

// A numbered or unnumbered clause: operative paragraph, sub-item, section heading.
struct Clause {
  std::string num;
  Text text;                   // the clause's own words (its intro when it has items)
  std::vector<Text> continued; // its words go on in paragraphs of their own before its items
  std::vector<std::vector<Text>> table;  // rows of cells set under its words
  std::vector<Clause> items;   // sub-items, nested as printed
  std::vector<Text> wrap_up;   // words after the last sub-item
  bool heading = false;        // a section heading, not a clause
  // numbering style of num (number, letter, roman ...), else "p" (prose), "heading",
  // "crossHeading", "preambular" (a section's own preambular clause) or "table" (a table
  // that no clause's words announce: only `table`)
  std::string style;
};

struct Signature {
  Text name;
  std::vector<Text> roles;
  std::string signed_marker;   // as printed: "(Signed)", "(Signé)" before the name, "（签名）" after it
  bool marker_after = false;   // the marker follows the name, as Chinese prints it
};

struct Document {
  // recognised facts
  std::string kind;            // AKN @name: officialLetter, resolution, annex ...
  std::string element;         // doc, statement
  std::string subtype;         // FRBRsubtype
  std::vector<std::string> symbols;
  std::string symbol_derived_by;  // not printed: the [derive-symbol] rule that gave symbols[0]
  std::string issue_date;      // ISO, from the masthead
  std::string work_date;       // ISO: adoption date or letter date
  bool adopted = false;        // work_date is an adoption the text states
  std::string actor;           // un-ga, un-sc ...
  int year = 0;                // for dates printed without a year ("on 22 May")

  std::vector<Line> masthead;
  std::vector<Line> session;
  std::vector<Line> heading;   // adoption line, committee report, resolution number
  std::vector<Text> title;
  std::string title_role;      // letterTitle, docTitle, annexTitle
  // An annex's heading as printed: "Annex", or "Annex" over "Annexe", the same heading printed
  // again in the text's own language. Empty: not an annex.
  std::vector<Text> annex_heading;
  std::optional<Text> formula;
  // Preambular clauses, with the "(a)", "(b)" items a clause announces ("Reaffirming that
  // the Plan was developed:" / "(a) To promote ...") as its items, and headings among them.
  std::vector<Clause> preamble;
  // Which of the preamble's clauses are headings printed among them ("Countries in special
  // situations"), not clauses: indices into preamble, ascending.
  std::vector<size_t> preamble_headings;
  std::vector<Clause> body;
  std::vector<Text> closing;
  std::vector<Signature> signatures;
  std::vector<Text> signatories;  // signing bodies printed without "(Signed)"
  std::vector<Document> annexes;
  // Resolutions A, B ... printed under one symbol: the document is their collection and
  // each part is a document of its own (heading holds the part's letter).
  std::vector<Document> parts;
  // Drafts the document recommends for adoption ("Recommends to the General Assembly the
  // adoption of the following draft resolution:"), each a document of its own from its
  // enacting formula on: written as <components>, as the UN marks them up.
  std::vector<Document> drafts;
  // A page of a printed compilation: the other documents printed on it before this one and
  // after it (roles/focus.h), kept where the page prints them: what follows the named
  // document's last annex goes with that annex.
  std::vector<Text> preceding;
  std::vector<Text> following;
};

}  // namespace text2akn::model
