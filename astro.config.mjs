// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { rehypeGlossary } from './src/plugins/rehype-glossary.mjs';
import { rehypeTel } from './src/plugins/rehype-tel.mjs';
import { searchTerms } from './src/plugins/search-terms.mjs';
import remarkCjkFriendly from 'remark-cjk-friendly';
import deployHeaders from './src/integrations/deploy-headers.mjs';
import serviceWorker from './src/integrations/service-worker.mjs';
import hydrateOnUse from './src/integrations/hydrate-on-use/index.mjs';

// Deployers set these; the defaults serve the site at the root of localhost.
const site = process.env.SITE_URL || 'https://credit-clarity.example';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
// Help numbers in text become tel: links; first, so the glossary never wraps a number.
/** @type {[typeof rehypeTel, { file: string }]} */
const tel = [rehypeTel, { file: './content/helplines.yaml' }];

export default defineConfig({
  site,
  base,
  output: 'static',
  // OUT_DIR lets the sub-path test build a second copy beside dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), hydrateOnUse(), sitemap({ filter: (page) => !page.endsWith('/offline/') && !/\/c\/\d+\/$/.test(page) }), deployHeaders({ base }), serviceWorker(), searchTerms({ glossaryDir: './content/glossary', synonymsFile: './content/search/synonyms.yaml', base })],
  markdown: {
    // unified (remark/rehype) rather than the default Sätteri: the site needs rehype plugins.
    // remark-cjk-friendly: **强调** next to Chinese punctuation parses as bold (CommonMark does not).
    // smartypants off: it guesses curly quotes from English rules and turns "天塌了" into ”天塌了”.
    // Content writes “” itself (the content lint rejects straight quotes in Chinese prose).
    // All content is MDX, which inherits these plugins; glossary links included.
    processor: unified({ smartypants: false, remarkPlugins: [remarkCjkFriendly], rehypePlugins: [tel, [rehypeGlossary, { dir: './content/glossary', base }], [rehypeBaseLinks, { base }]] }),
    // No code blocks on this site, and Shiki's inline styles would clash with the CSP.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
      ],
      // Pagefind's search runs WebAssembly from our own origin.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
