#!/usr/bin/env bash
# Runs one libFuzzer target for a given time and prints its figures.
#
#   fuzz/run.sh convert|rules SECONDS [libFuzzer options...]
#
# Builds the target in build-fuzz/ (clang, -DTEXT2AKN_FUZZ=ON) if needed, makes a seed corpus in
# a work folder outside the repository (samples/*.txt and a selection of ../shared/corpus for
# 'convert'; grammar/en/*.rules and a few small rule files for 'rules'), runs the fuzzer with
# -max_total_time=SECONDS -timeout=10 -rss_limit_mb=2048 and prints executions, coverage and
# the crashes found. Nothing is written into the repository or into ../shared.
#
# Environment:
#   FUZZ_WORK=DIR        work folder (default: a new /tmp/text2akn-fuzz-TARGET-XXXXXX, kept:
#                        seeds/, corpus/ (what the fuzzer grew), artifacts/ (crashes), fuzz.log)
#   FUZZ_BUILD_DIR=DIR   build folder (default: build-fuzz beside this script's parent)
#   FUZZ_KEEP_GOING=1    go on after a crash (libFuzzer -fork=1 -ignore_crashes=1 ...), so that
#                        one run reports every kind of crash; default 0: stop at the first one
#   FUZZ_JOBS=N          build with N jobs (default 2)
# fuzz_convert uses a copy of grammar/ made at the start (WORK/grammar); to replay an artifact:
#   TEXT2AKN_GRAMMAR=WORK/grammar build-fuzz/fuzz/fuzz_convert WORK/artifacts/crash-...
# Exit status: 0 no crash, 1 a crash/leak/timeout was found (see artifacts/), 2 usage/setup.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=$(cd "$ROOT/.." && pwd)/shared

if [[ $# -lt 2 ]]; then
  sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 2
fi
name=${1#fuzz_}
duration=$2
shift 2
case $name in convert | rules) ;; *) echo "fuzz/run.sh: unknown target '$name' (convert or rules)" >&2; exit 2 ;; esac
[[ $duration =~ ^[0-9]+$ ]] || { echo "fuzz/run.sh: SECONDS must be a number" >&2; exit 2; }

BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
BIN=$BUILD/fuzz/fuzz_$name

# ------------------------------------------------------------------------- build
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTEXT2AKN_TESTS=OFF -DTEXT2AKN_FUZZ=ON >"$BUILD.configure.log" 2>&1 ||
    { cat "$BUILD.configure.log"; exit 2; }
  rm -f "$BUILD.configure.log"
fi
cmake --build "$BUILD" -j "${FUZZ_JOBS:-2}" --target "fuzz_$name" >/dev/null || {
  echo "fuzz/run.sh: build failed (cmake --build $BUILD --target fuzz_$name)" >&2
  exit 2
}

# ------------------------------------------------------------------------- seeds
WORK=${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/text2akn-fuzz-$name-XXXXXX")}
mkdir -p "$WORK/seeds" "$WORK/corpus" "$WORK/artifacts" "$WORK/tmp"
case $WORK/ in "$ROOT"/* | "$SHARED"/*) echo "fuzz/run.sh: FUZZ_WORK must be outside the repository and shared/" >&2; exit 2 ;; esac

# the N smallest *.txt of a folder (recursively) up to MAX bytes each
smallest() {  # DIR N MAX
  find "$1" -name '*.txt' -size -"$3"c -printf '%s %p\n' 2>/dev/null | sort -n | head -n "$2" | cut -d' ' -f2-
}
# every K-th *.txt of a folder up to MAX bytes: a spread over the set, not only short ones
spread() {  # DIR K MAX
  find "$1" -name '*.txt' -size -"$3"c 2>/dev/null | sort | awk -v k="$2" 'NR % k == 1'
}
seed() {  # FILE...: copied under a name that keeps where it came from
  local f
  for f in "$@"; do
    [[ -f $f ]] && cp "$f" "$WORK/seeds/$(echo "${f#"$ROOT"/}" | sed "s#^$SHARED/##; s#[/ ]#_#g")"
  done
}

# The grammar as it is now, beside the binary just built: edits to grammar/ during a long run
# do not reach the fuzzer (each -fork job loads it again).
rm -rf "$WORK/grammar"
cp -r "$ROOT/grammar" "$WORK/grammar"
export TEXT2AKN_GRAMMAR=$WORK/grammar

if [[ $name == convert ]]; then
  seed "$ROOT"/samples/*.txt "$SHARED/corpus/seed/"*.txt
  if [[ -d $SHARED/corpus ]]; then
    mapfile -t files < <(spread "$SHARED/corpus/letters" 3 24000
                         smallest "$SHARED/corpus/pdf-resolutions" 8 24000
                         spread "$SHARED/corpus/pdf-resolutions" 20 24000
                         spread "$SHARED/corpus/real" 8 24000
                         smallest "$SHARED/corpus/unxml/en" 8 24000
                         spread "$SHARED/corpus/unxml/en" 60 24000)
    seed "${files[@]}"
  else
    echo "fuzz/run.sh: note: $SHARED/corpus not found, seeds are the samples only" >&2
  fi
  DICT=$ROOT/fuzz/convert.dict
else
  seed "$ROOT"/grammar/*/*.rules
  printf '[furniture runaway]\nmatch: ^(a+)+$\n' >"$WORK/seeds/runaway.rules"
  printf '[rule r]\nin: start\nmatch: ^A/\\d+\n  |^S/\\d+\nrole: symbol\nnext: start\n' >"$WORK/seeds/continued.rules"
  printf '[kind resolution]\nelement: doc\nsubtype: resolution\nsymbol: RES\ntext: (?i)resolution\n' >"$WORK/seeds/kind.rules"
  printf '[inline date]\nmarkup: date\nmatch: (?<day>\\d{1,2}) (?<month>[A-Z][a-z]+) (?<year>\\d{4})\n' >"$WORK/seeds/inline.rules"
  DICT=$ROOT/fuzz/rules.dict
fi
echo "fuzz/run.sh: fuzz_$name for $duration s; $(ls "$WORK/seeds" | wc -l) seeds; work folder $WORK"

# ------------------------------------------------------------------------- run
args=(-max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$WORK/artifacts/")
[[ -f $DICT ]] && args+=(-dict="$DICT")
if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
  args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
start=$SECONDS
(
  cd "$WORK" &&
  TMPDIR=$WORK/tmp \
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$BIN" "${args[@]}" "$@" "$WORK/corpus" "$WORK/seeds"
) >"$WORK/fuzz.log" 2>&1
rc=$?

# ------------------------------------------------------------------------- figures
last=$(grep -E '^#[0-9]+' "$WORK/fuzz.log" | grep -E 'cov: [0-9]+' | tail -n 1)
execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$WORK/fuzz.log" | tail -n 1 | grep -oE '[0-9]+$')
[[ -z $execs ]] && execs=$(echo "$last" | grep -oE '^#[0-9]+' | tr -d '#')
cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+')
ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+')
corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' | cut -d' ' -f2)
mapfile -t found < <(find "$WORK/artifacts" -type f | sort)
echo "fuzz_$name: $((SECONDS - start)) s, ${execs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, exit $rc, ${#found[@]} artifacts"
echo "last status line: $last"
for f in "${found[@]}"; do echo "  artifact: $f ($(stat -c %s "$f") bytes)"; done
grep -E '^(==[0-9]+==ERROR|SUMMARY:|fuzz_(convert|rules): |.*runtime error:)' "$WORK/fuzz.log" | sed 's/==[0-9]*==/==/' | sort | uniq -c | head -n 20
# what each artifact does (in -fork mode the children's logs are gone): replay it
for f in "${found[@]}"; do
  echo "  replay $(basename "$f"):"
  (cd "$WORK" && ASAN_OPTIONS=detect_leaks=1 TMPDIR=$WORK/tmp timeout 60 "$BIN" "$f" 2>&1) |
    grep -E '^(==[0-9]+==ERROR|SUMMARY:|fuzz_(convert|rules): |.*runtime error:|    #[0-9] )' | head -n 8 | sed 's/^/    /'
done
echo "log: $WORK/fuzz.log"
if [[ ${#found[@]} -gt 0 || ($rc -ne 0 && ${FUZZ_KEEP_GOING:-0} != 1) ]]; then exit 1; fi
exit 0
