#!/usr/bin/env bash
# Benchmark (not a test): the fixed cost of every stage. Runs the job on a corpus (default seeds/)
# with the defaults, and as a baseline in the same run with the settings before 2026-12-02
# (adaptive execution on, stage outputs cached with their whole lineage), then prints wall time and
# Spark jobs per stage side by side, from each run's run_manifest.json (timings_ms, spark_jobs).
#   bench/stages.sh [input]         default: seeds
# Environment: BENCH_WORK (default /tmp/newsatlas-stages). Targets (issue 20, seeds, 2 cores): every
# stage but topics at most 40 jobs, all of them at most 110; the whole call at most 30 s and 150 jobs.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INPUT="${1:-$HERE/seeds}"
WORK="${BENCH_WORK:-/tmp/newsatlas-stages}"
mkdir -p "$WORK"
"$HERE/bin/newsatlas" --help > /dev/null # build the jar outside the timings

run() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  "$HERE/bin/newsatlas" --input "$INPUT" --output "$WORK/$name" "$@" > "$WORK/$name.log" 2>&1
  end=$(date +%s%N)
  echo "$name $(( (end - start) / 1000000 ))" >> "$WORK/walls.txt"
}

rm -f "$WORK/walls.txt"
run baseline --set spark.adaptive=true --set spark.stage_outputs=cache
run default

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
walls = dict(line.split() for line in open(f"{work}/walls.txt"))
runs = {name: json.load(open(f"{work}/{name}/run_manifest.json")) for name in ("baseline", "default")}
# Pipeline order (the manifest's maps are sorted by key); a stage not listed here goes last.
order = ["list", "read", "normalise", "language", "dates", "stories", "write", "themes", "actors", "tokens", "topics"]
stages = sorted(runs["default"]["timings_ms"], key=lambda s: order.index(s) if s in order else len(order))
print(f"{'stage':<12}{'baseline s':>12}{'jobs':>7}{'default s':>12}{'jobs':>7}")
for stage in stages:
    b, d = runs["baseline"], runs["default"]
    print(f"{stage:<12}{b['timings_ms'].get(stage, 0) / 1000:>12.1f}{b['spark_jobs'].get(stage, 0):>7}"
          f"{d['timings_ms'][stage] / 1000:>12.1f}{d['spark_jobs'].get(stage, 0):>7}")
for name in ("baseline", "default"):
    m = runs[name]
    print(f"{name}: whole call {int(walls[name]) / 1000:.1f} s (JVM and Spark start included); stages before the report "
          f"{sum(m['timings_ms'].values()) / 1000:.1f} s and {sum(m['spark_jobs'].values())} Spark jobs; "
          f"the report's line is in {work}/{name}.log")
PY
