/**
 * 一图读懂 share images, built once per guide and calculator: /og/guides/<slug>.png and
 * /og/calculators/<id>.png. Used as og:image and offered on the page as 保存图片.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { shareCardPng, type ShareCard } from '~/lib/og/card';
import { shortAddress } from '~/lib/og/paths';
import { t } from '~/i18n';

export const getStaticPaths: GetStaticPaths = async () => {
  const guides = await getCollection('guides', ({ data }) => !data.draft);
  const calculators = await getCollection('calculators');
  const common = { siteName: t('site.name'), footnote: t('share.footnote') };
  return [
    ...guides.map((g) => ({
      params: { path: `guides/${g.id}` },
      props: { ...common, kicker: t('share.kindGuide'), title: g.data.title, points: g.data.summary, address: shortAddress(`/guides/${g.id}/`) } satisfies ShareCard,
    })),
    ...calculators.map((c) => ({
      params: { path: `calculators/${c.id}` },
      props: {
        ...common,
        kicker: t('share.kindCalculator'),
        title: c.data.title,
        points: [c.data.question, t('share.calculatorHow'), t('share.calculatorPrivacy')],
        address: shortAddress(`/calculators/${c.id}/`),
      } satisfies ShareCard,
    })),
  ];
};

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await shareCardPng(props as ShareCard)), { headers: { 'Content-Type': 'image/png' } });
