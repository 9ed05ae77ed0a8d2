/**
 * Run the rules over a message, in the browser. Pure: the text goes in, flags come out;
 * nothing is sent or stored.
 */
import { RULES, type FlagKind, type Rule } from './rules';

export type Verdict = 'scam' | 'unlawful-collection' | 'check-first' | 'ordinary';

/** Most serious first: the verdict is the first kind any raised flag has. */
const SEVERITY: readonly Exclude<FlagKind, 'ordinary-signal'>[] = ['scam', 'unlawful-collection', 'check-first'];

export interface CheckResult {
  verdict: Verdict;
  /** Raised flags, most serious first, then in table order. */
  flags: Rule[];
}

/** Full-width digits and letters to plain, spaces out: messages arrive in every form. */
export function normaliseMessage(text: string): string {
  return text.normalize('NFKC').replace(/[ \t\u3000]+/g, ' ').slice(0, 5000);
}

export function raises(rule: Rule, text: string): boolean {
  const hit = rule.any.some((re) => re.test(text)) || (rule.test?.(text) ?? false);
  if (!hit) return false;
  if (rule.all && !rule.all.every((re) => re.test(text))) return false;
  return !(rule.unless ?? []).some((re) => re.test(text));
}

/**
 * Check a message. Example: `checkMessage('请于今日18点前还清欠款，否则将移交法务部门处理。')`
 * → verdict `check-first`, flag `deadline-hours`.
 */
export function checkMessage(message: string, rules: readonly Rule[] = RULES): CheckResult {
  const text = normaliseMessage(message);
  if (!text.trim()) return { verdict: 'ordinary', flags: [] };
  const raised = rules.filter((r) => raises(r, text));
  const rank = (k: FlagKind) => (k === 'ordinary-signal' ? SEVERITY.length : SEVERITY.indexOf(k));
  const flags = [...raised].sort((a, b) => rank(a.kind) - rank(b.kind));
  const verdict = SEVERITY.find((k) => raised.some((r) => r.kind === k)) ?? 'ordinary';
  return { verdict, flags };
}
