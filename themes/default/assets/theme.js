// Light or dark. The system setting decides until the reader presses the header toggle; the choice is
// then kept in localStorage where the browser allows it (not always so from file://, or in private modes).
// Loaded without defer in <head>, after dom.js, so a remembered choice applies before the first paint.
(function () {
  "use strict";

  var key = "mend-theme";
  var root = document.documentElement;

  function remembered() {
    var value = window.MendDom.get(key);
    return value === "light" || value === "dark" ? value : null;
  }

  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function current() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") {
      return chosen;
    }
    return systemDark && systemDark.matches ? "dark" : "light";
  }

  var initial = remembered();
  if (initial) {
    root.setAttribute("data-theme", initial);
  }

  function connect() {
    var buttons = document.querySelectorAll(".theme-toggle");
    if (!buttons.length) {
      return;
    }
    function show() {
      var dark = current() === "dark";
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute("aria-pressed", dark ? "true" : "false");
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function () {
        var next = current() === "dark" ? "light" : "dark";
        root.setAttribute("data-theme", next);
        window.MendDom.set(key, next);
        show();
      });
      buttons[i].hidden = false;
    }
    if (systemDark) {
      var follow = function () { show(); };
      if (systemDark.addEventListener) {
        systemDark.addEventListener("change", follow);
      } else if (systemDark.addListener) {
        systemDark.addListener(follow);
      }
    }
    show();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
})();

// Quick exit: replace this page with the neutral one the link goes to, so that Back does not return here. Clicking
// the link leaves, and so does pressing Shift three times in a row within five seconds (GOV.UK's pattern). When the
// browser knows it is offline it goes to a blank page instead, which always loads. Without JavaScript the link still
// leaves, but this page stays in the history.
(function () {
  "use strict";

  var presses = [];
  var PRESSES = 3;
  var WITHIN_MS = 5000;

  function leave(link) {
    document.body.hidden = true;
    window.location.replace(navigator.onLine === false ? "about:blank" : link.href);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-quick-exit]");
    if (link) {
      event.preventDefault();
      leave(link);
    }
  });

  // Shift alone, pressed three times: typing a capital letter presses another key in between, which starts again.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < WITHIN_MS; }).concat(now);
    var link = document.querySelector("a[data-quick-exit]");
    if (presses.length >= PRESSES && link) {
      presses = [];
      leave(link);
    }
  });

  // The shortcut works now, so the link tells screen readers about it.
  function announceShortcut() {
    var hint = document.querySelector("[data-quick-exit-shortcut]");
    if (hint) {
      hint.hidden = false;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", announceShortcut);
  } else {
    announceShortcut();
  }
})();
