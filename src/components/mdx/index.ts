// Components every guide and lesson may use in MDX without importing them.
import Case from './Case.astro';
import Note from './Note.astro';
import Cite from './Cite.astro';
import CalcLink from './CalcLink.astro';
import ComplaintSteps from './ComplaintSteps.astro';

export const mdxComponents = { Case, Note, Cite, CalcLink, ComplaintSteps };
