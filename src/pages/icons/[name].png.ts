/**
 * App icons as PNG, rendered at build time from public/favicon.svg (the one source of the mark)
 * with resvg. The maskable icon pads the mark so a round launcher mask does not cut it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPng } from '~/lib/og/render';
import { ICON_SIZES } from '~/lib/icons';

export const getStaticPaths: GetStaticPaths = () => [
  ...ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size, maskable: false } })),
  { params: { name: 'maskable-512' }, props: { size: 512, maskable: true } },
];

export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  const mark = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  const inner = mark.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  // Maskable: a full-bleed background with the mark inside the 80% safe zone.
  const svg = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0b6e5f"/><g transform="translate(6 6) scale(0.875)">${inner}</g></svg>`
    : mark;
  return new Response(new Uint8Array(renderPng(svg, size)), { headers: { 'Content-Type': 'image/png' } });
};
