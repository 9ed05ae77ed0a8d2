/**
 * Minutes to read a Chinese text: about 400 characters a minute for careful reading
 * (CJK characters counted; Latin words count as one character each, roughly).
 */
export function readingMinutes(text: string): number {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const words = (text.replace(/[\u4e00-\u9fff]/g, ' ').match(/[A-Za-z0-9]+/g) ?? []).length;
  return Math.max(1, Math.round((cjk + words) / 400));
}

