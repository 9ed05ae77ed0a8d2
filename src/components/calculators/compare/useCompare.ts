import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareOffers, compareQuery, evaluateOffers, formsFromInputs, inputsFromForms, type OfferFields, type OfferForms, type OfferLetter } from '~/lib/calculators/compare';
import { inputsFromQuery } from '~/lib/calculators/types';
import { lockedByAddress, useAddressSync } from '../shared/useCalculator';

/**
 * State for the comparison island. Like the shared useCalculator (and with its address sync), but the form holds each
 * offer's fields (so 1.2万 stays as typed) while the address holds the comma form
 * (a=12000,12,0.6), written back on every change so the address is always the link to share.
 */
export function useCompare() {
  const [forms, setForms] = useState<OfferForms>(() => formsFromInputs(compareOffers.defaults));
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const { inputs } = inputsFromQuery(compareOffers, window.location.search);
    const linked = formsFromInputs(inputs);
    // Unchanged without a link: keep the object, so the island does not render twice on load.
    setForms((prev) => (JSON.stringify(prev) === JSON.stringify(linked) ? prev : linked));
    setLocked(lockedByAddress());
    setReady(true);
  }, []);

  const query = compareQuery(inputsFromForms(forms));

  useAddressSync(query, locked, ready);

  const evaluation = useMemo(() => evaluateOffers(forms), [forms]);

  /** Change one field of one offer. */
  const setField = (letter: OfferLetter, name: keyof OfferFields) => (value: string) =>
    setForms((prev) => {
      const f = prev[letter];
      return f ? { ...prev, [letter]: { ...f, [name]: value } } : prev;
    });

  /** Replace (or with null, remove) one offer. */
  const setOffer = (letter: OfferLetter, offer: OfferFields | null) => setForms((prev) => ({ ...prev, [letter]: offer }));

  return { forms, setField, setOffer, evaluation, query, locked, unlock: () => setLocked(false), ready };
}
