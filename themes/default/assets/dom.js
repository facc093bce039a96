/*
 * Mend's small shared helpers for the theme's scripts (window.MendDom): making elements, and localStorage where
 * the browser allows it (not always from file://, or in private modes). A classic script, loaded before the
 * scripts that use it; under node it can be require()d.
 */
(function () {
  'use strict';

  /** A new element. attributes: a class name, or an object of attribute names and values. */
  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    if (typeof attributes === 'string') {
      node.className = attributes;
    } else if (attributes) {
      Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  var storage;

  /** localStorage, or null where it is missing or refused. Probed once, by writing and removing a value. */
  function store() {
    if (storage === undefined) {
      try {
        var probe = 'mend-storage-probe';
        window.localStorage.setItem(probe, probe);
        window.localStorage.removeItem(probe);
        storage = window.localStorage;
      } catch (e) {
        storage = null;
      }
    }
    return storage;
  }

  // The accessors below never throw: storage can still refuse a write (full) after the probe.
  function get(key) {
    try {
      return store() ? storage.getItem(key) : null;
    } catch (e) {
      return null;
    }
  }

  function set(key, value) {
    try {
      if (store()) {
        storage.setItem(key, value);
        return true;
      }
    } catch (e) {
      // Full or refused: the value holds only on this page.
    }
    return false;
  }

  function remove(key) {
    try {
      if (store()) {
        storage.removeItem(key);
      }
    } catch (e) {
      // Nothing kept, nothing to remove.
    }
  }

  var strings;

  /**
   * The interface text of the site's language: the "script" group of the theme's i18n/LANGUAGE.yml, which each page
   * carries as JSON in data-strings on <body> (no request, no inline script). value fills the string's {placeholder},
   * or, as an object, each {name} with value[name]; a string by count ({one, other}) takes its form from value (or
   * value.count). A list comes back whole. Without a page (under node), the key itself.
   */
  function text(key, value) {
    if (strings === undefined && (typeof document === 'undefined' || document.body)) {
      var json = typeof document !== 'undefined' ? document.body.getAttribute('data-strings') : null;
      strings = json ? JSON.parse(json) : {};
    }
    var entry = strings && strings[key];
    if (entry === undefined) {
      return key;
    }
    if (Array.isArray(entry)) {
      return entry;
    }
    var named = value !== null && typeof value === 'object';
    if (typeof entry === 'object') {
      entry = isOne(strings.lang || 'en', named ? value.count : value) ? entry.one : entry.other;
    }
    if (value === undefined) {
      return entry;
    }
    return named
      ? entry.replace(/\{([^}]*)\}/g, function (whole, name) { return name in value ? String(value[name]) : whole; })
      : entry.replace(/\{[^}]*\}/, function () { return String(value); });
  }

  /** Whether a count takes the "one" form; the same rule as the site's PluralRules. */
  function isOne(language, count) {
    var base = language.split('-')[0].toLowerCase();
    return base === 'fr' || base === 'pt' ? count === 0 || count === 1 : count === 1;
  }

  var api = {
    text: text,
    isOne: isOne,
    element: element,
    clear: clear,
    storageAvailable: function () { return store() !== null; },
    get: get,
    set: set,
    remove: remove,
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  }
  if (typeof window !== 'undefined') {
    window.MendDom = api;
  }
})();
