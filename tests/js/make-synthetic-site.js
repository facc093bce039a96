#!/usr/bin/env node
'use strict';
// Writes the synthetic pages of synthetic.js as a site's input folder, for the C# build, so the benchmark can measure
// the index the build writes at any size: guides (and the challenges, as guides) with sections, and catalog entries.
// The default theme lists every guide, and every entry of a catalog, in one template loop of at most 1,000 steps: past
// 999 guides the rest become entries with the same text (their sections run together), in catalogs of 900 entries.
//   node tests/js/make-synthetic-site.js 10000 /tmp/site10k-input
//   dotnet run --project src/Mend.Cli -c Release -- build --input /tmp/site10k-input --output /tmp/site10k --themes themes
//   node tests/js/bench-search.js --site /tmp/site10k
const fs = require('node:fs');
const path = require('node:path');
const { syntheticData, common } = require('./synthetic');

const pages = Number(process.argv[2] || 1000);
const out = process.argv[3];
if (!out) throw new Error('usage: make-synthetic-site.js PAGES FOLDER');
const { records } = syntheticData(pages);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'guides'), { recursive: true });
fs.mkdirSync(path.join(out, 'catalogs'), { recursive: true });
const q = (text) => JSON.stringify(text); // a JSON string is a YAML scalar too
// Tags from the common words only: a site lists every tag on one page, which a template renders in one loop.
const tags = (r) => `[${[...new Set(r.g.filter((t) => common.includes(t)))].join(', ')}]`;
fs.writeFileSync(path.join(out, 'site.yml'), 'title: Synthetic\ndescription: A synthetic site for the search benchmark.\n' +
  'base_url: https://example.org/synthetic/\nlanguage: en\ntheme: default\n');

const entries = [];
const MAX_GUIDES = 999;
const guides = Math.min(MAX_GUIDES, Math.ceil(pages * 0.3)); // g0 ... are the guides; each entry cites one
let order = 0;
for (let i = 0; i < records.length; i++) {
  const r = records[i];
  const id = r.u.split('/')[1];
  if (r.k === 'rupture' || order >= MAX_GUIDES) {
    let b = r.b;
    while (i + 1 < records.length && records[i + 1].u.startsWith(`${r.u}#`)) b += ` ${records[++i].h}. ${records[i].b}`;
    const cut = (n) => Math.max(1, b.indexOf(' ', Math.floor(b.length * n)));
    entries.push(`  - id: ${id}\n    title: ${q(r.t)}\n    severity: ${r.s || 'minor'}\n    relationships: [${(r.r.length ? r.r : ['other']).join(', ')}]\n` +
      `    scenario: ${q(b.slice(0, cut(0.4)))}\n    impact: ${q(b.slice(cut(0.4), cut(0.7)).trim())}\n` +
      `    repair:\n      say: ${q(b.slice(cut(0.7), cut(0.85)).trim())}\n      do: [${q(b.slice(cut(0.85)).trim())}]\n` +
      `    steps: [g${entries.length % guides}]\n    tags: ${tags(r)}\n`);
    continue;
  }
  // A guide: its introduction, then the records that follow with the same page are its sections.
  let text = `---\ntitle: ${q(r.t)}\nsummary: ${q(r.b.slice(0, 80))}\nid: ${id}\norder: ${++order}\ntags: ${tags(r)}\n---\n${r.b}\n`;
  while (i + 1 < records.length && records[i + 1].u.startsWith(`${r.u}#`)) {
    const s = records[++i];
    text += `\n## ${s.h} {#${s.u.split('#')[1]}}\n\n${s.b}\n`;
  }
  fs.writeFileSync(path.join(out, 'guides', `${id}.md`), text);
}
for (let c = 0; c * 900 < entries.length; c++) {
  fs.writeFileSync(path.join(out, 'catalogs', `ruptures${c || ''}.yml`), `kind: ruptures\nid: ruptures${c || ''}\ntitle: Ruptures ${c}\n` +
    'summary: Synthetic entries.\nseverities:\n' +
    ['minor', 'moderate', 'major', 'everyday'].map((s) => `  - id: ${s}\n    title: ${q(s)}\n    summary: ${q(s)}\n`).join('') +
    'entries:\n' + entries.slice(c * 900, (c + 1) * 900).join('\n'));
}
console.log(`${pages} pages (${records.length} records) written to ${out}`);
