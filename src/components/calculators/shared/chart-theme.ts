/**
 * Chart colours from the page's CSS variables, so charts follow light and dark mode.
 * Series differ by dash pattern as well as colour (CFPB practice) for colour-blind readers.
 */
export function chartTheme() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--color-ink', '#1b2430'),
    muted: v('--color-muted', '#4a5563'),
    line: v('--color-line', '#d9dde3'),
    series: [v('--color-brand', '#0b6e5f'), v('--color-warn', '#8a4b00'), v('--color-focus', '#1f5fd1'), v('--color-danger', '#b3261e')],
    dashes: [[], [6, 4], [2, 3], [10, 3, 2, 3]] as number[][],
    font: { family: css.fontFamily, size: 12 },
  };
}
