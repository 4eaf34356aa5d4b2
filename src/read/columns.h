// Stage 1, columns side by side: the masthead as `pdftotext -layout` prints it, its left and
// right columns on one line ("United Nations          S/2025/84"). read_source calls it.
#pragma once
#include "read/source.h"

namespace text2akn {

// Each column of a masthead line becomes a line of its own (the same line number), left
// first, as pdftotext's default output prints them; the lines below the masthead are left
// as they are (their gaps are a justified line's, or a table's).
void split_masthead_columns(Source& source);

}  // namespace text2akn
