// Help numbers in text become tel: links: which runs count as a phone number and which do not.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { splitPhones } from '~/lib/help/phones.mjs';
import { rehypeTel } from '../../../src/plugins/rehype-tel.mjs';

const numbers = ['12378', '12363', '110', '96110'];

describe('splitPhones', () => {
  it.each([
    ['找 12378 投诉', [{ text: '找 ' }, { tel: '12378' }, { text: ' 投诉' }]],
    // Closing punctuation after a number travels with it, so no line starts with it.
    ['先打12363，再打110。', [{ text: '先打' }, { tel: '12363', after: '，' }, { text: '再打' }, { tel: '110', after: '。' }]],
    ['打12378）就行', [{ text: '打' }, { tel: '12378', after: '）' }, { text: '就行' }]],
    ['打96110问问', [{ text: '打' }, { tel: '96110' }, { text: '问问' }]],
  ])('%s', (text, parts) => expect(splitPhones(text, numbers)).toEqual(parts));

  it.each(['月供1100元', '第110条', '1.10%', '2110年', '110元', '0.110', '123780'])('leaves %s alone', (text) => {
    expect(splitPhones(text, numbers)).toEqual([{ text }]);
  });
});

describe('rehypeTel', () => {
  const run = (tree: object) => {
    const transform = rehypeTel({ file: 'content/helplines.yaml' }) as (t: object) => void;
    transform(tree);
    return tree;
  };
  const text = (value: string) => ({ type: 'text', value });
  const el = (tagName: string, children: object[]) => ({ type: 'element', tagName, properties: {}, children });

  it('links a number in a paragraph, not in a heading or an existing link', () => {
    const tree = run({ type: 'root', children: [el('h2', [text('12378怎么打')]), el('p', [text('打12378。'), el('a', [text('12363')])])] }) as any;
    expect(tree.children[0].children).toEqual([text('12378怎么打')]);
    const p = tree.children[1].children;
    // The number and the full stop after it are kept together in a no-wrap span.
    expect(p[1]).toMatchObject({ tagName: 'span', properties: { className: ['gloss-wrap'] } });
    expect(p[1].children[0]).toMatchObject({ tagName: 'a', properties: { href: 'tel:12378' }, children: [text('12378')] });
    expect(p[1].children[1]).toEqual(text('。'));
    expect(p[2]).toMatchObject({ tagName: 'a', properties: {}, children: [text('12363')] });
  });
  it('is a unified plugin', () => expect(() => unified().use(rehypeTel, { file: 'content/helplines.yaml' })).not.toThrow());
});
