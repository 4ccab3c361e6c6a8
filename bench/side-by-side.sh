#!/usr/bin/env bash
# Side by side, in one run: `annotate --jsonl` (whole process, Release build: start-up, JSON in and out, all
# four kinds) against the npm peers chrono-node (dates) and compromise (quotes), timed in process in node
# after a warm-up, on the same JSONL corpus. Prints each one's MB/s, the ratios, and annotate's peak memory.
#
# Usage: bench/side-by-side.sh [TEXT_DIR] [MEGABYTES]
#   TEXT_DIR   folder of .txt news articles (default: ../shared/eval-data/polnear/train/text when present,
#              else a generated news corpus); documents repeat until the corpus holds MEGABYTES of text (default 12).
# Env: SKIP_BUILD=1 reuses the Release build; COMPROMISE_MB (default 1) bounds compromise's share, which runs
#      at well under 1 MB/s; the corpus and annotate's output stay in bench/.data (gitignored, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

text_dir=${1:-}
if [ -z "$text_dir" ] && [ -d ../shared/eval-data/polnear/train/text ]; then
  text_dir=../shared/eval-data/polnear/train/text
fi
megabytes=${2:-12}
data=bench/.data
mkdir -p "$data"
corpus=$data/side-by-side.jsonl

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build (Release)"
  dotnet build src/AnnotationSdk.Cli -c Release -v quiet -nologo >/dev/null
  dotnet build bench/AnnotationSdk.Benchmarks -c Release -v quiet -nologo >/dev/null
fi
if [ ! -d bench/node_modules/chrono-node ] || [ ! -d bench/node_modules/compromise ]; then
  echo "== npm ci (bench/)"
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

echo "== corpus: ${text_dir:-generated} -> $corpus"
bench/AnnotationSdk.Benchmarks/bin/Release/net10.0/AnnotationSdk.Benchmarks jsonl "$corpus" "$megabytes" ${text_dir:+--corpus "$text_dir"}

echo "== annotate --jsonl (whole process)"
measure=$data/annotate.time
/usr/bin/time -f '%e %M' -o "$measure" \
  src/AnnotationSdk.Cli/bin/Release/net10.0/AnnotationSdk.Cli --jsonl "$corpus" >"$data/annotate-out.jsonl"
read -r annotate_seconds annotate_peak_kb <"$measure"

echo "== peers (node $(node --version), in process after warm-up)"
peers=$data/peers.out
node bench/peers.mjs "$corpus" 1 "${COMPROMISE_MB:-1}" >"$peers"

node - "$corpus" "$annotate_seconds" "$annotate_peak_kb" "$peers" <<'JS'
const { readFileSync } = require('node:fs');
const [corpus, seconds, peakKb, peersPath] = process.argv.slice(2);
const textBytes = readFileSync(corpus, 'utf8').split('\n').filter(Boolean)
  .reduce((sum, line) => sum + Buffer.byteLength(JSON.parse(line).text, 'utf8'), 0);
const annotate = textBytes / 1e6 / Number(seconds);
const peers = readFileSync(peersPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const row = (name, mb, s, rate, ratio) =>
  console.log(`${name.padEnd(34)} ${mb.toFixed(2).padStart(8)} ${s.toFixed(2).padStart(9)} ${rate.toFixed(2).padStart(9)}   ${ratio}`);
console.log(`\n${'tool'.padEnd(34)} ${'MB text'.padStart(8)} ${'seconds'.padStart(9)} ${'MB/s'.padStart(9)}   annotate is`);
row('annotate --jsonl (all four kinds)', textBytes / 1e6, Number(seconds), annotate, '');
for (const peer of peers) row(peer.name, peer.megabytes, peer.seconds, peer.mbPerSecond, `${(annotate / peer.mbPerSecond).toFixed(1)}x faster`);
console.log(`\nannotate peak memory (max RSS): ${(Number(peakKb) / 1024).toFixed(0)} MB`);
const chrono = peers.find((peer) => peer.name.startsWith('chrono'));
console.log(`targets: >= 10x chrono-node: ${annotate / chrono.mbPerSecond >= 10 ? 'met' : 'NOT met'}; peak memory <= 400 MB: ${Number(peakKb) / 1024 <= 400 ? 'met' : 'NOT met'}`);
JS
