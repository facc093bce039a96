'use strict';
// The search client in headless Chromium (Debian's /usr/bin/chromium), through the DevTools protocol on a pipe
// (no packages). Needs a built site whose pages include the search box and search.js:
//   MEND_SEARCH_SITE_DIR=/tmp/site node --test tests/js/
// An --offline build is opened from file://; a normal build is served on 127.0.0.1 under a sub-path (/mend/).
// Skipped when the variable or Chromium is missing.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const { pathToFileURL } = require('node:url');
const { launch, CHROMIUM } = require('./cdp');

// One folder or several, separated by ':' (a normal and an --offline build, say).
const sites = (process.env.MEND_SEARCH_SITE_DIR || '').split(path.delimiter).filter(Boolean);
const requireBrowser = process.env.MEND_REQUIRE_BROWSER === '1';
const skip = sites.length === 0 ? 'MEND_SEARCH_SITE_DIR is not set: set it to a built site folder'
  : !fs.existsSync(CHROMIUM) && !requireBrowser ? `${CHROMIUM} is missing (MEND_REQUIRE_BROWSER=1 makes this a failure)` : false;
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
const isOffline = (site) => /action="index\.html"/.test(fs.readFileSync(path.join(site, 'search', 'index.html'), 'utf8'));

/** A static server of the site under /mend/, as GitHub Pages serves a project site. */
function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml' };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks the host's root for it; not the site's business
      return;
    }
    let file = url.pathname.startsWith('/mend/') ? path.join(root, decodeURIComponent(url.pathname.slice(6))) : null;
    if (file && file.startsWith(path.resolve(root)) && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    }
    if (!file || !file.startsWith(path.resolve(root)) || !fs.existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

for (const site of sites.length ? sites : ['(no site)']) {
  const offline = !skip && isOffline(site);
  const local = offline ? 'file://' : 'http://127.0.0.1:';
  test(`search in Chromium over ${offline ? 'file://' : 'http://127.0.0.1'}: ${site}`, { skip, timeout: 120000 }, (t) => suite(t, site, offline, local));
}

async function suite(t, site, offline, local) {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing`);
  let pageUrl = (p) => pathToFileURL(path.join(path.resolve(site), p)).href;
  if (!offline) {
    const server = await serve(path.resolve(site));
    t.after(() => server.close());
    pageUrl = (p) => `http://127.0.0.1:${server.address().port}/mend/${p.replace(/index\.html$/, '')}`;
  }
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.newPage();

  await t.test('the index loads only when the box is first used', async () => {
    await page.goto(pageUrl('guides/repair-steps/index.html'));
    assert.equal(await page.evaluate('typeof window.MEND_SEARCH_INDEX'), 'undefined');
    assert.equal(await page.evaluate('document.querySelectorAll("script[src*=search-index]").length'), 0);
  });

  await t.test('"/" focuses the box and starts loading the index', async () => {
    await page.key('/', 'Slash', 191, '/');
    assert.equal(await page.evaluate('document.activeElement.id'), 'search-box-input');
    assert.equal(await page.evaluate('document.activeElement.value'), '', 'the slash is not typed into the box');
    await page.waitFor('typeof window.MEND_SEARCH_INDEX === "object"');
  });

  await t.test('typing shows a listbox of results with a typo forgiven, and the count is announced', async () => {
    await page.type('stonewaling');
    await page.waitFor('!document.getElementById("search-box-listbox").hidden');
    assert.equal(await page.evaluate('document.getElementById("search-box-input").getAttribute("aria-expanded")'), 'true');
    const first = await page.evaluate('document.querySelector("#search-box-listbox [role=option]").getAttribute("data-href")');
    assert.match(first, /challenges\/stonewalling\/(index\.html)?$/);
    assert.ok(await page.evaluate('document.querySelectorAll("#search-box-listbox mark").length > 0'), 'matched words are marked');
    const status = await page.waitFor('document.querySelector(".search-box [role=status]").textContent');
    assert.match(status, /^\d+ results?$/);
  });

  await t.test('arrows move the active option, Escape closes then clears', async () => {
    await page.key('ArrowDown', 'ArrowDown', 40);
    const active = await page.evaluate('document.getElementById("search-box-input").getAttribute("aria-activedescendant")');
    assert.ok(active);
    assert.equal(await page.evaluate(`document.getElementById(${JSON.stringify(active)}).getAttribute("aria-selected")`), 'true');
    await page.key('ArrowDown', 'ArrowDown', 40);
    await page.key('ArrowUp', 'ArrowUp', 38);
    assert.equal(await page.evaluate('document.getElementById("search-box-input").getAttribute("aria-activedescendant")'), active);
    await page.key('Escape', 'Escape', 27);
    assert.equal(await page.evaluate('document.getElementById("search-box-listbox").hidden'), true);
    assert.equal(await page.evaluate('document.getElementById("search-box-input").getAttribute("aria-expanded")'), 'false');
    assert.equal(await page.evaluate('document.getElementById("search-box-input").value'), 'stonewaling');
    await page.key('Escape', 'Escape', 27);
    assert.equal(await page.evaluate('document.getElementById("search-box-input").value'), '');
  });

  await t.test('Enter on the active option opens that section, without the query in its address', async () => {
    await page.type('late for dinner');
    await page.waitFor('!document.getElementById("search-box-listbox").hidden');
    await page.key('ArrowDown', 'ArrowDown', 40);
    await page.key('Enter', 'Enter', 13, '\r');
    await page.waitFor('location.href.includes("late-without-message")');
    const href = await page.evaluate('location.href');
    assert.doesNotMatch(href, /dinner|[?#]q=/);
  });

  await t.test('Enter with no active option opens the search page with the query in its #fragment', async () => {
    // After a navigation the new document may still be loading: wait for its box before using it.
    await page.waitFor('document.readyState === "complete" && document.getElementById("search-box-input") !== null');
    await page.evaluate('document.getElementById("search-box-input").focus()');
    await page.type('conditional apology');
    await page.key('Enter', 'Enter', 13, '\r');
    await page.waitFor('location.pathname.includes("/search/")');
    assert.match(await page.evaluate('location.hash'), /^#q=conditional%20apology$/);
    assert.equal(await page.evaluate('location.search'), '');
    await page.waitFor('document.querySelectorAll(".search-result").length > 0');
    assert.equal(await page.evaluate('document.getElementById("search-page-input").value'), 'conditional apology');
    const heading = await page.evaluate('document.querySelector(".search-result-heading").getAttribute("href")');
    assert.match(heading, /guides\/repair-steps\/(index\.html)?#apologize$/);
    assert.ok(await page.evaluate('document.querySelector(".search-result-snippet mark") !== null'));
    assert.match(await page.waitFor('document.querySelector("[data-search-status]").textContent'), /^\d+ results?$/);
  });

  await t.test('the search page filters by facet', async () => {
    await page.waitFor('document.querySelectorAll("input[data-facet]").length > 0');
    const boxes = await page.evaluate('document.querySelectorAll("input[data-facet]").length');
    assert.ok(boxes >= 5, `${boxes} facet checkboxes`);
    await page.evaluate('document.getElementById("search-page-input").value = "you"; document.getElementById("search-page-input").dispatchEvent(new Event("input"))');
    await page.evaluate('document.querySelector("input[data-facet=kind][value=rupture]").click()');
    const kinds = await page.evaluate('[...document.querySelectorAll(".search-result-kind")].map(k => k.textContent)');
    assert.ok(kinds.length > 0);
    assert.deepEqual([...new Set(kinds)], ['Example']);
    await page.evaluate('document.querySelector("input[data-facet=severity][value=major]").click()');
    const links = await page.evaluate('[...document.querySelectorAll(".search-result-title a")].map(a => a.getAttribute("href"))');
    assert.ok(links.length > 0 && links.every((l) => l.includes('ruptures/')));
  });

  await t.test('the search page follows a new #q= from the header box', async () => {
    // After a navigation the new document may still be loading: wait for its box before using it.
    await page.waitFor('document.readyState === "complete" && document.getElementById("search-box-input") !== null');
    await page.evaluate('document.getElementById("search-box-input").focus()');
    await page.type('forgive');
    await page.key('Enter', 'Enter', 13, '\r');
    await page.waitFor('document.getElementById("search-page-input").value === "forgive"');
  });

  await t.test('nothing was requested from anywhere else, no request carried the query, and nothing failed', async () => {
    await settle(500);
    assert.deepEqual(page.requests.filter((u) => !u.startsWith(local)), []);
    assert.deepEqual(page.requests.filter((u) => /stonew|dinner|apology|forgive|[?&]q=/.test(u)), []);
    assert.deepEqual(page.errors, []);
  });
}
