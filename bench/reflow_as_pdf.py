#!/usr/bin/env python3
"""Reflow clean texts (one block per paragraph, as in ../shared/corpus/unxml) the way
pdftotext gives a PDF: no blank line between paragraphs, lines wrapped at 86 characters with
the first line of each paragraph set in, and a form feed, running symbol and page counter
every 48 lines. Footnotes stay at the end, after their rule. Chinese lines are broken between
any two characters, each two columns wide, with no space at the break.

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

# Chinese is set two columns a character and broken between any two characters, with no
# space at the break (the punctuation that closes a phrase never begins a line).
HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
NO_LINE_START = set("，。；：、）》」』”’！？")


def wrap(block, width, indent=0):
    if not HAN.search(block):
        return textwrap.wrap(block, width=width, initial_indent=" " * indent, break_on_hyphens=False)
    # a footnote's marker stays with the stop it follows ("，16")
    units = re.findall(r"[，。；：》）]\d{1,3}(?=\s|$)|[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+", block)
    lines, line, used = [], " " * indent, indent
    for unit in units:
        size = 2 + len(unit) - 1 if HAN.match(unit) else len(unit)
        if used + size > width and line.strip() and unit[0] not in NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
            if unit.isspace():
                continue
        line += unit
        used += size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Pdftotext:
    """No blank lines; each paragraph's first line set in; a form feed, the running symbol
    and the page counter at each page's top."""

    after_paragraph = []

    @staticmethod
    def lines_of(block):  # (a label on a line of its own, the lines of the text)
        wrapped = wrap(block, WIDTH, INDENT)
        return [], [line.lstrip() for line in wrapped]

    @staticmethod
    def page_break(symbol, page, lines):
        return ["\f" + symbol, "", "%d/%d" % (page, page + 1), ""]


class PyMuPDF:
    """A blank line after each paragraph, a space at each line's end, the operative number
    alone above its text; the next page's head, job number and counter between two lines."""

    after_paragraph = [" "]

    @staticmethod
    def lines_of(block):
        number = re.match(r"(\d{1,3}\.)\s+(?=\S)", block)
        label = [number.group(1) + " "] if number else []
        if number:
            block = block[number.end():]
        return label, [line + " " for line in wrap(block, WIDTH)]

    @staticmethod
    def page_break(symbol, page, lines):
        return ["", symbol + " ", " ", "25-%05d" % (lines % 100000), "%d/%d " % (page, page + 1), " "]


def reflow(text, style):
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    symbol = blocks[1] if len(blocks) > 1 else ""
    out, lines, page = [], 0, 1
    for block in blocks:
        if block.startswith("____"):
            out += [block] + style.after_paragraph
            continue
        label, text_lines = style.lines_of(block)  # a label alone is not counted in the page
        out += label
        for line in text_lines:
            out.append(line)
            lines += 1
            if lines % PAGE_LINES == 0:
                page += 1
                out += style.page_break(symbol, page, lines)
        out += style.after_paragraph
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    style = Pdftotext
    if len(args) == 4 and args[0] == "--style" and args[1] == "pymupdf":
        style, args = PyMuPDF, args[2:]
    if len(args) != 2:
        sys.exit(__doc__)
    src, dst = args
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(reflow(text, style))


if __name__ == "__main__":
    main()
