import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { shareCardPng, CARD_WIDTH, CARD_HEIGHT } from '../../../src/lib/og/card';
import { parseSubsets, fontsFor } from '../../../src/lib/og/fonts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('share card fonts', () => {
  it('reads unicode ranges from the package CSS', () => {
    const css = `@font-face { src: url(./files/a-700-normal.woff2) format('woff2'), url(./files/a-700-normal.woff) format('woff'); unicode-range: U+4e00-4e0f,U+3002; }`;
    expect(parseSubsets(css)).toEqual([{ file: 'a-700-normal.woff', ranges: [[0x4e00, 0x4e0f], [0x3002, 0x3002]] }]);
  });
  it('loads only the pieces the text needs, in both weights', () => {
    const few = fontsFor('借');
    const more = fontsFor('借贷明白纸：逾期了会怎样？ABC 123');
    expect(few.length).toBeGreaterThanOrEqual(2);
    expect(new Set(few.map((f) => f.weight))).toEqual(new Set([400, 700]));
    expect(more.length).toBeGreaterThan(few.length);
    expect(more.length).toBeLessThan(60);
  });
});

describe('share card image', () => {
  it('renders a portrait PNG under 200 KB with Chinese text', async () => {
    const png = await shareCardPng({
      kicker: '指南',
      title: '逾期了会怎样？一天、一个月、三个月',
      points: ['逾期第一天起就可能有罚息和违约金，先查清合同怎么写。', '多数机构会把逾期记录报送征信，影响以后借款。', '还不上时尽早通过官方App联系机构，协商分期或延期。', '遇到威胁、骚扰家人，先向机构投诉，再打12378。'],
      address: 'credit-clarity.example/guides/late-payment/',
      siteName: '借贷明白纸',
      footnote: '一般性信息，具体以合同和现行法规为准',
    });
    if (process.env.OG_PREVIEW) writeFileSync(process.env.OG_PREVIEW, png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.length).toBeLessThan(200 * 1024);
    // Text drawn as glyphs: an image without them would compress to a few KB.
    expect(png.length).toBeGreaterThan(20 * 1024);
  }, 30_000);
});
