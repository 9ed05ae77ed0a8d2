// @ts-check
/**
 * After the build, write the HTTP headers the pages need as real headers, in the forms the
 * configs in deploy/ include: `_deploy/nginx-headers.conf`, `_deploy/nginx-headers-embed.conf`,
 * `_deploy/caddy-headers` and a `_headers` file that static CDNs (Cloudflare Pages, Netlify)
 * read as it is. The CSP comes from the <meta> Astro put in the pages, so its script and style
 * hashes always match this build; the header adds what a <meta> cannot say (frame-ancestors).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every policy found in the built pages' CSP <meta>, deduplicated.
 * @param {string} dir
 * @returns {string[]}
 */
export function collectPolicies(dir) {
  const policies = new Set();
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(full, 'utf8'));
        if (m?.[1]) policies.add(m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim());
      }
    }
  };
  walk(dir);
  return [...policies];
}

/**
 * One policy that allows exactly what the pages' own policies allow, plus frame-ancestors.
 * @param {string[]} policies
 * @param {string} frameAncestors
 */
export function headerPolicy(policies, frameAncestors) {
  if (policies.length === 0) throw new Error('deploy-headers: no page carries a CSP <meta>');
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const p of policies) {
    for (const part of p.split(';').map((x) => x.trim()).filter(Boolean)) {
      const [name = '', ...values] = part.split(/\s+/);
      if (!merged.has(name)) merged.set(name, new Set());
      for (const v of values) merged.get(name)?.add(v);
    }
  }
  merged.set('frame-ancestors', new Set([frameAncestors]));
  return [...merged].map(([k, v]) => `${k} ${[...v].join(' ')}`).join('; ');
}

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * @param {{ base: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export default function deployHeaders({ base }) {
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = collectPolicies(out);
        // Pages may only be framed by this site; /embed/ is meant to be framed by anyone's.
        const site = { ...COMMON, 'Content-Security-Policy': headerPolicy(policies, "'self'"), 'X-Frame-Options': 'SAMEORIGIN' };
        const embed = { ...COMMON, 'Content-Security-Policy': headerPolicy(policies, '*') };
        /** @param {Record<string, string>} h */
        const nginx = (h) => Object.entries(h).map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n') + '\n';
        /** @param {Record<string, string>} h */
        const caddy = (h) => Object.entries(h).map(([k, v]) => `\t${k} "${v}"`).join('\n');
        mkdirSync(join(out, '_deploy'), { recursive: true });
        writeFileSync(join(out, '_deploy/nginx-headers.conf'), nginx(site));
        writeFileSync(join(out, '_deploy/nginx-headers-embed.conf'), nginx(embed));
        writeFileSync(
          join(out, '_deploy/caddy-headers'),
          `header {\n${caddy(site)}\n}\nheader ${base}embed/* {\n\t-X-Frame-Options\n\tContent-Security-Policy "${embed['Content-Security-Policy']}"\n}\n`,
        );
        /** @param {string} path @param {Record<string, string>} h */
        const block = (path, h) => `${path}\n${Object.entries(h).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
        writeFileSync(
          join(out, '_headers'),
          [
            block(`${base}*`, { ...site, 'Cache-Control': 'no-cache' }),
            `${base}embed/*\n  ! X-Frame-Options\n  Content-Security-Policy: ${embed['Content-Security-Policy']}\n`,
            `${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
            `${base}_deploy/*\n  X-Robots-Tag: noindex\n`,
          ].join('\n'),
        );
        logger.info(`headers for ${policies.length} distinct page polic${policies.length === 1 ? 'y' : 'ies'} written to _deploy/ and _headers`);
      },
    },
  };
}
