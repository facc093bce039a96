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

  var api = { points: points, score: score };
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
    var canKeep = dom.storageAvailable();
    var key = STORAGE_KEY + (form.getAttribute("data-id") || location.pathname);

    var controls = element("div", { "class": "assessment-controls" });
    var progress = element("p", { "class": "progress", "aria-live": "polite" });
    var show = element("button", { type: "button", "class": "button button-primary" }, "Show my results");
    controls.appendChild(progress);
    controls.appendChild(show);
    form.appendChild(controls);

    var results = element("section", { "class": "results", "aria-labelledby": "results-title", tabindex: "-1" });
    results.hidden = true;
    form.parentNode.insertBefore(results, form.nextSibling);

    var keep = element("div", { "class": "keep" });
    var keepBox = element("input", { type: "checkbox", id: "keep-answers" });
    var keepLabel = element("label", { "for": "keep-answers" }, "Keep my answers on this device");
    var forget = element("button", { type: "button", "class": "button" }, "Forget my answers");
    var keepNote = element("p", { "class": "keep-note", "aria-live": "polite" });
    if (canKeep) {
      keep.appendChild(keepBox);
      keep.appendChild(keepLabel);
    } else {
      keepNote.textContent = "This browser does not let the page keep anything, so your answers will be gone when you close it.";
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
      progress.textContent = count(given) + " of " + questions.length + " answered";
      if (!results.hidden) { render(given); }
      if (canKeep && keepBox.checked) { dom.set(key, JSON.stringify(given)); }
    }

    function render(given) {
      var scored = score(assessment, given);
      results.textContent = "";
      var partial = count(given) < questions.length;
      results.appendChild(element("h2", { id: "results-title" }, partial ? "Your results so far" : "Your results"));
      if (partial) {
        results.appendChild(element("p", { "class": "partial" },
          "Partial results: " + count(given) + " of " + questions.length + " statements answered. Areas with no answers have no result yet."));
      }
      var withScores = scored.filter(function (r) { return r.score !== null; });
      if (withScores.length > 1) {
        var high = withScores.reduce(function (a, b) { return b.score > a.score ? b : a; });
        var low = withScores.reduce(function (a, b) { return b.score < a.score ? b : a; });
        if (high.score !== low.score) {
          results.appendChild(element("p", { "class": "extremes" },
            "Your strongest area: " + titleOf(high.dimension) + ". The area with most room to grow: " + titleOf(low.dimension) + "."));
        }
      }
      results.appendChild(chart(scored));
      var list = element("div", { "class": "result-list" });
      scored.forEach(function (result) { list.appendChild(dimensionResult(result)); });
      results.appendChild(list);
      var actions = element("p", { "class": "result-actions" });
      var print = element("button", { type: "button", "class": "button" }, "Print my results");
      print.addEventListener("click", function () { root.print(); });
      var download = element("button", { type: "button", "class": "button" }, "Download my results");
      download.addEventListener("click", function () { save(scored, given); });
      actions.appendChild(print);
      actions.appendChild(download);
      results.appendChild(actions);
    }

    function titleOf(id) {
      return dimensions.filter(function (d) { return d.id === id; })[0].title;
    }

    /** The name of a scored result's band, as the scoring key gives it ("Getting there"). */
    function bandOf(result) {
      var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
      return dimension.rows[result.band].querySelector(".band-label").textContent;
    }

    function dimensionResult(result) {
      var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
      var block = element("section", { "class": "result", "data-dimension": result.dimension });
      block.appendChild(element("h3", {}, dimension.title));
      if (result.score === null) {
        block.appendChild(element("p", { "class": "result-score" }, "No answers yet."));
        return block;
      }
      var row = dimension.rows[result.band];
      block.appendChild(element("p", { "class": "result-score" },
        "Score " + format(result.score) + " out of " + format(max) + (result.answered < result.questions ? " (from " + result.answered + " of " + result.questions + " statements)" : "") + ": "));
      block.querySelector(".result-score").appendChild(element("strong", { "class": "result-band" }, bandOf(result)));
      var text = row.querySelector(".band-text").cloneNode(true);
      var links = text.querySelector(".band-links");
      if (links) { links.parentNode.removeChild(links); }
      block.appendChild(element("p", {}, text.textContent.trim()));
      var original = row.querySelector(".band-links");
      if (original) {
        block.appendChild(element("p", { "class": "result-links-title" }, "Where to read more:"));
        block.appendChild(original.cloneNode(true));
      }
      return block;
    }

    /**
     * The scores as bars: each area's name, then its score and band (beside it where they fit, else on the next
     * line), then its bar. The words are HTML, so they keep the page's text size at every width and wrap instead of
     * running into each other; only the bars are drawn (SVG, which prints where backgrounds may not). A screen reader
     * hears the chart's name, which says it all.
     */
    function chart(scored) {
      var ns = "http://www.w3.org/2000/svg";
      var figure = element("div", { "class": "result-chart", role: "img" });
      var summary = scored.map(function (r) {
        return titleOf(r.dimension) + ": " + (r.score === null ? "no answers yet" : format(r.score) + " of " + format(max) + ", " + bandOf(r));
      }).join("; ");
      figure.setAttribute("aria-label", "Bar chart of your scores. " + summary + ".");
      scored.forEach(function (result) {
        var row = element("div", { "class": "chart-row", "data-dimension": result.dimension });
        row.appendChild(element("span", { "class": "chart-label" }, titleOf(result.dimension)));
        row.appendChild(element("span", { "class": "chart-value" },
          result.score === null ? "No answers yet" : format(result.score) + " of " + format(max) + " · " + bandOf(result)));
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
      var lines = [document.title, "", count(given) + " of " + questions.length + " statements answered.", ""];
      scored.forEach(function (result) {
        var dimension = dimensions.filter(function (d) { return d.id === result.dimension; })[0];
        lines.push(dimension.title + ": " + (result.score === null ? "no answers"
          : format(result.score) + " out of " + format(max) + ", " + bandOf(result)));
      });
      lines.push("", "For reflection, not a diagnosis.");
      var blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain" });
      var link = element("a", { href: URL.createObjectURL(blob), download: "self-assessment-results.txt" });
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    }

    function restore() {
      if (!canKeep) { return; }
      var saved = dom.get(key);
      if (!saved) { return; }
      keepBox.checked = true;
      var given = JSON.parse(saved);
      Object.keys(given).forEach(function (id) {
        var input = form.querySelector("fieldset[data-question=\"" + id + "\"] input[value=\"" + given[id] + "\"]");
        if (input) { input.checked = true; }
      });
      keepNote.textContent = "Your answers from last time were kept on this device.";
    }

    form.addEventListener("change", function (event) {
      if (event.target === keepBox) {
        if (keepBox.checked) {
          dom.set(key, JSON.stringify(answers()));
          keepNote.textContent = "Your answers will be kept on this device until you choose to forget them.";
        } else {
          dom.remove(key);
          keepNote.textContent = "Your answers are no longer kept on this device.";
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
      keepNote.textContent = "Your answers have been cleared" + (canKeep ? " and nothing is kept on this device." : ".");
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
