/**
 * The reference lines, resolved from the content collections. Call it at build time in a page
 * and hand the result to a calculator island as a prop: the judge functions in src/lib/judge
 * take the lines as an argument, so the island never imports astro:content.
 */
import { getCollection } from 'astro:content';
import { resolveLines, type ReferenceLine } from '~/lib/judge/lines';

export async function loadReferenceLines(): Promise<ReferenceLine[]> {
  const [entries, rates] = await Promise.all([getCollection('referenceLines'), getCollection('rates')]);
  // A file loader does not promise the file's order; lines read lowest first everywhere.
  return resolveLines(
    entries.map((e) => ({ id: e.id, ...e.data })),
    rates.map((r) => ({ id: r.id, ...r.data })),
  ).sort((a, b) => a.percent - b.percent);
}
