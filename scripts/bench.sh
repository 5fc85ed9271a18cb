#!/usr/bin/env bash
# End-to-end benchmark of antinomy on generated corpora (docs/performance.md).
#
#   bash scripts/bench.sh            # or: just bench
#
# Builds the release binaries, generates corpora of about 10k, 100k and 1M
# claims with antinomy-corpus (seed 1, in a temporary folder that is removed
# afterwards), and prints one table: files and MB, claims, the wall time of
# `antinomy report --format json` and its CPU time (user + system), the wall
# time of `wc -w` over the same files, their ratio, MB/s, peak RSS (GNU
# time), bytes of peak RSS per claim, the time ratio between consecutive
# sizes (wall/CPU) and the recall of the planted conflicts.
# Times are the median of BENCH_RUNS runs (default 3; sizes of a million
# claims or more run once unless BENCH_RUNS is set). When ../shared/eval is
# present it also times `antinomy pairs` on rte3-dev.
#
# Environment: BENCH_SIZES (default "10000 100000 1000000"), BENCH_RUNS,
# BENCH_SEED (default 1), BENCH_KEEP=1 keeps the temporary folder,
# BENCH_BIN=PATH times another antinomy binary (an older build, to compare
# two builds in one session on the same corpora).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_SIZES:-10000 100000 1000000}
runs=${BENCH_RUNS:-3}
seed=${BENCH_SEED:-1}
gnu_time=/usr/bin/time

if ! "$gnu_time" -f %e true >/dev/null 2>&1; then
  echo "bench: needs GNU time at $gnu_time for peak memory; install it with" >&2
  echo "       apt-get install -y time" >&2
  exit 2
fi

echo "building release binaries..." >&2
cargo build --release --quiet -p antinomy -p antinomy-corpus
bin=${BENCH_BIN:-$PWD/target/release/antinomy}
gen=$PWD/target/release/antinomy-corpus

tmp=$(mktemp -d "${TMPDIR:-/tmp}/antinomy-bench.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  echo "keeping $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi

# median of the numbers on stdin
median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# timed OUT_FILE CMD...: runs CMD under GNU time and appends "seconds
# max_rss_kb cpu_seconds" to OUT_FILE (wall time from bash's microsecond
# clock; peak memory and user+system CPU time from GNU time); an exit status
# of 0 or 1 (conflicts found) is fine.
timed() {
  local out=$1
  shift
  local status=0 start end
  start=$EPOCHREALTIME
  "$gnu_time" -f '%M %U %S' -o "$tmp/time.last" "$@" || status=$?
  end=$EPOCHREALTIME
  if [ "$status" -gt 1 ]; then
    echo "bench: '$*' exited $status" >&2
    exit 1
  fi
  tail -n 1 "$tmp/time.last" | awk -v a="$start" -v b="$end" '{printf "%.3f %d %.2f\n", b - a, $1, $2 + $3}' >>"$out"
}

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //' || echo unknown)
printf '# %s; %s cores; median of %s runs (1 at 1M claims unless BENCH_RUNS is set); load average %s\n' \
  "$cpu" "$(nproc)" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"

header='%-8s %7s %6s %8s %8s %8s %7s %6s %6s %9s %8s %11s %s\n'
rows=()
prev_time=
prev_cpu=
for n in $sizes; do
  dir="$tmp/c$n"
  "$gen" generate --seed "$seed" --claims "$n" --out "$dir" 2>/dev/null
  (cd "$dir" && find docs -type f -print0 | sort -z) >"$dir/files"
  files=$(tr -cd '\0' <"$dir/files" | wc -c)
  bytes=$(cd "$dir" && xargs -0 cat <files | wc -c)
  : >"$dir/report.times"
  : >"$dir/wc.times"
  size_runs=$runs
  if [ -z "${BENCH_RUNS:-}" ] && [ "$n" -ge 1000000 ]; then
    size_runs=1
  fi
  for _ in $(seq "$size_runs"); do
    (cd "$dir" && timed "$dir/wc.times" sh -c 'xargs -0 wc -w <files >/dev/null')
    (cd "$dir" && timed "$dir/report.times" sh -c "'$bin' report --format json docs >report.json")
  done
  t_report=$(cut -d' ' -f1 "$dir/report.times" | median)
  t_wc=$(cut -d' ' -f1 "$dir/wc.times" | median)
  rss_kb=$(cut -d' ' -f2 "$dir/report.times" | median)
  cpu_report=$(cut -d' ' -f3 "$dir/report.times" | median)
  recall=$("$gen" recall --json "$dir/planted.json" "$dir/report.json")
  claims=$(printf '%s' "$recall" | sed 's/.*"claims":\([0-9]*\).*/\1/')
  found=$(printf '%s' "$recall" | sed 's/.*"found":\([0-9]*\).*/\1/')
  planted=$(printf '%s' "$recall" | sed 's/.*"planted":\([0-9]*\).*/\1/')
  scale='-'
  if [ -n "$prev_time" ]; then
    scale=$(awk -v a="$t_report" -v b="$prev_time" -v c="$cpu_report" -v d="$prev_cpu" \
      'BEGIN {printf "%.1fx/%.1fx", (b > 0 ? a / b : 0), (d > 0 ? c / d : 0)}')
  fi
  prev_time=$t_report
  prev_cpu=$cpu_report
  rows+=("$(awk -v n="$n" -v files="$files" -v bytes="$bytes" -v claims="$claims" -v tr="$t_report" \
    -v tw="$t_wc" -v rss="$rss_kb" -v scale="$scale" -v found="$found" -v planted="$planted" \
    -v cpu="$cpu_report" 'BEGIN {
      mb = bytes / 1e6
      printf "%-8s %7d %6.1f %8d %7.2fs %7.2fs %6.2fs %5.1fx %6.1f %8.0fM %8.0f %11s %d/%d\n",
        n, files, mb, claims, tr, cpu, tw, (tw > 0 ? tr / tw : 0), (tr > 0 ? mb / tr : 0),
        rss / 1024, rss * 1024 / (claims > 0 ? claims : 1), scale, found, planted
    }')")
  rm -rf "$dir/docs" "$dir/report.json"
done

# shellcheck disable=SC2059
printf "$header" size files MB claims report "cpu" "wc -w" ratio "MB/s" "peak RSS" "B/claim" "scaling" recall
printf '%s\n' "${rows[@]}"

rte=../shared/eval/pairs/rte3-dev.jsonl
if [ -f "$rte" ]; then
  : >"$tmp/pairs.times"
  for _ in $(seq "$runs"); do
    timed "$tmp/pairs.times" sh -c "'$bin' pairs '$rte' >/dev/null"
  done
  t_pairs=$(cut -d' ' -f1 "$tmp/pairs.times" | median)
  n_pairs=$(grep -c . "$rte")
  awk -v n="$n_pairs" -v t="$t_pairs" 'BEGIN {
    printf "pairs: rte3-dev, %d pairs in %.2fs end to end (%.0f pairs/s, process start and output included)\n",
      n, t, (t > 0 ? n / t : 0)
  }'
else
  echo "pairs: $rte not present; skipped"
fi
