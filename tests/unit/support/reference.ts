// Reads content/reference/examples.yaml, the fixture the /methodology/ page also renders, by the
// same schema the content collection uses (a malformed entry fails here as it fails the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { referenceExampleShape } from '~/lib/calculators/reference-schema';

const schema = z.array(z.object({ id: z.string(), ...referenceExampleShape, source: z.string().optional() }));

export type ReferenceExample = z.infer<typeof schema>[number];

export const referenceExamples: ReferenceExample[] = schema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../content/reference/examples.yaml'), 'utf8')),
);
