/* Mend self-assessment: scores the answers in this browser. Nothing is sent anywhere; answers are kept on this
   device only when the reader asks, and only where the browser allows it. The scoring rules match
   AssessmentScoring.cs and are tested against tests/fixtures/assessment/scoring.json. */
(function (root) {
  "use strict";

  var TOLERANCE = 1e-9;

  /** Points of one answer: a reverse-scored statement counts min + max - value. */
  function points(value, reverse, min, max) {
    return reverse ? min + max - value : value;
  }

  /**
   * Scores answers. assessment: { min, max, dimensions: [{ id, bands: [max...] }], questions: [{ id, dimension, reverse }] };
   * answers: { questionId: value }. Returns [{ dimension, score (null: no answers), band (index or null), answered, questions }].
   */
  function score(assessment, answers) {
    return assessment.dimensions.map(function (dimension) {
      var questions = assessment.questions.filter(function (q) { return q.dimension === dimension.id; });
      var answered = questions.filter(function (q) { return Object.prototype.hasOwnProperty.call(answers, q.id); });
      if (answered.length === 0) {
        return { dimension: dimension.id, score: null, band: null, answered: 0, questions: questions.length };
      }
      var total = answered.reduce(function (sum, q) {
        return sum + points(answers[q.id], !!q.reverse, assessment.min, assessment.max);
      }, 0);
      var mean = total / answered.length;
      var band = null;
      for (var i = 0; i < dimension.bands.length; i++) {
        if (dimension.bands[i] >= mean - TOLERANCE) { band = i; break; }
      }
      return { dimension: dimension.id, score: mean, band: band, answered: answered.length, questions: questions.length };
    });
  }

  /**
   * The results by need: lowest score first, ties in the assessment's order, dimensions with no score last
   * (AssessmentScoring.ByNeed).
   */
  function byNeed(results) {
    return results.map(function (r, i) { return { r: r, i: i }; }).sort(function (a, b) {
      if ((a.r.score === null) !== (b.r.score === null)) { return a.r.score === null ? 1 : -1; }
      if (a.r.score !== null && a.r.score !== b.r.score) { return a.r.score - b.r.score; }
      return a.i - b.i;
    }).map(function (p) { return p.r; });
  }

  /** Every dimension tied for the lowest score, in the assessment's order; none without answers (AssessmentScoring.StartHere). */
  function startHere(results) {
    var scored = results.filter(function (r) { return r.score !== null; });
    if (scored.length === 0) { return []; }
    var lowest = Math.min.apply(null, scored.map(function (r) { return r.score; }));
    return scored.filter(function (r) { return r.score <= lowest + TOLERANCE; }).map(function (r) { return r.dimension; });
  }

  /**
   * The ids of the patterns the answers match, in order (AssessmentPatterns.Matching): every condition holds, and a
   * condition holds when every statement it names is answered with a value (as chosen, before reversing) at least
   * its at_least or at most its at_most. patterns: [{ id, when: [{ questions, at_least, at_most }] }].
   */
  function matchingPatterns(patterns, answers) {
    return patterns.filter(function (pattern) {
      return pattern.when.every(function (condition) {
        return condition.questions.every(function (id) {
          if (!Object.prototype.hasOwnProperty.call(answers, id)) { return false; }
          var value = answers[id];
          return (typeof condition.at_least !== "number" || value >= condition.at_least)
            && (typeof condition.at_most !== "number" || value <= condition.at_most);
        });
      });
    }).map(function (pattern) { return pattern.id; });
  }

  /** A name that does not say what the file is, for anyone who sees the downloads folder: notes-2026-11-30.txt. */
  function downloadName(date) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return "notes-" + date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + ".txt";
  }

  var api = { downloadName: downloadName, points: points, score: score, byNeed: byNeed, startHere: startHere, matchingPatterns: matchingPatterns };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") {
    return;
  }
  root.MendAssessment = api;

  var STORAGE_KEY = "mend-assessment:";
  var dom = root.MendDom;
  var element = dom.element;

  function format(number) {
    return (Math.round(number * 10) / 10).toString();
  }

  function start(form) {
    var min = parseFloat(form.getAttribute("data-min"));
    var max = parseFloat(form.getAttribute("data-max"));
    var fieldsets = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-question]"));
    var questions = fieldsets.map(function (f) {
      return { id: f.getAttribute("data-question"), dimension: f.getAttribute("data-dimension"), reverse: /^true$/i.test(f.getAttribute("data-reverse")) };
    });
    var dimensions = Array.prototype.slice.call(document.querySelectorAll(".scoring-key .dimension[data-dimension]")).map(function (section) {
      var rows = Array.prototype.slice.call(section.querySelectorAll("tr.band[data-max]"));
      return {
        id: section.getAttribute("data-dimension"),
        title: section.querySelector("h3").textContent,
        bands: rows.map(function (row) { return parseFloat(row.getAttribute("data-max")); }),
        rows: rows
      };
    });
    var assessment = { min: min, max: max, dimensions: dimensions, questions: questions };
    var patterns = Array.prototype.slice.call(document.querySelectorAll(".scoring-key .pattern[data-pattern]")).map(function (section) {
      return {
        id: section.getAttribute("data-pattern"),
        section: section,
        insteadOf: (section.getAttribute("data-instead-of") || "").split(" ").filter(Boolean),
        when: Array.prototype.slice.call(section.querySelectorAll("li[data-questions]")).map(function (li) {
          return {
            questions: li.getAttribute("data-questions").split(" ").filter(Boolean),
            at_least: li.hasAttribute("data-at-least") ? parseFloat(li.getAttribute("data-at-least")) : undefined,
            at_most: li.hasAttribute("data-at-most") ? parseFloat(li.getAttribute("data-at-most")) : undefined
          };
        })
      };
    });
    var canKeep = dom.storageAvailable();
    var key = STORAGE_KEY + (form.getAttribute("data-id") || location.pathname);

    var controls = element("div", { "class": "assessment-controls" });
    // Stays in view while answering. Not a live region: a count read out after every click is noise; the button
    // that shows the results is described by it instead.
    var progress = element("p", { "class": "progress", id: "assessment-progress" });
    var show = element("button", { type: "button", "class": "button button-primary", "aria-describedby": "assessment-progress" }, dom.text("assessment_show"));
    form.insertBefore(progress, form.firstChild);
    controls.appendChild(show);
    form.appendChild(controls);

    var results = element("section", { "class": "results", "aria-labelledby": "results-title", tabindex: "-1" });
    results.hidden = true;
    form.parentNode.insertBefore(results, form.nextSibling);

    var keep = element("div", { "class": "keep" });
    var keepBox = element("input", { type: "checkbox", id: "keep-answers" });
    var keepLabel = element("label", { "for": "keep-answers" }, dom.text("assessment_keep"));
    var forget = element("button", { type: "button", "class": "button" }, dom.text("assessment_forget"));
    var keepNote = element("p", { "class": "keep-note", "aria-live": "polite" });
    if (canKeep) {
      keep.appendChild(keepBox);
      keep.appendChild(keepLabel);
    } else {
      keepNote.textContent = dom.text("assessment_cannot_keep");
    }
    keep.appendChild(forget);
    keep.appendChild(keepNote);
    controls.appendChild(keep);

    function answers() {
      var given = {};
      fieldsets.forEach(function (f) {
        var checked = f.querySelector("input[type=radio]:checked");
        if (checked) { given[f.getAttribute("data-question")] = parseFloat(checked.value); }
      });
      return given;
    }

    function count(given) { return Object.keys(given).length; }

    function update() {
      var given = answers();
      progress.textContent = dom.text("assessment_progress", { given: count(given), total: questions.length });
      if (!results.hidden) { render(given); }
      if (canKeep && keepBox.checked) { dom.set(key, JSON.stringify(given)); }
    }

    function render(given) {
      var scored = score(assessment, given);
      var matched = matchingPatterns(patterns, given);
      var standIns = {};
      patterns.filter(function (p) { return matched.indexOf(p.id) >= 0; }).forEach(function (p) {
        p.insteadOf.forEach(function (id) { if (!standIns[id]) { standIns[id] = p; } });
      });
      results.textContent = "";
      var partial = count(given) < questions.length;
      results.appendChild(element("h2", { id: "results-title" }, partial ? dom.text("assessment_results_so_far") : dom.text("assessment_results")));
      if (partial) {
        results.appendChild(element("p", { "class": "partial" },
          dom.text("assessment_partial", { given: count(given), total: questions.length })));
      }
      patterns.filter(function (p) { return matched.indexOf(p.id) >= 0; }).forEach(function (p) {
        results.appendChild(patternCard(p));
      });
      var start = startHere(scored);
      if (start.length > 0) { results.appendChild(startCard(start, scored)); }
      var ordered = byNeed(scored);
      results.appendChild(chart(ordered, standIns));
      var list = element("div", { "class": "result-list" });
      ordered.forEach(function (result) { list.appendChild(dimensionResult(result, standIns[result.dimension])); });
      results.appendChild(list);
      var actions = element("p", { "class": "result-actions" });
      var print = element("button", { type: "button", "class": "button" }, dom.text("assessment_print"));
      print.addEventListener("click", function () { root.print(); });
      var download = element("button", { type: "button", "class": "button" }, dom.text("assessment_download"));
      download.addEventListener("click", function () { save(scored, given); });
      actions.appendChild(print);
      actions.appendChild(download);
      results.appendChild(actions);
    }

    /** A matched pattern's note, as the scoring key gives it, ahead of the results. */
    function patternCard(pattern) {
      var card = element("section", { "class": "card pattern-card", "data-pattern": pattern.id, "aria-labelledby": "card-" + pattern.id });
      card.appendChild(element("h3", { id: "card-" + pattern.id }, pattern.section.querySelector(".pattern-title").textContent));
      card.appendChild(element("p", {}, pattern.section.querySelector(".pattern-text").textContent));
      var links = pattern.section.querySelector(".pattern-links");
      if (links) { card.appendChild(links.cloneNode(true)); }
      return card;
    }

    /** The one area to work on first, or every area level at the lowest, saying they are level. */
    function startCard(ids, scored) {
      var card = element("section", { "class": "card start-here", "aria-labelledby": "start-here-title" });
      card.appendChild(element("h3", { id: "start-here-title" }, dom.text("assessment_start_here")));
      var of = function (id) { return scored.filter(function (r) { return r.dimension === id; })[0]; };
      if (ids.length === 1) {
        var result = of(ids[0]);
        var p = element("p", {}, titleOf(ids[0]) + ": ");
        p.appendChild(element("strong", {}, bandOf(result)));
        card.appendChild(p);
        card.appendChild(element("p", {}, bandText(result)));
        var link = firstLink(result);
        if (link) { card.appendChild(element("p", {}, dom.text("assessment_read_first"))).appendChild(link); }
        return card;
      }
      var numbers = dom.text("assessment_numbers");
      var number = (Array.isArray(numbers) && numbers[ids.length - 2]) || String(ids.length);
      card.appendChild(element("p", { "class": "tie" },
        dom.text(ids.length === 2 ? "assessment_level_two" : "assessment_level_many", { count: number })));
      var list = element("ul", {});
      ids.forEach(function (id) {
        var result = of(id);
        var item = element("li", {}, titleOf(id) + ": ");
        item.appendChild(element("strong", {}, bandOf(result)));
        var link = firstLink(result);
        if (link) { item.appendChild(document.createTextNode(dom.text("assessment_read_first_after"))); item.appendChild(link); }
        list.appendChild(item);
      });
      card.appendChild(list);
      return card;
    }

    function rowOf(result) {
      return dimensions.filter(function (d) { return d.id === result.dimension; })[0].rows[result.band];
    }

    /** A band's text without its links. */
    function bandText(result) {
      var text = rowOf(result).querySelector(".band-text").cloneNode(true);
      var links = text.querySelector(".band-links");
      if (links) { links.parentNode.removeChild(links); }
      return text.textContent.trim();
    }

    function firstLink(result) {
      var link = rowOf(result).querySelector(".band-links a");
      return link ? link.cloneNode(true) : null;
    }

    function titleOf(id) {
      return dimensions.filter(function (d) { return d.id === id; })[0].title;
    }

    /** The name of a scored result's band, as the scoring key gives it ("Getting there"). */
    function bandOf(result) {
      var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
      return dimension.rows[result.band].querySelector(".band-label").textContent;
    }

    /** An area's result in words: its band (or, where a matched pattern stands in for it, a pointer to that note). */
    function dimensionResult(result, standIn) {
      var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
      var block = element("section", { "class": "result", "data-dimension": result.dimension });
      block.appendChild(element("h3", {}, dimension.title));
      var line = element("p", { "class": "result-score" });
      block.appendChild(line);
      if (result.score === null) {
        line.textContent = dom.text("assessment_no_answers_line");
        return block;
      }
      line.appendChild(element("strong", { "class": "result-band" }, wordsOf(result, standIn)));
      if (result.answered < result.questions) {
        line.appendChild(document.createTextNode(dom.text("assessment_from", { answered: result.answered, total: result.questions })));
      }
      if (standIn) { return block; }
      block.appendChild(element("p", {}, bandText(result)));
      var original = rowOf(result).querySelector(".band-links");
      if (original) {
        block.appendChild(element("p", { "class": "result-links-title" }, dom.text("assessment_read_more")));
        block.appendChild(original.cloneNode(true));
      }
      return block;
    }

    function wordsOf(result, standIn) {
      return standIn ? dom.text("assessment_see_above", standIn.section.querySelector(".pattern-title").textContent) : bandOf(result);
    }

    /**
     * The results as bars, by need: each area's name, then its band in words (beside it where they fit, else on the
     * next line), then its bar. The words are HTML, so they keep the page's text size at every width and wrap instead of
     * running into each other; only the bars are drawn (SVG, which prints where backgrounds may not). A screen reader
     * hears the chart's name, which says it all.
     */
    function chart(scored, standIns) {
      var ns = "http://www.w3.org/2000/svg";
      var figure = element("div", { "class": "result-chart", role: "img" });
      var summary = scored.map(function (r) {
        return titleOf(r.dimension) + ": " + (r.score === null ? dom.text("assessment_no_answers_lower") : wordsOf(r, standIns[r.dimension]));
      }).join("; ");
      figure.setAttribute("aria-label", dom.text("assessment_chart", summary));
      scored.forEach(function (result) {
        var row = element("div", { "class": "chart-row", "data-dimension": result.dimension });
        row.appendChild(element("span", { "class": "chart-label" }, titleOf(result.dimension)));
        row.appendChild(element("span", { "class": "chart-value" },
          result.score === null ? dom.text("assessment_no_answers") : wordsOf(result, standIns[result.dimension])));
        var bar = document.createElementNS(ns, "svg");
        bar.setAttribute("class", "chart-bar");
        bar.setAttribute("viewBox", "0 0 100 10");
        bar.setAttribute("preserveAspectRatio", "none");
        var track = document.createElementNS(ns, "rect");
        track.setAttribute("width", 100); track.setAttribute("height", 10);
        track.setAttribute("class", "chart-track");
        bar.appendChild(track);
        if (result.score !== null) {
          var fill = document.createElementNS(ns, "rect");
          var share = max === min ? 1 : (result.score - min) / (max - min);
          fill.setAttribute("width", Math.max(1, share * 100)); fill.setAttribute("height", 10);
          fill.setAttribute("class", "chart-fill");
          bar.appendChild(fill);
        }
        row.appendChild(bar);
        figure.appendChild(row);
      });
      return figure;
    }

    function save(scored, given) {
      var lines = [document.title, "", dom.text("assessment_save_answered", { given: count(given), total: questions.length }), ""];
      scored.forEach(function (result) {
        var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
        lines.push(dimension.title + ": " + (result.score === null ? dom.text("assessment_save_no_answers")
          : dom.text("assessment_save_score", { score: format(result.score), max: format(max), band: bandOf(result) })));
      });
      lines.push("", dom.text("assessment_save_note"));
      var blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain" });
      var link = element("a", { href: URL.createObjectURL(blob), download: downloadName(new Date()) });
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    }

    function restore() {
      var details = document.querySelector(".scoring-key details");
      if (details) { root.addEventListener("beforeprint", function () { details.open = true; }); }
      if (!canKeep) { return; }
      var saved = dom.get(key);
      if (!saved) { return; }
      keepBox.checked = true;
      var given = JSON.parse(saved);
      Object.keys(given).forEach(function (id) {
        var input = form.querySelector("fieldset[data-question=\"" + id + "\"] input[value=\"" + given[id] + "\"]");
        if (input) { input.checked = true; }
      });
      keepNote.textContent = dom.text("assessment_kept_last_time");
    }

    form.addEventListener("change", function (event) {
      if (event.target === keepBox) {
        if (keepBox.checked) {
          dom.set(key, JSON.stringify(answers()));
          keepNote.textContent = dom.text("assessment_will_keep");
        } else {
          dom.remove(key);
          keepNote.textContent = dom.text("assessment_no_longer_kept");
        }
        return;
      }
      update();
    });
    show.addEventListener("click", function () {
      results.hidden = false;
      render(answers());
      results.focus();
    });
    forget.addEventListener("click", function () {
      dom.remove(key);
      keepBox.checked = false;
      fieldsets.forEach(function (f) {
        Array.prototype.forEach.call(f.querySelectorAll("input[type=radio]"), function (input) { input.checked = false; });
      });
      results.hidden = true;
      results.textContent = "";
      keepNote.textContent = dom.text(canKeep ? "assessment_cleared_kept" : "assessment_cleared");
      update();
    });

    restore();
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("assessment");
    if (form) { start(form); }
  });
})(typeof window !== "undefined" ? window : this);
