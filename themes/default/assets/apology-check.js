/* Mend apology checker: looks for the checks of input/apology-checks.yml in what the reader writes, in this
   browser. Nothing is stored and nothing is sent. The matching is ApologyWords.cs, ApologyPattern.cs and
   ApologyMatcher.cs again, and both are tested against tests/fixtures/apology-checks/cases.json. */
(function (root) {
  "use strict";

  var GAP = "*";
  var MAX_GAP = 4;

  /**
   * The text as sentences of words, each { word, start, end }: the word lower-case, and where it is in the text.
   * A word is a run of ASCII letters, digits and apostrophes, without apostrophes at its ends; . ! ? ; and line
   * breaks end a sentence; a * is a word of its own (in a pattern, a gap).
   */
  function tokens(text) {
    var result = [];
    var words = [];
    var word = "";
    var from = 0;

    function endWord(at) {
      var leading = word.length - word.replace(/^'+/, "").length;
      var trimmed = word.replace(/^'+|'+$/g, "");
      if (trimmed.length > 0) {
        words.push({ word: trimmed, start: from + leading, end: from + leading + trimmed.length });
      }
      word = "";
      from = at + 1;
    }

    function endSentence(at) {
      endWord(at);
      if (words.length > 0) {
        result.push(words);
      }
      words = [];
    }

    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c >= "A" && c <= "Z") {
        word += c.toLowerCase();
      } else if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "'" || c === "\u2018" || c === "\u2019") {
        word += c === "\u2018" || c === "\u2019" ? "'" : c;
      } else if (c === "." || c === "!" || c === "?" || c === ";" || c === "\n" || c === "\r") {
        endSentence(i);
      } else if (c === GAP) {
        endWord(i - 1);
        word = GAP;
        endWord(i);
      } else {
        endWord(i);
      }
    }
    endSentence(text.length);
    return result;
  }

  /** The text as sentences of lower-case words. */
  function sentences(text) {
    return tokens(text).map(function (sentence) {
      return sentence.map(function (t) { return t.word; });
    });
  }

  /** A pattern's words (the build has checked it): its only sentence. */
  function patternWords(pattern) {
    var parsed = sentences(pattern);
    return parsed.length > 0 ? parsed[0] : [];
  }

  /** Where a match of the pattern from its word index, at the sentence's word at, ends (the word after it), or -1. */
  function matchEnd(pattern, index, sentence, at) {
    if (index === pattern.length) {
      return at;
    }
    if (pattern[index] === GAP) {
      for (var skip = 0; skip <= MAX_GAP && at + skip <= sentence.length; skip++) {
        var end = matchEnd(pattern, index + 1, sentence, at + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    return at < sentence.length && sentence[at] === pattern[index] ? matchEnd(pattern, index + 1, sentence, at + 1) : -1;
  }

  /** The first place the pattern (its words) is in the sentences: { sentence, start, end } in words, or null. */
  function find(pattern, text) {
    for (var s = 0; s < text.length; s++) {
      for (var start = 0; start < text[s].length; start++) {
        var end = matchEnd(pattern, 0, text[s], start);
        if (end >= 0) {
          return { sentence: s, start: start, end: end };
        }
      }
    }
    return null;
  }

  /** The words of the text the first pattern found in it covers, as written, or "". */
  function excerpt(patterns, text) {
    var words = tokens(text);
    var plain = sentences(text);
    for (var i = 0; i < patterns.length; i++) {
      var at = find(patternWords(patterns[i]), plain);
      if (at) {
        var sentence = words[at.sentence];
        return text.slice(sentence[at.start].start, sentence[at.end - 1].end);
      }
    }
    return "";
  }

  /**
   * Checks an apology. checks: [{ id, kind: "pattern" | "missing", patterns: ["if i hurt you", ...] }].
   * Returns { found: [pattern check ids in it], missing: [missing-part check ids none of whose cues it has] };
   * empty text has no findings at all.
   */
  function check(checks, text) {
    var words = sentences(text);
    if (words.length === 0) {
      return { found: [], missing: [] };
    }
    function has(c) {
      return c.patterns.some(function (pattern) { return find(patternWords(pattern), words) !== null; });
    }
    return {
      found: checks.filter(function (c) { return c.kind === "pattern" && has(c); }).map(function (c) { return c.id; }),
      missing: checks.filter(function (c) { return c.kind === "missing" && !has(c); }).map(function (c) { return c.id; })
    };
  }

  var api = { sentences: sentences, check: check, excerpt: excerpt };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") {
    return;
  }

  var element = root.MendDom.element;
  var clear = root.MendDom.clear;
  var dom = root.MendDom;
  var SEPARATOR = "|";
  var TYPING_PAUSE_MS = 600;

  function textOf(item, selector) {
    var node = item.querySelector(selector);
    return node ? node.textContent : "";
  }

  /** The checks as the server-side checklist lists them: the rules, and the words to show. */
  function readChecks() {
    return Array.prototype.slice.call(document.querySelectorAll(".apology-check[data-check]")).map(function (item) {
      var better = item.querySelector(".apology-check-better");
      var label = better ? better.querySelector(".apology-label") : null;
      return {
        id: item.getAttribute("data-check"),
        kind: item.getAttribute("data-kind"),
        patterns: (item.getAttribute("data-patterns") || "").split(SEPARATOR).filter(function (p) { return p.length > 0; }),
        title: textOf(item, ".apology-check-title"),
        explanation: textOf(item, ".apology-check-explanation"),
        label: label ? label.textContent : "",
        better: better ? better.textContent.replace(label ? label.textContent : "", "").trim() : ""
      };
    });
  }

  function finding(c, kind, text) {
    var item = element("li", { "class": "apology-finding apology-finding-" + kind, "data-finding": c.id });
    item.appendChild(element("h3", "apology-finding-title", c.title));
    if (kind === "found") {
      item.appendChild(element("p", "apology-quote", dom.text("apology_you_wrote", excerpt(c.patterns, text))));
    }
    item.appendChild(element("p", "apology-check-explanation", c.explanation));
    var better = element("p", "apology-check-better");
    better.appendChild(element("span", "apology-label", c.label));
    better.appendChild(document.createTextNode(" " + c.better));
    item.appendChild(better);
    return item;
  }

  function show(results, checks, text) {
    var result = check(checks, text);
    clear(results);
    var byId = {};
    checks.forEach(function (c) { byId[c.id] = c; });
    var summary;
    if (result.found.length === 0 && result.missing.length === 0) {
      summary = dom.text("apology_nothing_found");
    } else {
      var parts = [];
      if (result.found.length > 0) {
        parts.push(dom.text("apology_found", result.found.length));
      }
      if (result.missing.length > 0) {
        parts.push(dom.text("apology_missing", result.missing.length));
      }
      summary = parts.join(dom.text("apology_and")) + dom.text("apology_end");
    }
    results.appendChild(element("p", "apology-summary", summary));
    if (result.found.length > 0) {
      var found = element("ul", "apology-findings");
      result.found.forEach(function (id) { found.appendChild(finding(byId[id], "found", text)); });
      results.appendChild(found);
    }
    if (result.missing.length > 0) {
      var missing = element("ul", "apology-findings");
      result.missing.forEach(function (id) { missing.appendChild(finding(byId[id], "missing", text)); });
      results.appendChild(missing);
    }
  }

  function start(area) {
    var form = area.querySelector("[data-apology-form]");
    var input = form.querySelector("textarea");
    var results = area.querySelector("[data-apology-results]");
    var checks = readChecks();
    var timer = null;

    function run() {
      window.clearTimeout(timer);
      if (input.value.trim() === "") {
        clear(results);
        return;
      }
      show(results, checks, input.value);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, TYPING_PAUSE_MS);
    });
    area.hidden = false;
  }

  var area = document.querySelector("[data-apology-checker]");
  if (area) {
    start(area);
  }
})(typeof window !== "undefined" ? window : this);
