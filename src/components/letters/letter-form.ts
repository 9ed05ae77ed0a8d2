/**
 * The letter page's form: fills the letter as the reader types, and prints, copies, downloads,
 * saves and clears on request. Nothing here makes a request or touches the address; storage is
 * written only by the 保存在本机 button. The letter is rebuilt from text nodes only.
 */
import { fillLetter, letterText, missingRequired, type LetterField, type LetterLine } from '~/lib/letters/template';

type Messages = Record<'copied' | 'copyFailed' | 'downloaded' | 'saved' | 'cleared' | 'restored' | 'missing' | 'copy', string>;

/** Draw the letter into the sheet: one block per line, a span per field, text nodes only. */
export function drawLetter(sheet: HTMLElement, lines: readonly LetterLine[]): void {
  const out = document.createDocumentFragment();
  for (const line of lines) {
    const div = document.createElement('div');
    div.className = `letter-line letter-line-${line.align}`;
    for (const seg of line.segments) {
      if (seg.kind === 'text') {
        div.append(document.createTextNode(seg.text));
      } else {
        const span = document.createElement('span');
        span.className = seg.filled ? 'letter-slot' : 'letter-slot letter-blank';
        span.dataset['slot'] = seg.name;
        span.textContent = seg.text;
        div.append(span);
      }
    }
    if (line.segments.length === 0) div.append(document.createTextNode('\u00a0'));
    out.append(div);
  }
  sheet.replaceChildren(out);
}

function setup(root: HTMLElement): void {
  const id = root.dataset['letter'] ?? '';
  const title = root.dataset['title'] ?? id;
  const template = root.dataset['template'] ?? '';
  const msg = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const sheet = root.querySelector<HTMLElement>('[data-letter-sheet]');
  const status = root.querySelector<HTMLElement>('[data-letter-status]');
  const inputs = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];
  if (!sheet || !status) return;
  const fields: LetterField[] = inputs.map((el) => ({
    name: el.name,
    label: el.dataset['label'] ?? el.name,
    type: (el.dataset['type'] ?? 'text') as LetterField['type'],
    required: el.required,
  }));
  const key = `credit-clarity:letter:${id}`;

  const values = () => Object.fromEntries(inputs.map((el) => [el.name, el.value]));
  const lines = () => fillLetter(template, fields, values());
  const update = () => drawLetter(sheet, lines());
  const say = (text: string) => { status.textContent = text; };
  const warnMissing = (): boolean => {
    const missing = missingRequired(fields, values());
    if (missing.length > 0) say(msg.missing.replace('{labels}', missing.join('、')));
    return missing.length > 0;
  };

  for (const el of inputs) el.addEventListener('input', update);

  // Restore only what the reader chose to save earlier; reading stores nothing.
  let saved: Record<string, string> | null = null;
  try { saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, string> | null; } catch { saved = null; }
  if (saved) {
    for (const el of inputs) if (typeof saved[el.name] === 'string') el.value = saved[el.name] ?? '';
    say(msg.restored);
  }
  update();

  const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

  button('print')?.addEventListener('click', () => {
    warnMissing();
    window.print();
  });

  const copyButton = button('copy');
  copyButton?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(letterText(lines()));
      copyButton.textContent = msg.copied;
      if (!warnMissing()) say(msg.copied);
      window.setTimeout(() => { copyButton.textContent = msg.copy; }, 2000);
    } catch {
      say(msg.copyFailed);
    }
  });

  button('download')?.addEventListener('click', () => {
    // The BOM lets older Windows Notepad read the file as UTF-8 rather than GBK.
    const blob = new Blob(['\ufeff', letterText(lines())], { type: 'text/plain;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = `${title}.txt`;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
    if (!warnMissing()) say(msg.downloaded);
  });

  button('save')?.addEventListener('click', () => {
    localStorage.setItem(key, JSON.stringify(values()));
    say(msg.saved);
  });

  button('clear')?.addEventListener('click', () => {
    localStorage.removeItem(key);
    for (const el of inputs) el.value = '';
    update();
    say(msg.cleared);
  });

  // The form works now: show it, hide the no-script note.
  root.querySelector('[data-letter-form]')?.removeAttribute('hidden');
  root.querySelector('[data-letter-nojs]')?.setAttribute('hidden', '');
}

export function initLetters(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-letter]')) setup(root);
}
