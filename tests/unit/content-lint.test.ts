// The content rules a schema cannot express (scripts/lint-content.ts), over every guide and
// every other content file; each rule is shown failing on a fixture.
import { describe, expect, it } from 'vitest';
import { lintContentFiles, lintGuides, maskNonProse } from '../../scripts/lint-content';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('content lint', () => {
  it('every guide has its substance, sources, citations, labels and no copied seed text', () => {
    const issues = lintGuides();
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([]);
  });

  it('glossary, sources, lessons, calculator docs and help lines: Chinese punctuation and known sources', () => {
    expect(lintContentFiles().map((i) => `${i.file}: ${i.message}`)).toEqual([]);
  });
});

describe('content lint catches problems', () => {
  const guide = lintGuides([fixture('bad-guide.mdx')]).map((i) => i.message);

  it('flags a guide with thin text, one source, a bad article, an unlisted citation and broken links', () => {
    expect(guide).toEqual(expect.arrayContaining([
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

  it('flags straight double quotes in Chinese prose, but not in JSX attributes or link titles', () => {
    const quotes = guide.filter((m) => m.includes('straight double quote'));
    expect(quotes).toEqual([expect.stringMatching(/^line \d+: straight double quote in Chinese prose; write “” instead: 他说"马上还钱"/)]);
  });

  it('flags a line that starts with closing punctuation', () => {
    expect(guide).toEqual(expect.arrayContaining([expect.stringMatching(/^line \d+: starts with "，"/)]));
  });

  it('flags a <Cite> of a source that has no record', () => {
    expect(guide).toContain('<Cite source="no-such-source"> but content/sources/no-such-source.yaml does not exist');
  });

  it('flags <ComplaintSteps /> on a page that does not list the source it cites', () => {
    expect(guide).toContain('<ComplaintSteps /> cites complaint-handling-2020 处理时限: list it in the frontmatter sources');
  });

  it('flags glossary, help-line and lesson citations of sources with no record, and their punctuation', () => {
    const issues = lintContentFiles(['content/bad-glossary.yaml', 'content/bad-helplines.yaml', 'content/bad-lesson.mdx'].map(fixture))
      .map((i) => `${i.file.replace(/^.*\//, '')}: ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^bad-glossary\.yaml: line 3: straight double quote/),
      'bad-glossary.yaml: cites source "no-such-source", but content/sources/no-such-source.yaml does not exist',
      'bad-helplines.yaml: cites source "hotline-99999", but content/sources/hotline-99999.yaml does not exist',
      expect.stringMatching(/^bad-lesson\.mdx: line \d+: starts with "。"/),
      'bad-lesson.mdx: cites source "no-such-lesson-source", but content/sources/no-such-lesson-source.yaml does not exist',
    ]);
  });

  it('keeps YAML quotes, attribute values, code and URLs out of the prose check', () => {
    expect(maskNonProse('example: "语法引号"', true)).not.toContain('"');
    expect(maskNonProse('<Case title="小王">正文</Case>', false)).not.toContain('"');
    expect(maskNonProse('见 `a="b"` 和 https://x.cn/?q="1"', false)).not.toContain('"');
    expect(maskNonProse('他说"好"', false)).toContain('"');
  });
});
