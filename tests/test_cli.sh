#!/usr/bin/env bash
# The command-line tool as users meet it: outputs that validate, one exit code per kind of
# failure (src/text2akn.h, Status), messages that name the file and place, no half-written
# files, batch reports. Run by ctest:
#   bash tests/test_cli.sh BUILD/src/text2akn REPO_DIR SHARED_DIR SCHEMA
set -uo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 TEXT2AKN REPO_DIR SHARED_DIR SCHEMA" >&2
  exit 2
fi
BIN=$1
REPO=$2
SHARED=$3
SCHEMA=$4
SEED=$SHARED/corpus/seed/letter-azerbaijan-2025-03-19.txt
for f in "$BIN" "$SEED" "$SCHEMA"; do
  [[ -e $f ]] || { echo "FAIL: test setup: $f not found"; exit 1; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/text2akn-cli-XXXXXX")
cleanup() { chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

# Every run uses the repository's grammar and the official schema, whatever the build's defaults.
T=("$BIN")
OPTS=(--grammar "$REPO/grammar" --schema "$SCHEMA")

# shellcheck source=check.sh
source "$(dirname "${BASH_SOURCE[0]}")/check.sh"

# run CMD... : stdout -> $TMP/out, stderr -> $TMP/err, exit status -> $rc
run() {
  "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  rc=$?
}
show() { sed 's/^/    | /' "$TMP/err" | head -n 8; }
expect_rc() {  # NAME WANT
  if [[ $rc -eq $2 ]]; then pass; else
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
expect_no_file() {  # NAME PATH
  if [[ -e $2 ]]; then fail "$1: $2 exists"; else pass; fi
}
validates() {  # NAME FILE: the official schema, with xmllint (not the tool's own validator)
  if xmllint --nonet --noout --schema "$SCHEMA" "$2" >"$TMP/xmllint" 2>&1; then pass; else
    fail "$1: $2 does not validate"
    head -n 5 "$TMP/xmllint"
  fi
}
no_temp_files() {  # NAME DIR: no "*.tmp.*" left behind by an atomic write
  local left
  left=$(find "$2" -name '*.tmp.*' 2>/dev/null | head -n 3)
  if [[ -z $left ]]; then pass; else fail "$1: temporary files left: $left"; fi
}

# ----------------------------------------------------------------- convert
run "${T[@]}" convert "${OPTS[@]}" "$SEED" -o "$TMP/seed.xml"
expect_rc "convert seed" 0
validates "convert seed" "$TMP/seed.xml"
expect_err "convert seed: warnings name the file" "letter-azerbaijan-2025-03-19.txt"
expect_err "convert seed: warning code" "[missing-symbol]"
if grep -q '<doc name="officialLetter">' "$TMP/seed.xml"; then pass; else fail "convert seed: no officialLetter"; fi
no_temp_files "convert seed" "$TMP"

run "${T[@]}" convert "${OPTS[@]}" -q "$SEED" -o "$TMP/quiet.xml"
expect_rc "convert -q" 0
if [[ -s $TMP/err ]]; then fail "convert -q: prints to stderr"; show; else pass; fi

# the build's own defaults find grammar and schema
run "${T[@]}" convert -q "$SEED" -o "$TMP/defaults.xml"
expect_rc "convert with the built-in grammar and schema" 0
if cmp -s "$TMP/seed.xml" "$TMP/defaults.xml"; then pass; else fail "built-in defaults give other output"; fi

# every sample converts and validates
for sample in "$REPO"/samples/*.txt; do
  name=$(basename "$sample" .txt)
  run "${T[@]}" convert "${OPTS[@]}" -q "$sample" -o "$TMP/$name.xml"
  expect_rc "convert $name" 0
  validates "convert $name" "$TMP/$name.xml"
done

# stdin and stdout with '-': the same bytes as a file, and nothing but XML on stdout
"${T[@]}" convert "${OPTS[@]}" - <"$SEED" >"$TMP/stdout.xml" 2>"$TMP/err"
rc=$?
expect_rc "convert - (stdin to stdout)" 0
if cmp -s "$TMP/seed.xml" "$TMP/stdout.xml"; then pass; else fail "convert -: stdout differs from convert -o FILE"; fi
expect_err "convert -: diagnostics name <stdin>" "<stdin>"
"${T[@]}" convert "${OPTS[@]}" -q - -o - <"$SEED" >"$TMP/stdout2.xml" 2>"$TMP/err"
rc=$?
expect_rc "convert - -o -" 0
validates "convert - -o -" "$TMP/stdout2.xml"

# ----------------------------------------------------------------- unreadable input: 3
run "${T[@]}" convert "${OPTS[@]}" "$TMP/no-such-file.txt" -o "$TMP/x.xml"
expect_rc "missing file" 3
expect_err "missing file" "$TMP/no-such-file.txt"
expect_no_file "missing file" "$TMP/x.xml"

mkdir -p "$TMP/a-folder"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/a-folder" -o "$TMP/x.xml"
expect_rc "a folder given to convert" 3
expect_err "a folder given to convert" "$TMP/a-folder"

# ----------------------------------------------------------------- invalid input: 4
: >"$TMP/empty.txt"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/empty.txt" -o "$TMP/x.xml"
expect_rc "empty file" 4
expect_err "empty file" "empty"
expect_no_file "empty file" "$TMP/x.xml"

printf ' \n\t\n\n' >"$TMP/blank.txt"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/blank.txt"
expect_rc "whitespace-only file" 4

printf 'United Nations\nCaf\xe9 au lait\n' >"$TMP/latin1.txt"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/latin1.txt" -o "$TMP/x.xml"
expect_rc "invalid UTF-8" 4
expect_err "invalid UTF-8: file:line:column" "$TMP/latin1.txt:2:4:"
expect_err "invalid UTF-8" "UTF-8"
expect_no_file "invalid UTF-8" "$TMP/x.xml"

printf 'United Nations\nA/79/1\0\n' >"$TMP/nul.txt"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/nul.txt"
expect_rc "NUL byte" 4
expect_err "NUL byte" "NUL"
expect_err "NUL byte: file:line:column" "$TMP/nul.txt:2:7:"

printf '\xff\xfeU\0N\0\n\0' >"$TMP/utf16.txt"
run "${T[@]}" convert "${OPTS[@]}" "$TMP/utf16.txt"
expect_rc "UTF-16" 4
expect_err "UTF-16" "UTF-16"

# ----------------------------------------------------------------- unwritable output: 7
run "${T[@]}" convert "${OPTS[@]}" "$SEED" -o /proc/x/y.xml
expect_rc "output under /proc" 7
expect_err "output under /proc" "/proc/x/y.xml"
expect_no_file "output under /proc" /proc/x/y.xml

printf 'x\n' >"$TMP/plain-file"
run "${T[@]}" convert "${OPTS[@]}" "$SEED" -o "$TMP/plain-file/y.xml"
expect_rc "output below a file" 7
expect_err "output below a file" "$TMP/plain-file/y.xml"

# the output path is a folder: the temporary file is written, the rename fails, nothing stays
mkdir -p "$TMP/out-is-a-folder"
run "${T[@]}" convert "${OPTS[@]}" "$SEED" -o "$TMP/out-is-a-folder"
expect_rc "output is a folder" 7
no_temp_files "output is a folder" "$TMP"
if [[ -z $(ls -A "$TMP/out-is-a-folder") ]]; then pass; else fail "output is a folder: something was written into it"; fi

mkdir -p "$TMP/read-only"
chmod 555 "$TMP/read-only"
if [[ $(id -u) -ne 0 ]]; then
  run "${T[@]}" convert "${OPTS[@]}" "$SEED" -o "$TMP/read-only/y.xml"
  expect_rc "output in a read-only folder" 7
  if [[ -z $(ls -A "$TMP/read-only") ]]; then pass; else fail "read-only folder: files left: $(ls -A "$TMP/read-only")"; fi
else
  echo "note: read-only folder check skipped (root writes anywhere); /proc and below-a-file cover exit 7"
fi
chmod 755 "$TMP/read-only"

"${T[@]}" convert "${OPTS[@]}" -q "$SEED" >/dev/full 2>"$TMP/err"
rc=$?
if [[ $rc -eq 7 ]]; then pass; else fail "convert to a full stdout (/dev/full): exit $rc, expected 7"; fi

cp "$REPO/samples/resolution-fictional.txt" "$TMP/same.txt"
cp "$TMP/same.txt" "$TMP/same.orig"
run "${T[@]}" convert "${OPTS[@]}" -q "$TMP/same.txt" -o "$TMP/same.txt"
if cmp -s "$TMP/same.txt" "$TMP/same.orig"; then pass; else
  fail "convert IN -o IN overwrites its input (exit $rc); batch refuses this"
fi
expect_rc "convert IN -o IN" 7

# ----------------------------------------------------------------- grammar: 6
mkdir -p "$TMP/grammar"
cp -r "$REPO/grammar/en" "$TMP/grammar/en"
lines=$(wc -l <"$TMP/grammar/en/roles.rules")
printf '\n[rule broken]\nmatch: ^(unclosed\nrole: authority\n' >>"$TMP/grammar/en/roles.rules"
run "${T[@]}" convert --grammar "$TMP/grammar" --schema "$SCHEMA" "$SEED" -o "$TMP/x.xml"
expect_rc "broken grammar" 6
expect_err "broken grammar: file:line" "$TMP/grammar/en/roles.rules:$((lines + 3)):"
expect_no_file "broken grammar" "$TMP/x.xml"

run "${T[@]}" convert --grammar "$TMP/no-grammar-here" --schema "$SCHEMA" "$SEED"
expect_rc "missing grammar folder" 6

# a pattern that backtracks without end must end in an error, not a hang or a crash
mkdir -p "$TMP/slow-grammar"
cp -r "$REPO/grammar/en" "$TMP/slow-grammar/en"
printf '\n[furniture runaway]\nmatch: ^(a+)+$\n' >>"$TMP/slow-grammar/en/furniture.rules"
{
  printf 'United Nations\n\n'
  printf 'a%.0s' {1..40}
  printf '!\n\nLetter dated 1 March 2025 from X addressed to Y\n\nText.\n'
} >"$TMP/runaway.txt"
run timeout 60 "${T[@]}" convert --grammar "$TMP/slow-grammar" --schema "$SCHEMA" "$TMP/runaway.txt"
if [[ $rc -eq 124 ]]; then
  fail "runaway pattern: no answer within 60 s"
elif [[ $rc -eq 6 ]] && grep -q 'match limit' "$TMP/err" && grep -q 'furniture.rules:' "$TMP/err"; then
  pass
else
  fail "runaway pattern: convert ends with exit $rc ($(head -c 120 "$TMP/err" | tr '\n' ' ')), expected exit 6 naming the rule"
fi

# ----------------------------------------------------------------- schema: 8
run "${T[@]}" convert --grammar "$REPO/grammar" --schema "$TMP/none.xsd" "$SEED"
expect_rc "missing schema" 8
expect_err "missing schema" "$TMP/none.xsd"
run "${T[@]}" convert --grammar "$REPO/grammar" --schema "$TMP/none.xsd" --no-validate -q "$SEED"
expect_rc "--no-validate needs no schema" 0

# ----------------------------------------------------------------- usage: 2
run "${T[@]}"
expect_rc "no command" 2
run "${T[@]}" convert-all "$SEED"
expect_rc "unknown command" 2
run "${T[@]}" convert "$SEED" "$SEED"
expect_rc "convert with two inputs" 2
run "${T[@]}" batch "$SEED"
expect_rc "batch without --out-dir" 2
run "${T[@]}" convert --no-such-option "$SEED"
expect_rc "unknown option" 2

# ----------------------------------------------------------------- batch
mkdir -p "$TMP/in/sub"
cp "$SEED" "$TMP/in/sub/good.txt"
printf 'Distr.: General\n\xff\n' >"$TMP/in/bad.txt"
printf 'not a text file' >"$TMP/in/ignored.pdf"
run "${T[@]}" batch "${OPTS[@]}" -j 2 --out-dir "$TMP/batch-out" --report "$TMP/report.json" "$TMP/in"
expect_rc "batch with one bad file" 1
expect_err "batch: the bad file is named" "$TMP/in/bad.txt"
if [[ -f $TMP/batch-out/sub/good.xml ]]; then
  pass
  validates "batch: good output" "$TMP/batch-out/sub/good.xml"
  if cmp -s "$TMP/batch-out/sub/good.xml" "$TMP/seed.xml"; then pass; else fail "batch output differs from convert"; fi
else
  fail "batch: no output at DIR/sub/good.xml ($(cd "$TMP/batch-out" 2>/dev/null && find . -type f | tr '\n' ' '))"
fi
expect_no_file "batch: no output for the bad file" "$TMP/batch-out/bad.xml"
expect_no_file "batch: only *.txt are inputs" "$TMP/batch-out/ignored.xml"
no_temp_files "batch" "$TMP/batch-out"
if python3 - "$TMP/report.json" "$TMP" <<'EOF'; then pass; else fail "batch --report: unexpected JSON (above)"; fi
import json, sys
report, tmp = json.load(open(sys.argv[1])), sys.argv[2]
docs = {d["input"]: d for d in report["documents"]}
good, bad = docs.get(tmp + "/in/sub/good.txt"), docs.get(tmp + "/in/bad.txt")
problems = []
if report.get("total") != 2 or report.get("failed") != 1: problems.append("total/failed: %r/%r" % (report.get("total"), report.get("failed")))
if not good or good["status"] != "ok" or good["output"] != tmp + "/batch-out/sub/good.xml" or good["kind"] != "officialLetter":
    problems.append("good: %r" % good)
elif "missing-symbol" not in [d["code"] for d in good["diagnostics"]]: problems.append("good: no missing-symbol diagnostic")
if not bad or bad["status"] != "failed" or bad["exit"] != 4 or "UTF-8" not in bad.get("error", ""):
    problems.append("bad: %r" % bad)
for p in problems: print("    report:", p)
sys.exit(1 if problems else 0)
EOF

# all good: exit 0; a missing input: 1
run "${T[@]}" batch "${OPTS[@]}" -q --out-dir "$TMP/batch-ok" "$REPO/samples"
expect_rc "batch of the samples" 0
n=$(find "$TMP/batch-ok" -name '*.xml' | wc -l)
m=$(find "$REPO/samples" -name '*.txt' | wc -l)
if [[ $n -eq $m ]]; then pass; else fail "batch of the samples: $n outputs for $m inputs"; fi
run "${T[@]}" batch "${OPTS[@]}" -q --out-dir "$TMP/batch-missing" "$TMP/in/sub/good.txt" "$TMP/nothing-here.txt"
expect_rc "batch with a missing input" 1
expect_err "batch with a missing input" "$TMP/nothing-here.txt"

# ----------------------------------------------------------------- validate
run "${T[@]}" validate --schema "$SCHEMA" "$TMP/seed.xml"
expect_rc "validate a good file" 0
printf '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"/></akomaNtoso>\n' >"$TMP/invalid.xml"
run "${T[@]}" validate --schema "$SCHEMA" "$TMP/seed.xml" "$TMP/invalid.xml"
expect_rc "validate an invalid file" 1
expect_err "validate an invalid file: names it" "$TMP/invalid.xml"

# ----------------------------------------------------------------- explain, --version, --help
run "${T[@]}" explain --grammar "$REPO/grammar" "$SEED"
expect_rc "explain" 0
for role in authority distribution issueDate session agendaItems letterTitle letterParagraph signature \
  annexHeading annexTitle formula preambularClause; do
  if grep -qP "\t$role\t" "$TMP/out"; then pass; else fail "explain: role $role not shown"; fi
done
if grep -q 'roles.rules:[0-9]' "$TMP/out"; then pass; else fail "explain: rules are not named with file:line"; fi

run "${T[@]}" --version
expect_rc "--version" 0
if grep -qE '^text2akn [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out"; then pass; else fail "--version prints '$(cat "$TMP/out")'"; fi
run "${T[@]}" --help
expect_rc "--help" 0
if grep -q 'exit status' "$TMP/out"; then pass; else fail "--help does not list the exit codes"; fi

# ----------------------------------------------------------------- stream (JSON Lines)
python3 - "$SEED" "$REPO/samples/resolution-fictional.txt" >"$TMP/docs.jsonl" <<'PY'
import json, sys
for i, path in enumerate(sys.argv[1:]):
    print(json.dumps({"id": "doc%d" % i, "text": open(path, encoding="utf-8").read()}))
    if i == 0:
        print('{"id": "broken", "text": ')          # not JSON: reported, the stream goes on
        print(json.dumps({"id": 7, "text": ""}))      # empty text: input invalid
PY
run_in() { "$@" <"$TMP/docs.jsonl" >"$TMP/out" 2>"$TMP/err"; rc=$?; }
run_in "${T[@]}" stream "${OPTS[@]}" -q -j2
expect_rc "stream" 0
if python3 - "$TMP/out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = [r.get("id") for r in rows]
assert ids[0] == "doc0" and ids[2] == 7 and ids[3] == "doc1" and len(ids) == 4, ids
assert [r["ok"] for r in rows] == [True, False, False, True], [r["ok"] for r in rows]
assert rows[0]["xml"].startswith("<?xml") and "akomaNtoso" in rows[3]["xml"]
assert rows[1].get("error") and rows[2].get("error")
PY
then pass; else fail "stream: output lines wrong (order, ok flags or xml): $(head -c 300 "$TMP/out")"; fi

# GNU parallel over a folder, as in the README (only where parallel is installed)
if command -v parallel >/dev/null; then
  mkdir -p "$TMP/par-in" "$TMP/par-out"
  cp "$REPO"/samples/*.txt "$TMP/par-in/"
  (cd "$TMP" && find par-in -name '*.txt' | parallel -j2 -X "$BIN" batch -q -j1 "${OPTS[@]}" --out-dir par-out {})
  n=$(find "$TMP/par-out" -name '*.xml' | wc -l)
  if [[ $n -eq $(ls "$REPO"/samples/*.txt | wc -l) ]]; then pass; else fail "GNU parallel example: $n outputs"; fi
else
  echo "note: GNU parallel not installed; its README example is not checked"
fi

echo "test_cli: $checks checks passed, $failures failed, $known known bugs"
[[ $failures -eq 0 ]]
