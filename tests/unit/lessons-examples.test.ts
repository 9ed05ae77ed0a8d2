// Lesson answers are computed at build time by the calculator itself, so comparing them with the
// calculator page proves only that the two agree. Here each exercise must also be one of the
// calculator's worked examples, whose figures come from an independent source and are checked
// by calculators-definitions.test.ts: a wrong calculator fails there, not silently in a lesson.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '~/lib/calculators/registry';

const dir = join(import.meta.dirname, '../../content/lessons');
interface Exercise { id: string; calculator?: string; query?: string; show?: string[] }
const lessons = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
  return { id: f.replace(/\.mdx$/, ''), exercises: ((parse(front) as { exercises?: Exercise[] }).exercises ?? []) };
});

describe('lesson exercises', () => {
  it('there are lessons, each with at least one exercise a calculator answers', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    for (const l of lessons) expect(l.exercises.filter((e) => e.calculator).length, l.id).toBeGreaterThan(0);
  });
  for (const l of lessons) {
    for (const ex of l.exercises.filter((e) => e.calculator)) {
      it(`${l.id} ${ex.id}: a worked example of ${ex.calculator} states every figure it shows`, () => {
        const def = CALCULATORS[ex.calculator!];
        expect(def, ex.calculator).toBeDefined();
        const example = def!.examples.find((e) => e.query === ex.query);
        expect(example, `${ex.calculator}?${ex.query} is among the definition's examples`).toBeDefined();
        for (const name of ex.show ?? []) expect(Object.keys(example!.expected), name).toContain(name);
      });
    }
  }
});
