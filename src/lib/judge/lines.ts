/**
 * Reference lines (LPR, 4 × LPR, the 24% and 36% lines, a bank example) resolved from their
 * data (content/reference-lines.yaml + content/rates/) into plain values. Pure: no astro:* import,
 * so the tests read the same YAML and the calculator islands receive the result as props.
 */

/** A collection reference as Astro hands it over ({ id }) or as plain YAML gives it (a string). */
type Ref = string | { id: string };

export interface LineCitation { source: Ref; articles: readonly string[] }

/** One entry of content/reference-lines.yaml, as stored. */
export interface ReferenceLineEntry {
  id: string;
  label: string;
  value: { rate: Ref } | { times: number; of: string } | { percent: number };
  asOf?: Date | string | undefined;
  until?: Date | string | undefined;
  means: string;
  doesNotMean: string;
  example?: boolean | undefined;
  sources: readonly LineCitation[];
}

/** One entry of content/rates/, as stored (only what a line needs). */
export interface RateEntry { id: string; value: number; unit: string; asOf: Date | string }

/** A line with its value worked out: what the judge functions and the methodology page use. */
export interface ReferenceLine {
  id: string;
  label: string;
  /** Percent a year (3 means 3%). */
  percent: number;
  asOf: Date;
  /** When the rule behind the line was replaced (the 24% and 36% lines); absent while it applies. */
  until?: Date;
  means: string;
  doesNotMean: string;
  /** A product figure that varies: show “以合同和页面展示为准” beside it. */
  example: boolean;
  sources: { source: string; articles: string[] }[];
  /** How the value was reached, for the methodology page: a rates entry, or 'times' of a line. */
  derivedFrom?: { rate: string } | { times: number; of: string };
}

const refId = (r: Ref): string => (typeof r === 'string' ? r : r.id);
const toDate = (d: Date | string): Date => (d instanceof Date ? d : new Date(`${d}T00:00:00Z`));

/**
 * Resolve every line's value and date; lines keep their order in the data.
 *
 * @example
 * // LPR 3.0 on 2026-01-20 and 4 × LPR derived from it → 12 (same date).
 * resolveLines([{ id: 'lpr-1y', value: { rate: 'r' }, … }, { id: 'lpr-4x', value: { times: 4, of: 'lpr-1y' }, … }],
 *              [{ id: 'r', value: 3, unit: 'percent-annual', asOf: '2026-01-20' }])
 */
export function resolveLines(entries: readonly ReferenceLineEntry[], rates: readonly RateEntry[]): ReferenceLine[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const done = new Map<string, ReferenceLine>();
  const resolve = (id: string, seen: readonly string[]): ReferenceLine => {
    const cached = done.get(id);
    if (cached) return cached;
    const e = byId.get(id);
    if (!e) throw new Error(`reference line "${id}" is not in content/reference-lines.yaml`);
    if (seen.includes(id)) throw new Error(`reference lines refer to each other in a loop: ${[...seen, id].join(' → ')}`);
    let percent: number;
    let asOf: Date;
    let derivedFrom: ReferenceLine['derivedFrom'];
    if ('rate' in e.value) {
      const rateId = refId(e.value.rate);
      const rate = rates.find((r) => r.id === rateId);
      if (!rate) throw new Error(`reference line "${id}" reads rate "${rateId}", which content/rates/ does not have`);
      if (rate.unit !== 'percent-annual') throw new Error(`reference line "${id}" needs an annual rate; "${rateId}" is ${rate.unit}`);
      percent = rate.value;
      asOf = toDate(rate.asOf);
      derivedFrom = { rate: rateId };
    } else if ('times' in e.value) {
      const base = resolve(e.value.of, [...seen, id]);
      // Two decimals of a percent is the precision every rate is shown at; avoids 4 × 3.1 = 12.400000000000002.
      percent = Math.round(base.percent * e.value.times * 100) / 100;
      asOf = base.asOf;
      derivedFrom = { times: e.value.times, of: e.value.of };
    } else {
      if (!e.asOf) throw new Error(`reference line "${id}" has a plain percent and needs asOf`);
      percent = e.value.percent;
      asOf = toDate(e.asOf);
    }
    const line: ReferenceLine = {
      id,
      label: e.label,
      percent,
      asOf,
      means: e.means,
      doesNotMean: e.doesNotMean,
      example: e.example ?? false,
      sources: e.sources.map((s) => ({ source: refId(s.source), articles: [...s.articles] })),
      ...(e.until ? { until: toDate(e.until) } : {}),
      ...(derivedFrom ? { derivedFrom } : {}),
    };
    done.set(id, line);
    return line;
  };
  return entries.map((e) => resolve(e.id, []));
}

/** What judging needs of a line: islands get only this, to keep their props small. */
export type LineValue = Pick<ReferenceLine, 'id' | 'percent'>;

/** The line with this id; a missing line is a data error, never a silent default. */
export function lineById<T extends LineValue>(lines: readonly T[], id: string): T {
  const line = lines.find((l) => l.id === id);
  if (!line) throw new Error(`reference line "${id}" is missing; known: ${lines.map((l) => l.id).join(', ')}`);
  return line;
}
