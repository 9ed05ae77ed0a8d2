/**
 * Letter templates: plain text with {{field}} placeholders, filled with what the reader typed.
 * The result is a list of lines of text segments, never HTML: the page renders each segment as
 * a text node, so nothing typed can become markup, and a typed "{{x}}" is never expanded again.
 * One function serves the build (the no-JS template with blanks) and the browser (live preview,
 * copy, download), so the printed letter and the copied text cannot drift apart.
 */
import { readNumber } from '~/lib/parse/number';
import { formatYuanPlain } from '~/lib/format/number';

export const FIELD_TYPES = ['text', 'date', 'money', 'multiline'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface LetterField {
  name: string;
  label: string;
  hint?: string | undefined;
  type: FieldType;
  required: boolean;
}

/** What an empty field shows: a line to write on, as on a paper form. */
export const BLANK = '＿＿＿＿＿＿';
/** An empty multiline field leaves three long lines, room to write by hand on paper. */
export const BLANK_LINES = [1, 2, 3].map(() => BLANK.repeat(4)).join('\n');

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; text: string; filled: boolean };

export interface LetterLine {
  /** `# …` in the template is the centred title; `>> …` sits at the right (signature, date). */
  align: 'start' | 'center' | 'end';
  segments: Segment[];
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;
const RIGHT = /^>>\s?/;
const TITLE = /^#\s/;

/** Field names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * A typed value as the letter shows it, or null when the field is empty. Money goes through
 * Intl with two decimals (“12000” → “12,000.00元”); a date input's ISO value becomes
 * “2026年11月30日”. What cannot be read as money or a date is shown as typed, so the reader
 * sees their own words rather than a silent blank.
 *
 * @example displayValue('money', '1.2万') === '12,000.00元'
 */
export function displayValue(type: FieldType, raw: string | undefined): string | null {
  const text = (raw ?? '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return null;
  if (type === 'money') {
    const n = readNumber(text);
    return n !== null && n >= 0 ? `${formatYuanPlain(Math.round(n * 100))}元` : text.trim();
  }
  if (type === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    if (m) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (!Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3])) return dateFormat.format(d);
    }
    return text.trim();
  }
  // Single-line fields: a pasted line break would break the letter's layout.
  return type === 'multiline' ? text.replace(/\s+$/, '') : text.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * The letter with the reader's values filled in; missing values show BLANK.
 * Unknown placeholders are a content error and throw (the build then fails).
 *
 * @example fillLetter('致{{to}}：', [{ name: 'to', label: '收信机构', type: 'text', required: true }], {})
 *   → [{ align: 'start', segments: [{ kind: 'text', text: '致' }, { kind: 'field', name: 'to', text: '＿＿＿＿＿＿', filled: false }, { kind: 'text', text: '：' }] }]
 */
export function fillLetter(template: string, fields: readonly LetterField[], values: Readonly<Record<string, string>>): LetterLine[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return template.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').map((raw) => {
    const align = RIGHT.test(raw) ? 'end' : TITLE.test(raw) ? 'center' : 'start';
    const line = raw.replace(RIGHT, '').replace(TITLE, '');
    const segments: Segment[] = [];
    let last = 0;
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      const field = byName.get(name);
      if (!field) throw new Error(`Letter template uses {{${name}}}, which is not one of its fields`);
      if (m.index > last) segments.push({ kind: 'text', text: line.slice(last, m.index) });
      const shown = displayValue(field.type, values[name]);
      segments.push({ kind: 'field', name, text: shown ?? (field.type === 'multiline' ? BLANK_LINES : BLANK), filled: shown !== null });
      last = m.index + m[0].length;
    }
    if (last < line.length) segments.push({ kind: 'text', text: line.slice(last) });
    return { align, segments };
  });
}

/** The letter as plain text (for copying and the .txt download), lines joined with \n. */
export function letterText(lines: readonly LetterLine[]): string {
  return lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n') + '\n';
}

/** Required fields still empty, by label: the page lists them before printing or copying. */
export function missingRequired(fields: readonly LetterField[], values: Readonly<Record<string, string>>): string[] {
  return fields.filter((f) => f.required && displayValue(f.type, values[f.name]) === null).map((f) => f.label);
}
