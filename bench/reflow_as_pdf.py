#!/usr/bin/env python3
"""Reflow clean texts (one block per paragraph, as in ../shared/corpus/unxml) the way
pdftotext gives a PDF: no blank line between paragraphs, lines wrapped at 86 characters with
the first line of each paragraph set in, and a form feed, running symbol and page counter
every 48 lines. Footnotes stay at the end, after their rule.

With --style pymupdf, the way PyMuPDF gives the same PDF (the PDF texts of corpus/real): a
blank line between paragraphs, a space at each line's end, an operative number alone on its
line above its text, and no form feed: the running head, the job number and the page counter
stand between two lines of a paragraph, after a blank line.

The UN's gold files still apply to the reflowed texts, so the PDF path of the converter can be
scored on 1,200 documents whose structure is known (README, "Scores"):

    python3 bench/reflow_as_pdf.py [--style pymupdf] ../shared/corpus/unxml/en /tmp/reflowed
    build/src/text2akn batch --out-dir /tmp/reflowed-out /tmp/reflowed
    ../shared/tools/akn-score --gold ../shared/corpus/unxml/gold/en \\
        --inputs ../shared/corpus/unxml/en --out /tmp/reflowed-out
"""
import os
import re
import sys
import textwrap

WIDTH, INDENT, PAGE_LINES = 86, 8, 48


def reflow(text):
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    symbol = blocks[1] if len(blocks) > 1 else ""
    out, lines, page = [], 0, 1
    for block in blocks:
        if block.startswith("____"):
            out.append(block)
            continue
        wrapped = textwrap.wrap(block, width=WIDTH, initial_indent=" " * INDENT, break_on_hyphens=False)
        for line in wrapped:
            out.append(line.lstrip())
            lines += 1
            if lines % PAGE_LINES == 0:
                page += 1
                out += ["\f" + symbol, "", "%d/%d" % (page, page + 1), ""]
    return "\n".join(out) + "\n"


def reflow_pymupdf(text):
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    symbol = blocks[1] if len(blocks) > 1 else ""
    out, lines, page = [], 0, 1
    for block in blocks:
        if block.startswith("____"):
            out += [block, " "]
            continue
        number = re.match(r"(\d{1,3}\.)\s+(?=\S)", block)
        if number:
            out.append(number.group(1) + " ")
            block = block[number.end():]
        for line in textwrap.wrap(block, width=WIDTH, break_on_hyphens=False):
            out.append(line + " ")
            lines += 1
            if lines % PAGE_LINES == 0:
                page += 1
                out += ["", symbol + " ", " ", "25-%05d" % (lines % 100000), "%d/%d " % (page, page + 1), " "]
        out.append(" ")
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    style = reflow
    if len(args) == 4 and args[0] == "--style" and args[1] == "pymupdf":
        style, args = reflow_pymupdf, args[2:]
    if len(args) != 2:
        sys.exit(__doc__)
    src, dst = args
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(style(text))


if __name__ == "__main__":
    main()
