// The 我现在该怎么办 tree and plans, read from content/help/ with the schemas the build uses:
// every plan within four answers of /help/, no dangling ids, every cited article, calculator,
// help line and guide exists.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpPlanSchema, helpQuestionSchema } from '~/lib/help/schema';
import { MAX_ANSWERS, START, depths, treeProblems, type TreeQuestion } from '~/lib/help/tree';

const root = join(import.meta.dirname, '../..');
const yaml = (path: string) => parse(readFileSync(join(root, path), 'utf8'));
const ids = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext));

const questions: TreeQuestion[] = (yaml('content/help/questions.yaml') as { id: string }[]).map((q) => ({ id: q.id, ...helpQuestionSchema.parse(q) }));
const plans = new Map(ids('content/help/plans', '.yaml').map((id) => [id, helpPlanSchema.parse(yaml(`content/help/plans/${id}.yaml`))]));

describe('the question tree', () => {
  it('is sound: every answer leads somewhere, every plan is reachable, nothing loops', () => {
    expect(treeProblems(questions, [...plans.keys()])).toEqual([]);
  });
  it(`reaches every plan in at most ${MAX_ANSWERS} answers, and there are at least 12 plans`, () => {
    const { planDepth } = depths(questions);
    expect(plans.size).toBeGreaterThanOrEqual(12);
    for (const id of plans.keys()) expect(planDepth.get(id), id).toBeLessThanOrEqual(MAX_ANSWERS);
  });
  it('starts from the eight situations of the issue', () => {
    expect(questions.find((q) => q.id === START)?.answers).toHaveLength(8);
  });
});

describe('treeProblems catches a broken tree', () => {
  const q = (id: string, ...answers: TreeQuestion['answers']): TreeQuestion => ({ id, answers });
  it('a dangling question, a dangling plan, an unreachable plan and a loop', () => {
    const problems = treeProblems(
      [q(START, { label: 'a', question: 'nope' }, { label: 'b', plan: 'ghost' }, { label: 'c', question: 'x' }), q('x', { label: 'd', question: START })],
      ['lonely'],
    );
    expect(problems).toEqual(expect.arrayContaining([
      'start → "a": no question "nope"',
      'start → "b": no plan "ghost"',
      'plan "lonely" cannot be reached from start',
      'loop: start → x → start',
    ]));
  });
  it('a plan five answers deep', () => {
    const chain = [q(START, { label: 'a', question: 'q1' }), q('q1', { label: 'b', question: 'q2' }), q('q2', { label: 'c', question: 'q3' }), q('q3', { label: 'd', question: 'q4' }), q('q4', { label: 'e', plan: 'deep' })];
    expect(treeProblems(chain, ['deep'])).toEqual(['plan "deep" takes 5 answers via start → q1 → q2 → q3 → q4']);
  });
});

describe('every plan', () => {
  const sources = new Map(ids('content/sources', '.yaml').map((id) => [id, (yaml(`content/sources/${id}.yaml`) as { articles: { ref: string }[] }).articles.map((a) => a.ref)]));
  const lines = new Set((yaml('content/helplines.yaml') as { id: string }[]).map((l) => l.id));
  const calculators = new Set((yaml('content/calculators.yaml') as { id: string }[]).map((c) => c.id));
  const guides = new Set(ids('content/guides', '.mdx'));
  for (const [id, plan] of plans) {
    it(`${id}: cites real articles and points at real lines, calculators and guides`, () => {
      const problems: string[] = [];
      for (const line of [...plan.likely, ...plan.cannot, ...plan.week]) {
        for (const c of line.cite) if (!sources.get(c.source)?.includes(c.art)) problems.push(`no article ${c.art} in ${c.source}`);
      }
      for (const l of plan.lines) if (!lines.has(l)) problems.push(`no help line ${l}`);
      if (plan.calculator && !calculators.has(plan.calculator.calc)) problems.push(`no calculator ${plan.calculator.calc}`);
      for (const g of plan.guides) if (!guides.has(g)) problems.push(`no guide ${g}`);
      expect(problems).toEqual([]);
    });
  }
});
