'use strict';
// Ranking on the real site: each query of tests/fixtures/search/cases.json must show its expected page (or
// section, when the expectation has an #anchor) among the first three results, or with "first": true as the very first
// result (its page, or its best section); a case with "skip" (the reason) waits
// for pages the site does not have yet, and the other tests leave it out too. Needs a built index:
//   dotnet run --project src/Mend.Cli -- build --output /tmp/site
//   MEND_SEARCH_INDEX_FILE=/tmp/site node --test tests/js/
// (the built site's folder, or its manifest assets/search-index.<hash>.js; the shards are read beside it).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fixtures, openIndex, openEngine, find, topLinks } = require('./helpers');

const file = process.env.MEND_SEARCH_INDEX_FILE;
const allCases = JSON.parse(fs.readFileSync(path.join(fixtures, 'cases.json'), 'utf8'));
const cases = allCases.filter((c) => !c.skip);
const skip = file ? false : 'MEND_SEARCH_INDEX_FILE is not set: set it to a built site folder or its search-index.*.js';

test('cases.json holds the required queries and at least 20 more', () => {
  const queries = allCases.map((c) => c.query);
  for (const q of ['stonewalling', 'stonewaling', 'conditional apology', 'anniversary', 'late for dinner', 'attachment', 'forgive',
    "he won't talk to me", 'my partner cheated on me', 'gratitude', "they won't accept my apology", 'how do i forgive']) {
    assert.ok(queries.includes(q), q);
  }
  assert.ok(cases.length >= 27, `${cases.length} cases`);
  assert.equal(new Set(queries).size, queries.length, 'no query twice');
});

test('real site: expected pages in the top three, or first', { skip }, async (t) => {
  const engine = openEngine(file);
  for (const c of allCases) {
    await t.test(c.query, { skip: c.skip || false }, () => {
      const n = c.first ? 1 : 3;
      const links = topLinks(find(engine, c.query, null, 3, false), n);
      const expected = [].concat(c.expect);
      assert.ok(links.some((link) => expected.some((e) => link.startsWith(e))),
        `"${c.query}": expected ${expected.join(' or ')} ${c.first ? 'first' : 'in the top 3'}, got ${links.join(', ')}`);
    });
  }
});

test('cases.json: the danger words put the safety guide first', () => {
  const first = allCases.filter((c) => c.first).map((c) => c.query);
  for (const q of ['he hits me', 'gaslighting', 'is it abuse', 'he threatens me', 'my boyfriend is controlling', 'he tried to choke me']) {
    assert.ok(first.includes(q), q);
  }
});

test('real site: every query answers in well under 10 ms', { skip }, () => {
  const engine = openEngine(file);
  for (const c of cases) find(engine, c.query, null, 8);
  const started = process.hrtime.bigint();
  for (let i = 0; i < 5; i++) for (const c of cases) engine.search(c.query);
  const perQuery = Number(process.hrtime.bigint() - started) / 1e6 / (5 * cases.length);
  assert.ok(perQuery < 10, `${perQuery.toFixed(2)} ms per query`);
});

test('real site: a first query loads the manifest and a few shards, a small part of the index', { skip }, () => {
  const index = openIndex(file);
  let whole = 0;
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    if (e.isDirectory()) walk(path.join(dir, e.name));
    else whole += fs.statSync(path.join(dir, e.name)).size;
  });
  walk(path.join(path.dirname(require('./helpers').manifestFile(file)), index.manifest.base));
  for (const c of cases) {
    index.reset();
    find(openEngine(index), c.query, null, 8, false); // what the header box shows
    assert.ok(index.loaded < whole / 4, `"${c.query}" loaded ${index.loaded} of ${whole} bytes`);
  }
});
