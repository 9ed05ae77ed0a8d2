import type { ComponentChildren } from 'preact';
import { plain } from '~/lib/format/number';

interface Props {
  name: string;
  label: string;
  /** Plain number for data-value (no separators; % in percent, money in 元). */
  value: number | null;
  text: string;
  emphasis?: boolean;
  note?: ComponentChildren;
}

/** One result: a machine-readable data-value beside the formatted, human-readable text. */
export function Result({ name, label, value, text, emphasis = false, note }: Props) {
  return (
    <div class={`calc-result${emphasis ? ' calc-result-main' : ''}`}>
      <dt class="calc-result-label">{label}</dt>
      <dd class="calc-result-value" data-result={name} data-value={value === null || !Number.isFinite(value) ? '' : String(plain(value))}>{text}</dd>
      {note && <dd class="calc-result-note">{note}</dd>}
    </div>
  );
}

