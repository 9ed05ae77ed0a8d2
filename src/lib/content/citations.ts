/** A guide's citation, resolved against the sources collection. */
export interface CitedArticle { ref: string; summary: string }

/**
 * Find each cited article in the source's article list; an article the source does not
 * list is a content error (the build must fail rather than print an unchecked citation).
 */
export function resolveArticles(
  guideId: string,
  sourceId: string,
  cited: readonly string[],
  known: readonly CitedArticle[],
): CitedArticle[] {
  return cited.map((ref) => {
    const found = known.find((a) => a.ref === ref);
    if (!found) {
      throw new Error(
        `Guide "${guideId}" cites ${ref} of "${sourceId}", which content/sources/${sourceId}.yaml does not list. ` +
          `Known: ${known.map((a) => a.ref).join(', ')}`,
      );
    }
    return found;
  });
}

/** The <Cite source art> pairs an MDX body uses, by source, in order of first use. */
export function citationsInBody(body: string | undefined): { source: string; articles: string[] }[] {
  const bySource = new Map<string, string[]>();
  for (const m of (body ?? '').matchAll(/<Cite\s+source="([^"]+)"(?:\s+art="([^"]+)")?/g)) {
    const [, source = '', art] = m;
    const list = bySource.get(source) ?? [];
    if (art && !list.includes(art)) list.push(art);
    bySource.set(source, list);
  }
  return [...bySource].map(([source, articles]) => ({ source, articles }));
}
