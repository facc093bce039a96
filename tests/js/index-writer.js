'use strict';
// The sharded index of a list of records, as Mend.Site.Search.SearchIndexFile writes it, in memory: for the
// hand-written fixtures (tests/fixtures/search/index*.js hold records) and the synthetic benchmark. The real site's
// index is written by the C# build; search-cases.test.js runs on that one.
const path = require('node:path');

const S = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'search-ui.js'));
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const K1 = 1.2;
const B = 0.75;
const INLINE_POSTINGS = 256;
const HEAD_POSTINGS = 32;
const TOP_PREFIXES = 8;
const DOC_CHUNK_BYTES = 2048;
const TEXT_CHUNK_BYTES = 16384;
const FIELDS = ['title', 'heading', 'tags', 'body'];

function number(value) {
  let out = '';
  while (value >= 32) {
    out += DIGITS[32 + (value & 31)];
    value = Math.floor(value / 32);
  }
  return out + DIGITS[value];
}

function steps(ascending) {
  let previous = -1;
  return ascending.map((value) => { const s = number(value - previous - 1); previous = value; return s; }).join('');
}

function quantize(score) {
  const x = Math.log2(score) * 256;
  const q = Math.sign(x) * Math.round(Math.abs(x)) + 2560; // rounded half away from zero, as C#
  return Math.min(4095, Math.max(0, q));
}

const pageOf = (url) => (url.indexOf('#') < 0 ? url : url.slice(0, url.indexOf('#')));
const compare = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const keyOf = (term) => (term.length <= 2 ? term : term.slice(0, 2));

function fieldText(record, field) {
  return field === 0 ? record.t || '' : field === 1 ? record.h || '' : field === 2 ? (record.g || []).join(' ') : record.b || '';
}

/**
 * {manifest, files: Map name -> data, bytes: Map name -> size of the script}; data: {weights, kinds, ..., records}, and
 * optionally synonyms ([[word, ...]]) and phrases ([[phrase, [page link, ...]]]), as search.yml gives them, and safety
 * (the link of the page to treat as the safety guide).
 */
function writeIndex(data) {
  const records = [...data.records].sort((x, y) => compare(pageOf(x.u), pageOf(y.u)) || compare(x.u, y.u));
  const weights = FIELDS.map((f) => data.weights[f]);
  const files = new Map();
  const bytes = new Map();
  function shard(id, value) {
    const name = `${id}.js`;
    files.set(name, value);
    bytes.set(name, Buffer.byteLength(`MEND_SEARCH_SHARD("${id}",${JSON.stringify(value)});\n`));
    return name;
  }

  // Pages, their text and what results show of them.
  const pages = [];
  records.forEach((record, r) => {
    const url = pageOf(record.u);
    if (pages.length && pages[pages.length - 1].url === url) pages[pages.length - 1].records.push(r);
    else pages.push({ url, record, records: [r] });
  });
  // Texts in runs of pages, as the C# writer makes them: { page number: [text per record] }.
  const texts = [];
  let textRun = {};
  let textBytes = 0;
  pages.forEach((page, p) => {
    textRun[p] = page.records.map((r) => records[r].b || '');
    textBytes += textRun[p].reduce((sum, t) => sum + t.length, 0);
    if (textBytes >= TEXT_CHUNK_BYTES || p === pages.length - 1) {
      const name = shard(`x/${new Set(texts).size}`, textRun);
      Object.keys(textRun).forEach(() => texts.push(name));
      textRun = {};
      textBytes = 0;
    }
  });
  const docs = [];
  let run = [];
  let runBytes = 0;
  let first = 0;
  pages.forEach((page, p) => {
    const text = texts[p];
    const entry = [page.url, page.record.t, page.record.k, text, page.records.map((r) => [records[r].u.slice(page.url.length), records[r].h || ''])];
    if (page.record.q) entry.push(page.record.q);
    run.push(entry);
    runBytes += JSON.stringify(entry).length;
    if (runBytes >= DOC_CHUNK_BYTES || p === pages.length - 1) {
      docs.push([first, shard(`d/${docs.length}`, run)]);
      run = [];
      runBytes = 0;
      first = p + 1;
    }
  });

  // Postings: the BM25 term frequency part of each record's score, per term.
  const lengths = FIELDS.map(() => []);
  const totals = FIELDS.map(() => 0);
  const counts = new Map();
  records.forEach((record, r) => {
    FIELDS.forEach((_, f) => {
      const tokens = S.tokenize(fieldText(record, f));
      lengths[f][r] = tokens.length;
      totals[f] += tokens.length;
      for (const token of tokens) {
        let list = counts.get(token);
        if (!list) counts.set(token, (list = []));
        if (!list.length || list[list.length - 1].r !== r) list.push({ r, tf: [0, 0, 0, 0] });
        const tf = list[list.length - 1].tf;
        tf[f] = Math.min(tf[f] + 1, 255);
      }
    });
  });
  const averages = totals.map((t) => (records.length ? Math.max(t / records.length, 1e-9) : 1));
  const terms = [...counts.keys()].sort(compare);
  const shardFiles = {};
  let big = 0;
  let entries = [];
  terms.forEach((term, i) => {
    const list = counts.get(term);
    const scored = list.map(({ r, tf }) => {
      let score = 0;
      tf.forEach((n, f) => {
        if (n > 0) score += weights[f] * (n * (K1 + 1)) / (n + K1 * (1 - B + B * lengths[f][r] / averages[f]));
      });
      return { r, q: quantize(score) };
    });
    const encode = (postings) => postings.map(({ r, q }, j) =>
      number(r - (j ? postings[j - 1].r : -1) - 1) + DIGITS[q >> 6] + DIGITS[q & 63]).join('');
    const encoded = encode(scored);
    // A long list: its best records (by stored score, the earlier first among equals), in record order, stay inline.
    const head = () => encode([...scored].sort((x, y) => y.q - x.q || x.r - y.r).slice(0, HEAD_POSTINGS).sort((x, y) => x.r - y.r));
    entries.push(encoded.length <= INLINE_POSTINGS ? [term, list.length, encoded] : [term, list.length, head(), shard(`p/${big++}`, encoded)]);
    if (i === terms.length - 1 || keyOf(terms[i + 1]) !== keyOf(term)) {
      shardFiles[keyOf(term)] = shard(`t/${keyOf(term)}`, entries);
      entries = [];
    }
  });
  const top = {};
  for (const term of terms.filter((t) => t.length > 1)) (top[term[0]] = top[term[0]] || []).push(term);
  for (const c of Object.keys(top)) {
    top[c] = top[c].sort((x, y) => counts.get(y).length - counts.get(x).length || compare(x, y)).slice(0, TOP_PREFIXES);
  }
  const facetPages = (values) => {
    const byValue = new Map();
    pages.forEach((page, p) => values(page.record).forEach((v) => {
      const list = byValue.get(v) || byValue.set(v, []).get(v);
      if (list[list.length - 1] !== p) list.push(p);
    }));
    return [...byValue.keys()].sort(compare).map((v) => [v, steps(byValue.get(v))]);
  };
  const facets = shard('f', {
    kind: facetPages((r) => [r.k]),
    relationship: facetPages((r) => r.r || []),
    severity: facetPages((r) => (r.s ? [r.s] : [])),
  });
  const manifest = {
    version: 2, weights: data.weights, kinds: data.kinds || [], severities: data.severities || [],
    relationships: data.relationships || [], records: records.length,
    pages: pages.map((p) => number(p.records.length)).join(''), score: [256, 2560], base: '',
    terms: shardFiles, top, docs, facets,
  };
  if (data.synonyms) manifest.synonyms = data.synonyms.map((group) => group.map((word) => S.tokenize(word)[0]));
  if (data.phrases) {
    manifest.phrases = data.phrases.map(([phrase, links]) =>
      [S.tokenize(phrase).join(' '), links.map((link) => number(pages.findIndex((p) => p.url === link))).join('')]);
  }
  if (data.safety) manifest.safety = pages.findIndex((p) => p.url === data.safety);
  bytes.set('manifest', Buffer.byteLength(`window.MEND_SEARCH_INDEX = ${JSON.stringify(manifest)};\n`));
  return { manifest, files, bytes };
}

module.exports = { writeIndex };
