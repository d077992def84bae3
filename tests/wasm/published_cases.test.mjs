// Every published case (tests/cases/published_cases.hpp, written as JSON at build time) through the
// package: the lines against the published figures, and the whole quote against the C++ library's own
// JSON for the same request, in French and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cg } from './package_under_test.mjs';

const cases = JSON.parse(readFileSync(process.env.CARTEGRISE_CASES, 'utf8'));

test('the fixture holds the published cases', () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
});

for (const c of cases) {
  test(c.name, () => {
    const totals = cg.quoteTotals(c.request);
    assert.equal(totals.error, undefined, JSON.stringify(totals.error));
    for (const line of Object.keys(c.want)) assert.equal(totals[line], c.want[line], line);
    for (const lang of ['fr', 'en']) {
      const q = cg.quote(c.request, { lang });
      assert.deepEqual(q, c.quote[lang]);
      assert.equal(q.y6, c.want.y6);
      // The request as a JSON string reads the same.
      assert.deepEqual(cg.quote(JSON.stringify(c.request), { lang }), q);
    }
  });
}
