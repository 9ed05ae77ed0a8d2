import type { DatePrecision } from '~/lib/format/date';

/** A citation of a guide or lesson, resolved against the sources collection. */
export interface CitedArticle { ref: string; summary: string }

/**
 * Find each cited article in the source's article list; an article the source does not
 * list is a content error (the build must fail rather than print an unchecked citation).
 */
export function resolveArticles(
  pageId: string,
  sourceId: string,
  cited: readonly string[],
  known: readonly CitedArticle[],
): CitedArticle[] {
  return cited.map((ref) => {
    const found = known.find((a) => a.ref === ref);
    if (!found) {
      throw new Error(
        `"${pageId}" cites ${ref} of "${sourceId}", which content/sources/${sourceId}.yaml does not list. ` +
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

/** The fields of a sources-collection entry that the 依据与来源 list shows. */
interface SourceEntry {
  id: string;
  data: { title: string; issuer: string; docNumber?: string | undefined; published: Date; publishedPrecision: DatePrecision; url: string; articles: CitedArticle[] };
}

/** One item of the 依据与来源 list (SourcesList) for a page that cites `articles` of `entry`. */
export function sourceListItem(pageId: string, entry: SourceEntry, articles: readonly string[]) {
  return {
    id: entry.id,
    title: entry.data.title,
    issuer: entry.data.issuer,
    docNumber: entry.data.docNumber,
    published: entry.data.published,
    publishedPrecision: entry.data.publishedPrecision,
    url: entry.data.url,
    articles: resolveArticles(pageId, entry.id, articles, entry.data.articles),
  };
}
