/*
 * Mend search, 1 of 7: text. Folding, tokenizing, word spans, stemming, the words of a query, and the synonyms and
 * phrases of the site's search.yml.
 *
 * The search scripts are classic scripts loaded in order (search-text, search-store, search-engine, search-ui,
 * search-box, search-page): no module, no worker, no fetch, so search works from file://; the index's files are
 * classic scripts too. They share one namespace,
 * window.MendSearch. Under node (the tests) each file is require()d instead and exports the same namespace.
 */
(function (S) {
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

  // ------------------------------------------------------------------------------------------------ stemming

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
  // The stemmer is English: on a page in another language (<html lang>), words match as written, accents and case
  // folded. Under node (no page), English.
  var STEMS = typeof document === 'undefined' || /^en(-|$)/i.test(document.documentElement.lang || 'en');

  function stem(word) {
    if (!STEMS) {
      return word;
    }
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

  // ------------------------------------------------------------------------------------------ readers' words
  // From the site's search.yml, which the build turned into tokens by the same rule as tokenize().

  /**
   * synonyms: [[token, ...], ...]. Returns word -> the other words of its groups, the groups it is in as itself or
   * by its stem (so "thanking" finds the group of "thanks").
   */
  function synonymTable(synonyms) {
    var groups = new Map();
    synonyms.forEach(function (group) {
      group.forEach(function (word) {
        [word, stem(word)].forEach(function (key) {
          (groups.get(key) || groups.set(key, []).get(key)).push(group);
        });
      });
    });
    return function (word) {
      var found = [];
      (groups.get(word) || []).concat(groups.get(stem(word)) || []).forEach(function (group) {
        group.forEach(function (other) {
          if (other !== word && found.indexOf(other) < 0) {
            found.push(other);
          }
        });
      });
      return found;
    };
  }

  /**
   * phrases: [[tokens joined by spaces, page numbers], ...] (S.numbers decodes them). Returns query -> the pages the
   * phrases it holds name, in order: the longest phrase first, then the one written first, each's pages as listed.
   * A query holds a phrase when its words, stemmed and with stop words kept, have the phrase's words in a row.
   */
  function phraseTable(phrases) {
    var table = phrases.map(function (p, order) {
      return { words: p[0].split(' ').map(stem), pages: S.numbers(p[1]), order: order };
    });
    return function (query) {
      var words = tokenize(query).map(stem);
      var pages = [];
      table.filter(function (p) { return holds(words, p.words); })
        .sort(function (x, y) { return y.words.length - x.words.length || x.order - y.order; })
        .forEach(function (p) {
          p.pages.forEach(function (page) {
            if (pages.indexOf(page) < 0) {
              pages.push(page);
            }
          });
        });
      return pages;
    };
  }

  function holds(words, phrase) {
    for (var i = 0; i + phrase.length <= words.length; i++) {
      var j = 0;
      while (j < phrase.length && words[i + j] === phrase[j]) {
        j++;
      }
      if (j === phrase.length) {
        return true;
      }
    }
    return false;
  }

  S.fold = fold;
  S.tokenize = tokenize;
  S.wordSpans = function (text) { return scan(text, true); };
  S.stem = stem;
  S.queryTerms = queryTerms;
  S.synonymTable = synonymTable;
  S.phraseTable = phraseTable;
  S.stopWords = STOP_WORDS;
})(typeof window !== 'undefined' ? (window.MendSearch = window.MendSearch || {}) : module.exports);
