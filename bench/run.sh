#!/usr/bin/env bash
# Builds text2akn with the benchmarks (build-bench/, Release) and measures everything in
# bench/README.md, printing one table at the end:
#   1. the harness: per stage and end to end on the real corpus, pattern costs, growth
#   2. `text2akn batch` on FILES copies of corpus documents, --jobs 1 and 2, with and
#      without validation: MB/s, documents/s and peak RSS
#   3. peak RSS for the largest real document and for a synthetic one of 10 MB
#   4. validation: `text2akn validate` against `xmllint --noout --schema` on the same files
#   5. GNU parallel over a folder and `stream` under `parallel --pipe` give the same XML as batch
#
# Environment: BUILD_DIR (build-bench), CORPUS (../shared/corpus), SCHEMA, WORK
# (/tmp/text2akn-bench), FILES (10000), MIN_TIME (2 s per measurement), SIZES
# (1K,10K,100K,1M,10M,100M), BATCH_OUT (where batch writes: /dev/shm/text2akn-bench-out when
# /dev/shm is a writable tmpfs, else $WORK/out; see "batch" in bench/README.md), QUICK=1 (300 files, sizes to 1M, 0.5 s: a smoke run),
# SECTIONS (harness,growth,batch,rss,validate,parallel: a comma-separated choice; growth also
# runs the command once per document of each size).
# Needs /usr/bin/time (package `time`), xmllint (libxml2-utils) and GNU parallel (`parallel`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
CORPUS=${CORPUS:-$(cd "$ROOT/.." && pwd)/shared/corpus}
SCHEMA=${SCHEMA:-${TEXT2AKN_SCHEMA:-$(cd "$ROOT/.." && pwd)/shared/schemas/akn30/akomantoso30.xsd}}
WORK=${WORK:-/tmp/text2akn-bench}
FILES=${FILES:-10000}
MIN_TIME=${MIN_TIME:-2}
SIZES=${SIZES:-1K,10K,100K,1M,10M,100M}
# The batch's outputs go to memory when it can: on this machine's ext4 (no journal), creating
# files right after `rm -rf` of the last run's outputs spends most of its time in the kernel
# skipping recently deleted inodes (ext4 find_inode_bit/recently_deleted: 45 % of a -j1 run
# under perf), which measures the file system, not text2akn.
if [[ -z ${BATCH_OUT:-} ]]; then
  if [[ -w /dev/shm ]] && df --output=fstype /dev/shm 2>/dev/null | grep -q tmpfs; then
    BATCH_OUT=/dev/shm/text2akn-bench-out
  else
    BATCH_OUT=$WORK/out
  fi
fi
if [[ ${QUICK:-0} == 1 ]]; then
  FILES=300 MIN_TIME=0.5 SIZES=1K,10K,100K,1M
fi
export TEXT2AKN_SCHEMA=$SCHEMA
for tool in /usr/bin/time xmllint parallel python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install time libxml2-utils parallel python3)" >&2; exit 1; }
done
SUBDIRS=(letters pdf-resolutions real unxml/en)
SECTIONS=${SECTIONS:-harness,growth,batch,rss,validate,parallel}
want() { [[ ",$SECTIONS," == *",$1,"* ]]; }

echo "== machine"
echo "cores: $(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g'); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared: figures are best of repeated runs)"

mkdir -p "$WORK"
echo "== building ($BUILD_DIR)"
cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DTEXT2AKN_BENCH=ON -DTEXT2AKN_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" -j 2 >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
if grep -E 'warning|error' "$WORK/build.log"; then echo "run.sh: the build is not clean" >&2; exit 1; fi
T2A=$BUILD_DIR/src/text2akn
BENCH=$BUILD_DIR/bench/text2akn_bench

if want harness; then
  echo "== harness: stages, end to end, patterns"
  corpus_args=()
  for d in "${SUBDIRS[@]}"; do corpus_args+=(--corpus "$CORPUS/$d"); done
  "$BENCH" "${corpus_args[@]}" --schema "$SCHEMA" --min-time "$MIN_TIME" --only synthetic-check,stages,e2e,patterns
fi
if want growth; then
  echo "== harness: growth"
  "$BENCH" --schema "$SCHEMA" --min-time "$MIN_TIME" --sizes "$SIZES" --only growth --dump-synthetic "$WORK/synthetic" |
    tee "$WORK/growth.txt"
  echo "== harness: growth, one process per document"
  "$BENCH" --schema "$SCHEMA" --sizes "$SIZES" --only process --cli "$T2A" --work-dir "$WORK" | tee "$WORK/process.txt"
fi

# ---------------------------------------------------------------------------------------
mapfile -t SOURCES < <(for d in "${SUBDIRS[@]}"; do find "$CORPUS/$d" -name '*.txt'; done | sort)
declare -A WALL RSS CPU
if want batch; then
echo "== $FILES files for batch ($WORK/files)"
if [[ $(find "$WORK/files" -name '*.txt' 2>/dev/null | wc -l) -ne $FILES ]]; then
  rm -rf "$WORK/files"
  for ((i = 0; i < FILES; ++i)); do
    src=${SOURCES[i % ${#SOURCES[@]}]}
    dir=$WORK/files/$((i / 1000))
    ((i % 1000)) || mkdir -p "$dir"
    cp "$src" "$dir/$(printf %05d "$i")_$(basename "$src")"
  done
fi
BYTES=$(find "$WORK/files" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
echo "$FILES files, $((BYTES / 1000000)) MB"

# best of two runs: wall seconds, peak RSS (KB) and CPU seconds (user + sys) of `text2akn batch`.
# CPU seconds do not depend on what else runs on the machine: the same CPU time with -j2 as
# with -j1 means no contention between threads, so that -j2 doubles throughput on two free cores.
batch() {  # name, options...
  local name=$1 best=999999 rss=0 cpu=0
  shift
  for run in 1 2; do
    rm -rf "$BATCH_OUT"
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$T2A" batch -q "$@" --out-dir "$BATCH_OUT" "$WORK/files" || true
    read -r secs kb user sys <"$WORK/time.txt"
    if awk -v a="$secs" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best=$secs rss=$kb cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    fi
    awk -v a="$secs" 'BEGIN {exit !(a > 20)}' && break  # a long run once
  done
  WALL[$name]=$best RSS[$name]=$rss CPU[$name]=$cpu
  awk -v n="$name" -v s="$best" -v b="$BYTES" -v f="$FILES" -v k="$rss" -v c="$cpu" \
    'BEGIN {printf "%-26s %7.2f s %6.1f MB/s %6.0f docs/s %7.2f CPU s %6.1f MB/CPU-s %7.1f MB RSS\n", n, s, b / 1e6 / s, f / s, c, b / 1e6 / c, k / 1024}'
}
echo "== batch over $FILES files, outputs in $BATCH_OUT"
batch "batch -j1 (validate)" -j 1
batch "batch -j2 (validate)" -j 2
batch "batch -j1 --no-validate" -j 1 --no-validate
batch "batch -j2 --no-validate" -j 2 --no-validate
rm -rf "$BATCH_OUT"
fi

if want rss; then
echo "== peak RSS of one document"
largest=$(for f in "${SOURCES[@]}"; do stat -c '%s %n' "$f"; done | sort -n | tail -n 1 | cut -d' ' -f2-)
/usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$T2A" convert -q "$largest" -o "$WORK/largest.xml"
read -r secs kb <"$WORK/time.txt"
printf '%-34s %8.2f s %8.1f MB peak RSS (%s, %d KB)\n' "largest real document" "$secs" "$(echo "$kb / 1024" | bc -l)" \
  "$(basename "$largest")" "$(($(stat -c %s "$largest") / 1000))"
for f in $(find "$WORK/synthetic" -name 'synthetic-*.txt' -size +9M 2>/dev/null | sort -V); do
  s=$(stat -c %s "$f")
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$T2A" convert -q "$f" -o "$WORK/synthetic.xml"
  read -r secs kb <"$WORK/time.txt"
  printf '%-34s %8.2f s %8.1f MB peak RSS\n' "synthetic $((s / 1000000)) MB document" "$secs" "$(echo "$kb / 1024" | bc -l)"
done
fi

# ---------------------------------------------------------------------------------------
V_T2A=0 V_XMLLINT=0
if want validate; then
echo "== validation: text2akn validate vs xmllint --schema, same files, one process each"
rm -rf "$WORK/xml"
for d in "${SUBDIRS[@]}"; do
  "$T2A" batch -q -j 2 --no-validate --out-dir "$WORK/xml/$d" "$CORPUS/$d" || true
done
mapfile -t XML < <(find "$WORK/xml" -name '*.xml' | sort)
XML_BYTES=$(cat "${XML[@]}" | wc -c)
best_of() {  # runs the command three times, prints the best wall time
  local best=999999
  for run in 1 2 3; do
    /usr/bin/time -f '%e' -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
    best=$(awk -v a="$(cat "$WORK/time.txt")" -v b="$best" 'BEGIN {print (a < b ? a : b)}')
  done
  echo "$best"
}
V_T2A=$(best_of "$T2A" validate -q "${XML[@]}")
V_XMLLINT=$(best_of xmllint --noout --schema "$SCHEMA" "${XML[@]}")
# (xmllint --stream is left out: it compiles the schema again for every file)
"$T2A" validate -q "${XML[@]}" >/dev/null 2>&1 && echo "text2akn validate: all ${#XML[@]} valid" || echo "text2akn validate: some invalid"
xmllint --noout --schema "$SCHEMA" "${XML[@]}" 2>&1 | grep -c ' validates$' | xargs echo "xmllint: files that validate:"
for row in "text2akn validate:$V_T2A" "xmllint --schema:$V_XMLLINT"; do
  awk -v n="${row%%:*}" -v s="${row##*:}" -v b="$XML_BYTES" -v f="${#XML[@]}" \
    'BEGIN {printf "%-34s %8.2f s %8.1f MB/s of XML %8.0f docs/s\n", n, s, b / 1e6 / s, f / s}'
done
fi

# ---------------------------------------------------------------------------------------
if want parallel; then
echo "== the GNU parallel examples of bench/README.md, run as written, give the XML of batch"
rm -rf "$WORK/par"
mkdir -p "$WORK/par/bin"
ln -s "$T2A" "$WORK/par/bin/text2akn"
cp -r "$CORPUS/letters" "$WORK/par/corpus"  # a real folder: find does not follow a link
(
  cd "$WORK/par"
  export PATH=$WORK/par/bin:$PATH
  text2akn batch -q -j 2 --out-dir ref corpus || true
  # --- as in README.md
  mkdir -p out
  find corpus -name '*.txt' | parallel -j2 text2akn convert -q {} -o out/{/.}.xml
  diff -r ref out >/dev/null && echo "parallel convert: same $(ls out | wc -l) files as batch" ||
    { echo "run.sh: parallel convert differs from batch" >&2; exit 1; }
  rm -rf out
  find corpus -name '*.txt' | parallel -j2 -X text2akn batch -q -j1 --out-dir out {}
  diff -r ref out >/dev/null && echo "parallel -X batch: same $(ls out | wc -l) files as batch" ||
    { echo "run.sh: parallel -X batch differs from batch" >&2; exit 1; }
  python3 -c 'import json, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    print(json.dumps({"id": str(p), "text": p.read_text(encoding="utf-8")}))' corpus > docs.jsonl
  parallel --pipe -k -j2 --block 10M text2akn stream -q -j1 < docs.jsonl > results.jsonl
  # --- (a small block: several streams, so that the order across them is checked too)
  parallel --pipe -k -j2 --block 100k text2akn stream -q -j1 < docs.jsonl > results-small-blocks.jsonl
  python3 -c '
import json, pathlib, sys
ids = [json.loads(l)["id"] for l in open("docs.jsonl")]
for name in sys.argv[1:]:
    rows = [json.loads(l) for l in open(name)]
    assert [r["id"] for r in rows] == ids, name + ": not in input order"
    bad = [r["id"] for r in rows if r["ok"] and r["xml"] != (pathlib.Path("ref") / (pathlib.Path(r["id"]).stem + ".xml")).read_text(encoding="utf-8")]
    assert not bad, bad
    print("%s: %d lines in input order, %d ok, same XML as batch" % (name, len(rows), sum(r["ok"] for r in rows)))
' results.jsonl results-small-blocks.jsonl
)
fi

# ---------------------------------------------------------------------------------------
echo
echo "== summary"
if want batch; then
  awk -v b="$BYTES" -v f="$FILES" -v w1="${WALL[batch -j1 (validate)]}" -v w2="${WALL[batch -j2 (validate)]}" \
      -v n1="${WALL[batch -j1 --no-validate]}" -v n2="${WALL[batch -j2 --no-validate]}" \
      -v r2="${RSS[batch -j2 (validate)]}" -v c1="${CPU[batch -j1 (validate)]}" -v c2="${CPU[batch -j2 (validate)]}" 'BEGIN {
    printf "batch %d files, %.0f MB:\n", f, b / 1e6
    printf "  convert + validate  -j1 %6.1f MB/s   -j2 %6.1f MB/s   speed-up %.2fx\n", b/1e6/w1, b/1e6/w2, w1/w2
    printf "  convert only        -j1 %6.1f MB/s   -j2 %6.1f MB/s   speed-up %.2fx\n", b/1e6/n1, b/1e6/n2, n1/n2
    printf "  CPU seconds with validation: -j1 %.1f, -j2 %.1f (-j2 costs %.2fx the CPU of -j1)\n", c1, c2, c2 / c1
    printf "  peak RSS, -j2 with validation: %.1f MB\n", r2 / 1024 }'
fi
if want validate; then
  awk -v a="$V_T2A" -v x="$V_XMLLINT" 'BEGIN {printf "validation: text2akn %.2f s, xmllint --schema %.2f s (ratio %.2f)\n", a, x, a / x}'
fi
if want growth; then
  echo "growth (ratio per 10x input, warm and cold; bar: <= 10.5):"
  grep -E '^ *[0-9]+ +[0-9]+ +[0-9]+ ' "$WORK/growth.txt" |
    awk '{printf "  %10s bytes  cold %9s s  warm %9s s  ratio %5s  cold ratio %5s\n", $1, $4, $6, (NF >= 9 ? $9 : "-"), (NF >= 10 ? $10 : "-")}'
  echo "growth, one process per document (CPU of the child; net of start-up):"
  grep -E '^ *[0-9]+ +[0-9.]+ +[0-9.]+ ' "$WORK/process.txt" |
    awk '{printf "  %10s bytes  %8s s  net %8s s  ratio %5s  net ratio %5s  peak RSS %s MB\n", $1, $2, $3, (NF >= 6 ? $4 : "-"), (NF >= 7 ? $5 : "-"), $(NF-1)}'
fi
