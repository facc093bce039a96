'use strict';
// Unit tests of the theme's search client (themes/default/assets/search-*.js), on small checked-in fixtures.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { searchScripts, fixtures, loadSearch, openIndex, openEngine, find, topLinks } = require('./helpers');

const S = loadSearch();
const engine = openEngine(path.join(fixtures, 'index.js'));
// The engine searches what is loaded: these load what a query needs first, as the page does.
const search = (query, options) => find(engine, query, options);
const expand = (word) => {
  engine.prepare(word, null, () => {});
  return engine.expand(word);
};
const text = (pieces) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('tokenize matches every case of the shared fixture (the C# SearchTokenizer reads the same file)', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(fixtures, 'tokenize.json'), 'utf8'));
  assert.ok(cases.length >= 20);
  for (const c of cases) {
    assert.deepEqual(S.tokenize(c.input), c.tokens, `tokens of ${JSON.stringify(c.input)}`);
  }
});

test('fold lower-cases and removes accents', () => {
  assert.equal(S.fold('Café DÉJÀ Vu'), 'cafe deja vu');
  assert.equal(S.fold('Cafe\u0301'), 'cafe');
  assert.equal(S.fold('ΟΔΟΣ'), 'οδοσ');
});

test('word spans point at the words in the original text', () => {
  const input = 'Don’t  say “Café”—it’s fine';
  const spans = S.wordSpans(input);
  assert.deepEqual(spans.map((s) => s.token), ['dont', 'say', 'cafe', 'its', 'fine']);
  assert.deepEqual(spans.map((s) => input.slice(s.start, s.end)), ['Don’t', 'say', 'Café', 'it’s', 'fine']);
});

test('withinOneEdit allows one insertion, deletion, substitution or adjacent transposition', () => {
  const yes = [['stonewaling', 'stonewalling'], ['stonewalling', 'stonewaling'], ['apologise', 'apologize'],
    ['dinenr', 'dinner'], ['trust', 'trust'], ['forgve', 'forgive'], ['xforgive', 'forgive'], ['forgivex', 'forgive']];
  const no = [['stonwaling', 'stonewalling'], ['dinner', 'diner s'], ['abcde', 'badce'], ['apology', 'apologise'],
    ['trust', 'truths'], ['late', 'lately']];
  for (const [a, b] of yes) assert.ok(S.withinOneEdit(a, b), `${a} ~ ${b}`);
  for (const [a, b] of no) assert.ok(!S.withinOneEdit(a, b), `${a} !~ ${b}`);
});

test('the stemmer joins the forms of a word, and British and American spellings', () => {
  const same = [['apologise', 'apologize', 'apology', 'apologies', 'apologising', 'apologized'],
    ['forgive', 'forgiving', 'forgiveness'], ['forgot', 'forget', 'forgetting'], ['lied', 'lying', 'lies'],
    ['hurts', 'hurting', 'hurtful'], ['stonewalling', 'stonewalled', 'stonewalls'], ['argue', 'arguing', 'argument']];
  for (const group of same) {
    for (const word of group) assert.equal(S.stem(word), S.stem(group[0]), `${word} ~ ${group[0]}`);
  }
  assert.equal(S.stem('café'), 'café', 'only plain ASCII words are stemmed');
});

test('the stemmer gives the stems the C# copy of it is held to (tests/fixtures/search/stems.json)', () => {
  const stems = JSON.parse(fs.readFileSync(path.join(fixtures, 'stems.json'), 'utf8'));
  assert.ok(Object.keys(stems).length >= 40);
  for (const [word, expected] of Object.entries(stems)) assert.equal(S.stem(word), expected, word);
});

test('stop words are dropped only when the query has other words', () => {
  assert.deepEqual(S.queryTerms('How to apologise to my partner'), ['apologise', 'partner']);
  assert.deepEqual(S.queryTerms('how to'), ['how', 'to']);
  assert.deepEqual(S.queryTerms('Late, late for DINNER'), ['late', 'dinner']);
  assert.deepEqual(S.queryTerms('  '), []);
});

test('an empty query finds nothing', () => {
  const r = search('   ');
  assert.equal(r.total, 0);
  assert.deepEqual(r.groups, []);
});

test('exact, stem, prefix and typo matches, and how much each counts', () => {
  const kinds = (word) => Object.fromEntries(expand(word).map((e) => [e.term, e.kind]));
  assert.equal(kinds('apology').apology, 'exact');
  assert.equal(kinds('apology').apologise, 'stem');
  assert.equal(kinds('stonew').stonewalling, 'prefix');
  assert.equal(kinds('stonewaling').stonewalling, 'fuzzy');
  assert.equal(kinds('forgve').forgive, 'fuzzy');
  assert.equal(kinds('dinenr').dinner, 'fuzzy', 'a transposition is one edit');
  assert.equal(kinds('lat').late, 'prefix');
  assert.equal(kinds('tust').trust, undefined, 'no typo tolerance under five letters');
  const quality = Object.fromEntries(['exact', 'stem', 'prefix', 'fuzzy'].map((k) => [k, expand({
    exact: 'stonewalling', stem: 'stonewalled', prefix: 'stonewal', fuzzy: 'stonewaling' }[k])
    .find((e) => e.term === 'stonewalling').quality]));
  assert.ok(quality.exact > quality.stem && quality.stem > quality.prefix && quality.prefix > quality.fuzzy);
  const score = (q) => search(q).groups.find((g) => g.url === 'challenges/stonewalling/').score;
  assert.ok(score('stonewalling') > score('stonewal'));
  assert.ok(score('stonewal') > score('stonewaling'));
});

test('every query word may be a prefix, not only the last', () => {
  assert.equal(search('forg anniv').groups[0].url, 'ruptures/forgot-anniversary/');
});

test('a title match ranks above a body match', () => {
  const r = search('anniversary');
  assert.equal(r.groups[0].url, 'ruptures/forgot-anniversary/');
});

test('records that match every query word rank above those that match some', () => {
  const r = search('late dinner');
  assert.equal(r.groups[0].url, 'ruptures/late-without-message/');
  assert.equal(r.groups[0].matched, 2);
  // "seven" is in the title of the repair steps (weight 8), but only the dinner entry has both words.
  const both = search('seven late');
  assert.equal(both.groups[0].url, 'ruptures/late-without-message/');
  assert.equal(both.groups[1].url, 'guides/repair-steps/');
  const partial = search('conditional trust');
  assert.deepEqual(partial.groups.map((g) => g.url).sort(), ['guides/repair-steps/', 'ruptures/infidelity/'],
    'partial matches are still listed');
});

test('results are grouped by page, with the best section first and a link to its anchor', () => {
  const r = search('forgive');
  const page = r.groups[0];
  assert.equal(page.url, 'guides/repair-steps/');
  assert.equal(page.title, 'Seven steps to repair a rupture');
  assert.equal(page.sections[0].url, 'guides/repair-steps/#forgive');
  assert.equal(page.sections[0].heading, 'Step 7: Forgive and move forward');
  assert.equal(new Set(r.groups.map((g) => g.url)).size, r.groups.length, 'one group per page');
  assert.equal(r.total, r.groups.length);
});

test('offline links (index.html#anchor) group by page too', () => {
  const offline = openEngine(path.join(fixtures, 'index-offline.js'));
  const r = find(offline, 'seven steps');
  assert.equal(r.groups.length, 1);
  assert.equal(r.groups[0].url, 'guides/repair-steps/index.html');
  assert.equal(find(offline, 'forgive').groups[0].sections[0].url, 'guides/repair-steps/index.html#forgive');
});

test('a typo still finds the page: stonewaling', () => {
  assert.ok(topLinks(search('stonewaling'), 1).includes('challenges/stonewalling/'));
});

test('facets filter by kind, severity and relationship', () => {
  const all = search('you');
  assert.ok(all.groups.some((g) => g.kind === 'guide') && all.groups.some((g) => g.kind === 'rupture'));
  const kinds = search('you', { filters: { kind: ['rupture'] } });
  assert.ok(kinds.groups.length > 0 && kinds.groups.every((g) => g.kind === 'rupture'));
  const major = search('you', { filters: { severity: ['major'] } });
  assert.deepEqual(major.groups.map((g) => g.url).sort(), ['ruptures/infidelity/', 'ruptures/took-credit-at-work/']);
  const work = search('you', { filters: { relationship: ['work', 'friendship'] } });
  assert.deepEqual(work.groups.map((g) => g.url).sort(), ['ruptures/late-without-message/', 'ruptures/took-credit-at-work/']);
  const none = search('you', { filters: { kind: ['challenge'], severity: ['minor'] } });
  assert.equal(none.total, 0);
});

test('browse lists every record that passes the filters, for an empty query', () => {
  const r = search('', { filters: { kind: [], severity: ['minor'], relationship: [] } });
  assert.deepEqual(r.groups.map((g) => g.url), ['ruptures/forgot-anniversary/', 'ruptures/late-without-message/']);
});

test('highlight marks the matched words, accents and apostrophes included', () => {
  const r = search('cafe colleagues');
  const hit = r.groups.find((g) => g.url === 'ruptures/took-credit-at-work/');
  assert.ok(hit);
  assert.equal(text(S.highlight(hit.sections[0].body, r.matchTerms)),
    'In a meeting you present a [colleague’s] idea as your own. [Café] talk afterwards shows everyone noticed.');
  assert.equal(text(S.highlight('Stonewalling, STONEWALL!', new Set(['stonewalling']))), '[Stonewalling], STONEWALL!');
});

test('a snippet is about 160 characters around the matches, cut at words, with the matches marked', () => {
  const body = 'Word '.repeat(60) + 'The conditional apology puts the problem on them. ' + 'More '.repeat(60);
  const terms = new Map([['conditional', 0], ['apology', 1]]);
  const pieces = S.snippet(body, terms, 160);
  const shown = pieces.map((p) => p.text).join('');
  assert.ok(shown.startsWith('… Word '), shown);
  assert.ok(shown.endsWith(' …'), shown);
  assert.ok(shown.length <= 160 + 4, `${shown.length} characters`);
  assert.match(text(pieces), /\[conditional\] \[apology\] puts the problem/);
  const inner = shown.slice(2, -2);
  assert.ok(body.includes(inner), 'the snippet is a slice of the text');
  assert.ok(/^\S/.test(inner) && /\S$/.test(inner));
  const short = S.snippet('Short text about apology.', terms, 160);
  assert.equal(text(short), 'Short text about [apology].');
  const nothing = S.snippet(body, new Set(['absent']), 160).map((p) => p.text).join('');
  assert.ok(nothing.startsWith('Word Word') && nothing.endsWith(' …'), 'without a match it starts at the top');
});

test('the snippet prefers the window with the most query words', () => {
  const body = 'An apology appears here first. ' + 'Filler words go on. '.repeat(20) +
    'Later the conditional apology appears with both words.' + ' End.'.repeat(30);
  const pieces = S.snippet(body, new Map([['conditional', 0], ['apology', 1]]), 160);
  assert.match(text(pieces), /\[conditional\] \[apology\]/);
});

test('the search scripts load in order as browser classic scripts without a document, into one namespace', () => {
  const context = { window: {} };
  vm.createContext(context);
  for (const file of searchScripts) {
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  }
  const S = context.window.MendSearch;
  for (const name of ['tokenize', 'stem', 'queryTerms', 'createStore', 'createIndex', 'highlight', 'snippet', 'SearchBox', 'SearchPage']) {
    assert.equal(typeof S[name], 'function', name);
  }
  assert.equal(S.ui, undefined, 'the page wiring stays off without a document');
  assert.equal(typeof context.module, 'undefined');
});

test('the search scripts stay within what works from file:// (no fetch, XHR, workers, modules or innerHTML)', () => {
  for (const file of searchScripts) {
    const source = fs.readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const banned of [/\bfetch\s*\(/, /XMLHttpRequest/, /\bWorker\s*\(/, /\bimport\s*\(/, /^\s*(import|export)\s/m,
      /innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function/,
      /localStorage|sessionStorage|document\.cookie/, /sendBeacon/, /history\.(push|replace)State/]) {
      assert.doesNotMatch(source, banned, path.basename(file));
    }
  }
});

test('each search script stays under 450 lines', () => {
  for (const file of searchScripts) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').length;
    assert.ok(lines < 450, `${path.basename(file)}: ${lines} lines`);
  }
});

test('the fast tokenizer and the span scanner (used to highlight) agree, on the fixture and on random text', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(fixtures, 'tokenize.json'), 'utf8'));
  for (const c of cases) {
    assert.deepEqual(S.wordSpans(c.input).map((s) => s.token), c.tokens, JSON.stringify(c.input));
  }
  const pool = ['a', 'B', 'z', '0', '9', ' ', '-', "'", '’', '‘', '“', '—', '.', 'é', 'E\u0301', '\u0301', 'Σ', 'ß', 'İ',
    'Å', 'ﬁ', '²', '한', 'ह', '\u093F', '\u094D', '𝐁', '💔', 'µ', 'ª', '\u00A0', '\u2019\u2019', 'Ω', 'ǅ', '_'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let n = 0; n < 3000; n++) {
    let input = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) input += pool[Math.floor(random() * pool.length)];
    assert.deepEqual(S.wordSpans(input).map((s) => s.token), S.tokenize(input), JSON.stringify(input));
  }
});
