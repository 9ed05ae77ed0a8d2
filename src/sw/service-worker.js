// The site's service worker, built from Workbox modules by src/integrations/service-worker.mjs.
// Pages are fetched network-first, so a new deploy shows on the next load; the calculators,
// help plans, letters and the offline page are precached so they also open with no network,
// and every page the reader opens is kept for next time.
import { precache, addRoute, matchPrecache, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';

/* global self, __BUILD_ID__ */
const BUILD_ID = __BUILD_ID__;
const base = new URL(self.registration.scope).pathname;

// A new worker takes over at once; pages are network-first, so no old page meets new assets.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(self.__WB_MANIFEST);

const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: 5,
  plugins: [new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: true })],
});

/** The precached copy of a page, whatever its query string (a deep link computes in the page). */
async function offlineCopy(url) {
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return (await matchPrecache(path)) ?? (await caches.match(url.pathname, { cacheName: 'pages', ignoreSearch: true })) ?? (await matchPrecache(`${base}offline/index.html`));
}

// Registered before the precache route, so navigations never come from the precache first.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      const response = await pages.handle(options);
      if (response && response.ok) return response;
      return response ?? (await offlineCopy(options.url)) ?? Response.error();
    } catch {
      return (await offlineCopy(options.url)) ?? Response.error();
    }
  },
);

// Built assets and icons: from the precache.
addRoute({ directoryIndex: 'index.html', cleanURLs: false });

// The search index: used from the cache, refreshed in the background.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${base}pagefind/`),
  new StaleWhileRevalidate({ cacheName: 'search', plugins: [new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })] }),
);

// Lets the page (and the tests) ask which build is in control.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'version') event.ports[0]?.postMessage({ build: BUILD_ID });
});
