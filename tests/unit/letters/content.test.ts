// Every letter: the ids other pages link to, the four sections each page must explain, and
// citations that point at listed sources and articles that exist.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../../scripts/lint-content';
import { citationsInBody } from '~/lib/content/citations';
import { fillLetter, placeholders, type LetterField } from '~/lib/letters/template';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'content/letters');
const letters = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
  const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
  return { id: f.replace(/\.mdx$/, ''), data: data as { fields: LetterField[]; template: string; sources: { source: string; articles: string[] }[] }, body };
});
const SECTIONS = ['什么时候用', '这封信做不到什么', '怎么寄出才有凭据', '没有回音怎么办'];

describe('letters', () => {
  it('are exactly the seven ids the help plans link to', () => {
    expect(letters.map((l) => l.id).sort()).toEqual(
      ['assignment-proof', 'complaint', 'credit-dispute', 'debt-details', 'not-my-loan', 'repayment-plan', 'stop-collection'],
    );
  });

  for (const { id, data, body } of letters) {
    describe(id, () => {
      it('explains when to use it, what it cannot do, how to send it with proof and what if no answer, in that order', () => {
        const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings).toEqual(SECTIONS);
      });

      it('cites in its text only sources it lists, and lists only articles the sources have', () => {
        const listed = new Map(data.sources.map((s) => [s.source, s.articles]));
        for (const { source, articles } of citationsInBody(body)) {
          expect(listed.has(source), `<Cite source="${source}"> not in frontmatter`).toBe(true);
          for (const art of articles) expect(listed.get(source), `${source} ${art}`).toContain(art);
        }
        for (const { source, articles } of data.sources) {
          const known = (parseYaml(readFileSync(join(root, 'content/sources', `${source}.yaml`), 'utf8')) as { articles: { ref: string }[] }).articles.map((a) => a.ref);
          for (const art of articles) expect(known, `${source} ${art}`).toContain(art);
        }
        // Every listed source is cited somewhere in the text, so the list shows what the page relies on.
        expect(data.sources.map((s) => s.source).sort()).toEqual(citationsInBody(body).map((c) => c.source).sort());
      });

      it('uses every field in its template, and renders with every field blank', () => {
        expect(placeholders(data.template).sort()).toEqual(data.fields.map((f) => f.name).sort());
        const lines = fillLetter(data.template, data.fields.map((f) => ({ ...f, required: Boolean(f.required) })), {});
        expect(lines.filter((l) => l.align === 'center')).toHaveLength(1);
        expect(lines.at(-1)?.align).toBe('end');
      });

      it('writes Chinese quotation marks, not straight ones, in its prose and letter', () => {
        const prose = body.replace(/<[^>]+>/g, '').replace(/\]\([^)]*\)/g, '');
        expect(prose).not.toMatch(/"/);
        expect(data.template).not.toMatch(/"/);
      });
    });
  }
});
