// The content rules a schema cannot express (scripts/lint-content.ts), over every guide.
import { describe, expect, it } from 'vitest';
import { lintGuides } from '../../scripts/lint-content';

describe('content lint', () => {
  it('every guide has its substance, sources, citations, labels and no copied seed text', () => {
    const issues = lintGuides();
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([]);
  });
});

describe('content lint catches problems', () => {
  it('flags a guide with thin text, one source, a bad article, an unlisted citation and broken links', () => {
    const messages = lintGuides([new URL('./fixtures/bad-guide.mdx', import.meta.url).pathname]).map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/Chinese characters/),
      'missing lastReviewed',
      'summary (要点) needs 3 to 5 lines',
      'at least two sources are required',
      'source "civil-code" does not list article "第9999条"',
      '<Cite source="pipl"> but "pipl" is not in the frontmatter sources',
      'internal link /guides/no-such-guide/ points at no known page',
      'internal link /calculators/no-such-thing/ points at no known page',
      'a case appears without <Case> or a 虚构 label',
    ]));
  });
});
