import type { ComponentChildren } from 'preact';
import { fieldIn, type CalculatorDef } from '~/lib/calculators/define';
import { conversions } from '~/lib/calculators/fields';
import type { RawInputs } from '~/lib/calculators/types';
import type { LineValue } from '~/lib/judge';
import { ErrorSummary } from './ErrorSummary';
import { ResultsPanel, InvalidInputNotice } from './ResultsPanel';
import { LockBar } from './LockBar';
import { Working } from './Working';
import { LazyChart, printWithCharts, type DrawChart } from './LazyChart';
import { EducatorBox, calculatorHref } from './EducatorBox';

export interface IslandProps {
  /** The site's base path, for links. */
  base: string;
  /** The calculator's title (from the calculators collection), for the educator box. */
  title: string;
  embed?: boolean;
  /** The reference lines' values (content/reference-lines.yaml), for the verdict's band. */
  lines: LineValue[];
}

/** The plain verdict that opens the results, and the reference band it falls in. */
export interface Judgement { sentence: string; band?: string }

interface ChartSlot<T> {
  title: string;
  /** Panels stacked in the figure (default 1), each with one y-axis. */
  panels?: 1 | 2;
  summary: string;
  data: T;
  load: () => Promise<{ draw: DrawChart<T> }>;
  table: ComponentChildren;
}

interface Props<T> extends IslandProps {
  def: Pick<CalculatorDef, 'id' | 'fields'>;
  /** The id prefix of the island's elements, e.g. "ia". */
  prefix: string;
  /** What the form is about, for its accessible name. */
  formLabel: string;
  /** The island's state: errors, lock, and the query the address and the educator box carry. */
  state: { errors: Record<string, string>; locked: boolean; unlock: () => void; query: string; ready: boolean; inputs?: RawInputs };
  /** The mode labels vary with (loan or plan). */
  mode?: string;
  /** The error summary's label for a field, when it is not a declared field (compare's offers). */
  errorLabel?: (name: string) => string;
  announce: string;
  /** The form's fields. */
  form: ComponentChildren;
  /** One sentence answering the reader's question, shown first (data-judgement, data-band). */
  judgement?: Judgement | null;
  /** The results, or null while any input is invalid. */
  results: ComponentChildren | null;
  resultsClass?: string;
  /** The comparison's query with this offer as A: shows a 和别的方案比一比 link (none when null). */
  compareWith?: string | null;
  /** After the results' copy-link button. */
  afterResults?: ComponentChildren;
  /** The working, the chart and its table: shown once there is a result. */
  working?: ComponentChildren;
  chart?: ChartSlot<T> | null;
}

/**
 * The frame every calculator shares: lock bar, form with its error summary, results panel,
 * working, lazy chart and the educator box. Islands fill the slots.
 */
export function CalculatorShell<T>(p: Props<T>) {
  const label = p.errorLabel ?? ((name: string) => {
    const f = p.def.fields[name];
    return f ? fieldIn(f, p.mode).label : name;
  });
  const { errors, locked, unlock, query } = p.state;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `${p.prefix}-${name}`, label: label(name), message }));
  const converted = p.state.inputs && p.results ? conversions(p.state.inputs, p.def.fields, p.mode) : [];
  return (
    // data-state="ready" once the link is applied: software reading data-value waits for it.
    <div class="space-y-6" data-calculator={p.def.id} data-state={p.state.ready ? 'ready' : 'loading'}>
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label={p.formLabel} noValidate>
          <ErrorSummary errors={errorList} />
          {p.form}
        </form>
        <ResultsPanel id={p.prefix} announce={p.announce} {...(p.resultsClass ? { class: p.resultsClass } : {})} after={<>
          <p class="calc-actions no-print">
            {p.results && p.compareWith && <a class="btn btn-secondary" href={calculatorHref(p.base, 'calculators', 'compare', p.compareWith)} data-compare-link>和别的方案比一比</a>}
            {!p.embed && <button type="button" class="btn btn-secondary" onClick={() => { void printWithCharts(); }} data-print>打印</button>}
          </p>
          {p.afterResults}
        </>}>
          {p.results && p.judgement && <p class="calc-judgement" data-judgement="" {...(p.judgement.band ? { 'data-band': p.judgement.band } : {})}>{p.judgement.sentence}</p>}
          {converted.length > 0 && <p class="calc-converted" data-converted>{converted.join('；')}。</p>}
          {p.results ?? <InvalidInputNotice />}
        </ResultsPanel>
      </div>
      {p.working && <Working>{p.working}</Working>}
      {p.chart && <LazyChart id={`${p.prefix}-chart`} {...p.chart} />}
      {!p.embed && <EducatorBox id={p.def.id} title={p.title} base={p.base} query={query} />}
    </div>
  );
}
