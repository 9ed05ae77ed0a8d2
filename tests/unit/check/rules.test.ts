// The message checker's rules against the labelled set (content/check/labelled.yaml), each
// rule's own example, and the flag texts against the sources they cite.
import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { RULES, statedTimes } from '~/lib/check/rules';
import { checkMessage } from '~/lib/check/engine';
import { scoreFlags, scoreVerdicts, type Labelled } from '~/lib/check/measure';

const set = parse(readFileSync('content/check/labelled.yaml', 'utf8')) as (Labelled & { category: string })[];
const flagText = parse(readFileSync('content/check/flags.yaml', 'utf8')) as Record<string, { sources?: { source: string; articles: string[] }[]; next: { href: string }[] }>;
const ids = RULES.map((r) => r.id);

describe('the labelled set', () => {
  test('has at least 80 messages, every category, unique ids, only known flags', () => {
    expect(set.length).toBeGreaterThanOrEqual(80);
    for (const c of ['scam', 'unlawful', 'harsh', 'ordinary', 'lookalike']) expect(set.filter((m) => m.category === c).length, c).toBeGreaterThanOrEqual(10);
    expect(new Set(set.map((m) => m.id)).size).toBe(set.length);
    for (const m of set) for (const f of m.flags) expect(ids, `${m.id}: ${f}`).toContain(f);
  });

  test('every flag is expected at least once, so each has a measured recall', () => {
    for (const id of ids) expect(set.some((m) => m.flags.includes(id)), id).toBe(true);
  });
});

describe('rules over the labelled set', () => {
  const verdicts = scoreVerdicts(set, checkMessage);
  const by = (v: string) => verdicts.find((x) => x.verdict === v)!;

  test('recall of at least 0.9 for scams and unlawful collection', () => {
    expect(by('scam').recall).toBeGreaterThanOrEqual(0.9);
    expect(by('unlawful-collection').recall).toBeGreaterThanOrEqual(0.9);
  });

  test('no ordinary reminder is called a scam, and no look-alike trips a flag', () => {
    for (const m of set.filter((x) => x.category === 'ordinary')) expect(checkMessage(m.text).verdict, m.id).not.toBe('scam');
    for (const m of set.filter((x) => x.category === 'lookalike')) {
      const raised = checkMessage(m.text).flags.filter((f) => f.kind !== 'ordinary-signal').map((f) => f.id);
      expect(raised, m.id).toEqual([]);
    }
  });

  test('precision and recall of every flag at least 0.8', () => {
    for (const s of scoreFlags(set, ids, checkMessage)) {
      expect(s.precision ?? 0, `${s.id} precision`).toBeGreaterThanOrEqual(0.8);
      expect(s.recall ?? 0, `${s.id} recall`).toBeGreaterThanOrEqual(0.8);
    }
  });

  test('the issue’s SMS: check first, for the demand to repay in full and the deadline of hours', () => {
    const r = checkMessage('您的白条已逾期，将被要求全额还款并上报征信，请于今日18点前还款');
    expect(r.verdict).toBe('check-first');
    expect(r.flags.map((f) => f.id)).toEqual(['deadline-hours', 'acceleration']);
  });
});

describe('each rule', () => {
  test.each(RULES.map((r) => [r.id, r] as const))('%s raises on its own example', (id, rule) => {
    expect(checkMessage(rule.example).flags.map((f) => f.id)).toContain(id);
  });

  test('ids are unique and each has its text, a next step, and sources that list the cited articles', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(flagText).sort()).toEqual([...ids].sort());
    for (const [id, f] of Object.entries(flagText)) {
      expect(f.next.length, id).toBeGreaterThan(0);
      const rule = RULES.find((r) => r.id === id)!;
      if (rule.kind !== 'ordinary-signal') expect(f.sources?.length ?? 0, id).toBeGreaterThan(0);
      for (const s of f.sources ?? []) {
        const file = `content/sources/${s.source}.yaml`;
        expect(existsSync(file), `${id}: ${file}`).toBe(true);
        const refs = (parse(readFileSync(file, 'utf8')) as { articles: { ref: string }[] }).articles.map((a) => a.ref);
        for (const a of s.articles) expect(refs, `${id}: ${s.source} ${a}`).toContain(a);
      }
    }
  });
});

describe('engine', () => {
  test('empty text is ordinary with no flags', () => {
    expect(checkMessage('   ')).toEqual({ verdict: 'ordinary', flags: [] });
  });

  test('the most serious kind decides the verdict; flags are listed most serious first', () => {
    const r = checkMessage('【某某区人民法院】你已被起诉，请立即将欠款转入个人账户：6217000000000000。');
    expect(r.verdict).toBe('scam');
    expect(r.flags[0]!.kind).toBe('scam');
    expect(r.flags.map((f) => f.kind)).toEqual([...r.flags.map((f) => f.kind)].sort((a, b) => ['scam', 'unlawful-collection', 'check-first', 'ordinary-signal'].indexOf(a) - ['scam', 'unlawful-collection', 'check-first', 'ordinary-signal'].indexOf(b)));
  });

  test('full-width digits count: ２３：３０ is a night-time call', () => {
    expect(checkMessage('２３：３０ 来电催收，你不接就一直打').flags.map((f) => f.id)).toContain('night-contact');
  });

  test.each([
    ['晚上11点打你电话', [23]],
    ['凌晨1点来电', [1]],
    ['下午3点', [15]],
    ['23:30 催收员', [23]],
    ['早上6点', [6]],
    ['请在22点前完成', [22]],
  ])('statedTimes(%s) → %j', (text, hours) => {
    expect(statedTimes(text).map((t) => t.hour)).toEqual(hours);
  });

  test('a deadline late in the evening is not a night-time contact', () => {
    expect(checkMessage('请在今晚23点前还款，联系官方客服').flags.map((f) => f.id)).not.toContain('night-contact');
  });
});

describe('measure', () => {
  test('precision and recall by hand on a small set', () => {
    const tiny: Labelled[] = [
      { id: 'a', text: 'x', verdict: 'scam', flags: ['f'] },
      { id: 'b', text: 'y', verdict: 'ordinary', flags: [] },
      { id: 'c', text: 'z', verdict: 'scam', flags: ['f'] },
    ];
    // Raised on a and b: tp 1 (a), fp 1 (b), fn 1 (c).
    const check = (t: string) => ({ verdict: (t === 'x' || t === 'y' ? 'scam' : 'ordinary') as 'scam' | 'ordinary', flags: t === 'x' || t === 'y' ? [{ id: 'f' }] : [] });
    expect(scoreFlags(tiny, ['f', 'g'], check)).toEqual([
      { id: 'f', expected: 2, truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 },
      { id: 'g', expected: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: undefined, recall: undefined },
    ]);
    const v = scoreVerdicts(tiny, check);
    expect(v.find((x) => x.verdict === 'scam')).toEqual({ verdict: 'scam', expected: 2, precision: 0.5, recall: 0.5 });
    expect(v.find((x) => x.verdict === 'ordinary')).toEqual({ verdict: 'ordinary', expected: 1, precision: 0, recall: 0 });
  });
});
