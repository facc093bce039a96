/*
 * Mend search: the client for the index that the build writes as assets/search-index.<hash>.js.
 *
 * A classic script with no dependency: no module, no worker, no fetch, so it works from file://. The index is
 * loaded by a <script> element the first time the reader focuses or types in a search box, and it assigns
 * window.MEND_SEARCH_INDEX. The query never leaves the page: it is not sent anywhere, and it is never put in
 * the address of a result page (only in the #fragment of the search page, which browsers do not send).
 *
 * The pure functions (tokenize, createIndex, snippet...) are exported for node's tests; the page wiring runs
 * only where there is a document.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------- tokenizing
  // The same rule as Mend.Site.Search.SearchTokenizer (both are tested against tests/fixtures/search/tokenize.json):
  // canonical decomposition, non-spacing marks dropped, each UTF-16 unit lower-cased, recomposed; letters and
  // decimal digits make words; an apostrophe (' or U+2019) inside a word is dropped; anything else separates.
  // Like C#'s char tests, this works on UTF-16 units, so a character outside the BMP is a separator.

  var NON_SPACING_MARK = /^\p{Mn}$/u;
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
  var SEP = 0, WORD = 1, APOSTROPHE = 2;

  // ASCII classes, and the folded text of each ASCII unit.
  var ASCII_CLASS = new Uint8Array(128);
  var ASCII_FOLD = [];
  for (var a = 0; a < 128; a++) {
    var ch = String.fromCharCode(a);
    ASCII_FOLD[a] = ch.toLowerCase();
    ASCII_CLASS[a] = (a >= 48 && a <= 57) || (a >= 65 && a <= 90) || (a >= 97 && a <= 122) ? WORD : a === 39 ? APOSTROPHE : SEP;
  }

  var foldCache = new Map();
  var classCache = new Map();

  /** One UTF-16 unit folded: decomposed, non-spacing marks dropped, each remaining unit lower-cased. */
  function foldUnit(unit) {
    var folded = foldCache.get(unit);
    if (folded === undefined) {
      var decomposed = unit.normalize('NFD');
      folded = '';
      for (var i = 0; i < decomposed.length; i++) {
        var part = decomposed[i];
        if (!NON_SPACING_MARK.test(part)) {
          var lower = part.toLowerCase();
          folded += lower.length === 1 ? lower : part;
        }
      }
      foldCache.set(unit, folded);
    }
    return folded;
  }

  function classOf(unit) {
    var code = unit.charCodeAt(0);
    if (code < 128) {
      return ASCII_CLASS[code];
    }
    var cls = classCache.get(code);
    if (cls === undefined) {
      cls = code === 0x2019 ? APOSTROPHE : LETTER_OR_DIGIT.test(unit) ? WORD : SEP;
      classCache.set(code, cls);
    }
    return cls;
  }

  /** Lower case without accents, as C#'s SearchTokenizer.Fold. */
  function fold(text) {
    text = String(text);
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      out += code < 128 ? ASCII_FOLD[code] : foldUnit(text[i]);
    }
    return out.normalize('NFC');
  }

  /**
   * Scans text into words. With spans, returns [{token, start, end}] with offsets in the original text (used to
   * highlight); without, the tokens only.
   */
  function scan(text, withSpans) {
    text = String(text);
    var out = [];
    var current = '';
    var ascii = true;
    var start = -1;
    var end = -1;
    function flush() {
      if (current.length > 0) {
        var token = ascii ? current : current.normalize('NFC');
        out.push(withSpans ? { token: token, start: start, end: end } : token);
        current = '';
        ascii = true;
      }
    }
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code < 128) {
        var cls = ASCII_CLASS[code];
        if (cls === WORD) {
          if (current.length === 0) {
            start = i;
          }
          current += ASCII_FOLD[code];
          end = i + 1;
        } else if (cls !== APOSTROPHE || current.length === 0) {
          flush();
        }
        continue;
      }
      // A non-ASCII unit folds to zero or more units (a non-spacing mark to none: it neither adds nor separates).
      var folded = foldUnit(text[i]);
      for (var k = 0; k < folded.length; k++) {
        var unit = folded[k];
        var c = classOf(unit);
        if (c === WORD) {
          if (current.length === 0) {
            start = i;
          }
          current += unit;
          if (unit.charCodeAt(0) >= 128) {
            ascii = false;
          }
          end = i + 1;
        } else if (c !== APOSTROPHE || current.length === 0) {
          flush();
        }
      }
    }
    flush();
    return out;
  }

  var SURROGATE = /[\uD800-\uDFFF]/g;
  // Characters outside these ranges may decompose, be marks or letters: those texts take the full path.
  var NEEDS_UNICODE = /[^\x00-\x7F\u00A0-\u00BF\u2000-\u206F]/;
  // The letters among those ranges are a-z, ª, µ and º; the digits 0-9 (², ³, ¹ are not decimal digits).
  var SIMPLE_WORD_RUN = /[a-z0-9\u00AA\u00B5\u00BA][a-z0-9\u00AA\u00B5\u00BA'\u2019]*/g;
  var MARKS = /\p{Mn}/gu;
  var CAPITAL_SIGMA = /\u03A3/g;
  var WORD_RUN = /[\p{L}\p{Nd}][\p{L}\p{Nd}'\u2019]*/gu;
  var APOSTROPHES = /['\u2019]/g;

  /**
   * The search tokens of a text: the rule of Mend.Site.Search.SearchTokenizer.Tokens. The same result as
   * scan(text) (the tests hold them to the same fixture), but several times faster on long texts, which matters
   * when the index is built. Surrogates become spaces first (C# sees their halves, which are not letters);
   * capital sigma is lowered alone (C# lowers one character at a time, so never to a final sigma).
   */
  function tokenize(text) {
    var s = String(text);
    var tokens;
    if (!NEEDS_UNICODE.test(s)) {
      // ASCII with Latin-1 and general punctuation (quotes, dashes): nothing to decompose, no mark to drop.
      tokens = s.toLowerCase().match(SIMPLE_WORD_RUN) || [];
    } else {
      s = s.replace(SURROGATE, ' ').normalize('NFD').replace(MARKS, '').replace(CAPITAL_SIGMA, '\u03C3').toLowerCase().normalize('NFC');
      tokens = s.match(WORD_RUN) || [];
    }
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (t.indexOf("'") >= 0 || t.indexOf('\u2019') >= 0) {
        tokens[i] = t.replace(APOSTROPHES, '');
      }
    }
    return tokens;
  }

  // ---------------------------------------------------------------------------------------------- matching

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

  // A light English stemmer, so that "apologising", "apologize" and "apology", or "hurts" and "hurting", find each
  // other. It only has to be consistent: it runs on the index's terms and the query's words alike, and a match
  // through it ranks between an exact word and a prefix.
  var IRREGULAR = {
    forgot: 'forget', forgotten: 'forget', lied: 'lie', lying: 'lie', lies: 'lie', said: 'say', says: 'say',
    told: 'tell', felt: 'feel', left: 'leave', broke: 'break', broken: 'break', fought: 'fight', kept: 'keep',
    thought: 'think', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', went: 'go',
    gone: 'go', ran: 'run', saw: 'see', seen: 'see', knew: 'know', known: 'know', wrote: 'write',
    written: 'write', spoke: 'speak', spoken: 'speak', hid: 'hide', hidden: 'hide', cheated: 'cheat',
    children: 'child', people: 'person', men: 'man', women: 'woman', better: 'good', best: 'good',
    worse: 'bad', worst: 'bad',
  };
  var VOWEL = /[aeiouy]/;
  var stemCache = new Map();

  function stem(word) {
    var cached = stemCache.get(word);
    if (cached !== undefined) {
      return cached;
    }
    var result = stemWord(word);
    if (stemCache.size > 50000) {
      stemCache.clear();
    }
    stemCache.set(word, result);
    return result;
  }

  function stemWord(word) {
    if (IRREGULAR.hasOwnProperty(word)) {
      word = IRREGULAR[word];
    }
    if (word.length < 4 || !/^[a-z]+$/.test(word)) {
      return word;
    }
    var w = word;
    var inflected = false;
    function ends(suffix) {
      return w.length > suffix.length && w.slice(-suffix.length) === suffix;
    }
    if (ends('ies') || ends('ied')) {
      w = w.length > 4 ? w.slice(0, -3) + 'y' : w.slice(0, -1);
      inflected = true;
    } else if (ends('ying') && w.length === 5) {
      w = w.slice(0, -4) + 'ie';
      inflected = true;
    } else if (ends('s') && !ends('ss') && !ends('us') && !ends('is')) {
      w = w.slice(0, -1);
      inflected = true;
    }
    if (ends('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) {
      w = undouble(w.slice(0, -3));
      inflected = true;
    } else if (ends('ed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) {
      w = undouble(w.slice(0, -2));
      inflected = true;
    }
    if (ends('ness') && w.length - 4 >= 4) {
      w = w.slice(0, -4);
    } else if (ends('ment') && w.length - 4 >= 4) {
      w = w.slice(0, -4);
    } else if (ends('ful') && w.length - 3 >= 4) {
      w = w.slice(0, -3);
    } else if (ends('ly') && w.length - 2 >= 4) {
      w = w.slice(0, -2);
    } else if (ends('ism') && w.length - 3 >= 4) {
      w = w.slice(0, -3);
    }
    if ((ends('isation') || ends('ization')) && w.length - 7 >= 4) {
      w = w.slice(0, -7);
    } else if ((ends('ise') || ends('ize')) && w.length - 3 >= 4) {
      w = w.slice(0, -3);
    } else if (inflected && (ends('is') || ends('iz')) && w.length - 2 >= 4) {
      w = w.slice(0, -2);
    }
    if ((ends('e') || ends('y')) && w.length > 4) {
      w = w.slice(0, -1);
    }
    return w;
  }

  function undouble(w) {
    var n = w.length;
    if (n >= 3 && w[n - 1] === w[n - 2] && !/[aeioulsz]/.test(w[n - 1])) {
      return w.slice(0, -1);
    }
    return w;
  }

  /** Applied only when the query has other words. */
  var STOP_WORDS = new Set((
    'a about after again all also am an and any are as at be been being but by can could did do does ' +
    'doing for from had has have he her him his how i if im in into is it its ive just me my myself of on ' +
    'or our she should so some than that the their them then there these they this those to us very was ' +
    'we were what whats when where which who why will with would you your youre yourself'
  ).split(' '));

  /** The distinct words of a query, without stop words unless it has nothing else. */
  function queryTerms(query) {
    var all = [];
    var seen = new Set();
    tokenize(query).forEach(function (token) {
      if (!seen.has(token)) {
        seen.add(token);
        all.push(token);
      }
    });
    var kept = all.filter(function (token) { return !STOP_WORDS.has(token); });
    return kept.length > 0 ? kept : all;
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

  // ---------------------------------------------------------------------------------------------- highlighting

  /** Text cut into [{text, mark}] pieces, the words in matchTerms marked. */
  function highlight(text, matchTerms) {
    text = String(text || '');
    return piecesOf(text, scan(text, true), matchTerms, 0, text.length);
  }

  function piecesOf(text, spans, matchTerms, from, to) {
    var pieces = [];
    var at = from;
    for (var i = 0; i < spans.length; i++) {
      var span = spans[i];
      if (span.start < from || span.end > to || !matchTerms.has(span.token)) {
        continue;
      }
      if (span.start > at) {
        pieces.push({ text: text.slice(at, span.start), mark: false });
      }
      pieces.push({ text: text.slice(span.start, span.end), mark: true });
      at = span.end;
    }
    if (at < to) {
      pieces.push({ text: text.slice(at, to), mark: false });
    }
    return pieces;
  }

  /**
   * About `length` characters of text around its matched words, cut at word boundaries, with an ellipsis where
   * text was left out, and the matched words marked. The window starts a little before a matched word, at the
   * one whose window holds the most different query words (the first such). matchTerms: a Set of terms, or a Map
   * of term to the query word it matched. Returns [{text, mark}].
   */
  function snippet(text, matchTerms, length) {
    text = String(text || '');
    length = length || 160;
    var spans = scan(text, true);
    if (text.length <= length) {
      return piecesOf(text, spans, matchTerms, 0, text.length);
    }
    var lead = Math.floor(length / 4);
    var matches = [];
    for (var i = 0; i < spans.length; i++) {
      if (matchTerms.has(spans[i].token)) {
        matches.push(i);
      }
    }
    var best = -1;
    var bestCount = 0;
    for (var m = 0; m < matches.length; m++) {
      var limit = spans[matches[m]].start + length - lead;
      var seen = new Set();
      for (var n = m; n < matches.length && spans[matches[n]].end <= limit; n++) {
        var token = spans[matches[n]].token;
        seen.add(matchTerms instanceof Map ? matchTerms.get(token) : token);
      }
      if (seen.size > bestCount) {
        bestCount = seen.size;
        best = matches[m];
      }
    }
    var from = 0;
    if (best > 0) {
      // Start a little before the match, at the start of a word; near the end, show the last `length` characters.
      var want = Math.min(Math.max(0, spans[best].start - lead), text.length - length);
      var j = best;
      while (j > 0 && spans[j - 1].start >= want) {
        j--;
      }
      from = j === 0 ? 0 : spans[j].start;
    }
    var to = text.length;
    if (to - from > length) {
      to = from + length;
      for (var k = spans.length - 1; k >= 0; k--) {
        if (spans[k].end <= from + length && spans[k].start >= from) {
          to = spans[k].end;
          break;
        }
      }
    }
    var pieces = piecesOf(text, spans, matchTerms, from, to);
    if (from > 0) {
      pieces.unshift({ text: '… ', mark: false });
    }
    if (to < text.length) {
      pieces.push({ text: ' …', mark: false });
    }
    return pieces;
  }

  var MendSearch = {
    fold: fold,
    tokenize: tokenize,
    wordSpans: function (text) { return scan(text, true); },
    withinOneEdit: withinOneEdit,
    stem: stem,
    queryTerms: queryTerms,
    stopWords: STOP_WORDS,
    createIndex: createIndex,
    highlight: highlight,
    snippet: snippet,
    pageOf: pageOf,
  };

  if (typeof module === 'object' && module && module.exports) {
    module.exports = MendSearch;
  }
  if (typeof document === 'undefined' || typeof window === 'undefined') {
    return;
  }

  // ---------------------------------------------------------------------------------------------- the page

  var KIND_NAMES = { guide: 'Guide', rupture: 'Example', challenge: 'What gets in the way' };
  var BOX_OPTIONS = 8;
  var PAGE_STEP = 30;
  var engine = null;
  var loading = false;
  var failed = false;
  var waiting = [];

  /**
   * For code that needs the index: the returned ready() is true once it is loaded. Until then ready() starts
   * loading it, calls retry when it arrives (once, however often ready() was asked), or says that it failed.
   */
  function indexGuard(src, say, retry) {
    var queued = false;
    return function ready() {
      if (engine) {
        return true;
      }
      if (failed) {
        say('Search could not be loaded.');
      } else if (!queued) {
        queued = true;
        whenLoaded(src, function () {
          queued = false;
          retry();
        });
      }
      return false;
    };
  }

  /** Loads the index once, with a <script> element (fetch does not work from file://). */
  function whenLoaded(src, callback) {
    if (engine || failed) {
      callback(engine);
      return;
    }
    waiting.push(callback);
    if (loading || !src) {
      return;
    }
    loading = true;
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () {
      var data = window.MEND_SEARCH_INDEX;
      if (data && data.records) {
        engine = createIndex(data);
      } else {
        failed = true;
      }
      done();
    };
    script.onerror = function () {
      failed = true;
      done();
    };
    document.head.appendChild(script);

    function done() {
      loading = false;
      var callbacks = waiting;
      waiting = [];
      callbacks.forEach(function (cb) { cb(engine); });
    }
  }

  function resultCount(total) {
    return total === 0 ? 'No results' : total === 1 ? '1 result' : total + ' results';
  }

  function appendPieces(element, pieces) {
    pieces.forEach(function (piece) {
      if (piece.mark) {
        var mark = document.createElement('mark');
        mark.textContent = piece.text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(piece.text));
      }
    });
  }

  function element(name, className, text) {
    var el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (text) {
      el.textContent = text;
    }
    return el;
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
  }

  /** Sets a live region's text a moment after typing stops, so a screen reader is not flooded. */
  function announcer(region) {
    var timer = 0;
    return function (text) {
      if (!region) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (region.textContent !== text) {
          region.textContent = text;
        }
      }, text ? 400 : 0);
    };
  }

  /** The query in the search page's own address: #q=... (what the boxes write), or ?q=... */
  function initialQuery() {
    var hash = window.location.hash.replace(/^#/, '');
    var query = null;
    hash.split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq) === 'q') {
        try {
          query = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
        } catch (e) {
          query = null;
        }
      }
    });
    if (query === null && window.URLSearchParams) {
      query = new URLSearchParams(window.location.search).get('q');
    }
    return query || '';
  }

  /** The header box: an ARIA 1.2 combobox with a listbox of the best sections. */
  function SearchBox(form) {
    var input = form.querySelector('[role="combobox"]');
    var listbox = input && document.getElementById(input.getAttribute('aria-controls'));
    if (!input || !listbox) {
      return null;
    }
    var say = announcer(form.querySelector('[role="status"]'));
    var root = form.getAttribute('data-root') || '';
    var src = form.getAttribute('data-index');
    var prefix = (listbox.id || 'search') + '-option-';
    var options = [];
    var active = -1;
    var ready = indexGuard(src, say, function () { update(); });

    function open() {
      if (options.length > 0) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function setActive(index) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (active >= 0 && options[active]) {
        var option = options[active];
        option.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', option.id);
        if (option.scrollIntoView) {
          option.scrollIntoView({ block: 'nearest' });
        }
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function searchPage(query) {
      return form.action.replace(/#.*$/, '') + (query ? '#q=' + encodeURIComponent(query) : '');
    }

    function go(option) {
      window.location.assign(option.getAttribute('data-href'));
    }

    function addOption(parts, href, className) {
      var option = element('li', className);
      option.id = prefix + options.length;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-href', href);
      parts.forEach(function (part) { option.appendChild(part); });
      listbox.appendChild(option);
      options.push(option);
    }

    function update() {
      var query = input.value;
      if (query.trim() === '') {
        clear(listbox);
        options = [];
        close();
        say('');
        return;
      }
      if (!ready()) {
        return;
      }
      var results = engine.search(query);
      clear(listbox);
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      results.groups.slice(0, BOX_OPTIONS).forEach(function (g) {
        var best = g.sections[0];
        var title = element('span', 'search-option-title');
        appendPieces(title, highlight(g.title, results.matchTerms));
        var parts = [title];
        if (best.heading) {
          var heading = element('span', 'search-option-heading');
          appendPieces(heading, highlight(best.heading, results.matchTerms));
          parts.push(heading);
        }
        parts.push(element('span', 'search-option-kind', KIND_NAMES[g.kind] || ''));
        addOption(parts, root + best.url, 'search-option');
      });
      if (results.total > BOX_OPTIONS) {
        addOption([document.createTextNode('All ' + results.total + ' results')], searchPage(query.trim()), 'search-option search-option-all');
      }
      if (options.length > 0) {
        open();
      } else {
        close();
      }
      say(resultCount(results.total));
    }

    function load() {
      whenLoaded(src, function () {
        if (input.value.trim() !== '') {
          update();
        }
      });
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (listbox.hidden) {
            update();
            open();
          } else if (options.length > 0) {
            setActive(active + 1 >= options.length ? 0 : active + 1);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (listbox.hidden) {
            update();
            open();
          }
          if (options.length > 0) {
            setActive(active <= 0 ? options.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (!listbox.hidden && active >= 0 && options[active]) {
            event.preventDefault();
            go(options[active]);
          }
          break;
        case 'Escape':
          if (!listbox.hidden) {
            event.preventDefault();
            close();
          } else if (input.value !== '') {
            event.preventDefault();
            input.value = '';
            update();
          }
          break;
        default:
          if (!engine) {
            load();
          }
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!listbox.hidden && active >= 0 && options[active]) {
        go(options[active]);
        return;
      }
      window.location.assign(searchPage(input.value.trim()));
    });
    listbox.addEventListener('mousedown', function (event) {
      event.preventDefault(); // keep the focus in the box
    });
    listbox.addEventListener('click', function (event) {
      var option = event.target.closest ? event.target.closest('[role="option"]') : null;
      if (option) {
        go(option);
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
        close();
      }
    });
    input.addEventListener('click', function () {
      if (listbox.hidden && input.value.trim() !== '') {
        update();
      }
    });

    return { input: input };
  }

  /** The search page: a box, facet filters and the results grouped by page. */
  function SearchPage(container) {
    var form = container.querySelector('form[data-index]');
    var input = form && form.querySelector('input');
    var list = container.querySelector('[data-search-results]');
    if (!form || !input || !list) {
      return null;
    }
    var status = container.querySelector('[data-search-status]');
    var say = announcer(status);
    var more = container.querySelector('[data-search-more]');
    var root = form.getAttribute('data-root') || '';
    var src = form.getAttribute('data-index');
    var shown = PAGE_STEP;
    var facetsBuilt = false;
    var ready = indexGuard(src, say, function () { render(); });

    container.hidden = false;

    function filters() {
      var result = { kind: [], severity: [], relationship: [] };
      container.querySelectorAll('input[data-facet]:checked').forEach(function (box) {
        result[box.getAttribute('data-facet')].push(box.value);
      });
      return result;
    }

    function anyFilter(f) {
      return f.kind.length + f.severity.length + f.relationship.length > 0;
    }

    function buildFacets() {
      if (facetsBuilt || !engine) {
        return;
      }
      facetsBuilt = true;
      var lists = { kind: engine.kinds, severity: engine.severities, relationship: engine.relationships };
      container.querySelectorAll('[data-facet-list]').forEach(function (holder) {
        var facet = holder.getAttribute('data-facet-list');
        (lists[facet] || []).forEach(function (pair) {
          var label = element('label', 'search-facet');
          var box = element('input');
          box.type = 'checkbox';
          box.value = pair[0];
          box.setAttribute('data-facet', facet);
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + pair[1]));
          holder.appendChild(label);
        });
        var fieldset = holder.closest ? holder.closest('fieldset') : null;
        if (fieldset && (lists[facet] || []).length === 0) {
          fieldset.hidden = true;
        }
      });
      var facets = container.querySelector('[data-search-facets]');
      if (facets) {
        facets.hidden = false;
      }
    }

    function renderGroup(g, matchTerms) {
      var item = element('li', 'search-result');
      var title = element('h2', 'search-result-title');
      var link = element('a');
      link.href = root + g.url;
      appendPieces(link, highlight(g.title, matchTerms));
      title.appendChild(link);
      var kind = KIND_NAMES[g.kind];
      if (kind) {
        title.appendChild(document.createTextNode(' '));
        title.appendChild(element('span', 'search-result-kind', kind));
      }
      item.appendChild(title);
      var sections = element('ul', 'search-result-sections');
      g.sections.slice(0, 3).forEach(function (section) {
        var entry = element('li', 'search-result-section');
        if (section.heading) {
          var heading = element('a', 'search-result-heading');
          heading.href = root + section.url;
          appendPieces(heading, highlight(section.heading, matchTerms));
          entry.appendChild(heading);
        }
        var text = element('p', 'search-result-snippet');
        appendPieces(text, snippet(section.body, matchTerms, 160));
        entry.appendChild(text);
        sections.appendChild(entry);
      });
      item.appendChild(sections);
      return item;
    }

    function render() {
      if (!ready()) {
        return;
      }
      buildFacets();
      var query = input.value;
      var f = filters();
      var results = query.trim() !== '' ? engine.search(query, { filters: f }) : anyFilter(f) ? engine.browse(f) : null;
      clear(list);
      if (more) {
        more.hidden = true;
      }
      if (!results) {
        say('');
        return;
      }
      results.groups.slice(0, shown).forEach(function (g) {
        list.appendChild(renderGroup(g, results.matchTerms));
      });
      if (more && results.total > shown) {
        more.hidden = false;
      }
      say(resultCount(results.total));
    }

    function fresh() {
      shown = PAGE_STEP;
      render();
    }

    input.addEventListener('input', fresh);
    container.addEventListener('change', function (event) {
      if (event.target && event.target.hasAttribute && event.target.hasAttribute('data-facet')) {
        fresh();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      fresh();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && input.value !== '') {
        event.preventDefault();
        input.value = '';
        fresh();
      }
    });
    if (more) {
      more.addEventListener('click', function () {
        var before = list.children.length;
        shown += PAGE_STEP;
        render();
        var next = list.children[before];
        var firstLink = next && next.querySelector('a');
        if (firstLink) {
          firstLink.focus();
        }
      });
    }
    window.addEventListener('hashchange', function () {
      var query = initialQuery();
      if (query) {
        input.value = query;
        fresh();
      }
    });

    input.value = initialQuery() || input.value;
    fresh();
    return { input: input };
  }

  function isEditable(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  function start() {
    var page = null;
    var pageContainer = document.querySelector('[data-search-page]');
    if (pageContainer) {
      page = SearchPage(pageContainer);
    }
    var boxes = [];
    document.querySelectorAll('form.search-box[data-index]').forEach(function (form) {
      var box = SearchBox(form);
      if (box) {
        boxes.push(box);
      }
    });
    var target = page || boxes[0];
    if (!target) {
      return;
    }
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || isEditable(event.target)) {
        return;
      }
      event.preventDefault();
      target.input.focus();
      target.input.select();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
