'use strict';
// The readers' words of a site's search.yml, in the search client: synonyms and phrases (as the build writes them
// into the manifest, here by index-writer.js over the records of tests/fixtures/search/index.js), and the quote a
// catalog entry's result shows.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { fixtures, loadSearch, runScript, openEngine, find } = require('./helpers');
const { writeIndex } = require('./index-writer');

const S = loadSearch();

/** An engine over the fixture's records with `extra` (synonyms, phrases) added, and quotes on two entries. */
function engineWith(extra) {
  const data = runScript(path.join(fixtures, 'index.js'));
  const quotes = {
    'ruptures/infidelity/': 'I broke your trust, and I will answer every question you have.',
    'challenges/stonewalling/': 'I need twenty minutes to calm down, then I want to come back to this.',
  };
  data.records = data.records.map((r) => (quotes[r.u] ? { ...r, q: quotes[r.u] } : r));
  const written = writeIndex({ ...data, ...extra });
  return openEngine({ manifest: written.manifest, load: (name, callback) => callback(written.files.get(name)) });
}

const links = (results) => results.groups.map((g) => g.url);

test('a synonym group is found by any of its words, as written or by stem', () => {
  const synonymsOf = S.synonymTable([['cheated', 'affair', 'infidelity'], ['thanks', 'gratitude']]);
  assert.deepEqual(synonymsOf('affair'), ['cheated', 'infidelity']);
  assert.deepEqual(synonymsOf('affairs'), ['cheated', 'affair', 'infidelity']);
  assert.deepEqual(synonymsOf('cheat'), ['cheated', 'affair', 'infidelity'], 'cheated stems to cheat');
  assert.deepEqual(synonymsOf('thanking'), ['thanks', 'gratitude']);
  assert.deepEqual(synonymsOf('sorry'), []);
});

test("a phrase matches its words in a row, stemmed, whatever the apostrophe: won't, wont and won’t alike", () => {
  const manifestPhrases = [['wont talk', 'D'], ['ignoring me', 'B'], ['he wont talk to me', 'CD']];
  const pagesOf = S.phraseTable(manifestPhrases);
  assert.deepEqual(pagesOf("they won't talk"), [3]);
  assert.deepEqual(pagesOf('they wont TALK'), [3]);
  assert.deepEqual(pagesOf('they won’t talk'), [3]);
  assert.deepEqual(pagesOf('she ignores me'), [1], 'ignores and ignoring share a stem');
  assert.deepEqual(pagesOf('talk wont'), [], 'the words in the phrase order');
  assert.deepEqual(pagesOf('won\'t ever talk'), [], 'and next to each other');
  assert.deepEqual(pagesOf("he won't talk to me"), [2, 3], 'the longer phrase first, a page once');
});

test('a query word finds the pages of its synonyms, and highlights them', () => {
  const plain = find(engineWith({}), 'unfaithful partner');
  assert.ok(!links(plain).includes('ruptures/infidelity/'), 'without synonyms nothing says unfaithful');
  const results = find(engineWith({ synonyms: [['unfaithful', 'affair', 'infidelity']] }), 'unfaithful partner');
  assert.equal(links(results)[0], 'ruptures/infidelity/');
  assert.ok(results.matchTerms.has('affair') && results.matchTerms.has('infidelity'));
});

test('a synonym counts as much as a stem: the word itself still ranks first', () => {
  const engine = engineWith({ synonyms: [['affair', 'dinner']] });
  const results = find(engine, 'dinner');
  assert.equal(links(results)[0], 'ruptures/late-without-message/');
  assert.ok(links(results).includes('ruptures/infidelity/'));
});

test("a phrase puts the pages it names first, in the author's order, even one no query word is in", () => {
  const engine = engineWith({ phrases: [["won't talk", ['challenges/stonewalling/', 'guides/what-gets-in-the-way/']], ['dinner', ['ruptures/infidelity/']]] });
  const results = find(engine, 'why won’t my partner talk about the dinner');
  assert.deepEqual(links(results).slice(0, 2), ['ruptures/infidelity/', 'ruptures/late-without-message/'],
    '"won’t talk" is not in a row here; "dinner" is, and names a page that does not say it');
  assert.equal(results.groups[0].pinned, true);
  assert.equal(results.groups[1].pinned, false);

  const talk = find(engine, "he won't talk to me");
  assert.deepEqual(links(talk).slice(0, 2), ['challenges/stonewalling/', 'guides/what-gets-in-the-way/']);
  assert.ok(talk.groups.slice(0, 2).every((g) => g.pinned));
});

test('a page a phrase names still has to pass the filters', () => {
  const engine = engineWith({ phrases: [['dinner', ['ruptures/infidelity/']]] });
  const results = find(engine, 'dinner', { filters: { kind: ['guide'] } });
  assert.ok(!links(results).includes('ruptures/infidelity/'));
});

test("a catalog entry's result carries its quote; other results have none", () => {
  const results = find(engineWith({}), 'trust stonewalling');
  const quoteOf = (url) => results.groups.find((g) => g.url === url).quote;
  assert.equal(quoteOf('ruptures/infidelity/'), 'I broke your trust, and I will answer every question you have.');
  assert.equal(quoteOf('guides/what-gets-in-the-way/'), '');
});
