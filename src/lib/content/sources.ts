interface Citing { id: string; data: { title: string; sources: { source: { id: string }; articles: string[] }[] } }

/** Guides that cite a source, with the articles each relies on, sorted by title. */
export function citingGuides<G extends Citing>(sourceId: string, guides: readonly G[]): (G & { articles: string[] })[] {
  return guides
    .flatMap((g) => {
      const c = g.data.sources.find((s) => s.source.id === sourceId);
      return c ? [{ ...g, articles: c.articles }] : [];
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}
