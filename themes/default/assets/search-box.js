/*
 * Mend search, 6 of 7: the header box, an ARIA 1.2 combobox whose listbox offers the best sections as the reader
 * types. Its first option points to the safety guide when the query's phrases pin it; with no results it offers
 * spelling suggestions (which search for them in the box), that option and the site's sections, from the form's
 * hidden [data-search-help]. Needs search-ui.js; started by it.
 */
(function (S, dom) {
  'use strict';

  var ui = S.ui;
  var BOX_OPTIONS = 8;

  /** The header box: an ARIA 1.2 combobox with a listbox of the best sections. */
  function SearchBox(form) {
    var input = form.querySelector('[role="combobox"]');
    var listbox = input && document.getElementById(input.getAttribute('aria-controls'));
    if (!input || !listbox) {
      return null;
    }
    var say = ui.announcer(form.querySelector('[role="status"]'));
    var root = form.getAttribute('data-root') || '';
    var src = form.getAttribute('data-index');
    var prefix = (listbox.id || 'search') + '-option-';
    var helpContent = form.querySelector('[data-search-help]');
    var options = [];
    var active = -1;
    var updates = 0;

    function open() {
      if (options.length > 0) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function setActive(index) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (active >= 0 && options[active]) {
        var option = options[active];
        option.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', option.id);
        if (option.scrollIntoView) {
          option.scrollIntoView({ block: 'nearest' });
        }
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function searchPage(query) {
      return form.action.replace(/#.*$/, '') + (query ? '#q=' + encodeURIComponent(query) : '');
    }

    function pageOf(href) {
      return href.replace(/#.*$/, '');
    }

    function go(option) {
      var query = option.getAttribute('data-query');
      if (query !== null) {
        input.value = query;
        update();
        return;
      }
      window.location.assign(option.getAttribute('data-href'));
    }

    /** Options from the help template's links (the safety line, the sections) that match `selector`. */
    function addHelpLinks(selector, className) {
      if (!helpContent) {
        return;
      }
      helpContent.querySelectorAll(selector).forEach(function (link) {
        addOption([document.createTextNode(link.textContent)], link.getAttribute('href'), className);
      });
    }

    function addSuggestions(suggestions) {
      var label = helpContent && helpContent.querySelector('[data-help-suggestion]');
      suggestions.forEach(function (text) {
        addOption([document.createTextNode((label ? label.textContent : '') + text + '?')], '', 'search-option search-option-help');
        options[options.length - 1].setAttribute('data-query', text);
      });
    }

    function addOption(parts, href, className) {
      var option = dom.element('li', className);
      option.id = prefix + options.length;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-href', href);
      parts.forEach(function (part) { option.appendChild(part); });
      listbox.appendChild(option);
      options.push(option);
    }

    function update() {
      var query = input.value;
      var generation = ++updates;
      if (query.trim() === '') {
        dom.clear(listbox);
        options = [];
        close();
        say('');
        return;
      }
      ui.run(src, query, null, BOX_OPTIONS, false, function (results, error) {
        if (generation !== updates) {
          return; // the reader typed on: that update shows its own results
        }
        if (results) {
          show(query, results);
        } else if (error) {
          say(dom.text('search_failed'));
        }
      });
    }

    function show(query, results) {
      // The reader may have moved to an option while these results were on their way: if its page is still among
      // them, it stays the chosen one, so that Enter opens what they chose. By page, not by address: results that
      // come in as more of the index loads may point the same page at a better section.
      var chosen = active >= 0 && options[active] ? pageOf(options[active].getAttribute('data-href')) : null;
      dom.clear(listbox);
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      var nothing = results.total === 0;
      if (results.safety || nothing) {
        addHelpLinks('[data-help-safety]', 'search-option search-option-safety');
      }
      if (nothing) {
        addSuggestions(results.suggestions || []);
        addHelpLinks('[data-help-section]', 'search-option search-option-help');
      }
      results.groups.slice(0, BOX_OPTIONS).forEach(function (g) {
        var best = g.sections[0];
        var title = dom.element('span', 'search-option-title');
        ui.appendPieces(title, S.highlight(g.title, results.matchTerms));
        var parts = [title];
        if (best.heading) {
          var heading = dom.element('span', 'search-option-heading');
          ui.appendPieces(heading, S.highlight(best.heading, results.matchTerms));
          parts.push(heading);
        } else if (g.quote) {
          var quote = dom.element('span', 'search-option-quote');
          ui.appendPieces(quote, S.highlight('“' + g.quote + '”', results.matchTerms));
          parts.push(quote);
        }
        parts.push(dom.element('span', 'search-option-kind', ui.kindLabel(g.kind)));
        addOption(parts, root + best.url, 'search-option');
      });
      if (results.total > BOX_OPTIONS) {
        addOption([document.createTextNode(dom.text('search_see_all', results.total))], searchPage(query.trim()), 'search-option search-option-all');
      }
      if (options.length > 0) {
        open();
        if (chosen !== null) {
          setActive(options.findIndex(function (option) { return pageOf(option.getAttribute('data-href')) === chosen; }));
        }
      } else {
        close();
      }
      say(ui.resultCount(results.total));
    }

    function load() {
      ui.whenLoaded(src, function () {
        if (input.value.trim() !== '') {
          update();
        }
      });
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (listbox.hidden) {
            update();
            open();
          } else if (options.length > 0) {
            setActive(active + 1 >= options.length ? 0 : active + 1);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (listbox.hidden) {
            update();
            open();
          }
          if (options.length > 0) {
            setActive(active <= 0 ? options.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (!listbox.hidden && active >= 0 && options[active]) {
            event.preventDefault();
            go(options[active]);
          }
          break;
        case 'Escape':
          if (!listbox.hidden) {
            event.preventDefault();
            close();
          } else if (input.value !== '') {
            event.preventDefault();
            input.value = '';
            update();
          }
          break;
        default:
          if (!ui.engine()) {
            load();
          }
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!listbox.hidden && active >= 0 && options[active]) {
        go(options[active]);
        return;
      }
      window.location.assign(searchPage(input.value.trim()));
    });
    listbox.addEventListener('mousedown', function (event) {
      event.preventDefault(); // keep the focus in the box
    });
    listbox.addEventListener('click', function (event) {
      var option = event.target.closest ? event.target.closest('[role="option"]') : null;
      if (option) {
        go(option);
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
        close();
      }
    });
    input.addEventListener('click', function () {
      if (listbox.hidden && input.value.trim() !== '') {
        update();
      }
    });

    return { input: input };
  }

  S.SearchBox = SearchBox;
})(window.MendSearch, window.MendDom);
