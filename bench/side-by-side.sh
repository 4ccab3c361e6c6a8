#!/usr/bin/env bash
# Side by side, in one run: `annotate --jsonl` (whole process, start-up, JSON in and out, all four kinds; both
# the Release build on the .NET runtime and the native AOT build) against the npm peers chrono-node (dates) and compromise (quotes), timed in process in node
# after a warm-up, on the same JSONL corpus. Prints each one's MB/s, the ratios, and annotate's peak memory. The native
# build also runs with `--kinds date`, which runs only the date rules: the same work as chrono-node, compared like for like.
#
# Usage: bench/side-by-side.sh [TEXT_DIR] [MEGABYTES]
#   TEXT_DIR   folder of .txt news articles (default: ../shared/eval-data/polnear/train/text when present,
#              else a generated news corpus); documents repeat until the corpus holds MEGABYTES of text (default 12).
# Env: SKIP_BUILD=1 reuses the Release and native builds; RUNS (default 5) is how many times each annotate build runs and
#      chrono-node's timed pass repeats, each reported as the median run (one run's wall clock moves by a third on a
#      shared host); COMPROMISE_MB (default 1) bounds compromise's share, which runs at well under 1 MB/s and is timed
#      once; the corpus and annotate's output stay in bench/.data (gitignored, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

text_dir=${1:-}
if [ -z "$text_dir" ] && [ -d ../shared/eval-data/polnear/train/text ]; then
  text_dir=../shared/eval-data/polnear/train/text
fi
megabytes=${2:-12}
runs=${RUNS:-5}
data=bench/.data
mkdir -p "$data"
corpus=$data/side-by-side.jsonl

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build (Release)"
  dotnet build src/AnnotationSdk.Cli -c Release -v quiet -nologo >/dev/null
  dotnet build bench/AnnotationSdk.Benchmarks -c Release -v quiet -nologo >/dev/null
  echo "== publish (native AOT, about a minute)"
  dotnet publish src/AnnotationSdk.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/annotate -v quiet -nologo >/dev/null
fi
if [ ! -d bench/node_modules/chrono-node ] || [ ! -d bench/node_modules/compromise ]; then
  echo "== npm ci (bench/)"
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

echo "== corpus: ${text_dir:-generated} -> $corpus"
bench/AnnotationSdk.Benchmarks/bin/Release/net10.0/AnnotationSdk.Benchmarks jsonl "$corpus" "$megabytes" ${text_dir:+--corpus "$text_dir"}

echo "== annotate --jsonl (whole process: .NET runtime, then native AOT; $runs runs each, alternated)"
: >"$data/annotate.time"
: >"$data/annotate-native.time"
: >"$data/annotate-dates.time"
for _ in $(seq "$runs"); do
  /usr/bin/time -f '%e %M' -a -o "$data/annotate.time" \
    src/AnnotationSdk.Cli/bin/Release/net10.0/AnnotationSdk.Cli --jsonl "$corpus" >"$data/annotate-out.jsonl"
  /usr/bin/time -f '%e %M' -a -o "$data/annotate-native.time" \
    artifacts/annotate/AnnotationSdk.Cli --jsonl "$corpus" >"$data/annotate-native-out.jsonl"
  /usr/bin/time -f '%e %M' -a -o "$data/annotate-dates.time" \
    artifacts/annotate/AnnotationSdk.Cli --jsonl "$corpus" --kinds date >"$data/annotate-dates-out.jsonl"
done
cmp -s "$data/annotate-out.jsonl" "$data/annotate-native-out.jsonl" || { echo "the native build's output differs from the runtime build's" >&2; exit 1; }

echo "== peers (node $(node --version), in process after warm-up)"
peers=$data/peers.out
node bench/peers.mjs "$corpus" 1 "${COMPROMISE_MB:-1}" "$runs" >"$peers"

node - "$corpus" "$data/annotate.time" "$data/annotate-native.time" "$data/annotate-dates.time" "$peers" <<'JS'
const { readFileSync } = require('node:fs');
const [corpus, runtimeTime, nativeTime, datesTime, peersPath] = process.argv.slice(2);
const textBytes = readFileSync(corpus, 'utf8').split('\n').filter(Boolean)
  .reduce((sum, line) => sum + Buffer.byteLength(JSON.parse(line).text, 'utf8'), 0);
// A time file holds a line per run: wall seconds and peak KB. A build is reported by its median run and largest peak.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (path) => {
  const runs = readFileSync(path, 'utf8').trim().split('\n').map((line) => line.trim().split(' ').map(Number));
  const seconds = runs.map(([wall]) => wall);
  return { seconds: median(seconds), fastest: Math.min(...seconds), slowest: Math.max(...seconds), peakKb: Math.max(...runs.map(([, kb]) => kb)), runs: runs.length };
};
const runtime = summary(runtimeTime);
const native = summary(nativeTime);
const dates = summary(datesTime);
const annotate = textBytes / 1e6 / native.seconds;
const peers = readFileSync(peersPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const row = (name, mb, s, rate, ratio) =>
  console.log(`${name.padEnd(34)} ${mb.toFixed(2).padStart(8)} ${s.toFixed(2).padStart(9)} ${rate.toFixed(2).padStart(9)}   ${ratio}`);
console.log(`\n${'tool'.padEnd(34)} ${'MB text'.padStart(8)} ${'seconds'.padStart(9)} ${'MB/s'.padStart(9)}   annotate is`);
row('annotate --jsonl, .NET runtime', textBytes / 1e6, runtime.seconds, textBytes / 1e6 / runtime.seconds, '');
row('annotate --jsonl, native AOT', textBytes / 1e6, native.seconds, annotate, '(the rows below compare this one)');
for (const peer of peers) row(peer.name, peer.megabytes, peer.seconds, peer.mbPerSecond, `${(annotate / peer.mbPerSecond).toFixed(1)}x faster`);
const chrono = peers.find((peer) => peer.name.startsWith('chrono'));
const datesRate = textBytes / 1e6 / dates.seconds;
row('annotate --jsonl --kinds date, AOT', textBytes / 1e6, dates.seconds, datesRate, `${(datesRate / chrono.mbPerSecond).toFixed(1)}x chrono-node (dates alone, like for like)`);
console.log(`\nmedians of ${native.runs} runs: native ${native.fastest.toFixed(2)} to ${native.slowest.toFixed(2)} s, ` +
  `dates alone ${dates.fastest.toFixed(2)} to ${dates.slowest.toFixed(2)} s, runtime ${runtime.fastest.toFixed(2)} to ${runtime.slowest.toFixed(2)} s, chrono-node's passes ${chrono.fastest.toFixed(2)} to ${chrono.slowest.toFixed(2)} s`);
console.log(`annotate peak memory (max RSS): ${(runtime.peakKb / 1024).toFixed(0)} MB on the .NET runtime, ${(native.peakKb / 1024).toFixed(0)} MB native`);
console.log(`targets: >= 10x chrono-node: ${annotate / chrono.mbPerSecond >= 10 ? 'met' : 'NOT met'}; peak memory <= 400 MB: ${Math.max(native.peakKb, runtime.peakKb) / 1024 <= 400 ? 'met' : 'NOT met'}`);
JS
