/**
 * Reading a calculator's typed or linked inputs into numbers: each field through the shared
 * parser, with its Chinese message when it is wrong. Calculators call this, then the finance
 * library, and turn any FinanceError into a message on the field it names.
 */
import { FinanceError } from '../finance/errors';
import { parseField, type NumberRules } from '../parse/number';
import { parseWithUnit, type FieldUnit } from '../parse/units';
import type { Evaluation, RawInputs } from './types';
import { fieldIn, rulesFor, type FieldDef } from './define';

export interface FieldSpec extends NumberRules {
  /** An empty value is allowed and reads as undefined. */
  optional?: boolean;
  /** The unit the field holds: words naming another unit are converted or refused (parse/units). */
  fieldUnit?: FieldUnit;
}

type ReadResult = ReturnType<typeof parseWithUnit> | ReturnType<typeof parseField>;

/**
 * Values already read, per rule: evaluate, the “按…计算” line and the compare link all ask for the
 * same typed text, and a render should not parse it three times. Rules are the definitions' own
 * objects, so the cache lives as long as they do; each holds only the last few texts.
 */
const cache = new WeakMap<FieldSpec, Map<string, ReadResult>>();
const CACHE_PER_RULE = 8;

/** Read one typed value by its rules: through its unit when it has one. */
export function readValue(raw: string, spec: FieldSpec): ReadResult {
  let seen = cache.get(spec);
  const hit = seen?.get(raw);
  if (hit) return hit;
  const r = spec.fieldUnit ? parseWithUnit(raw, spec.fieldUnit, spec) : parseField(raw, spec);
  if (!seen) cache.set(spec, (seen = new Map()));
  if (seen.size >= CACHE_PER_RULE) seen.delete(seen.keys().next().value!);
  seen.set(raw, r);
  return r;
}

/** Parse the named fields; `values` holds the ones that parsed. */
export function readFields<K extends string>(inputs: RawInputs, specs: Record<K, FieldSpec>): { errors: Record<string, string>; values: Partial<Record<K, number>> } {
  const errors: Record<string, string> = {};
  const values: Partial<Record<K, number>> = {};
  for (const name of Object.keys(specs) as K[]) {
    const spec = specs[name];
    const raw = (inputs[name] ?? '').trim();
    if (raw === '' && spec.optional) continue;
    const r = readValue(raw, spec);
    if (r.ok) values[name] = r.value;
    else errors[name] = r.message;
  }
  return { errors, values };
}

/** Parse the named fields by the rules their definitions declare (in a mode, when they vary). */
export function readDefined(inputs: RawInputs, fields: Readonly<Record<string, FieldDef>>, names: readonly string[], mode?: string): { errors: Record<string, string>; values: Partial<Record<string, number>> } {
  return readFields(inputs, rulesFor(fields, names, mode));
}

/**
 * What the fields typed in another unit or form were read as, in words, so the result can say it:
 * 月息0.6% in the annual-rate field gives “按年利率 7.2%（月息 0.6% × 12）计算”.
 */
export function conversions(inputs: RawInputs, fields: Readonly<Record<string, FieldDef>>, mode?: string): string[] {
  const out: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const rule = fieldIn(field, mode).rule;
    const raw = (inputs[name] ?? '').trim();
    if (!rule?.fieldUnit || raw === '') continue;
    const r = readValue(raw, rule);
    // Anything but a plain number is said back: 1万2 → 按 12,000 元计算, 万分之五 → 0.05%.
    if (r.ok && 'description' in r && (r.converted || !/^\d+(\.\d+)?%?$/.test(raw))) out.push(r.description);
  }
  return out;
}

/** Read a choice field by the values and labels its definition declares. */
export function readDefinedChoice<T extends string>(inputs: RawInputs, name: string, field: FieldDef, errors: Record<string, string>): T | undefined {
  const choices = (field.choices ?? {}) as Record<T, string>;
  return readChoice(inputs, name, Object.keys(choices) as T[], choices, errors);
}

/** Read one of a set of choices; anything else is an error with the allowed values. */
export function readChoice<T extends string>(inputs: RawInputs, name: string, allowed: readonly T[], labels: Record<T, string>, errors: Record<string, string>): T | undefined {
  const v = (inputs[name] ?? '').trim() as T;
  if ((allowed as readonly string[]).includes(v)) return v;
  errors[name] = `请选择：${allowed.map((a) => labels[a]).join('、')}。`;
  return undefined;
}

/** Run the computation; a FinanceError becomes a message on its field (or the first given). */
export function guard<D>(fallbackField: string, compute: () => Evaluation<D>): Evaluation<D> {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FinanceError) return { errors: { [e.field ?? fallbackField]: e.message }, values: null, detail: null };
    throw e;
  }
}

export { plain } from '../format/number';
