/**
 * One definition per calculator: each field and result declared once, with everything the
 * page, the docs, the tests and /methodology/ need to know about it. Parsing reads a field's
 * rule, the form and the error summary its label, hint and unit, the docs tables its `doc`
 * and `example`; results carry their label and unit for the page and the printed answers.
 */
import type { FieldSpec } from './fields';
import type { CalculatorLogic, Evaluation, RawInputs } from './types';
import { LOCK_PARAM } from './labels';

/** The units a field or result is shown in. */
export type Unit = '元' | '%' | '期' | '个月' | '天' | '';

export interface FieldDef {
  /** The form label; the error summary uses it too. */
  label: string;
  hint?: string;
  unit: Unit;
  /** Number rules (the rule's own label is the noun its messages use); absent for choices and text. */
  rule?: FieldSpec;
  /** A closed set of values, each with its label (radio buttons). */
  choices?: Readonly<Record<string, string>>;
  /** What the deep-link parameter means, for the docs table. */
  doc: string;
  /** A value for the docs table. */
  example: string;
  /** What a link that leaves the parameter out gets, when it is not simply the default value. */
  defaultDoc?: string;
  /** Labels and hints that differ with the calculator's mode (loan or plan, …). */
  variants?: Readonly<Record<string, Partial<Pick<FieldDef, 'label' | 'hint' | 'rule'>>>>;
}

export interface ResultDef {
  label: string;
  unit: Unit;
  /** What the result means, for the docs table; empty when a row of its group stands for it. */
  doc: string;
  /** The name the docs table shows, when one row stands for a group (apr-a、apr-b…). */
  docName?: string;
  /** The label where the result stands alone (worksheet answers, the methodology table), when `label` leans on a heading (方案A…). */
  standalone?: string;
  variants?: Readonly<Record<string, { label: string }>>;
}

/** A worked example: a deep link and the figures it must give, with where each comes from. */
export interface Example {
  /** The link text in the docs' 算例, for the example shown there (the first with a label). */
  label?: string;
  query: string;
  expected: Readonly<Record<string, number>>;
  /** Where the expected figures come from: a published source, a hand calculation, … */
  source: string;
}

/**
 * A method choice the calculator makes where lenders differ (how interest is charged, where a
 * rounding remainder goes, …): what the site does by default, the alternatives, and the source
 * for each. /methodology/ lists them from here.
 */
export interface MethodChoice {
  /** Anchor on /methodology/ (`method-<calculator>-<id>`). */
  id: string;
  title: string;
  /** The deep-link parameter that picks it, when the reader can choose. */
  param?: string;
  /** Each option: what it means and who uses it, with its source (a source id from content/sources, and the article or clause). */
  options: readonly { value?: string; label: string; means: string; source: { id?: string; cites: string }; isDefault?: boolean }[];
}

export interface CalculatorDef<D = unknown> extends CalculatorLogic<D> {
  id: string;
  /** Deep-link parameters in link order, each declared once. */
  fields: Readonly<Record<string, FieldDef>>;
  results: Readonly<Record<string, ResultDef>>;
  examples: readonly Example[];
  methods: readonly MethodChoice[];
}

export interface CalculatorSpec<D> {
  id: string;
  fields: Readonly<Record<string, FieldDef>>;
  results: Readonly<Record<string, ResultDef>>;
  defaults: RawInputs;
  exclusive?: readonly (readonly string[])[];
  linkDefaults?(inputs: RawInputs, given: (name: string) => boolean): RawInputs;
  evaluate(inputs: RawInputs): Evaluation<D>;
  examples: readonly Example[];
  methods?: readonly MethodChoice[];
}

/** The definition, with the deep-link parameter list taken from the fields. */
export function defineCalculator<D>(spec: CalculatorSpec<D>): CalculatorDef<D> {
  return { ...spec, methods: spec.methods ?? [], params: Object.keys(spec.fields) };
}

/** A field's label, hint and rule in a mode (its variant over its own). */
export function fieldIn(field: FieldDef, mode?: string): FieldDef {
  const v = mode ? field.variants?.[mode] : undefined;
  return v ? { ...field, ...v } : field;
}

/** The rules to parse the named fields with, read from their definitions (optionally in a mode). */
export function rulesFor(fields: Readonly<Record<string, FieldDef>>, names: readonly string[], mode?: string): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const name of names) {
    const rule = fieldIn(fields[name]!, mode).rule;
    if (!rule) throw new Error(`field "${name}" has no number rule`);
    out[name] = rule;
  }
  return out;
}

/** The label of a result in a mode. */
export function resultLabel(def: Pick<CalculatorDef, 'results'>, name: string, mode?: string): string {
  const r = def.results[name];
  if (!r) return name;
  return (mode && r.variants?.[mode]?.label) || r.label;
}

/** Options for a choice field, in declared order. */
export function choiceOptions(field: FieldDef): { value: string; label: string }[] {
  return Object.entries(field.choices ?? {}).map(([value, label]) => ({ value, label }));
}

/** A parameter's default as the docs show it: the value (a choice with its label), or 不填. */
function defaultText(field: FieldDef, value: string): string {
  if (value === '') return '不填';
  const label = field.choices?.[value];
  return label ? `${value}（${label}）` : value;
}

/** The docs' tables: parameters (with lock, and what a link that leaves each out gets) and results, read from the definition. */
export function docsTables(def: Pick<CalculatorDef, 'fields' | 'results' | 'defaults'>): {
  params: { name: string; meaning: string; example: string; default: string }[];
  results: { name: string; meaning: string }[];
} {
  return {
    params: [
      ...Object.entries(def.fields).map(([name, f]) => ({ name, meaning: f.doc, example: f.example, default: f.defaultDoc ?? defaultText(f, def.defaults[name] ?? '') })),
      { name: LOCK_PARAM.name, meaning: LOCK_PARAM.doc, example: LOCK_PARAM.example, default: '不锁定' },
    ],
    results: Object.entries(def.results).filter(([, r]) => r.doc).map(([name, r]) => ({ name: r.docName ?? name, meaning: r.doc })),
  };
}
