// Letter templates: filling, blanks, formatting and the guarantee that typed text stays text.
import { describe, expect, it } from 'vitest';
import { BLANK, BLANK_LINES, displayValue, fillLetter, letterText, missingRequired, placeholders, type LetterField } from '~/lib/letters/template';

const fields: LetterField[] = [
  { name: 'to', label: '收信机构', type: 'text', required: true },
  { name: 'owed', label: '欠款', type: 'money', required: false },
  { name: 'when', label: '日期', type: 'date', required: true },
  { name: 'facts', label: '经过', type: 'multiline', required: false },
];
const template = '# 函\n\n{{to}}：\n　　欠款{{owed}}，{{to}}说的。\n{{facts}}\n>>{{when}}\n';

const text = (values: Record<string, string>) => letterText(fillLetter(template, fields, values));

describe('placeholders', () => {
  it('lists each field once, in order of first use, with or without spaces inside the braces', () => {
    expect(placeholders('{{b}} {{ a }} {{b}}')).toEqual(['b', 'a']);
  });
});

describe('fillLetter and letterText', () => {
  it('fills every placeholder, including one used twice', () => {
    expect(text({ to: '某某消费金融有限公司', owed: '12000', when: '2026-11-30', facts: '一、3月扣款两次' })).toBe(
      '函\n\n某某消费金融有限公司：\n　　欠款12,000.00元，某某消费金融有限公司说的。\n一、3月扣款两次\n2026年11月30日\n',
    );
  });

  it('shows a blank for each missing field (three long lines for a multiline one), and for a field of only spaces', () => {
    expect(text({ to: '   ' })).toBe(`函\n\n${BLANK}：\n　　欠款${BLANK}，${BLANK}说的。\n${BLANK_LINES}\n${BLANK}\n`);
    expect(BLANK_LINES.split('\n')).toEqual([BLANK.repeat(4), BLANK.repeat(4), BLANK.repeat(4)]);
  });

  it('marks filled and blank fields so the page can style them', () => {
    const lines = fillLetter(template, fields, { to: 'A' });
    expect(lines[2]?.segments).toEqual([
      { kind: 'field', name: 'to', text: 'A', filled: true },
      { kind: 'text', text: '：' },
    ]);
    expect(lines[3]?.segments[1]).toEqual({ kind: 'field', name: 'owed', text: BLANK, filled: false });
  });

  it('centres the # title and puts >> lines at the right, without the markers', () => {
    const lines = fillLetter(template, fields, {});
    expect(lines.map((l) => l.align)).toEqual(['center', 'start', 'start', 'start', 'start', 'end']);
    expect(lines[0]?.segments).toEqual([{ kind: 'text', text: '函' }]);
  });

  it('keeps typed markup and braces as literal text: no HTML, no second expansion', () => {
    const hostile = '<img src=x onerror=alert(1)>{{owed}}&amp;';
    const lines = fillLetter(template, fields, { to: hostile, owed: '5' });
    expect(lines[2]?.segments[0]).toEqual({ kind: 'field', name: 'to', text: hostile, filled: true });
    expect(letterText(lines)).toContain(`${hostile}：`);
    expect(letterText(lines).match(/5\.00元/g)).toHaveLength(1);
  });

  it('folds a pasted line break in a one-line field, and keeps the lines of a multiline one', () => {
    expect(text({ to: '某某\n公司', facts: '一、甲\n二、乙\n\n' })).toContain('某某 公司：');
    expect(text({ facts: '一、甲\n二、乙\n\n' })).toContain('\n一、甲\n二、乙\n');
  });

  it('refuses a template that uses a field it does not declare', () => {
    expect(() => fillLetter('{{nobody}}', fields, {})).toThrow(/nobody/);
  });
});

describe('displayValue', () => {
  // Expected strings: Intl.NumberFormat zh-CN with two decimals, and Intl.DateTimeFormat zh-CN long month.
  it.each([
    ['money', '12000', '12,000.00元'],
    ['money', '1.2万', '12,000.00元'],
    ['money', '１２，３４５．６元', '12,345.60元'],
    ['money', '0.005', '0.01元'],
    ['money', '大约三千', '大约三千'],
    ['money', '-5', '-5'],
    ['date', '2026-03-05', '2026年3月5日'],
    ['date', '2026-02-30', '2026-02-30'],
    ['date', '上个月底', '上个月底'],
    ['text', '  张三  ', '张三'],
  ] as const)('%s %j → %j', (type, raw, shown) => {
    expect(displayValue(type, raw)).toBe(shown);
  });

  it('is null for an empty or missing value', () => {
    expect(displayValue('text', '')).toBeNull();
    expect(displayValue('multiline', '\n \n')).toBeNull();
    expect(displayValue('money', undefined)).toBeNull();
  });
});

describe('missingRequired', () => {
  it('names the required fields still empty, by label', () => {
    expect(missingRequired(fields, { to: 'A' })).toEqual(['日期']);
    expect(missingRequired(fields, { to: 'A', when: '2026-01-01' })).toEqual([]);
  });
});
