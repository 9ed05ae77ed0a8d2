/**
 * Chinese line-breaking punctuation (禁则): what may not end a line (opening marks) and what may
 * not start one (closing marks, 。，、… and the dash and ellipsis, which are never split). Anything
 * wrapped in a no-wrap span (a glossary term, a phone link) takes its neighbours from here.
 */
export const OPENING_RUN_AT_END = /[“‘（《「『〈【〔]+$/;
export const CLOSING_RUN_AT_START = /^[，。、；：！？”’）》」』〉】〕…—]+/;
