// Every calculator definition, checked generically: each example's deep link gives the figures
// its source states, and every part a calculator needs (island, docs, metadata) exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CALCULATORS, evaluateQuery } from '~/lib/calculators/registry';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const root = join(import.meta.dirname, '../..');
const ids = Object.keys(CALCULATORS).sort();
const listed = (parse(readFileSync(join(root, 'content/calculators.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id).sort();

/** Half a unit in the last decimal the figure is written with; money to the 分. */
function tolerance(expected: number, unit: string): number {
  if (unit === '元') return 0.005;
  const decimals = (String(expected).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -Math.max(decimals, 2) + 1e-9;
}

describe('calculator definitions', () => {
  it('are found for all eight calculators, and content/calculators.yaml lists the same ids', () => {
    expect(ids).toEqual(['acceleration', 'affordability', 'compare', 'early-repayment', 'installment-apr', 'loan-schedule', 'minimum-payment', 'overdue-cost']);
    expect(listed).toEqual(ids);
  });
  for (const id of ids) {
    const def = CALCULATORS[id]!;
    describe(id, () => {
      it('has its island, its docs page and at least one labelled example', () => {
        expect(existsSync(join(root, `src/components/calculators/${id}/index.tsx`)), 'island').toBe(true);
        expect(readFileSync(join(root, 'src/components/calculators/CalculatorIsland.astro'), 'utf8'), 'island in the static map').toContain(`{id === '${id}' && <`);
        expect(existsSync(join(root, `content/calculators/${id}.mdx`)), 'docs').toBe(true);
        expect(def.examples.length).toBeGreaterThan(0);
        expect(def.examples.some((e) => e.label)).toBe(true);
      });
      it('declares every default and every deep-link parameter as a field', () => {
        expect(Object.keys(def.defaults).sort()).toEqual(Object.keys(def.fields).sort());
        expect(def.params).toEqual(Object.keys(def.fields));
      });
      it('its defaults evaluate without errors to results it declares', () => {
        const e = def.evaluate(def.defaults);
        expect(e.errors).toEqual({});
        for (const name of Object.keys(e.values ?? {})) expect(Object.keys(def.results)).toContain(name);
      });
      for (const ex of def.examples) {
        it(`example ${ex.query}`, () => {
          expect(ex.source.length).toBeGreaterThan(4);
          expect(Object.keys(ex.expected).length).toBeGreaterThan(0);
          const values = evaluateQuery(id, ex.query);
          for (const [name, want] of Object.entries(ex.expected)) {
            const unit = def.results[name]?.unit ?? '';
            expect(def.results[name], `${name} is declared`).toBeDefined();
            expect(values[name], name).toBeDefined();
            expect(Math.abs(values[name]! - want), `${name}: got ${values[name]}, expected ${want}`).toBeLessThanOrEqual(tolerance(want, unit));
          }
        });
        it(`example ${ex.query} survives the round trip through the address`, () => {
          const { inputs } = inputsFromQuery(def, `?${ex.query}`);
          const again = inputsFromQuery(def, `?${queryFromInputs(def, inputs)}`).inputs;
          expect(def.evaluate(again).values).toEqual(def.evaluate(inputs).values);
        });
      }
    });
  }
});
