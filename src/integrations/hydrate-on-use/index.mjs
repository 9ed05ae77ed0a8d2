import { fileURLToPath } from 'node:url';

/** Adds client:interaction (./directive.ts): hydrate a calculator when the reader uses it. */
export default function hydrateOnUse() {
  return {
    name: 'hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
