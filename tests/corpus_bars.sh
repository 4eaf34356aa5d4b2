#!/usr/bin/env bash
# The corpus bars: batch-convert the development sets of ../shared/corpus, score the output with
# shared/tools/akn-score (with the official schema) and fail when a figure is below its bar.
# Run by ctest (label "corpus"), or by hand:
#   bash tests/corpus_bars.sh BUILD/src/text2akn SHARED_DIR SCHEMA [KEEP_DIR]
# KEEP_DIR, if given, keeps the converted files, the scorer's tables and JSON reports there.
set -uo pipefail

# ------------------------------------------------------------------------- the bars
# The least value of each figure of the scorer's OVERALL line, per set; "*" applies to every
# set. A figure without a bar is printed, not checked; "n/a" (no gold for it) is not checked.
# Where the converter meets issue 3's bar (clauses 0.97, points 0.95, symbol/date/kind 0.95,
# preserved 0.99 unxml / 0.98 real / 0.93 PDF sets) the bar is the issue's; where it does not
# yet, the bar is today's figure less a hair (marked "below issue"), so that no change can
# quietly lose accuracy while the rest is worked on. Raise those as the converter improves.
declare -A BARS=(
  ["*:converted"]=1.0
  ["*:valid"]=1.0
  ["*:date"]=0.95
  ["unxml/en:preamble_f1"]=0.97  ["unxml/en:operative_f1"]=0.97  ["unxml/en:points_f1"]=0.95
  ["unxml/en:symbol"]=0.95  ["unxml/en:kind"]=0.95  ["unxml/en:preserved"]=0.99
  ["pdf-resolutions:preamble_f1"]=0.97  ["pdf-resolutions:operative_f1"]=0.97
  ["pdf-resolutions:points_f1"]=0.95  ["pdf-resolutions:symbol"]=0.95  ["pdf-resolutions:kind"]=0.95
  ["pdf-resolutions:preserved"]=0.915  # below issue (0.93): footnotes count as moved, and each word joined from two halves ("coun tries") as two words lost
  ["letters:preamble_f1"]=0.97
  ["letters:operative_f1"]=0.97  ["letters:points_f1"]=0.94  # points below issue
  ["letters:symbol"]=0.95  ["letters:kind"]=0.95  ["letters:preserved"]=0.93
  ["real:preamble_f1"]=0.915  ["real:operative_f1"]=0.925  ["real:points_f1"]=0.885  # below issue (gold artefacts: see README; S/2018/221's gold stops at paragraph 6, so its bullet items count as extra; the paragraph-map golds of the OCR compilations stop a list where a page's notes broke it, A/RES/41/213; E/RES/36 (IV) prints its English and French pages in turn, so its items (b) and (c) land under a wrong paragraph 1)
  ["real:symbol"]=0.95  ["real:kind"]=0.95
  ["real:preserved"]=0.98
  # the other languages, each read by its grammar (grammar/fr ...), detected (--lang auto):
  # held to the bars of unxml/en
  ["unxml/fr:preamble_f1"]=0.97  ["unxml/fr:operative_f1"]=0.97  ["unxml/fr:points_f1"]=0.95
  ["unxml/fr:symbol"]=0.95  ["unxml/fr:kind"]=0.95  ["unxml/fr:preserved"]=0.99
  ["unxml/es:preamble_f1"]=0.97  ["unxml/es:operative_f1"]=0.97  ["unxml/es:points_f1"]=0.95
  ["unxml/es:symbol"]=0.95  ["unxml/es:kind"]=0.95  ["unxml/es:preserved"]=0.99
  ["unxml/ru:preamble_f1"]=0.97  ["unxml/ru:operative_f1"]=0.97  ["unxml/ru:points_f1"]=0.95
  ["unxml/ru:symbol"]=0.95  ["unxml/ru:kind"]=0.95  ["unxml/ru:preserved"]=0.99
  ["unxml/ar:preamble_f1"]=0.97  ["unxml/ar:operative_f1"]=0.97  ["unxml/ar:points_f1"]=0.95
  ["unxml/ar:symbol"]=0.95  ["unxml/ar:kind"]=0.95  ["unxml/ar:preserved"]=0.99
  ["unxml/zh:preamble_f1"]=0.97  ["unxml/zh:operative_f1"]=0.97
  ["unxml/zh:points_f1"]=0.79  # below issue: the UN's Chinese markup of A/RES/77/264 A-C puts each part's first paragraph, with its items, in the preamble
  ["unxml/zh:symbol"]=0.95  ["unxml/zh:kind"]=0.95  ["unxml/zh:preserved"]=0.99
  # pdf-resolutions as a pipeline that loses pdftotext's form feeds gives it (pages known by
  # their counters only): held to the clause bars of the issue
  ["no-form-feeds/pdf-resolutions:preamble_f1"]=0.97  ["no-form-feeds/pdf-resolutions:operative_f1"]=0.97
  ["no-form-feeds/pdf-resolutions:points_f1"]=0.95  ["no-form-feeds/pdf-resolutions:symbol"]=0.95
  ["no-form-feeds/pdf-resolutions:kind"]=0.95
  # and so the letters: their page feet, counter first, show them pdftotext's
  ["no-form-feeds/letters:preamble_f1"]=0.97  ["no-form-feeds/letters:operative_f1"]=0.97
  ["no-form-feeds/letters:points_f1"]=0.94  ["no-form-feeds/letters:symbol"]=0.95
  ["no-form-feeds/letters:kind"]=0.95
)
# The sets, each with its gold folder (relative to SHARED_DIR/corpus).
SETS=(letters no-form-feeds/letters pdf-resolutions no-form-feeds/pdf-resolutions real unxml/fr unxml/es unxml/ru unxml/ar unxml/zh unxml/en)  # the longest last: it is scored in the background
# Sets made from another at run time: SET -> the set whose texts it transforms (their form
# feeds deleted), scored with that set's gold; 'preserved' is not scored for them.
declare -A DERIVED=([no-form-feeds/pdf-resolutions]=pdf-resolutions [no-form-feeds/letters]=letters)
declare -A GOLD=(
  [letters]=letters/gold
  [pdf-resolutions]=pdf-resolutions/gold
  [real]=real/gold
  [unxml/en]=unxml/gold/en
  [unxml/fr]=unxml/gold/fr
  [unxml/es]=unxml/gold/es
  [unxml/ru]=unxml/gold/ru
  [unxml/ar]=unxml/gold/ar
  [unxml/zh]=unxml/gold/zh
  [no-form-feeds/pdf-resolutions]=pdf-resolutions/gold
  [no-form-feeds/letters]=letters/gold
)
# Scoring 'preserved' (word-by-word comparison of input and output) is most of the time
# (~1.5 min of ~2 on two cores); TEXT2AKN_CORPUS_PRESERVED=0 leaves it out.
PRESERVED=${TEXT2AKN_CORPUS_PRESERVED:-1}
# -------------------------------------------------------------------------

if [[ $# -lt 3 || $# -gt 4 ]]; then
  echo "usage: $0 TEXT2AKN SHARED_DIR SCHEMA [KEEP_DIR]" >&2
  exit 2
fi
BIN=$1
SHARED=$2
SCHEMA=$3
CORPUS=$SHARED/corpus
SCORER=$SHARED/tools/akn-score
for f in "$BIN" "$SCHEMA" "$SCORER"; do
  [[ -e $f ]] || { echo "FAIL: $f not found"; exit 1; }
done
command -v xmllint >/dev/null || { echo "FAIL: xmllint not found (apt-get install libxml2-utils)"; exit 1; }
if [[ $# -eq 4 ]]; then
  WORK=$4
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/text2akn-corpus-XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
JOBS=$(nproc 2>/dev/null || echo 2)

# 1. convert every set (the converter validates each file itself; failures are scored as such)
input_of() {  # SET -> the folder its texts are read from
  if [[ -n ${DERIVED[$1]+x} ]]; then echo "$WORK/in/$1"; else echo "$CORPUS/$1"; fi
}
for set in "${!DERIVED[@]}"; do
  mkdir -p "$WORK/in/$set"
  for f in "$CORPUS/${DERIVED[$set]}"/*.txt; do tr -d '\f' <"$f" >"$WORK/in/$set/${f##*/}"; done
done
for set in "${SETS[@]}"; do
  input=$(input_of "$set")
  [[ -d $input ]] || { echo "FAIL: $input not found"; exit 1; }
  start=$SECONDS
  "$BIN" batch -q -j "$JOBS" --out-dir "$WORK/out/$set" --report "$WORK/batch-${set//\//-}.json" \
    "$input" 2>"$WORK/batch-${set//\//-}.err"
  rc=$?
  failed=$(grep -c . "$WORK/batch-${set//\//-}.err")
  echo "converted $set in $((SECONDS - start)) s (batch exit $rc, $failed error lines)"
  head -n 5 "$WORK/batch-${set//\//-}.err"
done

# 2. score: the longest set in the background, the others meanwhile
score() {  # SET
  local set=$1 tag=${1//\//-}
  local args=(--gold "$CORPUS/${GOLD[$set]}" --out "$WORK/out/$set" --schema "$SCHEMA" --json "$WORK/score-$tag.json")
  [[ $PRESERVED == 1 && -z ${DERIVED[$set]+x} ]] && args+=(--inputs "$CORPUS/$set")
  python3 "$SCORER" "${args[@]}" >"$WORK/score-$tag.txt" 2>&1
  echo $? >"$WORK/score-$tag.rc"
}
start=$SECONDS
score "${SETS[-1]}" &
for set in "${SETS[@]:0:${#SETS[@]}-1}"; do score "$set"; done
wait
echo "scored in $((SECONDS - start)) s"

# 3. print and check
failures=0
bar_of() {  # SET FIGURE -> the bar or ""
  local key="$1:$2"
  if [[ -n ${BARS[$key]+x} ]]; then echo "${BARS[$key]}"; elif [[ -n ${BARS[*:$2]+x} ]]; then echo "${BARS[*:$2]}"; fi
}
for set in "${SETS[@]}"; do
  tag=${set//\//-}
  echo
  echo "== $set"
  overall=$(grep '^OVERALL ' "$WORK/score-$tag.txt")
  if [[ $(cat "$WORK/score-$tag.rc") != 0 || -z $overall ]]; then
    echo "FAIL: the scorer failed on $set:"
    tail -n 20 "$WORK/score-$tag.txt"
    failures=$((failures + 1))
    continue
  fi
  grep -E '^(ALL|preamble:|operative:|signatures_f1)' "$WORK/score-$tag.txt"
  echo "$overall"
  declare -A seen=()
  for pair in ${overall#OVERALL }; do
    figure=${pair%%=*}
    got=${pair#*=}
    seen[$figure]=1
    bar=$(bar_of "$set" "$figure")
    [[ -z $bar ]] && continue
    if [[ $got == n/a ]]; then
      echo "  $figure: n/a, bar $bar not checked"
    elif awk -v g="$got" -v b="$bar" 'BEGIN { exit !(g + 0 < b + 0) }'; then
      echo "FAIL: $set $figure=$got is below its bar $bar"
      failures=$((failures + 1))
    fi
  done
  # a bar on a figure the scorer no longer prints is a mistake, not a pass
  for key in "${!BARS[@]}"; do
    figure=${key#*:}
    [[ ${key%%:*} == "*" || ${key%%:*} == "$set" ]] || continue
    [[ -n ${seen[$figure]+x} ]] || { echo "FAIL: bar on '$figure' but the scorer prints no such figure"; failures=$((failures + 1)); }
  done
  unset seen
done

echo
if [[ $failures -eq 0 ]]; then
  echo "corpus bars: all met"
else
  echo "corpus bars: $failures below the bar"
fi
[[ $failures -eq 0 ]]
