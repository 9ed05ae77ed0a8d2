/**
 * Content linter for guides: the checks a schema cannot express. Run by the unit tests over
 * every guide, and by writers on one file: `node scripts/lint-content.ts content/guides/x.mdx`.
 * Checks: length of substance, sources and articles exist, in-text <Cite> targets are listed
 * in frontmatter, internal links point at pages that exist or are planned, no 20-character
 * run copied from the seed articles, fictional cases are labelled, <ComplaintSteps /> has its
 * source listed. Over all of content/: no straight double quote in Chinese prose, no line that
 * starts with closing punctuation, and every cited source id has a record.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { COMPLAINT_SOURCE, COMPLAINT_ARTICLE } from '../src/lib/content/complaint.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_CHINESE_CHARS = 1500;
export interface LintIssue { file: string; message: string }

interface SourceDoc { articles: { ref: string }[] }

function loadSources(): Map<string, SourceDoc> {
  const dir = join(root, 'content/sources');
  const map = new Map<string, SourceDoc>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    map.set(basename(f, '.yaml'), parseYaml(readFileSync(join(dir, f), 'utf8')) as SourceDoc);
  }
  return map;
}

function seedRuns(): Set<string> {
  const dir = join(root, '../shared/seeds');
  const runs = new Set<string>();
  if (!existsSync(dir)) return runs;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const t = readFileSync(join(dir, f), 'utf8').replace(/[^\u4e00-\u9fff]/g, '');
    for (let i = 0; i + 20 <= t.length; i++) runs.add(t.slice(i, i + 20));
  }
  return runs;
}

/** Pages that exist or that the site builds for every guide list (kept in step with src/pages). */
function knownPaths(guideIds: string[], calculatorIds: string[], sourceIds: string[], glossaryIds: string[]): Set<string> {
  const paths = ['/', '/guides/', '/calculators/', '/glossary/', '/teach/', '/search/', '/sources/', '/methodology/', '/help/', '/help/contacts/', '/letters/', '/check/'];
  const letterDir = join(root, 'content/letters');
  if (existsSync(letterDir)) for (const f of readdirSync(letterDir).filter((n) => n.endsWith('.mdx'))) paths.push(`/letters/${basename(f, '.mdx')}/`);
  for (const g of guideIds) paths.push(`/guides/${g}/`);
  for (const c of calculatorIds) paths.push(`/calculators/${c}/`);
  for (const s of sourceIds) paths.push(`/sources/${s}/`);
  for (const g of glossaryIds) paths.push(`/glossary/#${g}`);
  return new Set(paths);
}

export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (parseYaml(m[1] ?? '') ?? {}) as Record<string, unknown>, body: m[2] ?? '' };
}

export function lintGuides(files?: string[]): LintIssue[] {
  const guideDir = join(root, 'content/guides');
  const all = readdirSync(guideDir).filter((n) => n.endsWith('.mdx'));
  const targets = files ?? all.map((f) => join(guideDir, f));
  const sources = loadSources();
  const seeds = seedRuns();
  const calcs = (parseYaml(readFileSync(join(root, 'content/calculators.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);
  const glossaryDir = join(root, 'content/glossary');
  const glossaryIds = existsSync(glossaryDir) ? readdirSync(glossaryDir).filter((n) => n.endsWith('.yaml')).map((n) => basename(n, '.yaml')) : [];
  const known = knownPaths(all.map((f) => basename(f, '.mdx')), calcs, [...sources.keys()], glossaryIds);
  const issues: LintIssue[] = [];

  for (const file of targets) {
    const id = basename(file, '.mdx');
    const add = (message: string) => issues.push({ file: id, message });
    const text = readFileSync(file, 'utf8');
    const { data, body } = splitFrontmatter(text);
    for (const m of lintChinesePunctuation(text.slice(0, text.length - body.length), true)) add(`frontmatter ${m}`);

    const chinese = (body.match(/[\u4e00-\u9fff]/g) ?? []).length;
    if (chinese < MIN_CHINESE_CHARS) add(`only ${chinese} Chinese characters in the body; at least ${MIN_CHINESE_CHARS} needed`);
    if (!data['lastReviewed']) add('missing lastReviewed');
    if (!Array.isArray(data['summary']) || data['summary'].length < 3) add('summary (要点) needs 3 to 5 lines');

    const cited = new Map<string, string[]>();
    const list = Array.isArray(data['sources']) ? (data['sources'] as { source: string; articles: string[] }[]) : [];
    if (list.length < 2) add('at least two sources are required');
    for (const { source, articles } of list) {
      const doc = sources.get(source);
      if (!doc) { add(`unknown source "${source}"`); continue; }
      cited.set(source, articles);
      for (const a of articles ?? []) {
        if (!doc.articles.some((x) => x.ref === a)) add(`source "${source}" does not list article "${a}"`);
      }
    }
    for (const m of body.matchAll(/<Cite\s+source="([^"]+)"(?:\s+art="([^"]+)")?/g)) {
      const [, src = '', art] = m;
      if (!cited.has(src)) add(`<Cite source="${src}"> but "${src}" is not in the frontmatter sources`);
      else if (art && !(cited.get(src) ?? []).includes(art)) add(`<Cite source="${src}" art="${art}"> but that article is not listed for it in frontmatter`);
    }
    if (!/<Cite\s/.test(body)) add('no in-text <Cite> at all: every legal or numeric claim needs one');
    if (/<ComplaintSteps[\s/>]/.test(body) && !(cited.get(COMPLAINT_SOURCE) ?? []).includes(COMPLAINT_ARTICLE)) {
      add(`<ComplaintSteps /> cites ${COMPLAINT_SOURCE} ${COMPLAINT_ARTICLE}: list it in the frontmatter sources`);
    }
    for (const m of body.matchAll(/<Cite\s+source="([^"]+)"/g)) {
      if (!sources.has(m[1] ?? '')) add(`<Cite source="${m[1]}"> but content/sources/${m[1]}.yaml does not exist`);
    }
    for (const issue of lintChinesePunctuation(body)) add(issue);

    const hrefs = [...body.matchAll(/\]\((\/[^)\s]*)\)/g), ...body.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
    const steps = Array.isArray(data['nextSteps']) ? (data['nextSteps'] as { href?: string }[]).map((s) => s.href).filter(Boolean) as string[] : [];
    for (const href of [...hrefs, ...steps]) {
      const path = href.split('?')[0] ?? '';
      if (!known.has(path) && !known.has(path.replace(/#.*$/, ''))) add(`internal link ${href} points at no known page`);
    }
    for (const g of (data['relatedGuides'] as string[] | undefined) ?? []) {
      if (!known.has(`/guides/${g}/`)) add(`relatedGuides: no guide "${g}"`);
    }

    if (/虚构/.test(body) === false && /<Case/.test(body)) { /* <Case> labels itself */ }
    if (/(案例|例子)[:：]/.test(body) && !/<Case/.test(body) && !/虚构/.test(body)) add('a case appears without <Case> or a 虚构 label');

    const plain = body.replace(/[^\u4e00-\u9fff]/g, '');
    for (let i = 0; i + 20 <= plain.length; i++) {
      if (seeds.has(plain.slice(i, i + 20))) { add(`copies a 20-character run from a seed article: ${plain.slice(i, i + 20)}`); break; }
    }
  }
  return issues;
}

const CJK = /[\u3400-\u9fff]/;
/** Punctuation a line of Chinese text may not start with. */
const LINE_START_FORBIDDEN = /^[，。、；：！？）」』”’》]/;

/**
 * Blank out what is not prose, keeping positions: JSX/HTML attribute values, code spans, link
 * targets, URLs, and (in YAML) quoted scalars, whose quotes are syntax rather than punctuation.
 */
export function maskNonProse(line: string, yaml: boolean): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let out = line
    .replace(/`[^`]*`/g, blank)
    .replace(/\b[\w-]+=(?:"[^"]*"|'[^']*'|\{[^}]*\})/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/https?:\/\/[^\s)）」>]+/g, blank);
  if (yaml) out = out.replace(/((?:^|[:,[{]|^\s*-)\s*)"(?:[^"\\]|\\.)*"(?=\s*(?:[,\]}#]|$))/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
  return out;
}

/**
 * Chinese typography a browser cannot fix: straight double quotes in Chinese prose (write “”),
 * and a line starting with closing punctuation (it would start a rendered line too).
 * `yaml`: the text is YAML (a data file or frontmatter), so YAML's own quotes are allowed.
 */
export function lintChinesePunctuation(text: string, yaml = false): string[] {
  const issues: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!CJK.test(line)) return;
    const prose = maskNonProse(line, yaml);
    if (prose.includes('"')) issues.push(`line ${i + 1}: straight double quote in Chinese prose; write “” instead: ${line.trim().slice(0, 40)}`);
    const start = line.replace(/^\s*(?:[-*+]\s+|\d+\.\s+|>\s*)?/, '');
    if (LINE_START_FORBIDDEN.test(start)) issues.push(`line ${i + 1}: starts with "${start[0]}"; join it to the line before`);
  });
  return issues;
}

/** Every content file with prose in it, except guides (lintGuides covers those, body and frontmatter). */
function contentFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['glossary', 'sources', 'lessons', 'calculators', 'rates', 'reference']) {
    const full = join(root, 'content', dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full)) if (/\.(ya?ml|mdx)$/.test(f)) out.push(join(full, f));
  }
  for (const f of ['helplines.yaml', 'calculators.yaml']) out.push(join(root, 'content', f));
  return out;
}

/**
 * The punctuation rules over any content file, and source ids cited anywhere (guide and lesson
 * <Cite>, /sources/<id>/ links, glossary, help-line and rate `source:` fields) that have no record.
 */
export function lintContentFiles(files?: string[]): LintIssue[] {
  const sources = loadSources();
  const issues: LintIssue[] = [];
  for (const file of files ?? contentFiles()) {
    const name = file.slice(file.lastIndexOf('/content/') + 1 || 0);
    const add = (message: string) => issues.push({ file: name, message });
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.mdx')) {
      const { body } = splitFrontmatter(text);
      const front = text.slice(0, text.length - body.length);
      for (const m of lintChinesePunctuation(front, true)) add(`frontmatter ${m}`);
      for (const m of lintChinesePunctuation(body)) add(m);
    } else {
      for (const m of lintChinesePunctuation(text, true)) add(m);
    }
    const ids = [
      ...[...text.matchAll(/<Cite\s+source="([^"]+)"/g)].map((m) => m[1]),
      ...[...text.matchAll(/\/sources\/([a-z0-9-]+)\//g)].map((m) => m[1]),
      ...[...text.matchAll(/(?:^|[\s{,])source:[ \t]*['"]?([a-z0-9-]+)/gm)].map((m) => m[1]),
    ];
    for (const id of new Set(ids)) {
      if (id && !sources.has(id)) add(`cites source "${id}", but content/sources/${id}.yaml does not exist`);
    }
  }
  return issues;
}

/** Every rule over every content file: guides, then the rest. */
export function lintAll(): LintIssue[] {
  return [...lintGuides(), ...lintContentFiles()];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const paths = files.map((f) => join(process.cwd(), f));
  const issues = files.length
    ? [...lintGuides(paths.filter((p) => p.includes('/content/guides/'))), ...lintContentFiles(paths.filter((p) => !p.includes('/content/guides/')))]
    : lintAll();
  for (const i of issues) console.log(`${i.file}: ${i.message}`);
  console.log(issues.length ? `${issues.length} problem(s)` : 'content lint: ok');
  process.exit(issues.length ? 1 : 0);
}
