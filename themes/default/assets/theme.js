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

// Quick exit, on sensitive pages: replace this page with a neutral one, so that Back does not return to it.
// Without JavaScript the link still leaves, but this page stays in the history.
(function () {
  "use strict";

  function leave(link) {
    window.location.replace(link.href);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-quick-exit]");
    if (link) {
      event.preventDefault();
      leave(link);
    }
  });

})();
