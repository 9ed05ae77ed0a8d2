/**
 * Chart colours from the page's CSS variables, so charts follow light and dark mode; on paper
 * always the light palette (ink on white, whatever the screen's scheme).
 * Series differ by dash pattern as well as colour (CFPB practice) for colour-blind readers.
 */
const LIGHT = {
  ink: '#1b2430', muted: '#4a5563', line: '#d9dde3',
  series: ['#0b6e5f', '#8a4b00', '#1f5fd1', '#b3261e'] as const,
};

export type ChartTheme = ReturnType<typeof chartTheme>;

export function chartTheme(print = false) {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => (print ? fallback : css.getPropertyValue(name).trim() || fallback);
  return {
    ink: v('--color-ink', LIGHT.ink),
    muted: v('--color-muted', LIGHT.muted),
    line: v('--color-line', LIGHT.line),
    series: [v('--color-brand', LIGHT.series[0]), v('--color-warn', LIGHT.series[1]), v('--color-focus', LIGHT.series[2]), v('--color-danger', LIGHT.series[3])] as [string, string, string, string],
    dashes: [[], [6, 4], [2, 3], [10, 3, 2, 3]] as [number[], number[], number[], number[]],
    font: { family: css.fontFamily, size: 12 },
  };
}
