/** Sizes of the PNG app icons rendered from public/favicon.svg at build time. */
export const ICON_SIZES = [180, 192, 512] as const;
