// Times the npm peers in process, after a warm-up, over the same JSONL that `annotate --jsonl` reads:
// chrono-node (dates) and compromise (quotes). Prints one JSON line per peer: name, MB of text, seconds, MB/s.
// compromise runs at well under 1 MB/s, so it is timed once, on the first COMPROMISE_MB of the corpus (a rate, not a
// total); chrono-node's timed pass over the whole corpus repeats PASSES times and is reported by the median of their
// times, as side-by-side.sh reports annotate's runs.
// Usage: node peers.mjs CORPUS.jsonl [WARMUP_MB] [COMPROMISE_MB] [PASSES]
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const [path, warmupArg, compromiseArg, passesArg] = process.argv.slice(2);
if (!path) {
  console.error('usage: node peers.mjs CORPUS.jsonl [WARMUP_MB] [COMPROMISE_MB] [PASSES]');
  process.exit(2);
}
const warmupBytes = Number(warmupArg ?? 1) * 1e6;
const passes = Math.max(1, Number(passesArg ?? 1));

const documents = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line))
  .map((doc) => ({ text: doc.text, reference: new Date(`${doc.referenceDate ?? '2025-04-30'}T12:00:00Z`) }));
for (const doc of documents) doc.bytes = Buffer.byteLength(doc.text, 'utf8');

const peers = [
  { name: 'chrono-node (dates)', maxBytes: Infinity, passes, annotate: (doc) => chrono.parse(doc.text, doc.reference).length },
  { name: 'compromise (quotes)', maxBytes: Number(compromiseArg ?? 1) * 1e6, passes: 1, annotate: (doc) => nlp(doc.text).quotations().length },
];

const timedPass = (maxBytes, annotate) => {
  let found = 0;
  let textBytes = 0;
  const start = process.hrtime.bigint();
  for (const doc of documents) {
    if (textBytes >= maxBytes) break;
    found += annotate(doc);
    textBytes += doc.bytes;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, textBytes, found };
};

for (const { name, maxBytes, passes: count, annotate } of peers) {
  // Warm-up: let the JIT compile the peer's hot paths before the clock starts.
  let warmed = 0;
  for (const doc of documents) {
    if (warmed >= warmupBytes) break;
    annotate(doc);
    warmed += doc.bytes;
  }

  // Every pass reads the same documents: only the time differs.
  const runs = Array.from({ length: count }, () => timedPass(maxBytes, annotate));
  const times = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const middle = times.length >> 1;
  const seconds = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  const { textBytes, found } = runs[0];
  console.log(JSON.stringify({
    name, megabytes: textBytes / 1e6, seconds, mbPerSecond: textBytes / 1e6 / seconds, found,
    fastest: times[0], slowest: times[times.length - 1],
  }));
}
