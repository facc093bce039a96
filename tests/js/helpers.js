'use strict';
// Shared by the search tests and the benchmark: load the theme's search scripts, and an index (a built site's
// manifest and shards, or a hand-written list of records sharded in memory) with a loader that counts its bytes.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const repo = path.resolve(__dirname, '..', '..');
const assets = path.join(repo, 'themes', 'default', 'assets');
// The search scripts in the order the pages load them.
const searchScripts = ['search-text.js', 'search-store.js', 'search-engine.js', 'search-suggest.js', 'search-ui.js', 'search-box.js', 'search-page.js']
  .map((name) => path.join(assets, name));
const fixtures = path.join(repo, 'tests', 'fixtures', 'search');

/**
 * The namespace of the search scripts that work without a page (text, store, engine, highlighting), required as
 * node loads them: search-ui.js requires the others. The page wiring stays off: there is no document.
 */
function loadSearch() {
  return require(path.join(assets, 'search-ui.js'));
}

/** Runs a script of the index (the manifest, or a shard) in a fresh context: what it assigned or registered. */
function runScript(file) {
  let shard;
  const context = { window: {}, MEND_SEARCH_SHARD: (id, data) => { shard = data; } };
  context.window.MEND_SEARCH_SHARD = context.MEND_SEARCH_SHARD;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return shard !== undefined ? shard : context.window.MEND_SEARCH_INDEX;
}

/** A built site's manifest file: `file` is the manifest itself, or the site's folder. */
function manifestFile(file) {
  if (!fs.statSync(file).isDirectory()) {
    return file;
  }
  const folder = path.join(file, 'assets');
  const found = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => /^search-index\..*\.js$/.test(n)) : [];
  if (found.length !== 1) {
    throw new Error(`expected one assets/search-index.*.js in ${file}, found ${found.length}`);
  }
  return path.join(folder, found[0]);
}

/**
 * An index to search: {manifest, load, loaded: the bytes loaded so far, reset}. `source` is a built site's folder or
 * its manifest (C#-built shards, read from disk), or a fixture script that assigns window.MEND_SEARCH_INDEX =
 * {records: [...]} (sharded in memory by index-writer.js, as the build would).
 */
function openIndex(source) {
  const file = manifestFile(source);
  const data = runScript(file);
  if (!data) {
    throw new Error(`${file} did not assign window.MEND_SEARCH_INDEX`);
  }
  let read;
  let manifest;
  let manifestBytes;
  if (Array.isArray(data.records)) {
    const written = require('./index-writer').writeIndex(data);
    manifest = written.manifest;
    manifestBytes = written.bytes.get('manifest');
    read = (name) => ({ data: written.files.get(name), bytes: written.bytes.get(name) });
  } else {
    manifest = data;
    manifestBytes = fs.statSync(file).size;
    const folder = path.join(path.dirname(file), manifest.base || '');
    read = (name) => ({ data: runScript(path.join(folder, name)), bytes: fs.statSync(path.join(folder, name)).size });
  }
  const index = {
    manifest,
    loaded: manifestBytes,
    files: [],
    load(name, callback) {
      const { data: value, bytes } = read(name);
      index.loaded += bytes;
      index.files.push(name);
      callback(value === undefined ? null : value);
    },
    /** Starts counting again, as a fresh page would: only the manifest loaded. */
    reset() {
      index.loaded = manifestBytes;
      index.files = [];
    },
  };
  return index;
}

/** A search engine over an index (see openIndex); its loader is synchronous, so everything loads at once. */
function openEngine(source) {
  const index = typeof source === 'string' ? openIndex(source) : source;
  return loadSearch().createIndex(index.manifest, index.load);
}

/**
 * Searches as the page does: loads what the query needs, searches, and loads what the first `shown` groups show
 * (all by default), with their text unless withText is false (the header box shows no text). Synchronous, with the
 * loaders above. An empty query with filters browses, as the search page does.
 */
function find(engine, query, options, shown, withText) {
  const filters = options && options.filters;
  let results;
  let failed = false;
  engine.prepare(query, filters, (ok) => { failed = !ok; });
  if (failed) throw new Error(`"${query}": the index could not be loaded`);
  results = query.trim() === '' && filters ? engine.browse(filters, shown) : engine.search(query, { ...options, limit: shown });
  let done = false;
  engine.describe(results, shown === undefined ? results.groups.length : shown, withText !== false, (ok) => { done = ok; });
  if (!done) throw new Error(`"${query}": the results could not be described`);
  return results;
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

module.exports = { repo, searchScripts, fixtures, loadSearch, runScript, manifestFile, openIndex, openEngine, find, pretty, topLinks };
