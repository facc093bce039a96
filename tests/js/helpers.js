'use strict';
// Shared by the search tests and the benchmark: load the theme's search scripts and an index file as the browser would.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const repo = path.resolve(__dirname, '..', '..');
const assets = path.join(repo, 'themes', 'default', 'assets');
// The search scripts in the order the pages load them.
const searchScripts = ['search-text.js', 'search-engine.js', 'search-ui.js', 'search-box.js', 'search-page.js']
  .map((name) => path.join(assets, name));
const fixtures = path.join(repo, 'tests', 'fixtures', 'search');

/**
 * The namespace of the search scripts that work without a page (text, engine, highlighting), required as node
 * loads them: search-ui.js requires the others. The page wiring stays off: there is no document.
 */
function loadSearch() {
  return require(path.join(assets, 'search-ui.js'));
}

/**
 * The data of a search index script (window.MEND_SEARCH_INDEX = ...), run in a fresh context. `file` is the
 * script itself, or a built site's folder, whose assets/search-index.<hash>.js is used.
 */
function loadIndexData(file) {
  let script = file;
  if (fs.statSync(file).isDirectory()) {
    const assets = path.join(file, 'assets');
    const found = fs.existsSync(assets) ? fs.readdirSync(assets).filter((n) => /^search-index\..*\.js$/.test(n)) : [];
    if (found.length !== 1) {
      throw new Error(`expected one assets/search-index.*.js in ${file}, found ${found.length}`);
    }
    script = path.join(assets, found[0]);
  }
  const context = { window: {} };
  vm.runInNewContext(fs.readFileSync(script, 'utf8'), context, { filename: script });
  const data = context.window.MEND_SEARCH_INDEX;
  if (!data || !Array.isArray(data.records)) {
    throw new Error(`${script} did not assign window.MEND_SEARCH_INDEX with records`);
  }
  return data;
}

/** A link without an offline build's index.html, so expectations hold for both kinds of build. */
function pretty(url) {
  return url.replace(/index\.html(?=#|$)/, '');
}

/**
 * The links a reader sees first: for each of the top `n` pages, the page and its best section.
 */
function topLinks(results, n) {
  const links = [];
  for (const g of results.groups.slice(0, n)) {
    links.push(pretty(g.url), pretty(g.sections[0].url));
  }
  return links;
}

module.exports = { repo, searchScripts, fixtures, loadSearch, loadIndexData, pretty, topLinks };
