#!/usr/bin/env bash
# Benchmark (not a test): the whole job on Reuters-21578 and replicas of it, then newsatlas's topic
# model against MALLET's LDA on the x1 run's tokens, and the tokenizer's throughput.
#   bench/run.sh [replicas...]      default: 1 4 16
# Environment: BENCH_WORK (default /tmp/newsatlas-bench: inputs, outputs, logs; reused between runs),
# REUTERS (default ../shared/corpora/reuters21578), NEWSATLAS_HEAP (passed to bin/newsatlas, default 4g),
# BENCH_HEAP_X<n> (the heap of scale x<n> only, e.g. BENCH_HEAP_X16=6g), BENCH_FINAL_OPTIMIZER
# (the scales' topics.final_optimizer, default gibbs, the job's default), BENCH_ENGINES (what
# TopicBenchmark fits beside MALLET: default gibbs,online; em adds minutes).
# Writes bench/results/<UTC date>-reuters.md and .csv, and prints them.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REUTERS="${REUTERS:-$HERE/../shared/corpora/reuters21578}"
WORK="${BENCH_WORK:-/tmp/newsatlas-bench}"
REPLICAS=("$@")
[ ${#REPLICAS[@]} -gt 0 ] || REPLICAS=(1 4 16)
STAMP="$(date -u +%Y-%m-%dT%H%M)"
RESULTS="$HERE/bench/results/$STAMP-reuters"
mkdir -p "$WORK" "$HERE/bench/results"
shopt -s nullglob
ORIGINALS=("$REUTERS"/reut2-*.sgm.gz)
[ ${#ORIGINALS[@]} -gt 0 ] || { echo "bench: no reut2-*.sgm.gz under $REUTERS (see README, Evaluation on real corpora)" >&2; exit 1; }

# Replica r of every file as r<r>-reut2-NNN.sgm.gz: another source path (so another doc_id) and a
# marker " #r" ending each article's text (so another content_sha256; ingest drops duplicates).
replica() {
  local r=$1 dir="$WORK/replicas/r$r"
  if [ ! -f "$dir/.done" ]; then
    mkdir -p "$dir"
    for f in "${ORIGINALS[@]}"; do
      zcat "$f" | perl "$HERE/bench/replicate.pl" "$r" | gzip -1 > "$dir/r$r-$(basename "$f")"
    done
    touch "$dir/.done"
  fi
}

# Input for n replicas: the original files (replica 0, unchanged) and replicas 1..n-1, as links.
input() {
  local n=$1 dir="$WORK/input-x$1"
  rm -rf "$dir" && mkdir -p "$dir"
  ln -s "${ORIGINALS[@]}" "$dir/"
  for ((r = 1; r < n; r++)); do
    replica "$r"
    ln -s "$WORK/replicas/r$r"/*.sgm.gz "$dir/"
  done
}

# Every scale runs with K=20, a document-frequency floor of 5 and a collocation floor of 10 per
# replica: replicas repeat each term n times, so fixed floors would let the collocations and the
# vocabulary (and the model's cost) grow with n, and the slope would measure a bigger model, not
# more data. The scales fit with the default Gibbs engine (before 2026-12-01 they refit online:
# an EM fit of x1 took about 4 minutes, three times over, so x16 would have taken hours).

# Build the jar once, outside the timings.
"$HERE/bin/newsatlas" --help > /dev/null

echo "replicas,input_files,documents,heap,wall_s,max_rss_mb,gc_peak_heap_mb,load_before,stages_ms" > "$RESULTS-job.csv"
for n in "${REPLICAS[@]}"; do
  echo "bench: x$n: preparing input" >&2
  input "$n"
  out="$WORK/out-x$n"
  rm -rf "$out"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  scale_heap="BENCH_HEAP_X$n"
  heap_max="${!scale_heap:-${NEWSATLAS_HEAP:-4g}}"
  echo "bench: x$n: running the job (load average $load)" >&2
  start=$(date +%s.%N)
  NEWSATLAS_HEAP="$heap_max" NEWSATLAS_JAVA_OPTS="${NEWSATLAS_JAVA_OPTS:-} -Xlog:gc:file=$WORK/gc-x$n.log" \
    /usr/bin/time -v -o "$WORK/time-x$n.txt" \
    "$HERE/bin/newsatlas" --input "$WORK/input-x$n" --output "$out" --set topics.k=20 \
      --set topics.final_optimizer="${BENCH_FINAL_OPTIMIZER:-gibbs}" \
      --set topics.min_document_frequency=$((10 * n)) --set tokens.collocation_min_count=$((10 * n)) \
      > "$WORK/job-x$n.log" 2>&1 \
    || { echo "bench: x$n failed, see $WORK/job-x$n.log" >&2; tail -20 "$WORK/job-x$n.log" >&2; exit 1; }
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/time-x$n.txt")
  # Heap in use before each collection (the "before" of "before->after(capacity)"): its maximum.
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc-x$n.log" | cut -dM -f1 | sort -n | tail -1)
  docs=$(jq '.counts.documents' "$out/run_manifest.json")
  files=$(ls "$WORK/input-x$n" | wc -l)
  stages=$(jq -c '.timings_ms' "$out/run_manifest.json")
  echo "$n,$files,$docs,$heap_max,$wall,$rss,${heap:-},\"$load\",\"${stages//\"/\"\"}\"" >> "$RESULTS-job.csv"
done

echo "bench: topic models and tokenizer on the x1 tokens" >&2
if [[ " ${REPLICAS[*]} " == *" 1 "* ]]; then
  (cd "$HERE" && MAVEN_OPTS="-Xmx4g ${MAVEN_OPTS:-}" mvn -q test-compile exec:java -Dexec.classpathScope=test \
    -Dbench.engines="${BENCH_ENGINES:-gibbs,online}" \
    -Dexec.mainClass=io.newsatlas.bench.TopicBenchmark -Dexec.args="$WORK/out-x1 $RESULTS-topics.csv") \
    > "$WORK/topics.log" 2>&1 || { tail -30 "$WORK/topics.log" >&2; exit 1; }
else
  echo "bench: x1 not among the scales (${REPLICAS[*]}): topic comparison skipped" >&2
fi

python3 "$HERE/bench/report.py" "$RESULTS" "$(nproc)" "$(uptime)" "${REPLICAS[@]}" > "$RESULTS.md"
cat "$RESULTS.md"
