/**
 * The shape of one entry of content/reference/examples.yaml, shared by the content collection
 * (which adds the source reference) and the unit tests, so both read the file by one schema.
 */
import { z } from 'astro/zod';

export const referenceExampleShape = {
  kind: z.enum(['installment', 'annuity', 'daily']),
  title: z.string(),
  origin: z.string(),
  inputs: z.record(z.string(), z.number()),
  expected: z.record(z.string(), z.number()).refine((e) => Object.keys(e).length > 0, { message: 'an example states at least one figure' }),
  tolerance: z.number().positive(),
};
