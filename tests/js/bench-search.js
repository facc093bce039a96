#!/usr/bin/env node
'use strict';
// Benchmark of the search client on a synthetic site (synthetic.js: 30% guides of 7 sections, 65% catalog entries,
// 5% challenges, with text sizes like the real site's), queries typed one character at a time, 1 to 4 words from a
// record, a quarter with a typo. It reports:
//   - the bytes a first query loads on a fresh page: the manifest and the shards it needs, for the header box (8
//     results, no text) and for the search page (30 results with their text), typed at once (pasted, or the search
//     page's #q=) and typed one character at a time with every keystroke's shards loaded;
//   - the time per keystroke: the search, then the highlighted titles and snippets of the results the page would
//     show, with what the keystroke needs loaded (reading the files is left out: in a browser they load
//     asynchronously, and the box keeps the last results until then).
// The index is sharded in memory as the build would (index-writer.js), or, with --site, the one a C# build wrote
// for the input make-synthetic-site.js made with the same number of pages. With --assert it fails (exit code 1)
// when the p95 keystroke reaches 10 ms or a first query (typed at once, header box) loads 300 KB or more at p95.
//   node tests/js/bench-search.js [pages] [queries] [--site FOLDER] [--assert]
const { openIndex, openEngine, loadSearch } = require('./helpers');
const { syntheticData, random } = require('./synthetic');

const S = loadSearch();
const argv = process.argv.slice(2);
const siteAt = argv.indexOf('--site');
const site = siteAt >= 0 ? argv[siteAt + 1] : null;
const args = argv.filter((a, i) => !a.startsWith('--') && !(siteAt >= 0 && i === siteAt + 1));
const check = argv.includes('--assert');
const pages = Number(args[0] || 1000);
const queryCount = Number(args[1] || 300);

const data = syntheticData(pages);
const records = data.records;
let index;
if (site) {
  index = openIndex(site);
} else {
  const written = require('./index-writer').writeIndex(data);
  index = {
    manifest: written.manifest, loaded: written.bytes.get('manifest'), files: [],
    load(name, callback) { index.loaded += written.bytes.get(name); index.files.push(name); callback(written.files.get(name)); },
    reset() { index.loaded = written.bytes.get('manifest'); index.files = []; },
  };
}
// Time spent reading files, left out of the keystroke times. Files read once are kept (a browser caches them too),
// so the times below are not disturbed by node reading scripts; decoding them is still timed.
let loadTime = 0;
const cache = new Map();
const sizes = new Map();
const load = index.load;
index.load = (name, callback) => {
  const t0 = process.hrtime.bigint();
  let value = cache.get(name);
  if (!cache.has(name)) {
    const before = index.loaded;
    load(name, (v) => { value = v; });
    sizes.set(name, index.loaded - before);
    cache.set(name, value);
  } else {
    index.loaded += sizes.get(name);
  }
  loadTime += Number(process.hrtime.bigint() - t0) / 1e6;
  callback(value);
};
const fresh = () => { index.reset(); return openEngine(index); };

// Queries: 1 to 4 words from a record's title, heading or body, some with a typo (a swap or a dropped letter).
const pick = (list) => list[Math.floor(random() * list.length)];
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

/** One keystroke as the page runs it: load what is needed, search, load and show the results with snippets. */
function keystroke(engine, query, shown, withText) {
  engine.prepare(query, null, () => {});
  const results = engine.search(query, { limit: shown }); // as search-ui.js asks: build only the groups shown
  engine.describe(results, shown, withText, () => {});
  let pieces = 0;
  for (const g of results.groups.slice(0, shown)) {
    pieces += S.highlight(g.title, results.matchTerms).length;
    for (const section of g.sections.slice(0, 3)) {
      pieces += S.highlight(section.heading, results.matchTerms).length;
      if (withText) pieces += S.snippet(section.body, results.matchTerms, 160).length;
    }
  }
  return pieces;
}

const box = [];
const page = [];
const typed = [];
for (const q of queries) {
  keystroke(fresh(), q, 8, false);
  box.push(index.loaded);
  keystroke(fresh(), q, 30, true);
  page.push(index.loaded);
  const engine = fresh();
  for (let i = 1; i <= q.length; i++) keystroke(engine, q.slice(0, i), 8, false);
  typed.push(index.loaded);
}

// Keystroke times: each query on a fresh page, typed one character at a time, the search page's work each time.
const times = [];
for (const q of queries.slice(0, 20)) { const e = fresh(); for (let i = 1; i <= q.length; i++) keystroke(e, q.slice(0, i), 10, true); }
for (const q of queries) {
  const engine = fresh();
  for (let i = 1; i <= q.length; i++) {
    loadTime = 0;
    const t0 = process.hrtime.bigint();
    keystroke(engine, q.slice(0, i), 10, true);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 - loadTime);
  }
}

const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const kb = (list) => { const s = stats(list); return `median ${(s.median / 1024).toFixed(1)} KB, p95 ${(s.p95 / 1024).toFixed(1)} KB, max ${(s.max / 1024).toFixed(1)} KB`; };
const f = (ms) => ms.toFixed(2);
const k = stats(times);
const manifestBytes = fresh() && index.loaded;
console.log(`${site ? `C#-built site ${site}` : 'synthetic index sharded in memory'}: ${pages} pages, ${records.length} records; manifest ${(manifestBytes / 1024).toFixed(1)} KB`);
console.log(`${queries.length} queries, loaded by a first query on a fresh page (manifest included):`);
console.log(`  header box, typed at once:        ${kb(box)}`);
console.log(`  search page, typed at once:       ${kb(page)}`);
console.log(`  header box, one key at a time:    ${kb(typed)}`);
console.log(`per keystroke (${times.length}), search + results with snippets: median ${f(k.median)} ms, p95 ${f(k.p95)} ms, max ${f(k.max)} ms`);
const ok = k.p95 < 10 && stats(box).p95 < 300 * 1024;
console.log(ok ? 'OK: p95 under 10 ms per keystroke and under 300 KB per first query' : 'OVER: a p95 target is missed');
if (check && !ok) process.exitCode = 1;
