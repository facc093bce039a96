/*
 * Mend search, 2 of 7: the index's store. The manifest (window.MEND_SEARCH_INDEX) and the shards it names, loaded
 * when they are needed, and decoded: terms and postings, what results show, facets. It loads nothing itself:
 * createStore is given a load(name, callback) function (search-ui.js loads with <script> elements, the tests read
 * files). Needs search-text.js (under node it requires it, and extends its exports).
 *
 * The shards, as Mend.Site.Search.SearchIndexFile writes them; each calls window.MEND_SEARCH_SHARD(id, data):
 *   t/KEY  the terms that start with KEY (their first two characters): [term, document frequency, postings], or
 *          [term, df, head, file] when the postings are long and have a p/N file of their own; the head is their
 *          best 32 records (by score, in record order), which the engine uses for prefixes and typos;
 *   p/N    one term's postings;
 *   d/N    what results show of a run of pages: [link, title, kind, x/N file, [[#anchor, heading] per record]],
 *          and a catalog entry's quote (the first of its words to say) after them;
 *   x/N    a run of pages' texts, { page number: [text per record] }, for snippets;
 *   f      the pages of each facet value.
 * Numbers are strings of base-64 digits (five bits each; 32 and up: more follows). Postings are, per record, the
 * step from the previous record's number and a score in two digits: log2 of the BM25 term frequency part, scaled.
 */
(function (S) {
  'use strict';

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT[DIGITS.charCodeAt(d)] = d;
  }

  /** The numbers of a SearchEncoding string: base-64 digits, five bits each, 32 and up meaning "more follows". */
  function numbers(text) {
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value += (digit & 31) * Math.pow(2, shift);
      if (digit >= 32) {
        shift += 5;
      } else {
        out.push(value);
        value = 0;
        shift = 0;
      }
    }
    return out;
  }

  /** Steps back to the ascending numbers they encode (the first counts from -1). */
  function fromSteps(steps) {
    var previous = -1;
    return steps.map(function (step) { return (previous += step + 1); });
  }

  /** The shard a term is in: its first two characters (UTF-16 units, as the build counts them). */
  function keyOf(term) {
    return term.length <= 2 ? term : term.slice(0, 2);
  }

  /**
   * The store of an index manifest. load(name, callback) loads the shard file `name` (relative to the shards'
   * folder) and calls callback with its data, or null when it failed.
   */
  function createStore(manifest, load) {
    var count = manifest.records || 0;
    var scale = (manifest.score || [256, 2560])[0];
    var offset = (manifest.score || [256, 2560])[1];
    var pageSizes = numbers(manifest.pages || '');
    var pageFirst = new Int32Array(pageSizes.length + 1);
    var recordPage = new Int32Array(count);
    for (var p = 0; p < pageSizes.length; p++) {
      pageFirst[p + 1] = pageFirst[p] + pageSizes[p];
      recordPage.fill(p, pageFirst[p], pageFirst[p + 1]);
    }
    var pageCount = pageSizes.length;
    var scoreOf = new Float64Array(4096); // a stored score (0 to 4095) to the BM25 term frequency part
    for (var q = 0; q < 4096; q++) {
      scoreOf[q] = Math.pow(2, (q - offset) / scale);
    }
    var termFiles = manifest.terms || {};
    var docs = manifest.docs || [];
    var files = new Map(); // name -> data, once loaded
    var pending = new Map(); // name -> callbacks waiting for it
    var shards = new Map(); // key -> {terms (sorted), entries: term -> [term, df, postings, file], stems}
    var postings = new Map(); // term -> {recs, scores, df}; heads: the same, of a long list's head
    var heads = new Map();
    var meta = []; // page -> {url, title, kind, text, sections: [[suffix, heading]], quote}
    var facets = null; // facet -> value -> Uint8Array by page
    var failed = false;

    /** Loads the files not loaded yet, then calls done(true), or done(false) when one failed. */
    function fetchAll(names, done) {
      var left = 0;
      names.forEach(function (name) {
        if (files.has(name)) {
          return;
        }
        left++;
        var waiting = pending.get(name);
        if (waiting) {
          waiting.push(arrived);
          return;
        }
        pending.set(name, [arrived]);
        load(name, function (data) {
          if (data === null || data === undefined) {
            failed = true;
          } else {
            files.set(name, data);
          }
          var callbacks = pending.get(name);
          pending.delete(name);
          callbacks.forEach(function (cb) { cb(); });
        });
      });
      if (left === 0) {
        done(!failed);
      }
      function arrived() {
        if (--left === 0) {
          done(!failed);
        }
      }
    }

    /** A term shard, once loaded: {terms (sorted), entries: term -> entry, stems (for the engine)}, else null. */
    function shard(key) {
      var found = shards.get(key);
      var file = termFiles[key];
      if (found || !file || !files.has(file)) {
        return found || null;
      }
      var entries = new Map();
      files.get(file).forEach(function (entry) { entries.set(entry[0], entry); });
      found = { terms: Array.from(entries.keys()), entries: entries, stems: null };
      shards.set(key, found);
      return found;
    }

    function entryOf(term) {
      var s = shard(keyOf(term));
      return s ? s.entries.get(term) : undefined;
    }

    /** The file a term's shard or its long postings (unless head will do) are in, if it is not loaded yet. */
    function missingFile(key, term, head) {
      var file = termFiles[key];
      if (file && !files.has(file)) {
        return file;
      }
      var entry = term && !head && entryOf(term);
      return entry && entry[3] && !files.has(entry[3]) ? entry[3] : null;
    }

    /**
     * A term's postings, {recs, scores, df}, decoded once: all of them, or with head, only the best ones of a long
     * list (the whole of a short one).
     */
    function postingsOf(term, head) {
      var entry = entryOf(term);
      var cache = head && entry[3] ? heads : postings;
      var found = cache.get(term);
      if (found) {
        return found;
      }
      var df = entry[1];
      var text = entry[3] && cache === postings ? files.get(entry[3]) : entry[2];
      var idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      var length = cache === heads ? headLength(text) : df;
      var recs = new Int32Array(length);
      var scores = new Float64Array(length);
      var rec = -1;
      var at = 0;
      for (var i = 0; i < length; i++) {
        // The step from the previous record (five bits a digit, 32 and up: more follows), then the score in two digits.
        var step = 0;
        var unit = 1;
        var digit;
        while ((digit = DIGIT[text.charCodeAt(at++)]) >= 32) {
          step += (digit - 32) * unit;
          unit *= 32;
        }
        rec += step + digit * unit + 1;
        recs[i] = rec;
        scores[i] = idf * scoreOf[DIGIT[text.charCodeAt(at)] * 64 + DIGIT[text.charCodeAt(at + 1)]];
        at += 2;
      }
      found = { recs: recs, scores: scores, df: df };
      cache.set(term, found);
      return found;
    }

    /** How many postings an encoded list holds: its digits below 32 end a record's step, two score digits follow. */
    function headLength(text) {
      var n = 0;
      for (var at = 0; at < text.length; at++) {
        if (DIGIT[text.charCodeAt(at)] < 32) {
          n++;
          at += 2;
        }
      }
      return n;
    }

    function filtering(filters) {
      return !!filters && ['kind', 'severity', 'relationship'].some(function (f) { return filters[f] && filters[f].length > 0; });
    }

    /** facet -> value -> Uint8Array, 1 for the pages that have the value. */
    function facetSets() {
      if (!facets) {
        facets = {};
        var data = files.get(manifest.facets) || {};
        Object.keys(data).forEach(function (facet) {
          facets[facet] = new Map();
          data[facet].forEach(function (pair) {
            var set = new Uint8Array(pageCount);
            fromSteps(numbers(pair[1])).forEach(function (page) { set[page] = 1; });
            facets[facet].set(pair[0], set);
          });
        });
      }
      return facets;
    }

    function passes(page, filters) {
      if (!filtering(filters)) {
        return true;
      }
      var sets = facetSets();
      return ['kind', 'severity', 'relationship'].every(function (facet) {
        var wanted = filters[facet] || [];
        return wanted.length === 0 || wanted.some(function (value) {
          var set = sets[facet] && sets[facet].get(value);
          return !!set && set[page] === 1;
        });
      });
    }
    /** What a result shows of a page, once its d/N shard is loaded: {url, title, kind, text, sections, quote}. */
    function metaOf(page) {
      if (meta[page]) {
        return meta[page];
      }
      var chunk = chunkOf(page);
      if (chunk < 0 || !files.has(docs[chunk][1])) {
        return null;
      }
      files.get(docs[chunk][1]).forEach(function (entry, i) {
        meta[docs[chunk][0] + i] = { url: entry[0], title: entry[1], kind: entry[2], text: entry[3], sections: entry[4], quote: entry[5] || '' };
      });
      return meta[page] || null;
    }

    function chunkOf(page) {
      var lo = 0;
      var hi = docs.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >>> 1;
        if (docs[mid][0] <= page) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return docs.length > 0 && docs[lo][0] <= page ? lo : -1;
    }

    /** Fills in a group's link, title, kind and quote and its sections' links, headings and text, as far as they are loaded. */
    function fill(g) {
      var m = metaOf(g.page);
      if (!m) {
        return;
      }
      var text = files.has(m.text) ? files.get(m.text)[g.page] : null;
      g.url = m.url;
      g.title = m.title;
      g.kind = m.kind;
      g.quote = m.quote;
      g.sections.forEach(function (section) {
        var at = section.record - pageFirst[g.page];
        section.url = m.url + m.sections[at][0];
        section.heading = m.sections[at][1];
        section.body = text ? text[at] : '';
      });
    }

    /**
     * Loads what the first `shown` groups of results show (with their text for snippets, when withText), fills them
     * in, then calls done(true), or done(false) if a file failed.
     */
    function describe(results, shown, withText, done) {
      var groups = results.groups.slice(0, shown);
      var names = [];
      groups.forEach(function (g) {
        var m = metaOf(g.page);
        var name = m ? (withText ? m.text : null) : docs[chunkOf(g.page)][1];
        if (name && !files.has(name) && names.indexOf(name) < 0) {
          names.push(name);
        }
      });
      if (names.length === 0 || failed) {
        groups.forEach(fill);
        done(!failed);
        return;
      }
      fetchAll(names, function (ok) {
        if (ok) {
          describe(results, shown, withText, done);
        } else {
          done(false);
        }
      });
    }

    return {
      count: count,
      pageCount: pageCount,
      pageFirst: pageFirst,
      recordPage: recordPage,
      top: manifest.top || {},
      hasShard: function (key) { return !!termFiles[key]; },
      shard: shard,
      entryOf: entryOf,
      missingFile: missingFile,
      facetsMissing: function () { return files.has(manifest.facets) ? null : manifest.facets; },
      fetchAll: fetchAll,
      failed: function () { return failed; },
      postingsOf: postingsOf,
      filtering: filtering,
      passes: passes,
      fill: fill,
      describe: describe,
      loaded: function () { return Array.from(files.keys()); },
    };
  }

  S.createStore = createStore;
  S.keyOf = keyOf;
  S.numbers = numbers;
})(typeof window !== 'undefined' ? window.MendSearch : (module.exports = require('./search-text.js')));
