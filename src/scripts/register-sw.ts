// Offline reading: register the service worker (built by src/integrations/service-worker.mjs).
// Browsers without it, or insecure origins, simply go without.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // A few seconds after load, so installing the worker (which downloads the calculators for
  // offline use) never competes with the page the reader is opening.
  window.addEventListener('load', () => {
    window.setTimeout(() => {
      navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        // Ask for a new worker on every load: browsers may wait up to a day otherwise, and a
        // new deploy should take over on the next visit (sw.js is served with no-cache).
        .then((registration) => registration.update())
        .catch(() => {});
    }, 4000);
  });
}
