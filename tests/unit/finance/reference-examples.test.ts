// Every published or independently worked example in content/reference/examples.yaml, run
// through the library. The same file is rendered on /methodology/, so page and tests agree.
import { describe, expect, it } from 'vitest';
import { computeReference } from '~/lib/calculators/reference';
import { referenceExamples } from '../support/reference';

/** The figures the library computes for each kind of example: an expected key outside these is a typo. */
const FIGURES = {
  installment: ['annualSimplePercent', 'annualEffectivePercent', 'paymentYuan'],
  annuity: ['paymentYuan'],
  daily: ['annualSimple365Percent', 'annualSimple360Percent'],
} as const;

describe('reference examples', () => {
  it('the fixture holds the published examples', () => {
    expect(referenceExamples.map((e) => e.id)).toContain('pboc-2021-3-annex');
    expect(referenceExamples.length).toBeGreaterThanOrEqual(10);
  });
  for (const example of referenceExamples) {
    it(`${example.id}: ${example.title}`, () => {
      const actual = computeReference(example);
      expect(Object.keys(actual).sort()).toEqual([...FIGURES[example.kind]].sort());
      const stated = Object.entries(example.expected);
      expect(stated.length).toBeGreaterThan(0);
      for (const [name, expected] of stated) {
        expect(FIGURES[example.kind] as readonly string[], `${name} is a figure the library computes`).toContain(name);
        const got = actual[name]!;
        expect(Number.isFinite(got), `${name} is a number`).toBe(true);
        expect(Math.abs(got - expected), `${name}: got ${got}, expected ${expected}`).toBeLessThanOrEqual(example.tolerance);
      }
    });
  }
});
