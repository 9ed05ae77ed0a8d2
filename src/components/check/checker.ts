// Enhances Checker.astro: runs the rules on the pasted text and shows the verdict and flags.
// The text stays in the textarea: never sent, never put in the address, never stored.
import { checkMessage } from '~/lib/check/engine';

export function initChecker(root: HTMLElement): void {
  const text = root.querySelector<HTMLTextAreaElement>('#check-text');
  const run = root.querySelector<HTMLButtonElement>('[data-check-run]');
  const output = root.querySelector<HTMLElement>('[data-check-output]');
  const verdict = root.querySelector<HTMLElement>('[data-result="verdict"]');
  const list = root.querySelector<HTMLElement>('[data-check-flags]');
  const heading = root.querySelector<HTMLElement>('[data-check-heading]');
  if (!text || !run || !output || !verdict || !list || !heading) return;

  const check = () => {
    const result = checkMessage(text.value);
    const v = root.querySelector<HTMLTemplateElement>(`[data-verdict-template="${result.verdict}"]`);
    verdict.dataset['value'] = text.value.trim() ? result.verdict : '';
    verdict.className = `box mt-2 font-semibold ${v?.dataset['class'] ?? ''}`;
    verdict.textContent = text.value.trim() ? (v?.content.textContent ?? '') : (output.dataset['empty'] ?? '');
    list.replaceChildren(
      ...result.flags.flatMap((f) => {
        const tpl = root.querySelector<HTMLTemplateElement>(`[data-flag-template="${f.id}"]`);
        return tpl ? [tpl.content.cloneNode(true)] : [];
      }),
    );
    output.hidden = false;
    heading.focus();
  };

  run.disabled = false;
  run.addEventListener('click', check);
  // The search page hands over a pasted message in the page itself, never through the address.
  document.addEventListener('checker:check', (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    const host = root.closest<HTMLElement>('[data-checker-host]');
    if (host) host.hidden = false;
    text.value = detail;
    check();
  });
}
