/** The web app manifest, so the site can be added to a phone's home screen; paths follow BASE_PATH. */
import type { APIRoute } from 'astro';
import { t } from '~/i18n';
import { url } from '~/lib/url';
import { ICON_SIZES } from '~/lib/icons';

export const GET: APIRoute = () => {
  const manifest = {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: 'zh-CN',
    start_url: url('/'),
    scope: url('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b6e5f',
    icons: [
      ...ICON_SIZES.map((size) => ({ src: url(`/icons/icon-${size}.png`), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: url('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: url('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
