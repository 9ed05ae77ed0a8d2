import type { ClientDirective } from 'astro';

/**
 * client:interaction — a calculator island whose build-time HTML already shows the default
 * example hydrates when it is needed, not at load: hydrating is the page's one long task, and
 * a reader who only reads never pays for it.
 *
 * - A link with inputs (any query) hydrates at once: the page must show the link's numbers.
 * - Otherwise the code is fetched once the page is idle, and runs on the reader's first touch,
 *   key, focus or typing inside the island, when a part marked data-hydrate-on-view nears the
 *   screen (the chart), or when the page is printed.
 * - What the reader did in the meantime is kept: a value typed or chosen before hydration is
 *   handed to the island as input, a button pressed is pressed again, and a print that started
 *   it is announced again so the island draws for paper.
 */
const USE_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'input', 'change'] as const;

const hydrateOnUse: ClientDirective = (load, _options, el) => {
  if (window.location.search) {
    void load().then((hydrate) => hydrate());
    return;
  }
  // The code is fetched once the page has loaded and the browser is idle, so it never competes
  // with the first paint; a reader who is quicker than that fetches it with their first use.
  let loading: ReturnType<typeof load> | null = null;
  const fetchCode = () => (loading ??= load());
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void fetchCode(), { timeout: 2000 });
    else setTimeout(() => void fetchCode(), 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });

  // The build-time page shows the defaults, which is what an address without inputs asks for.
  el.querySelector<HTMLElement>('[data-calculator]')?.setAttribute('data-state', 'ready');

  let started = false;
  const pressed: HTMLElement[] = [];
  const print = matchMedia('print');
  const io = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) start(false); }, { rootMargin: '200px' })
    : null;

  const onUse = () => start(false);
  const onPrint = () => start(true);
  const onPrintMedia = () => { if (print.matches) start(true); };
  const onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.('button[type="button"]');
    if (button instanceof HTMLElement) pressed.push(button);
  };

  function stopListening() {
    for (const type of USE_EVENTS) el.removeEventListener(type, onUse, true);
    removeEventListener('beforeprint', onPrint);
    print.removeEventListener('change', onPrintMedia);
    io?.disconnect();
  }

  async function start(printing: boolean) {
    if (started) return;
    started = true;
    stopListening();
    const hydrate = await fetchCode();
    await hydrate();
    // From here the island's own handlers answer clicks.
    el.removeEventListener('click', onClick, true);
    handOver(el);
    for (const button of pressed.splice(0)) button.click();
    if (printing) dispatchEvent(new Event('beforeprint'));
  }

  for (const type of USE_EVENTS) el.addEventListener(type, onUse, { capture: true, passive: true });
  el.addEventListener('click', onClick, true);
  addEventListener('beforeprint', onPrint);
  print.addEventListener('change', onPrintMedia);
  el.querySelectorAll('[data-hydrate-on-view]').forEach((part) => io?.observe(part));
};

/**
 * Values the reader typed or chose before the island ran (or the browser restored): each
 * control whose value differs from its build-time one fires its event again, in page order,
 * so the island's state takes it.
 */
function handOver(root: HTMLElement) {
  for (const control of root.querySelectorAll<HTMLInputElement>('input')) {
    const toggle = control.type === 'radio' || control.type === 'checkbox';
    const changed = toggle
      ? control.checked !== control.defaultChecked && (control.type === 'checkbox' || control.checked)
      : control.value !== control.defaultValue;
    if (changed) control.dispatchEvent(new Event(toggle ? 'change' : 'input', { bubbles: true }));
  }
}

export default hydrateOnUse;
