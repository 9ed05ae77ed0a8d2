/**
 * Noto Sans SC for build-time images, from the npm package @fontsource/noto-sans-sc. The
 * package splits the font by unicode-range; we load only the pieces an image's text needs.
 * Node only (reads node_modules); used by the image endpoints at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontPiece { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }

interface Subset { file: string; ranges: [number, number][] }

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const subsetCache = new Map<number, Subset[]>();
const dataCache = new Map<string, Buffer>();

/** The package's @font-face blocks for one weight: woff file and unicode ranges. */
export function parseSubsets(css: string): Subset[] {
  const out: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      const lo = parseInt(a ?? '0', 16);
      return [lo, b ? parseInt(b, 16) : lo];
    });
    out.push({ file, ranges });
  }
  return out;
}

function subsets(weight: 400 | 700): Subset[] {
  if (!subsetCache.has(weight)) subsetCache.set(weight, parseSubsets(readFileSync(join(pkgDir, `${weight}.css`), 'utf8')));
  return subsetCache.get(weight) ?? [];
}

/**
 * The font pieces that cover every character of `text`, in both weights. Each piece has its
 * own family name (satori does not fall back between pieces of one name); list them all with
 * `familyList`.
 */
export function fontsFor(text: string): FontPiece[] {
  const codes = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  const pieces: FontPiece[] = [];
  for (const weight of [400, 700] as const) {
    for (const s of subsets(weight)) {
      if (![...codes].some((c) => s.ranges.some(([lo, hi]) => c >= lo && c <= hi))) continue;
      if (!dataCache.has(s.file)) dataCache.set(s.file, readFileSync(join(pkgDir, 'files', s.file)));
      pieces.push({ name: s.file.replace(/-\d+-normal\.woff$/, ''), data: dataCache.get(s.file) as Buffer, weight, style: 'normal' });
    }
  }
  return pieces;
}

/** A CSS font-family value naming every piece, for satori's fallback. */
export function familyList(pieces: FontPiece[]): string {
  return [...new Set(pieces.map((p) => `'${p.name}'`))].join(', ');
}
