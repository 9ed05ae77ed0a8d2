/**
 * Schemas of the help content (content/help/): the question tree and the plans. Plain zod, so
 * the unit tests validate the same files the build does; ids that point elsewhere (plans,
 * sources, calculators, help lines) are strings checked by treeProblems, by <Cite>, <CalcLink>
 * and <HelpLines> at build time, and by tests/unit/help-tree.test.ts.
 */
import { z } from 'astro/zod';
import { LETTER_IDS } from './letters';

const slug = z.string().regex(/^[a-z0-9-]+$/);

export const helpAnswerSchema = z
  .object({
    label: z.string().min(4).max(40).describe('The answer in the reader\'s words'),
    question: slug.optional().describe('Next question id'),
    plan: slug.optional().describe('Plan id (content/help/plans/<id>.yaml)'),
  })
  .refine((a) => Boolean(a.question) !== Boolean(a.plan), { message: 'an answer leads to a question or to a plan, not both' });

export const helpQuestionSchema = z.object({
  question: z.string().min(4).max(30),
  hint: z.string().max(80).optional(),
  answers: z.array(helpAnswerSchema).min(2).max(8),
});

/** One line of a plan with the articles it rests on. */
const citedLine = z.object({
  text: z.string().min(6).max(140),
  cite: z.array(z.object({ source: slug, art: z.string().min(2).max(40) })).default([]),
});

export const helpPlanSchema = z
  .object({
    title: z.string().min(4).max(30).describe('The situation, as the page heading'),
    situation: z.string().min(10).max(120).describe('Who this plan is for, one or two sentences'),
    lastReviewed: z.coerce.date(),
    likely: z.array(citedLine).min(2).max(5).describe('大概是这样: what is probably true'),
    cannot: z.array(citedLine).min(1).max(4).describe('What the notice or the other side cannot do to you'),
    week: z.array(citedLine).min(3).max(7).describe('这周要做的: the checklist'),
    letters: z.array(z.object({ id: z.enum(LETTER_IDS), why: z.string().min(6).max(80) })).max(2).default([]),
    calculator: z
      .object({
        calc: slug,
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        label: z.string().min(6).max(80).describe('What the filled-in case is, in words'),
      })
      .optional(),
    lines: z.array(z.string()).min(1).max(4).describe('Help line ids from content/helplines.yaml'),
    guides: z.array(slug).max(3).default([]),
  })
  .refine((p) => p.letters.length > 0 || p.calculator, { message: 'a plan offers a letter or a calculator' })
  .refine((p) => [...p.likely, ...p.cannot].some((l) => l.cite.length > 0), { message: 'what is probably true needs its sources' });

export type HelpPlan = z.infer<typeof helpPlanSchema>;
export type CitedLine = HelpPlan['likely'][number];
