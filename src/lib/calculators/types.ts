/**
 * The contract every calculator follows: named string inputs (as typed, or from the URL),
 * evaluated by a pure function into field errors, or plain result values plus detail.
 * Islands render it; tests and build-time pages call the same function.
 */
export type RawInputs = Record<string, string>;

export interface Evaluation<D> {
  /** Chinese message per invalid field name. */
  errors: Record<string, string>;
  /** Result name → plain number in the unit the deep-link contract states (元, %, months). */
  values: Record<string, number> | null;
  detail: D | null;
}

export interface CalculatorLogic<D> {
  /** Deep-link parameter names, in the order they appear in a shared link. */
  params: readonly string[];
  defaults: RawInputs;
  /** Groups of alternative inputs (e.g. fee or payment): a link naming one clears the others. */
  exclusive?: readonly (readonly string[])[];
  /** Defaults that depend on what the link asks for (a plan's own fee), for parameters it leaves out. */
  linkDefaults?(inputs: RawInputs, given: (name: string) => boolean): RawInputs;
  evaluate(inputs: RawInputs): Evaluation<D>;
}

/** Read the calculator's own parameters from a query string; unknown keys are ignored. */
export function inputsFromQuery<D>(logic: CalculatorLogic<D>, search: string): { inputs: RawInputs; fromLink: boolean } {
  const q = new URLSearchParams(search);
  const inputs: RawInputs = { ...logic.defaults };
  let fromLink = false;
  for (const name of logic.params) {
    const v = q.get(name);
    if (v !== null) {
      // Cap the length: a link is untrusted input and is never echoed as HTML anyway.
      inputs[name] = v.slice(0, 64);
      fromLink = true;
    }
  }
  // A link that names one of a group of alternatives means the others are not given.
  for (const group of logic.exclusive ?? []) {
    if (group.some((n) => q.has(n))) for (const n of group) if (!q.has(n)) inputs[n] = '';
  }
  if (fromLink && logic.linkDefaults) return { inputs: logic.linkDefaults(inputs, (n) => q.has(n)), fromLink };
  return { inputs, fromLink };
}

/** The query string for the current inputs, skipping empty values. */
export function queryFromInputs<D>(logic: CalculatorLogic<D>, inputs: RawInputs): string {
  const q = new URLSearchParams();
  for (const name of logic.params) {
    const v = (inputs[name] ?? '').trim();
    if (v !== '') q.set(name, v);
  }
  return q.toString();
}
