import type { ComponentChildren } from 'preact';
import { LiveAnnouncer } from './LiveAnnouncer';
import { CopyLink } from './CopyLink';

interface Props {
  /** The calculator's field-id prefix, e.g. "ia": the heading gets id "ia-results-title". */
  id: string;
  /** What the live region reads out once typing pauses. */
  announce: string;
  /** Classes for the section; every calculator stacks its parts with space-y-4. */
  class?: string;
  children: ComponentChildren;
  /** Anything that belongs to the results but comes after the copy-link button. */
  after?: ComponentChildren;
}

/** The results column every calculator shares: heading, results, live announcement, copy link. */
export function ResultsPanel({ id, announce, class: className = 'space-y-4', children, after }: Props) {
  return (
    <section aria-labelledby={`${id}-results-title`} class={className}>
      <h2 id={`${id}-results-title`} class="text-xl font-bold">结果</h2>
      {children}
      <LiveAnnouncer message={announce} />
      <CopyLink />
      {after}
    </section>
  );
}

/** Shown in place of results while any input is invalid (each field says what is wrong). */
export function InvalidInputNotice() {
  return <p class="calc-warning">输入有误，暂时无法计算。请按提示修改后，结果会自动更新。</p>;
}
