'use strict';
// Ranking on the real site: each query of tests/fixtures/search/cases.json must show its expected page (or
// section, when the expectation has an #anchor) among the first three results. Needs a built index:
//   dotnet run --project src/Mend.Cli -- build --output /tmp/site
//   MEND_SEARCH_INDEX_FILE=/tmp/site node --test tests/js/
// (the file assets/search-index.<hash>.js itself, or the built site's folder).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fixtures, loadSearch, loadIndexData, topLinks } = require('./helpers');

const file = process.env.MEND_SEARCH_INDEX_FILE;
const cases = JSON.parse(fs.readFileSync(path.join(fixtures, 'cases.json'), 'utf8'));
const skip = file ? false : 'MEND_SEARCH_INDEX_FILE is not set: set it to a built site folder or its search-index.*.js';

test('cases.json holds the required queries and at least 20 more', () => {
  const queries = cases.map((c) => c.query);
  for (const q of ['stonewalling', 'stonewaling', 'conditional apology', 'anniversary', 'late for dinner', 'attachment', 'forgive']) {
    assert.ok(queries.includes(q), q);
  }
  assert.ok(cases.length >= 27, `${cases.length} cases`);
  assert.equal(new Set(queries).size, queries.length, 'no query twice');
});

test('real site: expected pages in the top three', { skip }, async (t) => {
  const S = loadSearch();
  const engine = S.createIndex(loadIndexData(file));
  for (const c of cases) {
    await t.test(c.query, () => {
      const links = topLinks(engine.search(c.query), 3);
      const expected = [].concat(c.expect);
      assert.ok(links.some((link) => expected.some((e) => link.startsWith(e))),
        `"${c.query}": expected ${expected.join(' or ')} in the top 3, got ${links.join(', ')}`);
    });
  }
});

test('real site: every query answers in well under 10 ms', { skip }, () => {
  const S = loadSearch();
  const engine = S.createIndex(loadIndexData(file));
  for (const c of cases) engine.search(c.query);
  const started = process.hrtime.bigint();
  for (let i = 0; i < 5; i++) for (const c of cases) engine.search(c.query);
  const perQuery = Number(process.hrtime.bigint() - started) / 1e6 / (5 * cases.length);
  assert.ok(perQuery < 10, `${perQuery.toFixed(2)} ms per query`);
});
