/*
 * Mend search, 2 of 5: the engine. The inverted index of window.MEND_SEARCH_INDEX, the expansion of a query
 * word (exact, stem, prefix, one-letter typo), BM25 ranking and the grouping of results by page.
 * Needs search-text.js (under node it requires it, and extends its exports).
 */
(function (S) {
  'use strict';

  var tokenize = S.tokenize;
  var stem = S.stem;
  var queryTerms = S.queryTerms;

  /** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
  function withinOneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (la - lb > 1 || lb - la > 1) {
      return false;
    }
    var shorter = la < lb ? la : lb;
    var i = 0;
    while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) {
      i++;
    }
    var s = 0;
    while (s < shorter - i && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) {
      s++;
    }
    if (la !== lb) {
      return i + s >= shorter;
    }
    if (i + s >= la - 1) {
      return true;
    }
    return la - i - s === 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
  }

  var FIELDS = ['title', 'heading', 'tags', 'body'];
  var DEFAULT_WEIGHTS = { title: 8, heading: 5, tags: 3, body: 1 };
  var K1 = 1.2;
  var B = 0.75;
  var QUALITY = { exact: 1, stem: 0.8, prefix: 0.7, fuzzy: 0.4 };
  var PREFIX_LIMIT = [0, 8, 20, 40]; // by the word's length (40 from three letters on)
  var FUZZY_MIN_LENGTH = 5;

  function fieldText(record, field) {
    switch (field) {
      case 'title': return record.t || '';
      case 'heading': return record.h || '';
      case 'tags': return (record.g || []).join(' ');
      default: return record.b || '';
    }
  }

  /** The path of a record's link without its #anchor: the page it belongs to. */
  function pageOf(url) {
    var hash = url.indexOf('#');
    return hash < 0 ? url : url.slice(0, hash);
  }

  function compareStrings(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /**
   * Builds the in-memory inverted index of the data in window.MEND_SEARCH_INDEX: per term, the records it occurs
   * in and a precomputed BM25 score (per field, times the field's weight, summed). Returns the search engine.
   */
  function createIndex(data) {
    var records = data.records || [];
    var count = records.length;
    var weights = FIELDS.map(function (f) {
      var w = data.weights && data.weights[f];
      return typeof w === 'number' ? w : DEFAULT_WEIGHTS[f];
    });
    var lengths = FIELDS.map(function () { return new Uint32Array(count); });
    var totals = FIELDS.map(function () { return 0; });
    // term -> { recs: [record...], tfs: [per record, the four fields' counts packed 8 bits each], last: record }
    var building = new Map();

    for (var r = 0; r < count; r++) {
      for (var f = 0; f < FIELDS.length; f++) {
        var tokens = tokenize(fieldText(records[r], FIELDS[f]));
        lengths[f][r] = tokens.length;
        totals[f] += tokens.length;
        for (var t = 0; t < tokens.length; t++) {
          var entry = building.get(tokens[t]);
          if (entry === undefined) {
            entry = { recs: [], tfs: [], last: -1 };
            building.set(tokens[t], entry);
          }
          var at = entry.recs.length - 1;
          if (entry.last !== r) {
            entry.last = r;
            entry.recs.push(r);
            entry.tfs.push(0);
            at++;
          }
          if (((entry.tfs[at] >>> (8 * f)) & 255) < 255) {
            entry.tfs[at] += 1 << (8 * f);
          }
        }
      }
    }

    var averages = totals.map(function (total) { return count > 0 ? Math.max(total / count, 1e-9) : 1; });
    var postings = new Map();
    var terms = [];
    var byLength = [];
    var stems = new Map(); // stem -> the terms that have it
    building.forEach(function (entry, term) {
      var s = stem(term);
      var same = stems.get(s);
      if (same) {
        same.push(term);
      } else {
        stems.set(s, [term]);
      }
      var df = entry.recs.length;
      var idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      var recs = new Int32Array(df);
      var scores = new Float64Array(df);
      for (var i = 0; i < df; i++) {
        var rec = entry.recs[i];
        var score = 0;
        for (var f2 = 0; f2 < FIELDS.length; f2++) {
          var tf2 = (entry.tfs[i] >>> (8 * f2)) & 255;
          if (tf2 > 0) {
            var norm = 1 - B + B * lengths[f2][rec] / averages[f2];
            score += weights[f2] * (tf2 * (K1 + 1)) / (tf2 + K1 * norm);
          }
        }
        recs[i] = rec;
        scores[i] = idf * score;
      }
      postings.set(term, { recs: recs, scores: scores, df: df });
      terms.push(term);
      (byLength[term.length] || (byLength[term.length] = [])).push(term);
    });
    terms.sort(); // by UTF-16 code units, the order of < that lowerBound uses

    var pages = records.map(function (record) { return pageOf(record.u); });

    // Scratch space reused by every query: stamps say which slots belong to the current query or term.
    var termStamp = new Int32Array(count);
    var termBest = new Float64Array(count);
    var queryStamp = new Int32Array(count);
    var total = new Float64Array(count);
    var cover = new Int32Array(count);
    var stamp = 0;
    var expansionCache = new Map();

    /** The index terms a query word matches: [{term, quality, kind}], exact first. */
    function expand(word) {
      var cached = expansionCache.get(word);
      if (cached) {
        return cached;
      }
      var result = [];
      var taken = new Set();
      function add(term, kind) {
        if (!taken.has(term)) {
          taken.add(term);
          result.push({ term: term, quality: QUALITY[kind], kind: kind });
        }
      }
      if (postings.has(word)) {
        add(word, 'exact');
      }
      (stems.get(stem(word)) || []).forEach(function (term) { add(term, 'stem'); });
      // Prefix: the sorted terms that start with the word. Many (a one-letter word): keep the most common.
      var lo = lowerBound(word);
      var hi = lo;
      var prefixes = [];
      while (hi < terms.length && terms[hi].lastIndexOf(word, 0) === 0) {
        if (!taken.has(terms[hi])) {
          prefixes.push(terms[hi]);
        }
        hi++;
      }
      var limit = PREFIX_LIMIT[Math.min(word.length, PREFIX_LIMIT.length - 1)];
      if (prefixes.length > limit) {
        prefixes.sort(function (x, y) { return postings.get(y).df - postings.get(x).df || compareStrings(x, y); });
        prefixes.length = limit;
      }
      prefixes.forEach(function (term) { add(term, 'prefix'); });
      // Typos: one edit away, for words long enough that one edit is still the same word.
      if (word.length >= FUZZY_MIN_LENGTH) {
        for (var len = word.length - 1; len <= word.length + 1; len++) {
          var bucket = byLength[len];
          if (!bucket) {
            continue;
          }
          for (var i = 0; i < bucket.length; i++) {
            var term = bucket[i];
            if (!taken.has(term) && withinOneEdit(word, term)) {
              add(term, 'fuzzy');
            }
          }
        }
      }
      if (expansionCache.size > 200) {
        expansionCache.clear();
      }
      expansionCache.set(word, result);
      return result;
    }

    function lowerBound(word) {
      var lo = 0;
      var hi = terms.length;
      while (lo < hi) {
        var mid = (lo + hi) >>> 1;
        if (terms[mid] < word) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    function passes(record, filters) {
      if (!filters) {
        return true;
      }
      if (filters.kind && filters.kind.length && filters.kind.indexOf(record.k) < 0) {
        return false;
      }
      if (filters.severity && filters.severity.length && filters.severity.indexOf(record.s) < 0) {
        return false;
      }
      if (filters.relationship && filters.relationship.length) {
        var rel = record.r || [];
        if (!filters.relationship.some(function (x) { return rel.indexOf(x) >= 0; })) {
          return false;
        }
      }
      return true;
    }

    /** Groups ranked records by page, keeping the order of each page's best record. */
    function group(ranked) {
      var groups = [];
      var byPage = new Map();
      ranked.forEach(function (hit) {
        var record = records[hit.index];
        var page = pages[hit.index];
        var g = byPage.get(page);
        if (!g) {
          g = {
            url: page,
            title: record.t,
            kind: record.k,
            severity: record.s || '',
            relationships: record.r || [],
            score: hit.score,
            matched: hit.matched,
            sections: [],
          };
          byPage.set(page, g);
          groups.push(g);
        }
        g.sections.push({
          url: record.u,
          heading: record.h || '',
          body: record.b || '',
          score: hit.score,
          matched: hit.matched,
          record: record,
        });
      });
      return { total: groups.length, groups: groups };
    }

    /**
     * Searches. options.filters: {kind: [...], severity: [...], relationship: [...]}, each empty for any.
     * Returns {words: the query words used, matchTerms: a Map of the index terms that matched (to highlight) to
     * the index of the query word each matched,
     * total: the number of pages, groups: [{url, title, kind, severity, relationships, score, matched,
     * sections: [{url, heading, body, score, matched, record}]}]}, best first; records that match more of the
     * query's words rank above those that match fewer.
     */
    function search(query, options) {
      var filters = options && options.filters;
      var words = queryTerms(query);
      var matchTerms = new Map();
      if (words.length === 0) {
        return { words: words, matchTerms: matchTerms, total: 0, groups: [] };
      }
      stamp++;
      var queryId = stamp;
      var touched = [];
      for (var w = 0; w < words.length; w++) {
        stamp++;
        var termId = stamp;
        var hits = [];
        var expansions = expand(words[w]);
        for (var e = 0; e < expansions.length; e++) {
          var expansion = expansions[e];
          var entry = postings.get(expansion.term);
          if (!matchTerms.has(expansion.term)) {
            matchTerms.set(expansion.term, w);
          }
          var recs = entry.recs;
          var scores = entry.scores;
          var quality = expansion.quality;
          for (var i = 0; i < recs.length; i++) {
            var rec = recs[i];
            var value = scores[i] * quality;
            if (termStamp[rec] !== termId) {
              termStamp[rec] = termId;
              termBest[rec] = value;
              hits.push(rec);
            } else if (value > termBest[rec]) {
              termBest[rec] = value;
            }
          }
        }
        for (var h = 0; h < hits.length; h++) {
          var hit = hits[h];
          if (queryStamp[hit] !== queryId) {
            queryStamp[hit] = queryId;
            total[hit] = 0;
            cover[hit] = 0;
            touched.push(hit);
          }
          total[hit] += termBest[hit];
          cover[hit]++;
        }
      }
      var ranked = [];
      for (var t2 = 0; t2 < touched.length; t2++) {
        var index = touched[t2];
        if (passes(records[index], filters)) {
          ranked.push({ index: index, score: total[index], matched: cover[index] });
        }
      }
      // AND-preference: a record's score is scaled by the square of the share of the query's words it matches,
      // so one that matches every word keeps its whole score and one that matches half keeps a quarter.
      for (var q = 0; q < ranked.length; q++) {
        var share = ranked[q].matched / words.length;
        ranked[q].score *= share * share;
      }
      ranked.sort(function (x, y) {
        return y.score - x.score || compareStrings(records[x.index].u, records[y.index].u);
      });
      var result = group(ranked);
      result.words = words;
      result.matchTerms = matchTerms;
      return result;
    }

    /** Every record that passes the filters, grouped by page in the index's order (for an empty query). */
    function browse(filters) {
      var ranked = [];
      for (var i = 0; i < count; i++) {
        if (passes(records[i], filters)) {
          ranked.push({ index: i, score: 0, matched: 0 });
        }
      }
      var result = group(ranked);
      result.words = [];
      result.matchTerms = new Map();
      return result;
    }

    return {
      search: search,
      browse: browse,
      expand: expand,
      records: records,
      termCount: terms.length,
      kinds: data.kinds || [],
      severities: data.severities || [],
      relationships: data.relationships || [],
    };
  }

  S.withinOneEdit = withinOneEdit;
  S.createIndex = createIndex;
  S.pageOf = pageOf;
})(typeof window !== 'undefined' ? window.MendSearch : (module.exports = require('./search-text.js')));
