// Where a footnote's marker is printed: each test says whether the marker's number or mark,
// found at an offset of a text, is the note's marker there, for one of the ways UN text
// prints them. The notes stage (model/notes.h) tries them in order, surest first.
#pragma once
#include <string>

#include "grammar/grammar.h"

namespace text2akn {

// Glued to its word ("Declaration1", "missions,1", "1991.*"; a marker with a slash, "1/", after
// a space too), in the language's brackets ("الخاصة(5)"), or ending a heading ("B 1": the
// grammar's `heading-marker`); not the end of a number ("COVID-19", "16,3" where the grammar's
// `in-number` says the comma is a decimal one) or of a symbol ("A/75/L.5/Rev.1").
bool is_glued_marker_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules);

// The offset of the last marker glued to its word in the text, or npos.
size_t find_marker(const std::string& text, const std::string& marker);

// Printed apart from its word, as pdftotext prints a superscript ("Rights, 3 which"): after
// text the grammar's `spaced-marker` accepts.
bool is_spaced_marker_at(const std::string& text, size_t at, const std::string& marker, const Pattern& spaced);

// Glued to a year ("of 19691": 1969 and marker 1; "2011-202016").
bool is_marker_after_year_at(const std::string& text, size_t at, const std::string& marker);

// Glued to a name or symbol that ends with its own number ("Agenda 216", "71/2057"): the
// grammar's `marker-after-number`.
bool is_marker_after_number_at(const std::string& text, size_t at, const std::string& marker,
                               const BlockRules& rules);

// A number standing alone between spaces (or before a stop), as a marker printed apart may
// ("the relevant review resolutions 3 and"), though no rule reads it as one: after what the
// grammar's `lone-marker` accepts, before a word in lower case, a bracket or a stop.
bool is_lone_number_at(const std::string& text, size_t at, const std::string& marker, const BlockRules& rules);

}  // namespace text2akn
