/*
 * Mend search, 3 of 7: the engine. The expansion of a query word (exact, stem, prefix, one-letter typo), BM25
 * ranking and the grouping of results by page, over the shards of search-store.js, which it asks to load what a
 * query needs (prepare) and what its results show (describe).
 * Needs search-text.js and search-store.js (under node it requires them, and extends their exports).
 *
 * A word needs its own term shard (its first two characters), which also holds its stem's terms, but for irregular
 * forms (went: go) whose shards are added. Its prefixes and its typos are looked for in that shard, so a typo in the
 * first two letters is not forgiven. A one-letter word takes its prefixes from the manifest's list of the most common
 * terms per first letter, instead of loading every shard of that letter. A prefix or a typo that is a common term
 * (one with a p/N file) counts only in that term's best records, the head its shard holds: enough for the results
 * shown, without loading or reading the whole list.
 *
 * The site's search.yml, carried by the manifest, adds readers' words: a word in a group of `synonyms` (as itself or
 * by its stem) also matches the group's other words and their stems, as much as a stem does; and a query whose words
 * (stemmed, stop words kept) hold a `phrase` puts the pages the phrase names first, in the author's order, above
 * every other result: the longest matching phrase first, then the one written first. When the pages a query's phrases
 * pin include the safety guide (the manifest's `safety`, its page number), its results say so (safety: true), and the
 * box and the page show a line pointing to that guide above them, whatever the filters.
 */
(function (S) {
  'use strict';

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

  var QUALITY = { exact: 1, stem: 0.8, synonym: 0.8, prefix: 0.7, fuzzy: 0.4 };
  var PREFIX_LIMIT = [0, 8, 20, 40]; // by the word's length (40 from three letters on); the build lists 8 per letter
  var FUZZY_MIN_LENGTH = 5;

  function compareStrings(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
  }

  // The irregular forms of each stem (went: go), whose shard is not the stem's.
  var IRREGULAR_FORMS = new Map();
  ['forgot', 'forgotten', 'lied', 'lying', 'lies', 'said', 'says', 'told', 'felt', 'left', 'broke', 'broken',
    'fought', 'kept', 'thought', 'made', 'took', 'taken', 'gave', 'given', 'went', 'gone', 'ran', 'saw', 'seen',
    'knew', 'known', 'wrote', 'written', 'spoke', 'spoken', 'hid', 'hidden', 'cheated', 'children', 'people', 'men',
    'women', 'better', 'best', 'worse', 'worst'].forEach(function (form) {
    var s = S.stem(form);
    if (S.keyOf(s) !== S.keyOf(form)) {
      (IRREGULAR_FORMS.get(s) || IRREGULAR_FORMS.set(s, []).get(s)).push(form);
    }
  });

  /**
   * The search engine over an index manifest (the data of window.MEND_SEARCH_INDEX); load(name, callback) loads a
   * shard (see search-store.js). Searching is synchronous, over what is loaded: prepare(query, filters, done) first.
   */
  function createIndex(manifest, load) {
    var store = S.createStore(manifest, load);
    var count = store.count;
    var recordPage = store.recordPage;
    var synonymsOf = S.synonymTable(manifest.synonyms || []);
    var phrases = S.phraseTable(manifest.phrases || []);
    var safetyPage = typeof manifest.safety === 'number' ? manifest.safety : -1;

    /** True when a phrase the query holds pins the safety guide. */
    function pinsSafety(query) {
      return safetyPage >= 0 && phrases(query).indexOf(safetyPage) >= 0;
    }

    /** The term shards a query word needs before it can be expanded. */
    function keysOf(word) {
      var keys = [S.keyOf(word), S.keyOf(S.stem(word))];
      (IRREGULAR_FORMS.get(S.stem(word)) || []).forEach(function (form) { keys.push(S.keyOf(form)); });
      synonymsOf(word).forEach(function (synonym) { keys.push(S.keyOf(synonym), S.keyOf(S.stem(synonym))); });
      if (word.length === 1) {
        (store.top[word] || []).forEach(function (term) { keys.push(S.keyOf(term)); });
      }
      return keys.filter(store.hasShard);
    }

    /** The files a query still needs: first its words' shards, then (once those are in) long postings; facets. */
    function missing(query, filters) {
      var words = S.queryTerms(query);
      var names = [];
      function need(name) {
        if (name && names.indexOf(name) < 0) {
          names.push(name);
        }
      }
      words.forEach(function (word) {
        keysOf(word).forEach(function (key) { need(store.missingFile(key)); });
      });
      if (names.length === 0) {
        words.forEach(function (word) {
          expand(word).forEach(function (e) { need(store.missingFile(S.keyOf(e.term), e.term, e.kind === 'prefix' || e.kind === 'fuzzy')); });
        });
      }
      if (store.filtering(filters)) {
        need(store.facetsMissing());
      }
      return names;
    }

    /** Loads what a query and its filters need, then calls done(true), or done(false) if a file failed. */
    function prepare(query, filters, done) {
      var names = missing(query || '', filters);
      if (names.length === 0 || store.failed()) {
        done(!store.failed());
        return;
      }
      store.fetchAll(names, function (ok) {
        if (ok) {
          prepare(query, filters, done);
        } else {
          done(false);
        }
      });
    }

    var expansionCache = new Map();

    /** The index terms a query word matches: [{term, quality, kind}], exact first. Its shards must be loaded. */
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
      var own = store.shard(S.keyOf(word));
      if (own && own.entries.has(word)) {
        add(word, 'exact');
      }
      var wordStem = S.stem(word);
      keysOf(word).forEach(function (key) {
        (stemsOf(store.shard(key)).get(wordStem) || []).forEach(function (term) { add(term, 'stem'); });
      });
      synonymsOf(word).forEach(function (synonym) {
        var its = store.shard(S.keyOf(synonym));
        if (its && its.entries.has(synonym)) {
          add(synonym, 'synonym');
        }
        [S.keyOf(synonym), S.keyOf(S.stem(synonym))].forEach(function (key) {
          (stemsOf(store.shard(key)).get(S.stem(synonym)) || []).forEach(function (term) { add(term, 'synonym'); });
        });
      });
      // Prefix: the terms that start with the word. Many (a short word): keep the most common.
      var prefixes = [];
      if (word.length === 1) {
        prefixes = (store.top[word] || []).filter(function (term) { return !taken.has(term); });
      } else if (own) {
        for (var i = lowerBound(own.terms, word); i < own.terms.length && own.terms[i].lastIndexOf(word, 0) === 0; i++) {
          if (!taken.has(own.terms[i])) {
            prefixes.push(own.terms[i]);
          }
        }
      }
      var limit = PREFIX_LIMIT[Math.min(word.length, PREFIX_LIMIT.length - 1)];
      if (prefixes.length > limit) {
        prefixes.sort(function (x, y) { return store.entryOf(y)[1] - store.entryOf(x)[1] || compareStrings(x, y); });
        prefixes.length = limit;
      }
      prefixes.forEach(function (term) { add(term, 'prefix'); });
      // Typos: one edit away, for words long enough that one edit is still the same word; in the word's own shard.
      if (word.length >= FUZZY_MIN_LENGTH && own) {
        own.terms.forEach(function (term) {
          if (!taken.has(term) && term.length >= word.length - 1 && term.length <= word.length + 1 && withinOneEdit(word, term)) {
            add(term, 'fuzzy');
          }
        });
      }
      if (expansionCache.size > 200) {
        expansionCache.clear();
      }
      expansionCache.set(word, result);
      return result;
    }

    /** A shard's terms by stem, worked out the first time it is asked. */
    function stemsOf(s) {
      if (!s) {
        return new Map();
      }
      if (!s.stems) {
        s.stems = new Map();
        s.terms.forEach(function (term) {
          var key = S.stem(term);
          (s.stems.get(key) || s.stems.set(key, []).get(key)).push(term);
        });
      }
      return s.stems;
    }

    function lowerBound(terms, word) {
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

    // Scratch space reused by every query: stamps say which slots belong to the current query, word or page.
    var termStamp = new Int32Array(count);
    var termBest = new Float64Array(count);
    var queryStamp = new Int32Array(count);
    var total = new Float64Array(count);
    var score = new Float64Array(count);
    var cover = new Int32Array(count);
    var hits = new Int32Array(count);
    var touched = new Int32Array(count);
    var pageStamp = new Int32Array(store.pageCount);
    var pageBest = new Int32Array(store.pageCount); // the page's best record, or -1 when filtered out
    var matchedPages = new Int32Array(store.pageCount);
    var pinStamp = new Int32Array(store.pageCount);
    var pinRank = new Int32Array(store.pageCount); // a page a phrase of the query names: its place among them
    var pinQuery = 0;
    var stamp = 0;

    /** True when record x ranks above record y: a higher score, or the same and an earlier record (links' order). */
    function above(x, y) {
      return score[x] > score[y] || (score[x] === score[y] && x < y);
    }

    function pageAbove(p, q) {
      var pinP = pinStamp[p] === pinQuery ? pinRank[p] : store.pageCount;
      var pinQ = pinStamp[q] === pinQuery ? pinRank[q] : store.pageCount;
      return pinP !== pinQ ? pinP < pinQ : above(pageBest[p], pageBest[q]);
    }

    /** The best `limit` (all, when not a number) of the first n pages of matchedPages, best first. */
    function bestPages(n, limit) {
      if (!(limit < n)) {
        return Array.from(matchedPages.subarray(0, n)).sort(function (p, q) { return pageAbove(p, q) ? -1 : 1; });
      }
      var top = [];
      for (var i = 0; i < n && limit > 0; i++) {
        var page = matchedPages[i];
        if (top.length === limit) {
          if (!pageAbove(page, top[limit - 1])) {
            continue;
          }
          top.pop();
        }
        var j = top.length;
        top.push(page);
        while (j > 0 && pageAbove(page, top[j - 1])) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = page;
      }
      return top;
    }

    /** A page's group: its records that the query `queryId` matched, best first. */
    function groupOf(page, queryId) {
      var sections = [];
      for (var r = store.pageFirst[page]; r < store.pageFirst[page + 1]; r++) {
        if (queryStamp[r] === queryId) {
          sections.push({ record: r, url: '', heading: '', body: '', score: score[r], matched: cover[r] });
        }
      }
      sections.sort(function (x, y) { return above(x.record, y.record) ? -1 : 1; });
      return {
        page: page, url: '', title: '', kind: '', quote: '', score: sections[0].score, matched: sections[0].matched,
        pinned: pinStamp[page] === queryId, sections: sections,
      };
    }

    /**
     * Searches what prepare() has loaded. options.filters: {kind: [...], severity: [...], relationship: [...]}, each
     * empty for any; options.limit: how many groups to build (the others are only counted), all when not given.
     * Returns {words: the query words used, safety: whether a phrase of the query pins the safety guide, matchTerms: a Map of the index terms that matched (to highlight) to the
     * index of the query word each matched, total: the number of pages, groups: [{page, url, title, kind, quote,
     * score, matched, pinned, sections: [{record, url, heading, body, score, matched}]}]}, best first; records that
     * match more of the query's words rank above those that match fewer. The pages a phrase of the query names come
     * first (pinned), then pages rank by their best record, records by score, then in the order of their links. What
     * groups show (url, title, kind, quote, headings, text) is filled in by describe().
     */
    function search(query, options) {
      var filters = options && options.filters;
      var words = S.queryTerms(query);
      var matchTerms = new Map();
      if (words.length === 0) {
        return { words: words, matchTerms: matchTerms, total: 0, groups: [], safety: false };
      }
      var queryId = ++stamp;
      var touchedCount = 0;
      for (var w = 0; w < words.length; w++) {
        var termId = ++stamp;
        var hitCount = 0;
        var expansions = expand(words[w]);
        for (var e = 0; e < expansions.length; e++) {
          var expansion = expansions[e];
          var entry = store.postingsOf(expansion.term, expansion.kind === 'prefix' || expansion.kind === 'fuzzy');
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
              hits[hitCount++] = rec;
            } else if (value > termBest[rec]) {
              termBest[rec] = value;
            }
          }
        }
        for (var h = 0; h < hitCount; h++) {
          var hit = hits[h];
          if (queryStamp[hit] !== queryId) {
            queryStamp[hit] = queryId;
            total[hit] = 0;
            cover[hit] = 0;
            touched[touchedCount++] = hit;
          }
          total[hit] += termBest[hit];
          cover[hit]++;
        }
      }
      // AND-preference: a record's score is scaled by the square of the share of the query's words it matches, so one
      // that matches every word keeps its whole score and one that matches half keeps a quarter. A page counts once,
      // with its best record, if it passes the filters.
      var filtering = store.filtering(filters);
      var pages = 0;
      pinQuery = queryId;
      phrases(query).forEach(function (page, rank) {
        pinStamp[page] = queryId;
        pinRank[page] = rank;
        if (!hasRecordIn(page, queryId)) {
          // Named by a phrase, but none of its records has a query word: it is shown by its own link.
          var first = store.pageFirst[page];
          queryStamp[first] = queryId;
          total[first] = 0;
          cover[first] = 0;
          touched[touchedCount++] = first;
        }
      });
      for (var t = 0; t < touchedCount; t++) {
        var index = touched[t];
        var share = cover[index] / words.length;
        score[index] = total[index] * share * share;
        var page = recordPage[index];
        if (pageStamp[page] !== queryId) {
          pageStamp[page] = queryId;
          pageBest[page] = filtering && !store.passes(page, filters) ? -1 : index;
          if (pageBest[page] >= 0) {
            matchedPages[pages++] = page;
          }
        } else if (pageBest[page] >= 0 && above(index, pageBest[page])) {
          pageBest[page] = index;
        }
      }
      var groups = bestPages(pages, options && options.limit).map(function (p) { return groupOf(p, queryId); });
      return { words: words, matchTerms: matchTerms, total: pages, groups: groups, safety: pinsSafety(query) };
    }

    function hasRecordIn(page, queryId) {
      for (var r = store.pageFirst[page]; r < store.pageFirst[page + 1]; r++) {
        if (queryStamp[r] === queryId) {
          return true;
        }
      }
      return false;
    }

    /** Every page that passes the filters, in the index's order, with all its records (for an empty query). */
    function browse(filters, limit) {
      var queryId = ++stamp;
      pinQuery = queryId;
      var groups = [];
      var pages = 0;
      for (var page = 0; page < store.pageCount; page++) {
        if (store.passes(page, filters)) {
          if (!(groups.length >= limit)) {
            for (var r = store.pageFirst[page]; r < store.pageFirst[page + 1]; r++) {
              queryStamp[r] = queryId;
              score[r] = 0;
              cover[r] = 0;
            }
            groups.push(groupOf(page, queryId));
          }
          pages++;
        }
      }
      return { words: [], matchTerms: new Map(), total: pages, groups: groups, safety: false };
    }

    return {
      prepare: prepare,
      describe: store.describe,
      search: search,
      browse: browse,
      pinsSafety: pinsSafety,
      store: store,
      manifest: manifest,
      expand: expand,
      missing: missing,
      loaded: store.loaded,
      recordCount: count,
      pageCount: store.pageCount,
      kinds: manifest.kinds || [],
      severities: manifest.severities || [],
      relationships: manifest.relationships || [],
    };
  }

  S.withinOneEdit = withinOneEdit;
  S.createIndex = createIndex;
})(typeof window !== 'undefined' ? window.MendSearch : (module.exports = require('./search-store.js')));
