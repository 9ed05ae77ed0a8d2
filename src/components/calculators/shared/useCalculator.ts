import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { inputsFromQuery, queryFromInputs, type CalculatorLogic, type RawInputs } from '~/lib/calculators/types';

/**
 * Keep the address bar in step with the form once the link has been read, so the address is
 * always the link to share; lock=1 stays on the address while the inputs are locked.
 */
export function useAddressSync(query: string, locked: boolean, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const lock = locked ? (query ? '&lock=1' : 'lock=1') : '';
    const next = `${window.location.pathname}${query || lock ? `?${query}${lock}` : ''}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, [query, locked, ready]);
}

/** Whether the address asks for read-only inputs (a lesson's preset scenario). */
export const lockedByAddress = () => new URLSearchParams(window.location.search).get('lock') === '1';

function sameInputs(a: RawInputs, b: RawInputs): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/**
 * State for one calculator island. It starts from the defaults (so the hydrated markup
 * matches the build-time HTML), then reads the deep link once, and from then on keeps the
 * address bar in step with the form.
 */
export function useCalculator<D>(logic: CalculatorLogic<D>) {
  const [inputs, setInputs] = useState<RawInputs>(logic.defaults);
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // Without a query the inputs stay as they are: the island may hydrate on the reader's first
    // use (client:interaction), and what was typed before that has been handed over already. A
    // link that gives the defaults keeps the same object, so nothing renders a second time.
    if (window.location.search) {
      const linked = inputsFromQuery(logic, window.location.search).inputs;
      setInputs((prev) => (sameInputs(prev, linked) ? prev : linked));
    }
    setLocked(lockedByAddress());
    setReady(true);
  }, []);

  const query = queryFromInputs(logic, inputs);
  useAddressSync(query, locked, ready);

  const evaluation = useMemo(() => logic.evaluate(inputs), [inputs]);
  const set = (name: string) => (value: string) => setInputs((prev) => ({ ...prev, [name]: value }));
  return { inputs, set, setInputs, evaluation, errors: evaluation.errors, query, locked, unlock: () => setLocked(false), ready };
}

export type CalculatorState = ReturnType<typeof useCalculator>;

interface KindSwitch<K extends string> {
  kind: K;
  inputs: RawInputs;
  setInputs: (next: RawInputs) => void;
  /** The parameters only one kind uses. */
  params: Record<K, readonly string[]>;
  /** What a kind's fields start from when the reader has not filled them before. */
  defaults: Record<K, RawInputs>;
  /** The field holding each kind's term (periods or months), carried across a switch. */
  term: Record<K, string>;
}

/**
 * The loan-or-plan switch: switching clears the old kind's own fields (kept aside, to restore on
 * switching back) and fills the new kind's from what it held before, or its defaults; the term
 * carries across (12 periods of a plan are 12 months of a loan).
 */
export function useKindSwitch<K extends string>({ kind, inputs, setInputs, params, defaults, term }: KindSwitch<K>) {
  const saved = useRef<Partial<Record<K, RawInputs>>>({});
  const keep = (k: K, name: string, value: string) => {
    saved.current[k] = { ...saved.current[k], [name]: value };
  };
  const switchTo = (next: K, extra: RawInputs = {}) => {
    const updated: RawInputs = { ...inputs, ...extra };
    if (next !== kind) {
      for (const name of params[kind]) {
        keep(kind, name, inputs[name] ?? '');
        updated[name] = '';
      }
      const before = saved.current[next] ?? {};
      for (const name of params[next]) updated[name] = before[name] || defaults[next][name] || '';
      const [from, to] = [term[kind], term[next]];
      if (!before[to] && (inputs[from] ?? '').trim() !== '') updated[to] = inputs[from] ?? '';
    }
    setInputs(updated);
  };
  return { switchTo, keep };
}
