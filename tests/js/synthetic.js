'use strict';
// Synthetic search records with text sizes like the real site's, from a seeded generator, so every run gets the same
// ones: 30% guides of an introduction and 7 sections, 65% catalog entries, 5% challenges. Used by bench-search.js
// (as an in-memory index) and make-synthetic-site.js (as an input folder for the C# build).

// A seeded generator: syntheticData starts it again, so every run measures the same index (and, after it, queries).
let seed;
function random() {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const common = ('the a to of and you it that is in your for they this be with not what can on when as ' +
  'their or if but at them one how more do about time feel other person people someone before hurt sorry ' +
  'repair trust partner friend family work listen apology apologise forgive understand change again talk ' +
  'moment feeling felt said something relationship conversation mistake impact responsibility pattern week ' +
  'month message dinner plans promise anger quiet space respect blame credit colleague sibling parent child ' +
  'habit phone money chores birthday anniversary argument defensive stonewalling withdraw emotion calm ' +
  'honest honesty betrayal secret privacy boundary safety support therapy counsellor grief loss stress ' +
  'reliable consistent patience amends acknowledge rupture step guide example notice name regret offer ask ' +
  'make right need help small large serious everyday minor moderate major late forgot forgetting missed').split(' ');
const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'qui', 'ra', 'se',
  'ti', 'vo', 'wa', 'xe', 'yo', 'za', 'bre', 'cla', 'dro', 'fle', 'gri', 'pla', 'sto', 'tra', 'ment', 'ness',
  'ing', 'tion', 'ous', 'ful', 'ly', 'er', 'al'];
const rare = [];
function makeRare() {
  for (let i = 0; i < 12000; i++) {
    let word = '';
    const n = 2 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) word += pick(syllables);
    rare.push(word);
  }
}
function word() {
  // About half the words are common ones; the rest follow a Zipf-like tail over a large vocabulary.
  if (random() < 0.55) return pick(common);
  return rare[Math.floor(rare.length * Math.pow(random(), 2.2))];
}
function sentence() {
  const n = 8 + Math.floor(random() * 14);
  const words = [];
  for (let i = 0; i < n; i++) words.push(word());
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (random() < 0.2) words[Math.floor(random() * n)] += '’s';
  return words.join(' ') + (random() < 0.1 ? '?' : '.');
}
function text(chars) {
  let out = '';
  while (out.length < chars) out += (out ? ' ' : '') + sentence();
  return out;
}
function title(n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(word());
  return words.join(' ').replace(/^./, (c) => c.toUpperCase());
}

/** The records of `pages` synthetic pages, and the index data around them (weights, kinds, facets). */
function syntheticData(pages) {
  seed = 20240611;
  rare.length = 0;
  makeRare();
  const records = [];
  const severities = ['minor', 'moderate', 'major', 'everyday'];
  const relationships = ['romantic', 'friendship', 'family', 'work', 'other'];
  for (let p = 0; p < pages; p++) {
    const tags = [word(), word(), word()];
    if (p < pages * 0.3) {
      const t = title(4 + Math.floor(random() * 4));
      records.push({ u: `guides/g${p}/`, t, h: '', b: text(500), g: tags, k: 'guide', s: '', r: [] });
      for (let s = 0; s < 7; s++) {
        records.push({ u: `guides/g${p}/#s${s}`, t, h: title(2 + Math.floor(random() * 4)), b: text(700 + random() * 700), g: tags, k: 'guide', s: '', r: [] });
      }
    } else if (p < pages * 0.95) {
      const r = relationships.filter(() => random() < 0.5);
      records.push({ u: `ruptures/e${p}/`, t: title(5), h: '', b: text(500 + random() * 300), g: tags, k: 'rupture', s: pick(severities), r: r.length ? r : ['other'] });
    } else {
      records.push({ u: `challenges/c${p}/`, t: title(2), h: '', b: text(1600 + random() * 400), g: tags, k: 'challenge', s: '', r: [] });
    }
  }
  return {
    version: 1,
    weights: { title: 8, heading: 5, tags: 3, body: 1 },
    kinds: [['guide', 'Guides', 'Guide'], ['rupture', 'Examples', 'Example'], ['challenge', 'What gets in the way', 'What gets in the way']],
    severities: severities.map((s) => [s, s]),
    relationships: relationships.map((r) => [r, r]),
    records,
  };
}

module.exports = { syntheticData, random, pick, common };
