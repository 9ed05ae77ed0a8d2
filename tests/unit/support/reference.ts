// Reads content/reference/examples.yaml, the fixture the /methodology/ page also renders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ReferenceExample {
  id: string;
  kind: 'installment' | 'annuity' | 'daily';
  title: string;
  inputs: Record<string, number>;
  expected: Record<string, number>;
  tolerance: number;
}

export const referenceExamples: ReferenceExample[] = parse(
  readFileSync(join(import.meta.dirname, '../../../content/reference/examples.yaml'), 'utf8'),
);
