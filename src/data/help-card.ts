import type { GuideTopic } from '~/lib/content/topics';

/** Which numbers the 求助 card shows: on the home page, and under a guide's 要点 by its topic. */
export const helpCardLines = {
  home: ['12378', '12363', '12348', '110'],
  topic: {
    products: ['12378', '12315', '96110'],
    cost: ['12378', '12315', '12348'],
    trouble: ['12378', '12348', '110'],
    collection: ['12378', '12368', '110'],
    court: ['12368', '12348', '12378'],
    'credit-report': ['12363', '12378', '96110'],
    safety: ['110', '96110', '12378'],
    rights: ['12378', '12363', '12348'],
    planning: ['12378', '96110', '12348'],
  } satisfies Record<GuideTopic, string[]>,
};
