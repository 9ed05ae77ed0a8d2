import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, BASE, htmlFiles, fileForPath, idsIn } from './support/site';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

// A static check over dist/: every internal href/src resolves to a built file, and every
// #anchor exists in the page it points at. Runs without a browser.
test('every internal link and #anchor in dist/ resolves', () => {
  const problems: string[] = [];
  const cache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!cache.has(file)) cache.set(file, idsIn(readFileSync(file, 'utf8')));
    return cache.get(file)!;
  };
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(10);
  for (const rel of files) {
    const file = join(DIST, rel);
    const html = readFileSync(file, 'utf8');
    const pagePath = BASE + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1] ?? '');
      if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(raw) || raw.startsWith('//')) continue;
      const target = new URL(raw, `http://site${pagePath}`);
      const targetFile = raw.startsWith('#') ? file : fileForPath(target.pathname);
      // A page another branch is building (scripts/lint-content.ts) may be linked before it exists.
      if (!targetFile) { problems.push(`${rel}: ${raw} -> no such file`); continue; }
      if (target.hash && targetFile.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!ids(targetFile).has(id)) problems.push(`${rel}: ${raw} -> no #${id}`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('external links never leak the referrer or opener', () => {
  const bad: string[] = [];
  for (const rel of htmlFiles()) {
    const html = readFileSync(join(DIST, rel), 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
      if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(m[0])) bad.push(`${rel}: ${m[0].slice(0, 120)}`);
    }
  }
  expect(bad, bad.join('\n')).toEqual([]);
});
