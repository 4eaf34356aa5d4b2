#!/usr/bin/env bash
# Bad and hostile input (issue 5, items 4 and 5), through the command line as a pipeline meets
# it. Every case must end in valid XML or in one clear error with its documented exit code
# (src/text2akn.h, Status), within bounded time, with nothing half-written: no output file and
# no "*.tmp.*" left when it fails. Run by ctest:
#
#   bash tests/test_hostile.sh BUILD/src/text2akn REPO_DIR SHARED_DIR SCHEMA [GROUP]
#
# GROUP: "all" (default: every case but the 200 MB file), "big" (the 200 MB file only: about
# two minutes, peak memory several GB; ctest label "heavy"), or one of: empty, long, invalid,
# control, structure, grammar, batch, interrupt.
#
# Bounds (stated here, checked below):
#   TIME_BOUND  seconds a single conversion may take (default 120; TEXT2AKN_HOSTILE_TIME)
#   RSS_FACTOR  peak resident memory of the 200 MB conversion, as a multiple of the input size,
#               that fails the test (default 30; TEXT2AKN_HOSTILE_RSS_FACTOR); above RSS_TARGET
#               (10x) it is reported as a known problem, not a failure.
# Figures (seconds, peak RSS) are printed as "FIGURE: ..." lines for the README.
set -uo pipefail

if [[ $# -lt 4 || $# -gt 5 ]]; then
  echo "usage: $0 TEXT2AKN REPO_DIR SHARED_DIR SCHEMA [GROUP]" >&2
  exit 2
fi
BIN=$1
REPO=$2
SHARED=$3
SCHEMA=$4
GROUP=${5:-all}
SAMPLE=$REPO/samples/resolution-fictional.txt
LETTER=$REPO/samples/letter-arcadia-annex.txt
for f in "$BIN" "$SCHEMA" "$SAMPLE" "$LETTER"; do
  [[ -e $f ]] || { echo "FAIL: test setup: $f not found"; exit 1; }
done
for tool in python3 xmllint; do
  command -v $tool >/dev/null || { echo "FAIL: test setup: $tool not found"; exit 1; }
done
TIME_BOUND=${TEXT2AKN_HOSTILE_TIME:-120}
RSS_FACTOR=${TEXT2AKN_HOSTILE_RSS_FACTOR:-30}
RSS_TARGET=10

TMP=$(mktemp -d "${TMPDIR:-/tmp}/text2akn-hostile-XXXXXX")
cleanup() {
  [[ -n ${BG_PID:-} ]] && kill -KILL "$BG_PID" 2>/dev/null
  chmod -R u+w "$TMP" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

OPTS=(--grammar "$REPO/grammar" --schema "$SCHEMA")

# shellcheck source=check.sh
source "$(dirname "${BASH_SOURCE[0]}")/check.sh"
wanted() { [[ $GROUP == "$1" || ($GROUP == all && $1 != big) ]]; }

# measure LIMIT CMD... : runs CMD with stdin from /dev/null, stdout -> $TMP/out, stderr ->
# $TMP/err, and sets rc, secs (wall clock) and rss (peak resident set of CMD, kB). After LIMIT
# seconds CMD gets SIGTERM (rc 124), then SIGKILL.
cat >"$TMP/measure.py" <<'EOF'
import os, resource, subprocess, sys, time
limit, cmd = float(sys.argv[1]), sys.argv[2:]
start = time.monotonic()
with open(os.environ["M_OUT"], "wb") as out, open(os.environ["M_ERR"], "wb") as err:
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
    try:
        rc = p.wait(limit)
    except subprocess.TimeoutExpired:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        rc = 124
print(rc if rc >= 0 else 128 - rc, "%.1f" % (time.monotonic() - start),
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF
measure() {
  local limit=$1
  shift
  read -r rc secs rss < <(M_OUT=$TMP/out M_ERR=$TMP/err python3 "$TMP/measure.py" "$limit" "$@")
}
run() { measure "$TIME_BOUND" "$@"; }
show() { sed 's/^/    | /' "$TMP/err" | head -n 8; }
expect_rc() {  # NAME WANT
  if [[ $rc -eq 124 ]]; then
    fail "$1: no answer within the limit (${secs} s)"
  elif [[ $rc -eq $2 ]]; then pass; else
    fail "$1: exit status $rc, expected $2"
    show
  fi
}
expect_err() {  # NAME TEXT: stderr contains TEXT
  if grep -qF -- "$2" "$TMP/err"; then pass; else
    fail "$1: the message does not contain '$2'"
    show
  fi
}
one_error_line() {  # NAME: exactly one line on stderr (with -q), starting "text2akn: "
  local n
  n=$(grep -c . "$TMP/err")
  if [[ $n -eq 1 ]] && grep -q '^text2akn: ' "$TMP/err"; then pass; else
    fail "$1: expected one error line on stderr, got $n"
    show
  fi
}
expect_no_file() {  # NAME PATH
  if [[ -e $2 ]]; then fail "$1: $2 exists"; else pass; fi
}
no_temp_files() {  # NAME DIR
  local left
  left=$(find "$2" -name '*.tmp.*' 2>/dev/null | head -n 3)
  if [[ -z $left ]]; then pass; else fail "$1: temporary files left: $left"; fi
}
validates() {  # NAME FILE: the official schema, with xmllint (not the tool's own validator)
  if xmllint --nonet --noout --huge --schema "$SCHEMA" "$2" >"$TMP/xmllint" 2>&1; then pass; else
    fail "$1: $2 does not validate"
    head -n 5 "$TMP/xmllint"
  fi
}
contains() {  # NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then pass; else fail "$1: $2 does not contain '$3'"; fi
}
# An input that must be refused: exit WANT, one clear message containing TEXT, no output, no
# temporary file, within the time bound. GRAMMAR=DIR before the call: another grammar folder.
refused() {  # NAME INPUT WANT TEXT
  local name=$1 input=$2 want=$3 text=$4
  mkdir -p "$TMP/refused"
  rm -f "$TMP/refused/out.xml"
  run "$BIN" convert -q --grammar "${GRAMMAR:-$REPO/grammar}" --schema "$SCHEMA" "$input" -o "$TMP/refused/out.xml"
  expect_rc "$name" "$want"
  expect_err "$name" "$text"
  one_error_line "$name"
  expect_no_file "$name" "$TMP/refused/out.xml"
  no_temp_files "$name" "$TMP/refused"
}
# An input that must convert: exit 0, output valid by xmllint, within the time bound.
converts() {  # NAME INPUT OUTPUT [converter options...]
  local name=$1 input=$2 output=$3
  shift 3
  run "$BIN" convert "${OPTS[@]}" "$@" "$input" -o "$output"
  expect_rc "$name" 0
  [[ $rc -eq 0 ]] && validates "$name" "$output"
  no_temp_files "$name" "$(dirname "$output")"
  echo "FIGURE: $name: ${secs} s, peak RSS $((rss / 1024)) MB"
}

# ================================================================= empty and blank: exit 4
if wanted empty; then
  : >"$TMP/empty.txt"
  refused "empty file" "$TMP/empty.txt" 4 "empty"
  refused "empty stdin" - 4 "empty"
  printf '   \n\t\t\n\r\n\f\n\xc2\xa0\xe2\x80\x8b\n\v\n' >"$TMP/blank.txt"
  refused "whitespace only (spaces, tabs, CR, FF, NBSP, ZWSP, VT)" "$TMP/blank.txt" 4 "empty"
  printf '\xef\xbb\xbf\n\n' >"$TMP/bom-only.txt"
  refused "a UTF-8 byte order mark only" "$TMP/bom-only.txt" 4 "empty"

  # a failed conversion leaves an existing output as it was
  printf 'old output\n' >"$TMP/keep.xml"
  run "$BIN" convert -q "${OPTS[@]}" "$TMP/empty.txt" -o "$TMP/keep.xml"
  expect_rc "failed conversion over an existing output" 4
  if [[ $(cat "$TMP/keep.xml") == "old output" ]]; then pass; else fail "a failed conversion changed the existing output"; fi
fi

# ================================================================= enormous line, a million lines
if wanted long; then
  # 10 MiB without a newline: the sample resolution's text, its lines joined, over and over
  python3 - "$SAMPLE" "$TMP/one-line.txt" <<'EOF'
import sys
text = " ".join(open(sys.argv[1], encoding="utf-8").read().split()) + " "
size = 10 * 1024 * 1024
data = (text * (size // len(text.encode()) + 1)).encode()[:size - 12]
while data and (data[-1] & 0xC0) == 0x80 or data[-1] >= 0xC0:  # end on a whole character
    data = data[:-1]
data += b" " * (size - 12 - len(data)) + b"END-OF-LINE."
open(sys.argv[2], "wb").write(data)
EOF
  if [[ $(stat -c %s "$TMP/one-line.txt") -eq 10485760 && $(tr -dc '\n' <"$TMP/one-line.txt" | wc -c) -eq 0 ]]; then pass; else
    fail "test setup: one-line.txt is not 10 MiB without a newline"
  fi
  converts "one 10 MB line" "$TMP/one-line.txt" "$TMP/one-line.xml" -q
  [[ $rc -eq 0 ]] && contains "one 10 MB line: the end is kept" "$TMP/one-line.xml" "END-OF-LINE."
  rm -f "$TMP/one-line.txt" "$TMP/one-line.xml"

  # a million short lines
  python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    f.write("United Nations\nA/80/1\n\n")
    for i in range(1, 1000001): f.write("Line %d of the list\n" % i)
' "$TMP/million.txt"
  converts "1 million short lines" "$TMP/million.txt" "$TMP/million.xml" -q
  [[ $rc -eq 0 ]] && contains "1 million lines: the last is kept" "$TMP/million.xml" "Line 1000000 of the list"
  rm -f "$TMP/million.txt" "$TMP/million.xml"
fi

# ================================================================= 200 MB (GROUP big)
if [[ $GROUP == big ]]; then
  # the samples and, when there, the letters and resolutions of the corpus, over and over:
  # a 200 MiB dump of many documents in one file
  python3 - "$TMP/big.txt" "$REPO/samples" "$SHARED/corpus/letters" "$SHARED/corpus/pdf-resolutions" <<'EOF'
import glob, os, sys
parts = []
for d in sys.argv[2:]:
    for p in sorted(glob.glob(os.path.join(d, "*.txt"))):
        parts.append(open(p, "rb").read())
base = b"\n\n".join(parts)
size = 200 * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    written = 0
    while written + len(base) <= size:
        f.write(base)
        written += len(base)
    f.write(b"\n" * (size - written))
EOF
  size=$(stat -c %s "$TMP/big.txt")
  mkdir -p "$TMP/big-out"
  # killed only at 10 minutes, so that a slow run still gives its figures
  measure 600 "$BIN" convert -q "${OPTS[@]}" "$TMP/big.txt" -o "$TMP/big-out/big.xml"
  out_size=$(stat -c %s "$TMP/big-out/big.xml" 2>/dev/null || echo 0)
  factor=$(awk -v r="$rss" -v s="$size" 'BEGIN { printf "%.1f", r * 1024 / s }')
  echo "FIGURE: 200 MB file: exit $rc, ${secs} s, peak RSS $((rss / 1024)) MB = ${factor}x the input, output $((out_size / 1048576)) MB"
  expect_rc "200 MB file" 0
  if awk -v t="$secs" -v b="$TIME_BOUND" 'BEGIN { exit !(t <= b) }'; then pass; else
    known_bug "200 MB file: ${secs} s, more than the bound of $TIME_BOUND s (see bench/README.md, Growth)"
  fi
  if awk -v f="$factor" -v b="$RSS_FACTOR" 'BEGIN { exit !(f < b) }'; then pass; else
    fail "200 MB file: peak RSS ${factor}x the input, bound ${RSS_FACTOR}x"
  fi
  if awk -v f="$factor" -v b="$RSS_TARGET" 'BEGIN { exit !(f < b) }'; then pass; else
    known_bug "200 MB file: peak RSS ${factor}x the input, above the target of ${RSS_TARGET}x"
  fi
  if [[ $rc -eq 0 ]]; then
    if [[ $(tail -c 200 "$TMP/big-out/big.xml") == *"</akomaNtoso>"* ]]; then pass; else fail "200 MB file: the output is cut short"; fi
  fi
  no_temp_files "200 MB file" "$TMP/big-out"
  rm -rf "$TMP/big.txt" "$TMP/big-out"
fi

# ================================================================= bytes that are not text: exit 4
if wanted invalid; then
  # invalid UTF-8 at the start, in the middle, at the end; the message gives line:column
  printf '\xc3(United Nations\nA/80/1\n' >"$TMP/utf8-start.txt"
  refused "invalid UTF-8 at the start" "$TMP/utf8-start.txt" 4 "$TMP/utf8-start.txt:1:1: invalid UTF-8"
  { head -n 20 "$SAMPLE"; printf 'The Caf\xe9 of the Assembly\n'; tail -n +21 "$SAMPLE"; } >"$TMP/utf8-middle.txt"
  refused "invalid UTF-8 in the middle" "$TMP/utf8-middle.txt" 4 "$TMP/utf8-middle.txt:21:8: invalid UTF-8"
  { cat "$SAMPLE"; printf 'Last words \xe2\x80'; } >"$TMP/utf8-end.txt"
  n=$(($(wc -l <"$SAMPLE") + 1))
  refused "invalid UTF-8 at the end (cut sequence)" "$TMP/utf8-end.txt" 4 "$TMP/utf8-end.txt:$n:12: invalid UTF-8"
  printf 'United Nations \xc0\xaf\n' >"$TMP/overlong.txt"
  refused "overlong UTF-8" "$TMP/overlong.txt" 4 "invalid UTF-8"
  printf 'United Nations \xed\xa0\x80\n' >"$TMP/surrogate.txt"
  refused "UTF-8 of a surrogate" "$TMP/surrogate.txt" 4 "invalid UTF-8"
  printf 'United Nations \xf4\x90\x80\x80\n' >"$TMP/beyond.txt"
  refused "UTF-8 beyond U+10FFFF" "$TMP/beyond.txt" 4 "invalid UTF-8"

  # UTF-16 with a byte order mark: refused, saying so and how to convert
  python3 -c 'import sys; open(sys.argv[1], "wb").write(open(sys.argv[2], encoding="utf-8").read().encode("utf-16"))' \
    "$TMP/utf16le.txt" "$SAMPLE"
  refused "UTF-16 LE with BOM" "$TMP/utf16le.txt" 4 "UTF-16"
  expect_err "UTF-16 LE: says how to convert" "iconv"
  python3 -c 'import sys; open(sys.argv[1], "wb").write(b"\xfe\xff" + open(sys.argv[2], encoding="utf-8").read().encode("utf-16-be"))' \
    "$TMP/utf16be.txt" "$SAMPLE"
  refused "UTF-16 BE with BOM" "$TMP/utf16be.txt" 4 "UTF-16"
  # without a BOM, UTF-16 shows as NUL bytes: still one clear refusal
  python3 -c 'import sys; open(sys.argv[1], "wb").write(open(sys.argv[2], encoding="utf-8").read().encode("utf-16-le"))' \
    "$TMP/utf16-nobom.txt" "$SAMPLE"
  refused "UTF-16 without BOM" "$TMP/utf16-nobom.txt" 4 "NUL byte"

  # NUL bytes, at the start, in the middle, at the end
  printf '\0United Nations\n' >"$TMP/nul-start.txt"
  refused "NUL at the start" "$TMP/nul-start.txt" 4 "$TMP/nul-start.txt:1:1: NUL byte"
  { head -n 3 "$SAMPLE"; printf 'Distr.:\0General\n'; } >"$TMP/nul-middle.txt"
  refused "NUL in the middle" "$TMP/nul-middle.txt" 4 "$TMP/nul-middle.txt:4:8: NUL byte"
  { cat "$SAMPLE"; printf '\0'; } >"$TMP/nul-end.txt"
  refused "NUL at the end" "$TMP/nul-end.txt" 4 "NUL byte"
  # a binary file named .txt
  head -c 4096 "$BIN" >"$TMP/binary.txt"
  refused "a binary file" "$TMP/binary.txt" 4 "$TMP/binary.txt"
fi

# ================================================================= characters XML 1.0 forbids
if wanted control; then
  # every C0 control but TAB/LF/CR, DEL, every C1 control, U+FFFE and U+FFFF, glued to words
  python3 - "$SAMPLE" "$TMP/controls.txt" <<'EOF'
import sys
words = open(sys.argv[1], encoding="utf-8").read().split(" ")
bad = [chr(c) for c in [*range(1, 9), 0x0B, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0), 0xFFFE, 0xFFFF]]
out = [w + bad[k % len(bad)] if k < 2 * len(bad) else w for k, w in enumerate(words)]
open(sys.argv[2], "w", encoding="utf-8").write(" ".join(out))
EOF
  converts "XML-forbidden control characters" "$TMP/controls.txt" "$TMP/controls.xml" -q
  if [[ $rc -eq 0 ]]; then
    if python3 - "$TMP/controls.xml" <<'EOF'; then pass; else fail "control characters: emitted (above)"; fi
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
bad = sorted({hex(ord(c)) for c in text if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0 or ord(c) in (0xFFFE, 0xFFFF)})
refs = [r for r in re.findall(r"&#(x[0-9a-fA-F]+|[0-9]+);", text)
        if (lambda n: n < 0x20 and n not in (9, 10, 13) or 0x7F <= n < 0xA0 or n in (0xFFFE, 0xFFFF))(int(r[1:], 16) if r[0] == "x" else int(r))]
if bad or refs:
    print("    emitted:", bad, "as references:", refs[:10])
sys.exit(1 if bad or refs else 0)
EOF
  fi
fi

# ================================================================= structure that goes wrong
# the masthead and preamble of the sample resolution, then an operative part written here
head_of_sample() { sed '/^1\. Welcomes/,$d' "$SAMPLE"; }
if wanted structure; then
  # 50 levels of sub-items: each label of a style not yet open, so that each nests in the one
  # before ("1.", "(a)", "(i)", "(A)", "(1)", "1)", "a)", "(II)", then "1.1.", "1.1.1.", ...)
  python3 - "$TMP/deep-body.txt" <<'EOF'
import sys
labels = ["1.", "(a)", "(i)", "(A)", "(1)", "1)", "a)", "(II)"]
k = 2
while len(labels) < 50:
    labels.append(".".join(["1"] * k) + ".")
    k += 1
lines = ["%s Level %d of the nesting, which governs:" % (l, d) for d, l in enumerate(labels, 1)]
lines.append("2. Decides to remain seized of the matter.")
open(sys.argv[1], "w").write("\n\n".join(lines) + "\n\n55th plenary meeting\n10 December 2025\n")
EOF
  { head_of_sample; cat "$TMP/deep-body.txt"; } >"$TMP/deep.txt"
  converts "50 levels of sub-items" "$TMP/deep.txt" "$TMP/deep.xml" -q
  if [[ $rc -eq 0 ]]; then
    if python3 - "$TMP/deep.xml" <<'EOF'; then pass; else fail "50 levels: not nested as printed (above)"; fi
import sys, xml.etree.ElementTree as ET
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
body = ET.parse(sys.argv[1]).getroot().find(".//" + NS + "mainBody")
def chain(e, depth, found):  # (depth of numbered element, its num, its text)
    num = e.find(NS + "num")
    if num is not None:
        depth += 1
        found.append((depth, num.text, "".join(e.itertext())))
    for c in e:
        if c.tag != NS + "num":
            chain(c, depth, found)
    return found
found = chain(body, 0, [])
ok = True
for level in range(1, 51):
    hits = [d for d, n, t in found if ("Level %d of" % level) in t and d == level]
    if not hits:
        print("    level %d: not found at depth %d (%s)" % (level, level, [(d, n) for d, n, t in found if ("Level %d of" % level) in t][:1]))
        ok = False
        break
sys.exit(0 if ok else 1)
EOF
  fi

  # numbering that goes wrong: 1, 2, 2, 5
  { head_of_sample; printf '%s\n\n' "1. Welcomes the report;" "2. Decides to act;" "2. Decides again to act;" \
      "5. Requests a report;" "55th plenary meeting" "10 December 2025"; } >"$TMP/numbering.txt"
  converts "numbering 1, 2, 2, 5" "$TMP/numbering.txt" "$TMP/numbering.xml"
  expect_err "numbering 1, 2, 2, 5: repeat" "[numbering-repeat]"
  expect_err "numbering 1, 2, 2, 5: gap" "[numbering-gap]"
  expect_err "numbering 1, 2, 2, 5: the repeat's line" "numbering.txt:$(($(head_of_sample | wc -l) + 5)):"
  for p in "Welcomes the report" "Decides again to act" "Requests a report"; do
    contains "numbering 1, 2, 2, 5: kept" "$TMP/numbering.xml" "$p"
  done

  # a document that is all footnotes: the words must still be in the output
  printf '%s\n' "____________________" "1 See resolution 77/1 of 10 October 2022." "2 Ibid., para. 3." \
    "3 Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53)." >"$TMP/footnotes.txt"
  converts "all footnotes" "$TMP/footnotes.txt" "$TMP/footnotes.xml" -q
  if [[ $rc -eq 0 ]]; then
    lost=()
    for w in "See" "Ibid" "para. 3" "Official Records" "Supplement No. 53"; do
      grep -qF -- "$w" "$TMP/footnotes.xml" || lost+=("$w")
    done
    if [[ ${#lost[@]} -eq 0 ]]; then pass; else
      fail "all footnotes: the words are dropped from the output (${lost[*]}): DocumentBuilder::attach_notes skips notes when the document has no text to host them"
    fi
  fi
fi

# ================================================================= hostile rule files: exit 6
if wanted grammar; then
  copy_grammar() {  # NAME -> $TMP/NAME/en, a copy of grammar/en
    rm -rf "${TMP:?}/$1"
    mkdir -p "$TMP/$1"
    cp -r "$REPO/grammar/en" "$TMP/$1/en"
  }
  # a pattern that backtracks catastrophically: PCRE2's match limit makes it an error naming
  # the rule, in well under a second, never a hang
  copy_grammar runaway
  line=$(($(wc -l <"$TMP/runaway/en/furniture.rules") + 3))
  printf '\n[furniture runaway]\nmatch: ^(a+)+$\n' >>"$TMP/runaway/en/furniture.rules"
  { printf 'United Nations\n\n'; printf 'a%.0s' {1..60}; printf '!\n\nText.\n'; } >"$TMP/runaway.txt"
  GRAMMAR="$TMP/runaway" refused "catastrophic backtracking (furniture)" "$TMP/runaway.txt" 6 "$TMP/runaway/en/furniture.rules:$line:"
  if awk -v t="$secs" 'BEGIN { exit !(t < 30) }'; then pass; else fail "catastrophic backtracking: ${secs} s"; fi
  # the same in a role rule, on a long line of words
  copy_grammar runaway2
  line=$(($(wc -l <"$TMP/runaway2/en/roles.rules") + 3))
  printf '\n[rule runaway]\nmatch: ^(\\w+\\s?)*$\nrole: paragraph\n' >>"$TMP/runaway2/en/roles.rules"
  { printf 'United Nations\n\n'; for i in {1..40}; do printf 'word '; done; printf 'word!\n'; } >"$TMP/runaway2.txt"
  GRAMMAR="$TMP/runaway2" refused "catastrophic backtracking (roles)" "$TMP/runaway2.txt" 6 "$TMP/runaway2/en/roles.rules:$line:"
  # in a batch: the file is reported, the batch goes on
  mkdir -p "$TMP/runaway-in"
  cp "$TMP/runaway.txt" "$TMP/runaway-in/a-runaway.txt"
  cp "$SAMPLE" "$TMP/runaway-in/b-good.txt"
  run "$BIN" batch -q -j 2 --grammar "$TMP/runaway" --schema "$SCHEMA" --out-dir "$TMP/runaway-out" "$TMP/runaway-in"
  expect_rc "catastrophic backtracking in a batch" 1
  expect_err "catastrophic backtracking in a batch: names the rule" "$TMP/runaway/en/furniture.rules:"
  expect_no_file "catastrophic backtracking in a batch: no output for it" "$TMP/runaway-out/a-runaway.xml"
  [[ -f $TMP/runaway-out/b-good.xml ]] && pass || fail "catastrophic backtracking in a batch: the good file is not converted"
  no_temp_files "catastrophic backtracking in a batch" "$TMP/runaway-out"

  # rule files that are not UTF-8
  copy_grammar latin1
  line=$(($(wc -l <"$TMP/latin1/en/lexicon.rules") + 2))
  printf '\n# Caf\xe9\n' >>"$TMP/latin1/en/lexicon.rules"
  GRAMMAR="$TMP/latin1" refused "rule file not UTF-8" "$SAMPLE" 6 "$TMP/latin1/en/lexicon.rules:$line:"
  expect_err "rule file not UTF-8: says so" "UTF-8"
  copy_grammar utf16
  python3 -c 'import sys; p = sys.argv[1]; open(p, "wb").write(open(p, encoding="utf-8").read().encode("utf-16"))' \
    "$TMP/utf16/en/roles.rules"
  GRAMMAR="$TMP/utf16" refused "rule file in UTF-16" "$SAMPLE" 6 "$TMP/utf16/en/roles.rules:1:"
  copy_grammar tsv
  printf 'xx\tCaf\xe9 Republic\t\n' >>"$TMP/tsv/en/countries.tsv"
  GRAMMAR="$TMP/tsv" refused "word list (.tsv) not UTF-8" "$SAMPLE" 6 "$TMP/tsv/en/countries.tsv:"

  # alternatives that compile one by one but not joined (the loader joins 'match:' lines as
  # (?:a)|(?:b)): exit 6 naming the file and one of the record's lines, not an internal error
  for case in quoted groups; do
    copy_grammar "$case"
    line=$(($(wc -l <"$TMP/$case/en/roles.rules") + 3))
    if [[ $case == quoted ]]; then
      printf '\n[rule quoted]\nmatch: \\Qabc\nmatch: def\nrole: paragraph\n' >>"$TMP/$case/en/roles.rules"
    else
      g=$(printf '(a)%.0s' {1..40})
      printf '\n[rule groups]\nmatch: %s\nmatch: %s\nrole: paragraph\n' "$g" "$g" >>"$TMP/$case/en/roles.rules"
    fi
    run "$BIN" convert -q --grammar "$TMP/$case" --schema "$SCHEMA" "$SAMPLE" -o "$TMP/$case.xml"
    expect_rc "match lines that cannot be joined ($case)" 6
    if grep -qE "^text2akn: $TMP/$case/en/roles.rules:($((line - 1))|$line|$((line + 1))): " "$TMP/err"; then pass; else
      fail "match lines that cannot be joined ($case): the message does not name roles.rules:$line (or the record's other lines)"
      show
    fi
    expect_no_file "match lines that cannot be joined ($case)" "$TMP/$case.xml"
  done
fi

# ================================================================= batch output safety
if wanted batch; then
  # snapshot of every file under $TMP/b, to find writes outside --out-dir
  listing() { (cd "$TMP/b" && find . \( -type f -o -type l \) | sort); }
  mkdir -p "$TMP/b/in/sub" "$TMP/b/out"
  cp "$SAMPLE" "$TMP/b/in/sub/res.txt"
  cp "$LETTER" "$TMP/b/in/letter.txt"

  # names with '..' and a folder given by a roundabout path: outputs stay inside --out-dir
  before=$(listing)
  run "$BIN" batch -q "${OPTS[@]}" --out-dir "$TMP/b/out/../out" "$TMP/b/in/sub/../letter.txt" "$TMP/b/in/../in/sub"
  expect_rc "batch with '..' in the paths" 0
  new=$(comm -13 <(echo "$before") <(listing) | grep -v '^\./out/' || true)
  if [[ -z $new ]]; then pass; else fail "batch with '..': files written outside --out-dir: $new"; fi
  [[ -f $TMP/b/out/letter.xml && -f $TMP/b/out/res.xml ]] && pass || fail "batch with '..': outputs not where expected ($(cd "$TMP/b/out" && find . -type f | tr '\n' ' '))"

  # an input that is the output it would get (an .xml given by name, inside --out-dir): refused
  cp "$SAMPLE" "$TMP/b/out/doc.xml"
  cp "$TMP/b/out/doc.xml" "$TMP/b/doc.orig"
  run "$BIN" batch -q "${OPTS[@]}" --out-dir "$TMP/b/out" "$TMP/b/out/doc.xml"
  expect_rc "batch: an input as its own output" 1
  expect_err "batch: an input as its own output" "refused"
  cmp -s "$TMP/b/out/doc.xml" "$TMP/b/doc.orig" && pass || fail "batch overwrote its input $TMP/b/out/doc.xml"

  # the same input reached through a symbolic link to --out-dir: still the input
  ln -s out "$TMP/b/alias"
  run "$BIN" batch -q "${OPTS[@]}" --out-dir "$TMP/b/out" "$TMP/b/alias/doc.xml"
  if cmp -s "$TMP/b/out/doc.xml" "$TMP/b/doc.orig"; then pass; else
    fail "batch overwrites an input reached through a symlink (input $TMP/b/alias/doc.xml, --out-dir $TMP/b/out, exit $rc): plan() compares paths lexically, not with fs::equivalent"
    cp "$TMP/b/doc.orig" "$TMP/b/out/doc.xml"
  fi

  # two inputs with the same name: one output must not silently replace the other
  mkdir -p "$TMP/b/x1" "$TMP/b/x2"
  cp "$SAMPLE" "$TMP/b/x1/same.txt"
  cp "$LETTER" "$TMP/b/x2/same.txt"
  run "$BIN" batch "${OPTS[@]}" -j 1 --out-dir "$TMP/b/same-out" "$TMP/b/x1/same.txt" "$TMP/b/x2/same.txt"
  if [[ $rc -ne 0 ]] || [[ $(find "$TMP/b/same-out" -name '*.xml' | wc -l) -eq 2 ]]; then pass; else
    fail "batch: two inputs named same.txt both write $TMP/b/same-out/same.xml; the second silently replaces the first (exit $rc, '$(tail -n 1 "$TMP/err")')"
  fi

  # a symbolic link inside --out-dir that points outside it: nothing written outside
  mkdir -p "$TMP/b/elsewhere" "$TMP/b/link-out"
  ln -s ../elsewhere "$TMP/b/link-out/sub"
  run "$BIN" batch -q "${OPTS[@]}" --out-dir "$TMP/b/link-out" "$TMP/b/in"
  if [[ -z $(ls -A "$TMP/b/elsewhere") && $rc -eq 1 && -f $TMP/b/link-out/letter.xml ]] &&
     grep -q "leave --out-dir" "$TMP/err"; then pass; else
    fail "batch through a symlink in --out-dir ($TMP/b/link-out/sub -> ../elsewhere): exit $rc, written there: '$(ls "$TMP/b/elsewhere" | tr '\n' ' ')', '$(tail -n 1 "$TMP/err")'"
  fi

  # -o to something that is not a regular file (a FIFO here; /dev/null or /dev/stdout in real
  # life): the bytes go into it; the atomic rename must not replace it with a regular file
  mkfifo "$TMP/b/fifo"
  timeout 60 cat "$TMP/b/fifo" >"$TMP/b/from-fifo" &
  BG_PID=$!
  run "$BIN" convert -q "${OPTS[@]}" "$SAMPLE" -o "$TMP/b/fifo"
  fifo_intact=0
  [[ -p $TMP/b/fifo ]] && fifo_intact=1
  if [[ $fifo_intact -eq 1 ]]; then wait "$BG_PID"; else kill "$BG_PID" 2>/dev/null; wait "$BG_PID" 2>/dev/null; fi
  BG_PID=
  if [[ $fifo_intact -eq 1 ]]; then
    pass
    contains "convert -o FIFO: the document went through" "$TMP/b/from-fifo" "</akomaNtoso>"
  else
    fail "convert -o FIFO replaced the FIFO with a regular file (exit $rc): write_atomically renames over any target; as root, 'convert X -o /dev/null' replaces /dev/null itself"
  fi

  # --out-dir is a file: every document fails with exit 7 reasons, nothing is left
  printf 'x\n' >"$TMP/b/a-file"
  run "$BIN" batch -q "${OPTS[@]}" --out-dir "$TMP/b/a-file" "$TMP/b/in"
  expect_rc "batch --out-dir is a file" 1
  [[ $(cat "$TMP/b/a-file") == x ]] && pass || fail "batch --out-dir a-file: the file was changed"
  no_temp_files "batch --out-dir is a file" "$TMP/b"
fi

# ================================================================= interrupted: exit 130, nothing left
if wanted interrupt; then
  # 120 documents of about 600 kB (10 s of work in an optimised build, minutes under ASan),
  # converted two at a time, interrupted after 0.5 s and 2 s
  mkdir -p "$TMP/int-in"
  python3 - "$SAMPLE" "$LETTER" "$TMP/int-in" <<'EOF'
import sys
a, b = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
body = a.split("1. Welcomes")[1]
doc = a.split("1. Welcomes")[0] + "1. Welcomes" + body * 300
for i in range(120):
    open("%s/doc-%03d.txt" % (sys.argv[3], i), "w", encoding="utf-8").write(doc)
EOF
  for sig in INT TERM; do
    for delay in 0.5 2; do
      rm -rf "$TMP/int-out"
      "$BIN" batch -q -j 2 "${OPTS[@]}" --out-dir "$TMP/int-out" "$TMP/int-in" >"$TMP/out" 2>"$TMP/err" &
      BG_PID=$!
      sleep "$delay"
      kill -s "$sig" "$BG_PID" 2>/dev/null
      wait "$BG_PID"
      rc=$?
      BG_PID=
      name="batch interrupted by SIG$sig after $delay s"
      written=$(find "$TMP/int-out" -name '*.xml' 2>/dev/null | wc -l)
      if [[ $rc -eq 130 ]]; then pass
      elif [[ $rc -eq 0 && $written -eq 120 ]]; then echo "note: $name: the batch ended before the signal; not checked"
      else fail "$name: exit $rc, expected 130"; show; fi
      no_temp_files "$name" "$TMP/int-out"
      # what was written is whole
      for f in $(find "$TMP/int-out" -name '*.xml' 2>/dev/null); do
        if [[ $(tail -c 100 "$f") == *"</akomaNtoso>"* ]]; then pass; else fail "$name: $f is cut short"; fi
      done
      echo "note: $name: $written of 120 written"
    done
  done
  # convert -o interrupted: no output, no temporary file
  mkdir -p "$TMP/int-one"
  # 40 documents in one, about 24 MB: several seconds of work even in an optimised build
  cat "$TMP"/int-in/doc-0[0-3]*.txt >"$TMP/int-big.txt"
  "$BIN" convert -q "${OPTS[@]}" "$TMP/int-big.txt" -o "$TMP/int-one/out.xml" >"$TMP/out" 2>"$TMP/err" &
  BG_PID=$!
  sleep 0.5
  kill -INT "$BG_PID" 2>/dev/null
  wait "$BG_PID"
  rc=$?
  BG_PID=
  if [[ $rc -eq 130 ]]; then pass; else fail "convert interrupted: exit $rc, expected 130"; fi
  expect_no_file "convert interrupted" "$TMP/int-one/out.xml"
  no_temp_files "convert interrupted" "$TMP/int-one"
fi

echo "test_hostile ($GROUP): $checks checks passed, $failures failed, $known known bugs"
[[ $failures -eq 0 ]]
