// Added by `mend serve` to every page it serves, never to a built site: reloads the page after a rebuild, keeping
// its scroll position, and shows a failed build's errors over the page until the next good build.
(function () {
  'use strict';
  var scrollKey = 'mend-serve-scroll:' + location.pathname;
  var build = Number(document.currentScript && document.currentScript.dataset.build);

  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.addEventListener('load', function () { window.scrollTo(0, Number(saved) || 0); });
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  }

  var events = new EventSource('/_mend/events');
  events.addEventListener('reload', reload);
  // The server's last good build: a page served before it reloads (it was rebuilt before this page connected).
  events.addEventListener('hello', function (event) {
    if (JSON.parse(event.data).build !== build) reload();
  });
  events.addEventListener('errors', function (event) {
    show(JSON.parse(event.data));
  });

  // Styles are set through the DOM, not a style attribute or element, so the page's Content-Security-Policy
  // (style-src 'self') allows them.
  function element(name, text, style) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    Object.keys(style || {}).forEach(function (key) { node.style[key] = style[key]; });
    return node;
  }

  function show(errors) {
    var old = document.getElementById('mend-serve-errors');
    if (old) old.remove();
    var overlay = element('section', '', {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '1.5rem',
      background: '#161616', color: '#fff', font: '15px/1.5 ui-monospace, monospace',
    });
    overlay.id = 'mend-serve-errors';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-label', 'The last build failed');
    overlay.appendChild(element('h2', 'The last build failed; this is the last good build.', { margin: '0 0 1rem', color: '#fff', font: 'bold 18px/1.4 sans-serif' }));
    var list = element('ul', '', { listStyle: 'none', margin: '0', padding: '0' });
    errors.forEach(function (error) {
      var item = element('li', '', { margin: '0 0 1rem', padding: '0.5rem 0.75rem', borderLeft: '4px solid ' + (error.severity === 'error' ? '#ff6b6b' : '#ffd166') });
      item.appendChild(element('div', error.text, { color: '#fff' }));
      if (error.source !== null && error.source !== undefined) {
        item.appendChild(element('pre', error.line + ' | ' + error.source, {
          margin: '0.25rem 0 0', padding: '0.25rem 0.5rem', whiteSpace: 'pre-wrap', background: '#2b2b2b', color: '#e8e8e8', font: 'inherit',
        }));
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.appendChild(element('p', 'Fix it and save: this page reloads when the site builds again.', { font: '14px/1.4 sans-serif', color: '#ccc' }));
    document.body.appendChild(overlay);
  }
})();
