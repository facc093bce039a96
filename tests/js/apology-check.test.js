// The browser's apology checking against the cases the C# matching is also tested with (ApologyMatcherTests).
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");

const { check, sentences, excerpt } = require("../../themes/default/assets/apology-check.js");
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "apology-checks", "cases.json"), "utf8"));

const sorted = (ids) => [...ids].sort();

for (const c of fixture.cases) {
  test(`apology check: ${c.name}`, () => {
    const result = check(fixture.checks, c.text);
    assert.deepEqual(sorted(result.found), sorted(c.found), "found");
    assert.deepEqual(sorted(result.missing), sorted(c.missing), "missing");
  });
}

test("there are at least 40 shared cases", () => {
  assert.ok(fixture.cases.length >= 40, `${fixture.cases.length} cases`);
});

test("words are lower-case ASCII runs, with apostrophes inside kept and at the ends dropped", () => {
  assert.deepEqual(sentences("'Don\u2019t' GO! Caf\u00e9, ok?"), [["don't", "go"], ["caf", "ok"]]);
});

test("a finding quotes the words it found as the reader wrote them", () => {
  const text = "Sorry. If anything I said at dinner HURT you, it was 'just' a joke.";
  assert.equal(excerpt(["if i hurt you", "if anything i * hurt you"], text), "If anything I said at dinner HURT you");
  assert.equal(excerpt(["just"], text), "just");
  assert.equal(excerpt(["but you"], text), "");
});
