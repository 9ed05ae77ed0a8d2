import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { t } from '~/i18n';

/** Guides, newest review first, so subscribers see updated guidance too. */
export async function GET(context: APIContext) {
  const guides = (await getCollection('guides', ({ data }) => !data.draft)).sort(
    (a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || a.id.localeCompare(b.id),
  );
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    site: new URL(base, context.site ?? 'http://localhost').href,
    customData: '<language>zh-CN</language>',
    items: guides.map((g) => ({
      title: g.data.title,
      description: g.data.description,
      pubDate: g.data.lastReviewed,
      link: `guides/${g.id}/`,
    })),
  });
}
