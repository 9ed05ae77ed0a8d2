import type { CitedLine } from './schema';

/**
 * The sources a plan cites, by source in order of first use, each with its articles once:
 * the plan's 依据与来源 list, derived from the lines so it can never miss one.
 */
export function citedSources(lines: readonly CitedLine[]): { source: string; articles: string[] }[] {
  const bySource = new Map<string, string[]>();
  for (const line of lines) {
    for (const { source, art } of line.cite) {
      const list = bySource.get(source) ?? [];
      if (!list.includes(art)) list.push(art);
      bySource.set(source, list);
    }
  }
  return [...bySource].map(([source, articles]) => ({ source, articles }));
}
