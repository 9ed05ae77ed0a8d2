/**
 * Money is integer 分 (fen) inside the library. These helpers are the only place where
 * fractional fen are rounded, so every module rounds the same way.
 */

/** Largest amount the site accepts: 1e9 元 = 1e11 分, well inside exact double integers. */
export const MAX_FEN = 100_000_000_000;

/**
 * Largest figure a result may show: 100 × the largest amount, 1e11 元 (1,000 亿元). Past it an
 * input is absurd (1% a day compounding for ten years on ten million gives 5.9e+22 分), and a
 * FinanceError says so instead of printing digits that are not real.
 */
export const MAX_RESULT_FEN = 100 * MAX_FEN;

/**
 * Round to the nearest integer, halves away from zero (四舍五入), the convention Chinese
 * lenders print. The value is first cut to 15 significant digits so binary noise such as
 * 0.285 * 100 = 28.499999999999996 rounds as the 28.5 it stands for.
 *
 * @example roundHalfUp(2.5) === 3; roundHalfUp(-2.5) === -3; roundHalfUp(0.285 * 100) === 29
 */
export function roundHalfUp(x: number): number {
  const a = Number(Math.abs(x).toPrecision(15));
  const r = Math.floor(a + 0.5);
  return x < 0 && r !== 0 ? -r : r;
}

/** 元 (possibly fractional) → integer 分, half-up. @example yuanToFen(8833.3) === 883330 */
export function yuanToFen(yuan: number): number {
  return roundHalfUp(yuan * 100);
}

/** Integer 分 → 元 as a number with two decimals. @example fenToYuan(140642) === 1406.42 */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/**
 * Split `totalFen` into `parts` integer shares, each the rounded equal share, the last (or, with
 * remainderAt 'first', the first) taking what is left so the shares sum exactly to the total.
 *
 * @example splitEvenly(100000, 3) → [33333, 33333, 33334]; splitEvenly(100, 27) → 26 × 3 and 22
 */
export function splitEvenly(totalFen: number, parts: number, remainderAt: 'first' | 'last' = 'last'): number[] {
  let share = roundHalfUp(totalFen / parts);
  // Tiny totals over many parts: rounding up could leave the last part negative.
  if (share * (parts - 1) > totalFen) share = Math.floor(totalFen / parts);
  const out = new Array<number>(parts).fill(share);
  out[parts - 1] = totalFen - share * (parts - 1);
  // Issuers differ on which period takes the rounding remainder; the shares are the same, reversed.
  return remainderAt === 'first' ? out.reverse() : out;
}
