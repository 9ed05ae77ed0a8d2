/** What the calculators call to judge their results: one entry point (Starlight's pattern). */
export { resolveLines, lineById, type LineValue, type ReferenceLine, type ReferenceLineEntry, type RateEntry } from './lines';
export { RATE_BANDS, bandName, bandRanges, rateBand, type RateBandId, type BandRange } from './bands';
export { rateJudgement, type RateJudgement } from './rate';
export {
  MONTH_DAYS,
  scheduleSentence,
  overdueNextMonthFen,
  overdueSentence,
  minimumPaymentSentence,
  earlyRepaymentSentence,
  accelerationSentence,
  compareSentence,
  compareVerdict,
  affordabilitySentence,
} from './sentences';
