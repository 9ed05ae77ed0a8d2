/** The fixed list of guide topics, in the order the guides index shows them. Labels live in i18n. */
export const GUIDE_TOPICS = [
  'products',
  'cost',
  'trouble',
  'collection',
  'court',
  'credit-report',
  'safety',
  'rights',
  'planning',
] as const;

export type GuideTopic = (typeof GUIDE_TOPICS)[number];
