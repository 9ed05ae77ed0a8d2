/**
 * The reader's display preferences (字号 and contrast), declared once. The header control, the
 * boot script that applies them before first paint, the CSS selectors and the tests all read
 * these lists. Stored in localStorage only when the reader picks one (never a cookie).
 */
export const TEXT_SIZES = [
  { value: 'standard', label: '标准', scale: 1 },
  { value: 'large', label: '大', scale: 1.25 },
  { value: 'xlarge', label: '特大', scale: 1.5 },
] as const;
export type TextSize = (typeof TEXT_SIZES)[number]['value'];

export const CONTRASTS = [
  { value: 'normal', label: '普通' },
  { value: 'high', label: '高对比度' },
] as const;
export type Contrast = (typeof CONTRASTS)[number]['value'];

/** localStorage keys, and the <html> data attributes the CSS keys on. */
export const PREFS = {
  textSize: { storageKey: 'cc-text-size', attr: 'data-text-size', input: 'text-size', fallback: 'standard', values: TEXT_SIZES.map((s) => s.value) },
  contrast: { storageKey: 'cc-contrast', attr: 'data-contrast', input: 'contrast', fallback: 'normal', values: CONTRASTS.map((c) => c.value) },
} as const;

/**
 * The blocking script in <head>: applies the stored choice before first paint, marks that JS
 * runs (so JS-only controls show) and whether speech synthesis exists (so 朗读 shows), and
 * saves a new choice when the reader changes a control named after a preference. It is
 * inlined on every page and its hash is added to the CSP, so it stays small and static.
 */
export function bootScript(): string {
  const prefs = Object.values(PREFS).map(({ storageKey, attr, input, values }) => [storageKey, attr.slice(5), input, values]);
  return `(()=>{const d=document.documentElement,P=${JSON.stringify(prefs)},ds=d.dataset,k=n=>n.replace(/-(.)/g,(_,c)=>c.toUpperCase());` +
    `const get=s=>{try{return localStorage.getItem(s)}catch(e){return null}};` +
    `for(const[s,a,,v]of P){const x=get(s);if(v.includes(x))ds[k(a)]=x}` +
    `ds.js='';if('speechSynthesis'in window)ds.tts='';` +
    // Radios and the checkbox show the current choice; a change applies and stores it.
    // Writes only what differs: a write to checked costs a relayout of the page while it loads.
    `const sync=()=>{for(const[,a,n]of P)for(const i of document.querySelectorAll('input[name="'+n+'"]')){const c=ds[k(a)]===i.value;if(i.checked!==c)i.checked=c}};` +
    `document.addEventListener('DOMContentLoaded',sync);` +
    `document.addEventListener('change',e=>{const i=e.target;for(const[s,a,n,v]of P)if(i.name===n){const x=i.type==='checkbox'?(i.checked?i.value:v[0]):i.value;if(!v.includes(x))return;ds[k(a)]=x;try{localStorage.setItem(s,x)}catch(e){}sync()}})})();`;
}
