import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { referenceExampleShape } from './lib/calculators/reference-schema';
import { GUIDE_TOPICS } from '~/lib/content/topics';
import { helpPlanSchema, helpQuestionSchema } from '~/lib/help/schema';
import { FIELD_TYPES, placeholders } from '~/lib/letters/template';

/** Article numbers as written in Chinese law, e.g. "第673条", "第2条第二款", "第三条". */
const articleRef = z.string().min(2).max(40).describe('Article or clause, e.g. 第673条');

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: z.object({
    title: z.string().min(4).describe('Full official title'),
    shortTitle: z.string().min(2).max(24).describe('Short name used in citations'),
    docNumber: z.string().optional().describe('Document number, e.g. 银发〔2016〕111号'),
    issuer: z.string().min(2),
    kind: z.enum(['law', 'administrative-regulation', 'judicial-interpretation', 'departmental-rule', 'regulator-notice', 'self-regulation', 'court-notice', 'lender-terms', 'reference-data']),
    published: z.coerce.date().describe('Date adopted or published'),
    publishedPrecision: z
      .enum(['day', 'month', 'year'])
      .default('day')
      .describe('How much of `published` was verified; the rest is a placeholder and is not shown'),
    effective: z.coerce.date().optional(),
    status: z.enum(['in-force', 'amended', 'superseded', 'draft', 'guidance', 'unverified']),
    url: z.url().describe('Where the official text can be read'),
    verification: z.enum(['primary', 'repost', 'secondary']).describe('How firmly the site checked the text'),
    note: z.string().optional(),
    articles: z
      .array(z.object({ ref: articleRef, summary: z.string().min(6).max(160) }))
      .min(1)
      .describe('Articles the site relies on, each summarised in the site\'s own words'),
  }),
});

const calculators = defineCollection({
  loader: file('./content/calculators.yaml'),
  schema: z.object({
    title: z.string(),
    question: z.string().max(60).describe('One line: what the calculator answers'),
    order: z.number().int(),
    /** The printed short address /c/<short>/: unique, and never changed once worksheets carry it. */
    short: z.number().int().positive(),
    /** A box above the calculator pointing to the guide to read first (on the embed: the link alone). */
    aside: z.object({ title: z.string(), text: z.string(), guide: reference('guides'), linkText: z.string() }).optional(),
  }),
});

/**
 * Page copy for each calculator: the explanation and the formula. The deep-link contract (the
 * parameter and result tables, the worked example) comes from the definition in src/lib/calculators.
 */
const calculatorDocs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/calculators' }),
  schema: z.object({
    intro: z.string().min(10).max(200).describe('What the calculator answers, in plain Chinese'),
    relatedGuides: z.array(reference('guides')).max(4).default([]),
  }),
});

const citation = z.object({
  source: reference('sources'),
  articles: z.array(articleRef).min(1),
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: z.object({
    title: z.string().min(4).max(40),
    description: z.string().min(20).max(120),
    topic: z.enum(GUIDE_TOPICS),
    lastReviewed: z.coerce.date(),
    summary: z.array(z.string().min(8).max(80)).min(3).max(5).describe('要点: the answer in three to five lines'),
    sources: z.array(citation).min(2),
    nextSteps: z
      .array(z.object({ text: z.string().min(4).max(60), href: z.string().startsWith('/').optional() }))
      .min(2)
      .max(3),
    relatedGuides: z.array(reference('guides')).max(3).default([]),
    relatedCalculators: z.array(reference('calculators')).default([]),
    draft: z.boolean().default(false),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: z.object({
    term: z.string().min(2).max(12),
    aliases: z.array(z.string().min(2)).default([]).describe('Other spellings that link to this term'),
    definition: z.string().min(10).max(120),
    example: z.string().min(10).max(160),
    source: citation.optional(),
  }),
});

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(4).max(40),
    description: z.string().min(20).max(120),
    audience: z.string().min(4),
    minutes: z.number().int().positive().default(40),
    goals: z.array(z.string()).min(2),
    lastReviewed: z.coerce.date(),
    relatedGuides: z.array(reference('guides')).default([]),
    relatedCalculators: z.array(reference('calculators')).default([]),
    outline: z.array(z.object({ minutes: z.number().int().positive(), activity: z.string().min(4).max(120) })).min(3),
    discussion: z.array(z.string().min(4)).min(3),
    exercises: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            question: z.string().min(8).max(200),
            calculator: reference('calculators').optional(),
            query: z.string().optional(),
            show: z.array(z.string()).default([]),
            answer: z.string().max(200).optional(),
          })
          .refine((e) => (e.calculator ? Boolean(e.query) && e.show.length > 0 : Boolean(e.answer)), {
            message: 'an exercise needs calculator + query + show, or a text answer',
          }),
      )
      .min(2),
  }).refine((l) => l.outline.reduce((a, o) => a + o.minutes, 0) === l.minutes, { message: 'outline minutes must add up to the lesson length' }),
});

/** Help lines: the number to dial, who answers, what for, and the source for it. */
const helplines = defineCollection({
  loader: file('./content/helplines.yaml'),
  schema: z.object({
    tel: z.string().regex(/^[0-9]{3,11}$/).describe('Digits a phone dials'),
    name: z.string().min(4).max(20),
    short: z.string().min(2).max(10).describe('What for, in a few words: the 求助 card\'s label'),
    who: z.string().min(2).max(30),
    purpose: z.string().min(8).max(60).describe('What to call about, in the reader\'s words'),
    when: z.string().min(6).max(60),
    hours: z.string().min(2).max(30),
    source: citation,
  }),
});

/** 我现在该怎么办: the question tree (one file) and the plans it leads to (one file each). */
const helpQuestions = defineCollection({
  loader: file('./content/help/questions.yaml'),
  schema: helpQuestionSchema,
});
const helpPlans = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/help/plans' }),
  schema: helpPlanSchema,
});

/**
 * Letters a reader can send (/letters/<id>/). The frontmatter declares the fields and the
 * letter body; the MDX body explains when to use it, what it cannot do, how to send it with
 * proof and what to do without an answer, citing the articles it relies on.
 */
const letterField = z.object({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/).describe('Placeholder name used as {{name}} in the template'),
  label: z.string().min(2).max(20),
  hint: z.string().max(80).optional().describe('One line under the label: what to write, an example'),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
});

const letters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/letters' }),
  schema: z
    .object({
      title: z.string().min(3).max(24).describe('The letter\'s name, e.g. 征信异议申请'),
      description: z.string().min(20).max(120),
      use: z.string().min(10).max(60).describe('One line: the situation this letter is for'),
      to: z.string().min(2).max(30).describe('Who receives it'),
      order: z.number().int(),
      lastReviewed: z.coerce.date(),
      fields: z.array(letterField).min(2),
      template: z.string().min(80).describe('The letter text; {{name}} for a field, a line starting ">>" sits at the right'),
      sources: z.array(citation).min(1),
      helplines: z.array(reference('helplines')).max(3).default([]).describe('Numbers to call when the letter is not enough'),
    })
    .superRefine((l, ctx) => {
      const names = l.fields.map((f) => f.name);
      const used = placeholders(l.template);
      for (const n of used) if (!names.includes(n)) ctx.addIssue({ code: 'custom', message: `template uses {{${n}}} but no field is called "${n}"` });
      for (const n of names) if (!used.includes(n)) ctx.addIssue({ code: 'custom', message: `field "${n}" is never used in the template` });
      if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'two fields share a name' });
    }),
});

/** Dated reference figures (LPR, regulators' rate bands): never bare constants in code. */
const rates = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/rates' }),
  schema: z.object({
    label: z.string(),
    value: z.number(),
    unit: z.enum(['percent-annual', 'percent-daily']),
    asOf: z.coerce.date(),
    source: reference('sources'),
    /** Where the figure itself was checked, when that is not the source's own page. */
    evidence: z
      .object({ url: z.url(), verification: z.enum(['primary', 'repost', 'secondary']), what: z.string().min(10).max(200) })
      .optional(),
    note: z.string().optional(),
  }),
});

/**
 * Reference lines a rate is judged against (LPR, 4 × LPR, the 24% and 36% lines, a bank
 * example). A value is declared once: read from a dated `rates` entry, a multiple of another
 * line, or a plain percent with its own date. Resolved and ordered by src/lib/judge/lines.ts.
 */
const referenceLines = defineCollection({
  loader: file('./content/reference-lines.yaml'),
  schema: z
    .object({
      label: z.string().min(2).max(16).describe('Short name used in sentences and tables'),
      value: z.union([
        z.object({ rate: reference('rates') }),
        z.object({ times: z.number().positive(), of: z.string() }),
        z.object({ percent: z.number().min(0).max(1000) }),
      ]),
      asOf: z.coerce.date().optional().describe('Required for a plain percent; derived otherwise'),
      until: z.coerce.date().optional().describe('When the rule behind the line was replaced, if it was'),
      means: z.string().min(10).max(200).describe('What the line means, in plain Chinese'),
      doesNotMean: z.string().min(10).max(200).describe('What readers wrongly take it to mean'),
      example: z.boolean().default(false).describe('A product figure that varies: shown with 以合同和页面展示为准'),
      sources: z.array(citation).min(1),
    })
    .refine((l) => !('percent' in l.value) || l.asOf, { message: 'a line with a plain percent needs asOf' }),
});

/** Published and worked examples: read by the finance tests and by /methodology/. */
const referenceExamples = defineCollection({
  loader: file('./content/reference/examples.yaml'),
  schema: z.object({ ...referenceExampleShape, source: reference('sources').optional() }),
});

/** How readers say it → the words our pages use (src/lib/search/query.ts reads it on /search/). */
const searchSynonyms = defineCollection({
  loader: file('./content/search/synonyms.yaml'),
  schema: z.object({
    means: z.array(z.string().min(2).max(12)).describe('Words searched as well; empty keeps the key as a term'),
    context: z.boolean().default(false).describe('A product word: says which credit, not what the problem is'),
  }),
});

/** What the message checker says for each flag (patterns in src/lib/check/rules.ts). */
const checkFlags = defineCollection({
  loader: file('./content/check/flags.yaml'),
  schema: z.object({
    title: z.string().min(4).max(30),
    explanation: z.string().min(20).max(160),
    sources: z.array(citation).default([]),
    next: z.array(z.object({ text: z.string().min(4).max(40), href: z.string().regex(/^(\/|tel:)/) })).min(1),
  }),
});

/** Fictional messages with the verdict and flags they should get: tests and /methodology/. */
const checkLabelled = defineCollection({
  loader: file('./content/check/labelled.yaml'),
  schema: z.object({
    category: z.enum(['scam', 'unlawful', 'harsh', 'ordinary', 'lookalike']),
    verdict: z.enum(['scam', 'unlawful-collection', 'check-first', 'ordinary']),
    flags: z.array(z.string()),
    text: z.string().min(8).max(300),
  }),
});

export const collections = { helplines, letters, helpQuestions, helpPlans, referenceExamples, referenceLines, sources, calculators, calculatorDocs, guides, glossary, lessons, rates, searchSynonyms, checkFlags, checkLabelled };
