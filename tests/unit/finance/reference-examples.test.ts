// Every published or independently worked example in content/reference/examples.yaml, run
// through the library. The same file is rendered on /methodology/, so page and tests agree.
import { describe, expect, it } from 'vitest';
import { checkReferenceExample } from '~/lib/calculators/reference';
import { referenceExamples } from '../support/reference';

describe('reference examples', () => {
  it('the fixture holds the published examples', () => {
    expect(referenceExamples.map((e) => e.id)).toContain('pboc-2021-3-annex');
    expect(referenceExamples.length).toBeGreaterThanOrEqual(10);
  });
  for (const example of referenceExamples) {
    it(`${example.id}: ${example.title}`, () => {
      const checks = checkReferenceExample(example);
      expect(checks.length).toBe(Object.keys(example.expected).length);
      for (const c of checks) {
        expect(Math.abs(c.actual - c.expected), `${c.name}: got ${c.actual}, expected ${c.expected}`).toBeLessThanOrEqual(example.tolerance);
      }
    });
  }
});
