/*
 * "On this page": marks the link of the section being read (aria-current), from the last heading scrolled past the
 * top of the window. Without JavaScript the list is plain links.
 */
(function () {
  'use strict';

  function connect() {
    var links = document.querySelectorAll('.on-this-page a[href^="#"]');
    var sections = [];
    for (var i = 0; i < links.length; i++) {
      var heading = document.getElementById(decodeURIComponent(links[i].getAttribute('href').slice(1)));
      if (heading) {
        sections.push({ link: links[i], heading: heading });
      }
    }
    if (!sections.length) {
      return;
    }
    var current = null;
    var pending = false;

    function mark() {
      pending = false;
      // A heading counts as reached once it is in the top third of the window.
      var line = window.innerHeight / 3;
      var reached = null;
      for (var j = 0; j < sections.length; j++) {
        if (sections[j].heading.getBoundingClientRect().top <= line) {
          reached = sections[j];
        }
      }
      if (reached === current) {
        return;
      }
      if (current) {
        current.link.removeAttribute('aria-current');
      }
      if (reached) {
        reached.link.setAttribute('aria-current', 'true');
      }
      current = reached;
    }

    function schedule() {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(mark);
      }
    }

    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    mark();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', connect);
  } else {
    connect();
  }
})();
