'use strict';
// A query with no results is not a dead end: spelling suggestions from the index's terms (search-suggest.js), and
// the safety line's condition: a phrase of the query pins the safety guide (the manifest's `safety`).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { fixtures, loadSearch, runScript, openEngine, find } = require('./helpers');
const { writeIndex } = require('./index-writer');

const S = loadSearch();

function engineWith(extra) {
  const written = writeIndex({ ...runScript(path.join(fixtures, 'index.js')), ...extra });
  return openEngine({ manifest: written.manifest, load: (name, callback) => callback(written.files.get(name)) });
}

function suggestionsOf(engine, query) {
  let found = null;
  let calls = 0;
  find(engine, query);
  S.suggest(engine, query, (list) => { found = list; calls++; });
  assert.ok(found, 'the loader is synchronous, so suggestions come at once');
  assert.equal(calls, 1, 'once');
  return found;
}

test('edit distance counts insertions, deletions, substitutions and swaps, and stops past the most it is asked for', () => {
  assert.equal(S.editDistance('apology', 'apology', 2), 0);
  assert.equal(S.editDistance('aplogy', 'apology', 2), 1);
  assert.equal(S.editDistance('frogive', 'forgive', 2), 1, 'two letters side by side swapped is one edit');
  assert.equal(S.editDistance('aplogyy', 'apology', 2), 2);
  assert.equal(S.editDistance('zxqv', 'apology', 2), 3, 'past the most: max + 1');
  assert.equal(S.editDistance('kitten', 'sitting', 3), 3);
});

test('the closest terms come nearest first, then the most common, within the edits a word of its length may have', () => {
  const terms = [['forgive', 3], ['forget', 9], ['forgave', 1], ['forgiven', 2], ['apology', 5]];
  assert.deepEqual(S.closestTerms('forgve', terms, 3), ['forgive', 'forgave', 'forget']);
  assert.deepEqual(S.closestTerms('forgivve', terms, 2), ['forgive', 'forgiven']);
  assert.deepEqual(S.closestTerms('hte', [['the', 9]], 3), [], 'a word of three letters is not guessed at');
  assert.deepEqual(S.closestTerms('forgive', terms, 3).includes('forgive'), false, 'never the word itself');
});

test('a query with no results is offered the index terms closest to its words, also past a typo in the first two letters', () => {
  const engine = engineWith({});
  assert.equal(find(engine, 'stnoewallign').total, 0);
  assert.deepEqual(suggestionsOf(engine, 'stnoewallign')[0], 'stonewalling');
  assert.equal(find(engine, 'nainversary').total, 0);
  assert.equal(suggestionsOf(engine, 'nainversary')[0], 'anniversary');
  assert.deepEqual(suggestionsOf(engine, 'zxqv'), [], 'nothing close: no suggestion');
});

test('a word that matches keeps its place in a suggestion; only the others are replaced', () => {
  const engine = engineWith({});
  const words = suggestionsOf(engine, 'qqqqqq stnoewallign')[0];
  assert.equal(words, 'stonewalling', 'a word with nothing close is left out');
});

test('the words of search.yml are suggested too, so a misspelt phrase finds its pages', () => {
  const engine = engineWith({ phrases: [['gaslighting', ['challenges/stonewalling/']]] });
  assert.equal(suggestionsOf(engine, 'gaslihgting')[0], 'gaslighting');
});

test('the safety line shows when a phrase of the query pins the safety guide, and only then', () => {
  const engine = engineWith({
    safety: 'ruptures/infidelity/',
    phrases: [['hits me', ['ruptures/infidelity/']], ['dinner', ['ruptures/late-without-message/']]],
  });
  const hits = find(engine, 'he hits me');
  assert.equal(hits.safety, true);
  assert.equal(hits.groups[0].url, 'ruptures/infidelity/');
  assert.equal(find(engine, 'hitting me again').safety, true, 'any form of the words');
  assert.equal(find(engine, 'he hits me', { filters: { kind: ['guide'] } }).safety, true, 'whatever the filters');
  assert.equal(find(engine, 'dinner').safety, false, 'a phrase that pins another page');
  assert.equal(find(engine, 'infidelity').safety, false, 'the page found by its words, not pinned');
  assert.equal(engine.pinsSafety('me hits'), false, 'the words out of order');
  assert.equal(engineWith({ phrases: [['hits me', ['ruptures/infidelity/']]] }).pinsSafety('he hits me'), false,
    'a manifest without a safety guide');
});
