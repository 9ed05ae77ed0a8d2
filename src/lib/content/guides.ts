import { GUIDE_TOPICS, type GuideTopic } from './topics';

interface GuideLike { id: string; data: { topic: GuideTopic; title: string; lastReviewed: Date } }

/** Guides grouped by topic in the fixed topic order; empty topics are dropped. */
export function groupByTopic<G extends GuideLike>(guides: readonly G[]): { topic: GuideTopic; guides: G[] }[] {
  return GUIDE_TOPICS.map((topic) => ({
    topic,
    guides: guides.filter((g) => g.data.topic === topic).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN')),
  })).filter((group) => group.guides.length > 0);
}
