import { getCollection } from 'astro:content';

/** One page per calculator in the collection, for /calculators/[id]/ and /embed/[id]/. */
export async function calculatorPaths() {
  return (await getCollection('calculators')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
