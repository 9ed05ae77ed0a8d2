// @ts-check
/**
 * Build the service worker after Astro has written the site: bundle src/sw/service-worker.js
 * (Workbox modules) with esbuild, then let workbox-build inject the precache manifest, with a
 * revision for each file so a new deploy replaces exactly what changed.
 */
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

/** What is kept for offline use from the first visit on (paths relative to the output). */
export const PRECACHE = [
  '_astro/**/*.{js,css}',
  'index.html',
  'offline/index.html',
  'calculators/index.html',
  'calculators/*/index.html',
  'help/**/index.html',
  'letters/**/index.html',
  'check/index.html',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const swDest = join(out, 'sw.js');
        const src = fileURLToPath(new URL('../sw/service-worker.js', import.meta.url));
        // Hashed asset names and the home page identify a build; an unchanged site keeps its worker.
        const buildId = createHash('sha256')
          .update(readdirSync(join(out, '_astro')).sort().join('\n'))
          .update(readFileSync(join(out, 'index.html')))
          .digest('hex')
          .slice(0, 12);
        await build({
          entryPoints: [src],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: swDest,
          define: { __BUILD_ID__: JSON.stringify(buildId), 'process.env.NODE_ENV': '"production"' },
          logLevel: 'warning',
        });
        const { count, size, warnings } = await injectManifest({
          swSrc: swDest,
          swDest,
          globDirectory: out,
          globPatterns: PRECACHE,
          // Hashed file names are their own revision.
          dontCacheBustURLsMatching: /_astro\//,
          maximumFileSizeToCacheInBytes: 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
