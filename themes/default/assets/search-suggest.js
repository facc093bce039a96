/*
 * Mend search, 4 of 7: spelling suggestions, so that a query with no results is not a dead end. Each query word that
 * matches nothing is compared with index terms by edit distance, and the closest take its place in up to three
 * suggested queries ("Did you mean: …"). Offline and cheap: the terms looked at are those of the shards the word
 * may be in (its own first two letters, and those letters swapped or one of them dropped), the manifest's most
 * common terms of every letter, and the words of its synonyms and phrases; the shards load only for a query that
 * found nothing. Needs search-engine.js (under node it requires it, and extends its exports).
 */
(function (S) {
  'use strict';

  var MAX_SUGGESTIONS = 3;

  /** How many edits a query word of its length may be off by: one for short words, two from six letters on. */
  function allowedEdits(word) {
    return word.length < 4 ? 0 : word.length < 6 ? 1 : 2;
  }

  /**
   * The number of insertions, deletions, substitutions and swaps of two letters side by side that turn a into b
   * (optimal string alignment), or max + 1 as soon as it is surely more than max.
   */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var before = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var smallest = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(k - 1) ? 0 : 1;
        var value = Math.min(previous[k] + 1, row[k - 1] + 1, previous[k - 1] + cost);
        if (before && i > 1 && k > 1 && a.charCodeAt(i - 1) === b.charCodeAt(k - 2) && a.charCodeAt(i - 2) === b.charCodeAt(k - 1)) {
          value = Math.min(value, before[k - 2] + 1);
        }
        row.push(value);
        smallest = Math.min(smallest, value);
      }
      if (smallest > max) {
        return max + 1;
      }
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /**
   * The candidates ([term, how common]) closest to word, at most `limit`: within its allowed edits, the nearest
   * first, then the most common, then in alphabetical order. The word itself is not one.
   */
  function closestTerms(word, candidates, limit) {
    var max = allowedEdits(word);
    var found = [];
    var seen = new Set();
    candidates.forEach(function (candidate) {
      var term = candidate[0];
      if (term === word || seen.has(term) || max === 0) {
        return;
      }
      seen.add(term);
      var distance = editDistance(word, term, max);
      if (distance <= max) {
        found.push({ term: term, distance: distance, count: candidate[1] || 0 });
      }
    });
    found.sort(function (x, y) {
      return x.distance - y.distance || y.count - x.count || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
    });
    return found.slice(0, limit).map(function (f) { return f.term; });
  }

  /** The shard keys a word's near spellings may be in: its own, its first two letters swapped, or one dropped. */
  function nearKeys(word) {
    var keys = [S.keyOf(word)];
    if (word.length >= 3) {
      keys.push(word.charAt(1) + word.charAt(0), word.charAt(0) + word.charAt(2), word.slice(1, 3));
    }
    return keys.filter(function (key, i) { return keys.indexOf(key) === i; });
  }

  /**
   * Suggested queries for a query: each word that matches nothing replaced by a close index term (the first
   * suggestion takes each word's closest, the next ones its next closest). Loads the shards it needs, then calls
   * done([query, ...]), empty when nothing is close.
   */
  function suggest(engine, query, done) {
    var store = engine.store;
    var words = S.queryTerms(query);
    var files = [];
    words.forEach(function (word) {
      nearKeys(word).forEach(function (key) {
        var file = store.hasShard(key) ? store.missingFile(key) : null;
        if (file && files.indexOf(file) < 0) {
          files.push(file);
        }
      });
    });
    var answered = false; // a loader that answers at once may call back more than once
    store.fetchAll(files, function () {
      if (!answered) {
        answered = true;
        done(suggestionsFor(engine, words));
      }
    });
  }

  function suggestionsFor(engine, words) {
    var store = engine.store;
    var shared = sharedCandidates(engine.manifest, store);
    var choices = words.map(function (word) {
      if (engine.expand(word).length > 0) {
        return [word];
      }
      var candidates = shared.slice();
      nearKeys(word).forEach(function (key) {
        var shard = store.shard(key);
        if (shard) {
          shard.terms.forEach(function (term) { candidates.push([term, shard.entries.get(term)[1]]); });
        }
      });
      return closestTerms(word, candidates, MAX_SUGGESTIONS);
    });
    var result = [];
    for (var n = 0; n < MAX_SUGGESTIONS; n++) {
      var changed = false;
      var picked = [];
      choices.forEach(function (list, w) {
        var choice = list[Math.min(n, list.length - 1)];
        if (choice !== undefined) {
          picked.push(choice);
          changed = changed || choice !== words[w];
        }
      });
      var text = picked.join(' ');
      if (changed && result.indexOf(text) < 0) {
        result.push(text);
      }
    }
    return result;
  }

  /** The terms every word is compared with: the most common of each letter, and the words search.yml gives. */
  function sharedCandidates(manifest, store) {
    var candidates = [];
    function add(term) {
      var entry = store.entryOf(term);
      candidates.push([term, entry ? entry[1] : 0]);
    }
    Object.keys(manifest.top || {}).forEach(function (letter) { manifest.top[letter].forEach(add); });
    (manifest.synonyms || []).forEach(function (group) { group.forEach(add); });
    (manifest.phrases || []).forEach(function (phrase) { phrase[0].split(' ').forEach(add); });
    return candidates;
  }

  S.editDistance = editDistance;
  S.closestTerms = closestTerms;
  S.suggest = suggest;
})(typeof window !== 'undefined' ? window.MendSearch : (module.exports = require('./search-engine.js')));
