// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { rehypeGlossary } from './src/plugins/rehype-glossary.mjs';
import { searchTerms } from './src/plugins/search-terms.mjs';
import remarkCjkFriendly from 'remark-cjk-friendly';

// Deployers set these; the defaults serve the site at the root of localhost.
const site = process.env.SITE_URL || 'https://credit-clarity.example';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

export default defineConfig({
  site,
  base,
  output: 'static',
  // OUT_DIR lets the sub-path test build a second copy beside dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ remarkPlugins: [remarkCjkFriendly], rehypePlugins: [[rehypeGlossary, { dir: './content/glossary', base }], [rehypeBaseLinks, { base }]] }), preact(), sitemap(), searchTerms({ glossaryDir: './content/glossary', synonymsFile: './content/search/synonyms.yaml', base })],
  markdown: {
    // unified (remark/rehype) rather than the default Sätteri: the site needs rehype plugins.
    // remark-cjk-friendly: **强调** next to Chinese punctuation parses as bold (CommonMark does not).
    processor: unified({ remarkPlugins: [remarkCjkFriendly], rehypePlugins: [[rehypeBaseLinks, { base }]] }),
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
