/**
 * Every calculator definition, found by looking (no hand-kept list): each module in this folder
 * that exports a `defineCalculator` result is one. For build-time use (docs tables, lesson
 * answers, /methodology/); islands import their own definition so pages ship only their code.
 */
import type { CalculatorDef } from './define';
import { inputsFromQuery } from './types';
import { formatResult } from '../format/number';

function isDefinition(x: unknown): x is CalculatorDef {
  const d = x as Partial<CalculatorDef> | null;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.evaluate === 'function' && Array.isArray(d.examples) && typeof d.fields === 'object';
}

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./registry.ts'], { eager: true });

export const CALCULATORS: Readonly<Record<string, CalculatorDef>> = Object.fromEntries(
  Object.values(modules).flatMap((m) => Object.values(m).filter(isDefinition)).map((d) => [d.id, d]),
);

export function calculatorDef(id: string): CalculatorDef {
  const def = CALCULATORS[id];
  if (!def) throw new Error(`No calculator definition for "${id}" (src/lib/calculators/${id}.ts)`);
  return def;
}

export interface ComputedAnswer {
  name: string;
  label: string;
  value: number;
  text: string;
}

/** Run a calculator on a deep-link query, exactly as the page does; throws when the query is invalid. */
export function evaluateQuery(id: string, query: string): Record<string, number> {
  const def = calculatorDef(id);
  const e = def.evaluate(inputsFromQuery(def, `?${query}`).inputs);
  if (!e.values) throw new Error(`${id}?${query}: ${JSON.stringify(e.errors)}`);
  return e.values;
}

/**
 * The named results of a deep link, labelled and formatted by their definitions. Throws at build
 * time when the query is invalid or a result is missing, so a lesson can never print an answer
 * the calculator would not give.
 */
export function computeAnswers(id: string, query: string, show: readonly string[]): ComputedAnswer[] {
  const def = calculatorDef(id);
  const values = evaluateQuery(id, query);
  return show.map((name) => {
    const value = values[name];
    const result = def.results[name];
    if (value === undefined || !result) throw new Error(`${id} has no result "${name}"`);
    return { name, label: result.standalone ?? result.label, value, text: formatResult(value, result.unit) };
  });
}
