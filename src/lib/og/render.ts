/** SVG → PNG at build time with resvg (Node only). */
import { Resvg } from '@resvg/resvg-js';

export function renderPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
