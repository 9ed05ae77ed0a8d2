// The read-aloud player, loaded only when a reader presses 朗读. The browser's own speech
// synthesis speaks one sentence at a time; the sentence being read is highlighted with the CSS
// Custom Highlight API. Nothing leaves the device.
import { sentenceSpans } from '~/lib/read-aloud/sentences';

const SKIP = 'script,style,template,[hidden],[aria-hidden="true"],[popover],[data-read-skip],.cite,.sr-only';
const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,dt,dd,td,th,caption,figcaption,blockquote,summary,legend,label,pre';
const HIGHLIGHT = 'read-aloud';

interface Piece { text: string; range: Range }
type State = 'idle' | 'playing' | 'paused';

let pieces: Piece[] = [];
let index = 0;
let state: State = 'idle';
let run = 0; // bumps on stop, so a late 'end' from a cancelled utterance is ignored
let controls: HTMLElement | null = null;

/** Sentences of `root` in reading order, each with the DOM range it covers. */
function collect(root: Element): Piece[] {
  const out: Piece[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let block: Element | null = null;
  let nodes: Text[] = [];
  const flush = () => {
    if (nodes.length) out.push(...split(nodes));
    nodes = [];
  };
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const b = n.parentElement?.closest(BLOCK) ?? root;
    if (b !== block) { flush(); block = b; }
    nodes.push(n);
  }
  flush();
  return out;
}

/** One block's text nodes → sentences, mapping string offsets back to (node, offset). */
function split(nodes: Text[]): Piece[] {
  const starts: number[] = [];
  let total = 0;
  for (const n of nodes) { starts.push(total); total += n.data.length; }
  const at = (pos: number, end: boolean): [Text, number] => {
    let i = nodes.length - 1;
    while (i > 0 && (end ? starts[i]! >= pos : starts[i]! > pos)) i--;
    return [nodes[i]!, pos - starts[i]!];
  };
  return sentenceSpans(nodes.map((n) => n.data).join('')).map(({ start, end, text }) => {
    const range = document.createRange();
    range.setStart(...at(start, false));
    range.setEnd(...at(end, true));
    return { text: text.replace(/\s+/g, ' '), range };
  });
}

function zhVoice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.replace('_', '-') === 'zh-CN') ?? voices.find((v) => /^zh/i.test(v.lang));
}

function highlight(range: Range | null) {
  if (!('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}

function keepInView(range: Range) {
  const r = range.getBoundingClientRect();
  if (r.top >= 80 && r.bottom <= window.innerHeight - 40) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: r.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

function speakCurrent() {
  const piece = pieces[index];
  if (!piece) { stop(); return; }
  highlight(piece.range);
  keepInView(piece.range);
  const u = new SpeechSynthesisUtterance(piece.text);
  u.lang = 'zh-CN';
  const voice = zhVoice();
  if (voice) u.voice = voice;
  const mine = run;
  const next = () => { if (mine !== run) return; index++; speakCurrent(); };
  u.onend = next;
  u.onerror = next;
  speechSynthesis.speak(u);
}

function render() {
  if (!controls) return;
  const { labelPlay = '', labelResume = '', statusPlaying = '', statusPaused = '', statusStopped = '' } = controls.dataset;
  const [play, pause, stopBtn] = (['play', 'pause', 'stop'] as const).map((a) => controls!.querySelector<HTMLButtonElement>(`[data-ra="${a}"]`));
  if (play) {
    play.disabled = state === 'playing';
    const label = play.querySelector('[data-ra-label]');
    if (label) label.textContent = state === 'paused' ? labelResume : labelPlay;
  }
  if (pause) pause.disabled = state !== 'playing';
  if (stopBtn) stopBtn.disabled = state === 'idle';
  const status = controls.querySelector('[data-ra-status]');
  if (status) status.textContent = state === 'playing' ? statusPlaying : state === 'paused' ? statusPaused : statusStopped;
}

function start(root: Element) {
  pieces = collect(root);
  index = 0;
  run++;
  speechSynthesis.cancel();
  state = 'playing';
  speakCurrent();
}

function stop() {
  run++;
  speechSynthesis.cancel();
  highlight(null);
  state = 'idle';
  render();
}

/** Called by the tiny loader in ReadAloud.astro with the button that was pressed. */
export function handle(button: HTMLElement) {
  const box = button.closest<HTMLElement>('[data-read-aloud-controls]');
  if (!box) return;
  if (controls && controls !== box) stop();
  controls = box;
  const action = button.dataset['ra'];
  if (action === 'play') {
    if (state === 'paused') { speechSynthesis.resume(); state = 'playing'; }
    else {
      const target = box.dataset['target'];
      const root = (target && document.getElementById(target)) || box.closest('[data-read-aloud]') || document.querySelector('main');
      if (root) start(root);
    }
  } else if (action === 'pause' && state === 'playing') {
    speechSynthesis.pause();
    state = 'paused';
  } else if (action === 'stop') {
    stop();
    return;
  }
  render();
}

window.addEventListener('pagehide', () => speechSynthesis.cancel());
