#!/usr/bin/env node
'use strict';
// Benchmark of the search client: a synthetic 1,000-page index (300 guides of 7 sections, 700 catalog entries,
// with text sizes like the real site's), queries typed one character at a time. Each keystroke runs what the
// page runs: the search, then the highlighted titles and snippets of the results it would show.
// It prints the figures; with --assert it also fails (exit code 1) when p95 reaches 10 ms. Wall-clock times on
// a busy machine are noisy: the mean CPU time per keystroke is the steadier figure.
//   node tests/js/bench-search.js [pages] [queries] [--assert]
const { loadSearch } = require('./helpers');

const S = loadSearch();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const check = process.argv.includes('--assert');
const pages = Number(args[0] || 1000);
const queryCount = Number(args[1] || 300);

// A seeded generator, so every run measures the same index and queries.
let seed = 20240611;
function random() {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const common = ('the a to of and you it that is in your for they this be with not what can on when as ' +
  'their or if but at them one how more do about time feel other person people someone before hurt sorry ' +
  'repair trust partner friend family work listen apology apologise forgive understand change again talk ' +
  'moment feeling felt said something relationship conversation mistake impact responsibility pattern week ' +
  'month message dinner plans promise anger quiet space respect blame credit colleague sibling parent child ' +
  'habit phone money chores birthday anniversary argument defensive stonewalling withdraw emotion calm ' +
  'honest honesty betrayal secret privacy boundary safety support therapy counsellor grief loss stress ' +
  'reliable consistent patience amends acknowledge rupture step guide example notice name regret offer ask ' +
  'make right need help small large serious everyday minor moderate major late forgot forgetting missed').split(' ');
const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'qui', 'ra', 'se',
  'ti', 'vo', 'wa', 'xe', 'yo', 'za', 'bre', 'cla', 'dro', 'fle', 'gri', 'pla', 'sto', 'tra', 'ment', 'ness',
  'ing', 'tion', 'ous', 'ful', 'ly', 'er', 'al'];
const rare = [];
for (let i = 0; i < 12000; i++) {
  let word = '';
  const n = 2 + Math.floor(random() * 3);
  for (let k = 0; k < n; k++) word += pick(syllables);
  rare.push(word);
}
function word() {
  // About half the words are common ones; the rest follow a Zipf-like tail over a large vocabulary.
  if (random() < 0.55) return pick(common);
  return rare[Math.floor(rare.length * Math.pow(random(), 2.2))];
}
function sentence() {
  const n = 8 + Math.floor(random() * 14);
  const words = [];
  for (let i = 0; i < n; i++) words.push(word());
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (random() < 0.2) words[Math.floor(random() * n)] += '’s';
  return words.join(' ') + (random() < 0.1 ? '?' : '.');
}
function text(chars) {
  let out = '';
  while (out.length < chars) out += (out ? ' ' : '') + sentence();
  return out;
}
function title(n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(word());
  return words.join(' ').replace(/^./, (c) => c.toUpperCase());
}

const records = [];
const severities = ['minor', 'moderate', 'major', 'everyday'];
const relationships = ['romantic', 'friendship', 'family', 'work', 'other'];
for (let p = 0; p < pages; p++) {
  const tags = [word(), word(), word()];
  if (p < pages * 0.3) {
    const t = title(4 + Math.floor(random() * 4));
    records.push({ u: `guides/g${p}/`, t, h: '', b: text(500), g: tags, k: 'guide', s: '', r: [] });
    for (let s = 0; s < 7; s++) {
      records.push({ u: `guides/g${p}/#s${s}`, t, h: title(2 + Math.floor(random() * 4)), b: text(700 + random() * 700), g: tags, k: 'guide', s: '', r: [] });
    }
  } else if (p < pages * 0.95) {
    const r = relationships.filter(() => random() < 0.5);
    records.push({ u: `ruptures/e${p}/`, t: title(5), h: '', b: text(500 + random() * 300), g: tags, k: 'rupture', s: pick(severities), r: r.length ? r : ['other'] });
  } else {
    records.push({ u: `challenges/c${p}/`, t: title(2), h: '', b: text(1600 + random() * 400), g: tags, k: 'challenge', s: '', r: [] });
  }
}
const data = {
  version: 1,
  weights: { title: 8, heading: 5, tags: 3, body: 1 },
  kinds: [['guide', 'Guides', 'Guide'], ['rupture', 'Examples', 'Example'], ['challenge', 'What gets in the way', 'What gets in the way']],
  severities: severities.map((s) => [s, s]),
  relationships: relationships.map((r) => [r, r]),
  records,
};
const size = Buffer.byteLength(JSON.stringify(data));

// The time to build the in-memory index once the file has loaded (a fresh engine each time; the first includes
// warming up the JIT, as in a browser).
const loads = [];
let engine;
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  engine = S.createIndex(data);
  loads.push(Number(process.hrtime.bigint() - t0) / 1e6);
}

// Queries: 1 to 4 words from a record's title, heading or body, some with a typo (a swap or a dropped letter).
const queries = [];
for (let q = 0; q < queryCount; q++) {
  const rec = pick(records);
  const source = S.tokenize(`${rec.t} ${rec.h} ${rec.b}`).filter((w) => w.length > 2);
  const n = 1 + Math.floor(random() * 4);
  const start = Math.floor(random() * Math.max(1, source.length - n));
  const words = source.slice(start, start + n);
  if (random() < 0.25) {
    const i = Math.floor(random() * words.length);
    const w = words[i];
    if (w.length >= 5) {
      const at = 1 + Math.floor(random() * (w.length - 2));
      words[i] = random() < 0.5 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w.slice(0, at) + w.slice(at + 1);
    }
  }
  queries.push(words.join(' '));
}

function keystroke(query) {
  const results = engine.search(query);
  // What the header box and the search page build from the results: highlighted titles, headings, snippets.
  let pieces = 0;
  for (const g of results.groups.slice(0, 10)) {
    pieces += S.highlight(g.title, results.matchTerms).length;
    for (const section of g.sections.slice(0, 3)) {
      pieces += S.highlight(section.heading, results.matchTerms).length;
      pieces += S.snippet(section.body, results.matchTerms, 160).length;
    }
  }
  return pieces;
}

// Warm up, then time every keystroke of every query.
for (const q of queries.slice(0, 20)) for (let i = 1; i <= q.length; i++) keystroke(q.slice(0, i));
const times = [];
const searchOnly = [];
const cpuStart = process.cpuUsage();
for (const q of queries) {
  for (let i = 1; i <= q.length; i++) {
    const typed = q.slice(0, i);
    let t0 = process.hrtime.bigint();
    engine.search(typed);
    searchOnly.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    keystroke(typed);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const cpu = process.cpuUsage(cpuStart);
const cpuPerKeystroke = (cpu.user + cpu.system) / 1000 / times.length; // both loops: search, then search + text
const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
};
const f = (ms) => ms.toFixed(2);
const k = stats(times);
const s = stats(searchOnly);
console.log(`synthetic index: ${pages} pages, ${records.length} records, ${engine.termCount} terms, ${(size / 1024 / 1024).toFixed(2)} MB of JSON`);
console.log(`building the in-memory index: first ${f(loads[0])} ms, then ${loads.slice(1).map(f).join(' / ')} ms`);
console.log(`${queries.length} queries typed one character at a time: ${times.length} keystrokes`);
console.log(`per keystroke, search only:           median ${f(s.median)} ms, p95 ${f(s.p95)} ms, p99 ${f(s.p99)} ms, max ${f(s.max)} ms`);
console.log(`per keystroke, search + results text: median ${f(k.median)} ms, p95 ${f(k.p95)} ms, p99 ${f(k.p99)} ms, max ${f(k.max)} ms`);
console.log(`mean CPU time per keystroke (search, then search + results text): ${f(cpuPerKeystroke)} ms`);
console.log(k.p95 < 10 ? 'OK: p95 under 10 ms per keystroke' : 'SLOW: p95 is 10 ms or more per keystroke');
if (check && k.p95 >= 10) process.exitCode = 1;
