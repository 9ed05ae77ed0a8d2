/**
 * The source and article <ComplaintSteps /> cites for the complaint time limits. The component
 * renders the citation and the content lint requires a page using it to list the pair.
 */
export const COMPLAINT_SOURCE = 'complaint-handling-2020';
export const COMPLAINT_ARTICLE = '处理时限';
