/**
 * Precision and recall of each flag over a labelled set, for the tests and /methodology/.
 * Precision: of the messages a flag was raised on, the share that should have it.
 * Recall: of the messages that should have it, the share it was raised on.
 */
import type { Verdict } from './engine';

export interface Labelled {
  id: string;
  text: string;
  verdict: Verdict;
  flags: readonly string[];
}

export interface FlagScore {
  id: string;
  /** Messages labelled with the flag. */
  expected: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** undefined when the flag was never raised (precision) or never expected (recall). */
  precision: number | undefined;
  recall: number | undefined;
}

export interface VerdictScore {
  verdict: Verdict;
  expected: number;
  precision: number | undefined;
  recall: number | undefined;
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);

export function scoreFlags(
  set: readonly Labelled[],
  flagIds: readonly string[],
  check: (text: string) => { flags: readonly { id: string }[] },
): FlagScore[] {
  const raised = set.map((m) => new Set(check(m.text).flags.map((f) => f.id)));
  return flagIds.map((id) => {
    let tp = 0, fp = 0, fn = 0, expected = 0;
    set.forEach((m, i) => {
      const want = m.flags.includes(id);
      const got = raised[i]!.has(id);
      if (want) expected++;
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    });
    return { id, expected, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
}

export function scoreVerdicts(
  set: readonly Labelled[],
  check: (text: string) => { verdict: Verdict },
): VerdictScore[] {
  const got = set.map((m) => check(m.text).verdict);
  return (['scam', 'unlawful-collection', 'check-first', 'ordinary'] as const).map((verdict) => {
    const tp = set.filter((m, i) => m.verdict === verdict && got[i] === verdict).length;
    const predicted = got.filter((g) => g === verdict).length;
    const expected = set.filter((m) => m.verdict === verdict).length;
    return { verdict, expected, precision: ratio(tp, predicted), recall: ratio(tp, expected) };
  });
}
