// The browser's scoring against the cases the C# scoring is also tested with (AssessmentScoringTests).
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");

const { score, points, byNeed, startHere, matchingPatterns } = require("../../themes/default/assets/assessment.js");
const cases = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "assessment", "scoring.json"), "utf8")).cases;

for (const c of cases) {
  test(`scoring: ${c.name}`, () => {
    const assessment = {
      min: Math.min(...c.scale),
      max: Math.max(...c.scale),
      dimensions: c.dimensions,
      questions: c.questions,
    };
    const results = score(assessment, c.answers);
    for (const [dimension, expected] of Object.entries(c.expect)) {
      const result = results.find((r) => r.dimension === dimension);
      if (expected.score === null) {
        assert.equal(result.score, null);
      } else {
        assert.ok(Math.abs(result.score - expected.score) < 1e-9, `${dimension}: ${result.score} != ${expected.score}`);
      }
      assert.equal(result.band, expected.band, `${dimension} band`);
    }
    if (c.expectOrder) {
      assert.deepEqual(byNeed(results).map((r) => r.dimension), c.expectOrder);
    }
    if (c.expectStartHere) {
      assert.deepEqual(startHere(results), c.expectStartHere);
    }
    if (c.expectPatterns) {
      assert.deepEqual(matchingPatterns(c.patterns || [], c.answers), c.expectPatterns);
    }
  });
}

test("a reverse-scored answer is flipped within the scale", () => {
  assert.equal(points(1, true, 1, 5), 5);
  assert.equal(points(0, true, 0, 3), 3);
  assert.equal(points(2, false, 0, 3), 2);
});

test("the download's name says only 'notes' and the date, not what the file is", () => {
  const { downloadName } = require("../../themes/default/assets/assessment.js");
  assert.equal(downloadName(new Date(2026, 10, 30)), "notes-2026-11-30.txt");
  assert.equal(downloadName(new Date(2027, 0, 5)), "notes-2027-01-05.txt");
});
