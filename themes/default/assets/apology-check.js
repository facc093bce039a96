/* Mend apology checker: looks for the checks of input/apology-checks.yml in what the reader writes, in this
   browser. Nothing is stored and nothing is sent. The matching is ApologyWords.cs, ApologyPattern.cs and
   ApologyMatcher.cs again, and both are tested against tests/fixtures/apology-checks/cases.json. */
(function (root) {
  "use strict";

  var GAP = "*";
  var MAX_GAP = 4;

  /** The text as sentences of lower-case words: ASCII letters, digits and apostrophes; . ! ? ; and line breaks end a sentence. */
  function sentences(text) {
    var result = [];
    var words = [];
    var word = "";

    function endWord() {
      var trimmed = word.replace(/^'+|'+$/g, "");
      if (trimmed.length > 0) {
        words.push(trimmed);
      }
      word = "";
    }

    function endSentence() {
      endWord();
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
        endSentence();
      } else if (c === GAP) {
        endWord();
        words.push(GAP);
      } else {
        endWord();
      }
    }
    endSentence();
    return result;
  }

  /** A pattern's words (the build has checked it): its only sentence. */
  function patternWords(pattern) {
    var parsed = sentences(pattern);
    return parsed.length > 0 ? parsed[0] : [];
  }

  function matchesAt(pattern, index, sentence, at) {
    if (index === pattern.length) {
      return true;
    }
    if (pattern[index] === GAP) {
      for (var skip = 0; skip <= MAX_GAP && at + skip <= sentence.length; skip++) {
        if (matchesAt(pattern, index + 1, sentence, at + skip)) {
          return true;
        }
      }
      return false;
    }
    return at < sentence.length && sentence[at] === pattern[index] && matchesAt(pattern, index + 1, sentence, at + 1);
  }

  /** Whether the pattern (its words) is in one of the sentences. */
  function isIn(pattern, text) {
    return text.some(function (sentence) {
      for (var start = 0; start < sentence.length; start++) {
        if (matchesAt(pattern, 0, sentence, start)) {
          return true;
        }
      }
      return false;
    });
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
      return c.patterns.some(function (pattern) { return isIn(patternWords(pattern), words); });
    }
    return {
      found: checks.filter(function (c) { return c.kind === "pattern" && has(c); }).map(function (c) { return c.id; }),
      missing: checks.filter(function (c) { return c.kind === "missing" && !has(c); }).map(function (c) { return c.id; })
    };
  }

  var api = { sentences: sentences, check: check };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") {
    return;
  }

  var element = root.MendDom.element;
  var clear = root.MendDom.clear;
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

  function finding(c, kind) {
    var item = element("li", { "class": "apology-finding apology-finding-" + kind, "data-finding": c.id });
    item.appendChild(element("h3", "apology-finding-title", c.title));
    item.appendChild(element("p", "apology-check-explanation", c.explanation));
    var better = element("p", "apology-check-better");
    better.appendChild(element("span", "apology-label", c.label));
    better.appendChild(document.createTextNode(" " + c.better));
    item.appendChild(better);
    return item;
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function show(results, checks, result) {
    clear(results);
    var byId = {};
    checks.forEach(function (c) { byId[c.id] = c; });
    var summary;
    if (result.found.length === 0 && result.missing.length === 0) {
      summary = "Nothing here for the checklist to point out. Read it once more as the other person would hear it.";
    } else {
      var parts = [];
      if (result.found.length > 0) {
        parts.push(plural(result.found.length, "phrase", "phrases") + " to look at again");
      }
      if (result.missing.length > 0) {
        parts.push(plural(result.missing.length, "part", "parts") + " you could add");
      }
      summary = parts.join(", and ") + ".";
    }
    results.appendChild(element("p", "apology-summary", summary));
    if (result.found.length > 0) {
      var found = element("ul", "apology-findings");
      result.found.forEach(function (id) { found.appendChild(finding(byId[id], "found")); });
      results.appendChild(found);
    }
    if (result.missing.length > 0) {
      var missing = element("ul", "apology-findings");
      result.missing.forEach(function (id) { missing.appendChild(finding(byId[id], "missing")); });
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
      show(results, checks, check(checks, input.value));
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
