/*
 * Mend search, 7 of 7: the search page (/search/): a box, filters by kind, severity and relationship (folded into
 * one disclosure below the count, so that on a phone the first results still show on the first screen), and the
 * results grouped by page with snippets. Above them, a line pointing to the safety guide when the query's phrases pin
 * it (or it found nothing); with no results, spelling suggestions (buttons that search for them) and the site's
 * sections, so that no search ends at nothing. Needs search-ui.js; started by it.
 */
(function (S, dom) {
  'use strict';

  var ui = S.ui;
  var PAGE_STEP = 30;

  /** The search page: a box, facet filters and the results grouped by page. */
  function SearchPage(container) {
    var form = container.querySelector('form[data-index]');
    var input = form && form.querySelector('input');
    var list = container.querySelector('[data-search-results]');
    if (!form || !input || !list) {
      return null;
    }
    var status = container.querySelector('[data-search-status]');
    var say = ui.announcer(status);
    var more = container.querySelector('[data-search-more]');
    var safety = container.querySelector('[data-search-safety]');
    var none = container.querySelector('[data-search-none]');
    var suggestions = container.querySelector('[data-search-suggestions]');
    var suggestionList = container.querySelector('[data-search-suggestion-list]');
    var filterBox = container.querySelector('[data-search-filters]');
    var filterCount = container.querySelector('[data-search-filter-count]');
    var root = form.getAttribute('data-root') || '';
    var src = form.getAttribute('data-index');
    var shown = PAGE_STEP;
    var facetsBuilt = false;
    var canFilter = false; // some facet has two values or more
    var renders = 0;

    container.hidden = false;

    function filters() {
      var result = { kind: [], severity: [], relationship: [] };
      container.querySelectorAll('input[data-facet]:checked').forEach(function (box) {
        result[box.getAttribute('data-facet')].push(box.value);
      });
      return result;
    }

    function chosen(f) {
      return f.kind.length + f.severity.length + f.relationship.length;
    }

    /**
     * The filters show when they can narrow the results, or while some are on (with no results, to take them off);
     * they do not vanish from under the reader's focus, which would drop it to the top of the page.
     */
    function showFilters(f, results) {
      if (!filterBox) {
        return;
      }
      var wanted = canFilter && (chosen(f) > 0 || (results && results.total > 0));
      filterBox.hidden = !wanted && !filterBox.contains(document.activeElement);
      if (filterCount) {
        filterCount.textContent = chosen(f) > 0 ? dom.text('search_filters_chosen', chosen(f)) : '';
      }
    }

    function buildFacets() {
      if (facetsBuilt || !ui.engine()) {
        return;
      }
      facetsBuilt = true;
      var engine = ui.engine();
      var lists = { kind: engine.kinds, severity: engine.severities, relationship: engine.relationships };
      container.querySelectorAll('[data-facet-list]').forEach(function (holder) {
        var facet = holder.getAttribute('data-facet-list');
        (lists[facet] || []).forEach(function (pair) {
          var label = dom.element('label', 'search-facet');
          var box = dom.element('input');
          box.type = 'checkbox';
          box.value = pair[0];
          box.setAttribute('data-facet', facet);
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + pair[1]));
          holder.appendChild(label);
        });
        // A facet with a single value is left out, and the filters too when no facet has two.
        var many = (lists[facet] || []).length > 1;
        canFilter = canFilter || many;
        var fieldset = holder.closest ? holder.closest('fieldset') : null;
        if (fieldset && !many) {
          fieldset.hidden = true;
        }
      });
    }

    function renderGroup(g, matchTerms) {
      var item = dom.element('li', 'search-result');
      var title = dom.element('h2', 'search-result-title');
      var link = dom.element('a');
      link.href = root + g.url;
      ui.appendPieces(link, S.highlight(g.title, matchTerms));
      title.appendChild(link);
      var kind = ui.kindLabel(g.kind);
      if (kind) {
        title.appendChild(document.createTextNode(' '));
        title.appendChild(dom.element('span', 'search-result-kind', kind));
      }
      item.appendChild(title);
      if (g.quote) {
        var quote = dom.element('p', 'search-result-quote');
        ui.appendPieces(quote, S.highlight('“' + g.quote + '”', matchTerms));
        item.appendChild(quote);
      }
      var sections = dom.element('ul', 'search-result-sections');
      g.sections.slice(0, 3).forEach(function (section) {
        var entry = dom.element('li', 'search-result-section');
        if (section.heading) {
          var heading = dom.element('a', 'search-result-heading');
          heading.href = root + section.url;
          ui.appendPieces(heading, S.highlight(section.heading, matchTerms));
          entry.appendChild(heading);
        }
        var text = dom.element('p', 'search-result-snippet');
        ui.appendPieces(text, S.snippet(section.body, matchTerms, 160));
        entry.appendChild(text);
        sections.appendChild(entry);
      });
      item.appendChild(sections);
      return item;
    }

    /** The safety line, and with no results the suggestions and the sections; all hidden without results to show. */
    function showHelp(results) {
      var nothing = !!results && results.total === 0;
      if (safety) {
        safety.hidden = !results || !(results.safety || nothing);
      }
      if (none) {
        none.hidden = !nothing;
      }
      if (!suggestions || !suggestionList) {
        return;
      }
      dom.clear(suggestionList);
      var offered = nothing ? results.suggestions || [] : [];
      offered.forEach(function (text, i) {
        if (i > 0) {
          suggestionList.appendChild(document.createTextNode(', '));
        }
        var button = dom.element('button', 'search-suggestion', text);
        button.type = 'button';
        button.addEventListener('click', function () {
          input.value = text;
          input.focus();
          fresh();
        });
        suggestionList.appendChild(button);
      });
      suggestions.hidden = offered.length === 0;
    }

    /** Shows the results once what they need is loaded; then calls after, if given. */
    function render(after) {
      var query = input.value;
      var f = filters();
      var generation = ++renders;
      ui.run(src, query, chosen(f) > 0 ? f : null, shown, true, function (results, error) {
        if (generation !== renders) {
          return; // a newer query or filter shows its own results
        }
        buildFacets();
        showFilters(f, results);
        dom.clear(list);
        if (more) {
          more.hidden = true;
        }
        showHelp(results);
        if (!results) {
          say(error ? dom.text('search_failed') : '');
          return;
        }
        results.groups.slice(0, shown).forEach(function (g) {
          list.appendChild(renderGroup(g, results.matchTerms));
        });
        if (more && results.total > shown) {
          more.hidden = false;
        }
        say(ui.resultCount(results.total));
        if (after) {
          after();
        }
      });
    }

    function fresh() {
      shown = PAGE_STEP;
      render();
    }

    input.addEventListener('input', fresh);
    container.addEventListener('change', function (event) {
      if (event.target && event.target.hasAttribute && event.target.hasAttribute('data-facet')) {
        fresh();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      fresh();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && input.value !== '') {
        event.preventDefault();
        input.value = '';
        fresh();
      }
    });
    if (more) {
      more.addEventListener('click', function () {
        var before = list.children.length;
        shown += PAGE_STEP;
        render(function () {
          var next = list.children[before];
          var firstLink = next && next.querySelector('a');
          if (firstLink) {
            firstLink.focus();
          }
        });
      });
    }
    window.addEventListener('hashchange', function () {
      var query = ui.initialQuery();
      if (query) {
        input.value = query;
        fresh();
      }
    });

    input.value = ui.initialQuery() || input.value;
    fresh();
    return { input: input };
  }

  S.SearchPage = SearchPage;
})(window.MendSearch, window.MendDom);
