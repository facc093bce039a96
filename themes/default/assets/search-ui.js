/*
 * Mend search, 5 of 7: what the header box and the search page share. Highlighting and snippets (pure, tested
 * under node), then, where there is a document: loading the index once, small helpers, and the start of the box
 * and the page (search-box.js and search-page.js, which load after this file) with the "/" shortcut.
 *
 * The index's manifest is loaded by a <script> element the first time the reader focuses or types in a search box,
 * and it assigns window.MEND_SEARCH_INDEX; the shards a query needs are loaded the same way, and each calls
 * window.MEND_SEARCH_SHARD(id, data). The query never leaves the page: it is not sent anywhere (which shards load
 * says which first two letters its words have, no more), and it is never put in the address of a result page (only
 * in the #fragment of the search page, which browsers do not send).
 * Needs search-text.js, search-store.js, search-engine.js and search-suggest.js.
 */
(function (S) {
  'use strict';

  // ---------------------------------------------------------------------------------------------- highlighting

  /** Text cut into [{text, mark}] pieces, the words in matchTerms marked. */
  function highlight(text, matchTerms) {
    text = String(text || '');
    return piecesOf(text, S.wordSpans(text), matchTerms, 0, text.length);
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
    var spans = S.wordSpans(text);
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

  S.highlight = highlight;
  S.snippet = snippet;
  if (typeof document === 'undefined') {
    return;
  }

  // ---------------------------------------------------------------------------------------------- the page

  var dom = window.MendDom;
  var engine = null;
  var loading = false;
  var failed = false;
  var waiting = [];
  var arrived = {}; // shard id -> data, from its script until its load event

  window.MEND_SEARCH_SHARD = function (id, data) {
    arrived[id] = data;
  };

  /** Adds a classic script (fetch does not work from file://); calls back with true once it ran, false if it failed. */
  function addScript(src, callback) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () { callback(true); };
    script.onerror = function () { callback(false); };
    document.head.appendChild(script);
  }

  /** The engine's loader: a shard file's name, relative to the manifest's folder and base, to its data. */
  function shardLoader(folder) {
    return function (name, callback) {
      var id = name.replace(/\.[0-9a-f]+\.js$/, '');
      addScript(folder + name, function (ok) {
        var data = ok && arrived.hasOwnProperty(id) ? arrived[id] : null;
        delete arrived[id];
        callback(data);
      });
    };
  }

  /** Loads the index's manifest once; calls callback(engine), with null if it could not be loaded. */
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
    addScript(src, function (ok) {
      var data = window.MEND_SEARCH_INDEX;
      if (ok && data && data.terms) {
        engine = S.createIndex(data, shardLoader(src.replace(/[^/]*$/, '') + (data.base || '')));
      } else {
        failed = true;
      }
      loading = false;
      var callbacks = waiting;
      waiting = [];
      callbacks.forEach(function (cb) { cb(engine); });
    });
  }

  /**
   * Searches once what the query needs is loaded (at once, when it already is): calls back with the results, their
   * first `shown` groups filled in (with their text when withText), or with null when the index could not be loaded.
   * An empty query with filters lists what passes them; an empty query without, null results and no error. A query
   * with no results has suggestions ([query, ...], see search-suggest.js); every other, none.
   */
  function run(src, query, filters, shown, withText, callback) {
    whenLoaded(src, function (found) {
      if (!found) {
        callback(null, true);
        return;
      }
      var browsing = query.trim() === '';
      found.prepare(browsing ? '' : query, filters, function (ok) {
        if (!ok) {
          callback(null, true);
          return;
        }
        var results = !browsing ? found.search(query, { filters: filters, limit: shown }) : filters ? found.browse(filters, shown) : null;
        if (!results) {
          callback(null, false);
          return;
        }
        results.suggestions = [];
        found.describe(results, shown, withText, function (described) {
          if (!described || results.total > 0 || browsing) {
            callback(described ? results : null, !described);
            return;
          }
          S.suggest(found, query, function (suggestions) {
            results.suggestions = suggestions;
            callback(results, false);
          });
        });
      });
    });
  }

  function resultCount(total) {
    return total === 0 ? dom.text('search_no_results') : dom.text('search_results', total);
  }

  function appendPieces(node, pieces) {
    pieces.forEach(function (piece) {
      node.appendChild(piece.mark ? dom.element('mark', null, piece.text) : document.createTextNode(piece.text));
    });
  }

  /** A kind's singular label ("Example"), for a result's kind line. The index lists [id, plural, singular]. */
  function kindLabel(id) {
    var kinds = engine ? engine.kinds : [];
    for (var i = 0; i < kinds.length; i++) {
      if (kinds[i][0] === id) {
        return kinds[i][2] || '';
      }
    }
    return '';
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
      page = S.SearchPage(pageContainer);
    }
    var boxes = [];
    document.querySelectorAll('form.search-box[data-index]').forEach(function (form) {
      var box = S.SearchBox(form);
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

  S.ui = {
    engine: function () { return engine; },
    whenLoaded: whenLoaded,
    run: run,
    resultCount: resultCount,
    appendPieces: appendPieces,
    kindLabel: kindLabel,
    announcer: announcer,
    initialQuery: initialQuery,
  };

  // Deferred scripts all run before DOMContentLoaded: by then search-box.js and search-page.js are defined.
  document.addEventListener('DOMContentLoaded', start);
})(typeof window !== 'undefined' ? window.MendSearch : (module.exports = require('./search-suggest.js')));
