// Reads the same data the site builds from: content/reference-lines.yaml and content/rates/*.yaml.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { resolveLines, type RateEntry, type ReferenceLine, type ReferenceLineEntry } from '~/lib/judge';

export const contentDir = join(import.meta.dirname, '../../../content');

export const lineEntries: ReferenceLineEntry[] = parse(readFileSync(join(contentDir, 'reference-lines.yaml'), 'utf8'));

export const rateEntries: RateEntry[] = readdirSync(join(contentDir, 'rates'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(contentDir, 'rates', f), 'utf8')) }));

export const lines: ReferenceLine[] = resolveLines(lineEntries, rateEntries);

/** Sources by id, as content/sources/<id>.yaml holds them. */
export function sourceFile(id: string): { articles: { ref: string }[]; verification: string } | undefined {
  try {
    return parse(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Sentences join numbers to units with U+00A0; tests read them with plain spaces. */
export const plain = (s: string) => s.replace(/\u00A0/g, ' ');
