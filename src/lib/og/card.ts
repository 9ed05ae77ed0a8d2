/**
 * The 一图读懂 share card: a portrait image (phones, WeChat) with the page's question, its
 * key points and its short address. Laid out by satori (flexbox → SVG), drawn by resvg.
 */
import satori from 'satori';
import { familyList, fontsFor } from './fonts';
import { renderPng } from './render';

export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 1350;

export interface ShareCard {
  /** What kind of page: 指南, 计算器. */
  kicker: string;
  title: string;
  /** Three to five short lines. */
  points: string[];
  /** The page's short address, e.g. example.org/guides/late-payment/. */
  address: string;
  siteName: string;
  footnote: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

const BRAND = '#0b6e5f';
const INK = '#1c2430';

export async function shareCardSvg(card: ShareCard): Promise<string> {
  const points = card.points.slice(0, 5);
  const text = [card.kicker, card.title, card.siteName, card.address, card.footnote, '一图读懂 ·0123456789', ...points].join('');
  const fonts = fontsFor(text);
  // Fewer points get larger type; five still fit at a size legible on a phone.
  const pointSize = points.length > 4 ? 40 : 44;
  const tree = el('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: familyList(fonts), color: INK }, [
    el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: BRAND, color: '#ffffff', padding: '36px 64px', fontSize: 40, fontWeight: 700 }, [
      el('div', { display: 'flex' }, card.siteName),
      el('div', { display: 'flex', fontSize: 34, fontWeight: 400, border: '3px solid #ffffff', borderRadius: 40, padding: '4px 28px' }, `一图读懂 · ${card.kicker}`),
    ]),
    el('div', { display: 'flex', flexDirection: 'column', padding: '56px 64px 0', flexGrow: 1 }, [
      el('div', { display: 'flex', fontSize: card.title.length > 16 ? 60 : 68, fontWeight: 700, lineHeight: 1.3 }, card.title),
      el('div', { display: 'flex', width: 120, height: 10, background: BRAND, borderRadius: 5, margin: '36px 0 40px' }),
      el(
        'div',
        { display: 'flex', flexDirection: 'column' },
        points.map((p, i) =>
          el('div', { display: 'flex', alignItems: 'flex-start', marginBottom: 30 }, [
            el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0, width: 60, height: 60, borderRadius: 30, background: '#e3f1ee', color: BRAND, fontSize: 34, fontWeight: 700, marginRight: 24 }, String(i + 1)),
            el('div', { display: 'flex', fontSize: pointSize, lineHeight: 1.45, flexShrink: 1 }, p),
          ]),
        ),
      ),
    ]),
    el('div', { display: 'flex', flexDirection: 'column', padding: '28px 64px 44px', borderTop: '2px solid #d5dbe1', fontSize: 32 }, [
      el('div', { display: 'flex', color: BRAND, fontWeight: 700 }, card.address),
      el('div', { display: 'flex', color: '#4a5563', fontSize: 28, marginTop: 8 }, card.footnote),
    ]),
  ]);
  return satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

export async function shareCardPng(card: ShareCard): Promise<Buffer> {
  return renderPng(await shareCardSvg(card), CARD_WIDTH);
}
