import { useEffect, useMemo, useState } from 'preact/hooks';
import { inputsFromQuery, queryFromInputs, type CalculatorLogic, type RawInputs } from '~/lib/calculators/types';

/**
 * State for one calculator island. It starts from the defaults (so the hydrated markup
 * matches the build-time HTML), then reads the deep link once, and from then on keeps the
 * address bar in step with the form so the address is always the link to share.
 */
export function useCalculator<D>(logic: CalculatorLogic<D>) {
  const [inputs, setInputs] = useState<RawInputs>(logic.defaults);
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const { inputs: fromUrl } = inputsFromQuery(logic, window.location.search);
    setInputs(fromUrl);
    setLocked(new URLSearchParams(window.location.search).get('lock') === '1');
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const q = queryFromInputs(logic, inputs);
    const lock = locked ? (q ? '&lock=1' : 'lock=1') : '';
    const next = `${window.location.pathname}${q || lock ? `?${q}${lock}` : ''}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, [inputs, locked, ready]);

  const evaluation = useMemo(() => logic.evaluate(inputs), [inputs]);
  const set = (name: string) => (value: string) => setInputs((prev) => ({ ...prev, [name]: value }));
  return { inputs, set, setInputs, evaluation, locked, unlock: () => setLocked(false), ready };
}
