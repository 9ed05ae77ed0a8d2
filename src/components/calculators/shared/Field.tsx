
interface Props {
  id: string;
  label: string;
  hint?: string;
  unit?: string;
  value: string;
  error?: string | undefined;
  readOnly?: boolean;
  inputMode?: 'decimal' | 'numeric';
  onInput: (value: string) => void;
}

/**
 * A text input that accepts how people type numbers in China (12,000 / 1.2万 / 全角).
 * GOV.UK pattern: hint and error are tied to the input by aria-describedby.
 */
export function Field({ id, label, hint, unit, value, error, readOnly = false, inputMode = 'decimal', onInput }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`calc-field${error ? ' calc-field-error' : ''}`}>
      <label for={id} class="calc-label">{label}</label>
      {hint && <p id={hintId} class="calc-hint">{hint}</p>}
      {error && <p id={errorId} class="calc-error"><span class="sr-only">错误：</span>{error}</p>}
      <div class="calc-input-row">
        <input
          id={id}
          name={id.replace(/^.*?-/, '')}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          readOnly={readOnly}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
          class="calc-input"
        />
        {unit && <span class="calc-unit" aria-hidden="true">{unit}</span>}
      </div>
    </div>
  );
}

interface ChoiceProps {
  id: string;
  legend: string;
  value: string;
  options: readonly { value: string; label: string }[];
  readOnly?: boolean;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** A radio group for a small closed set of choices (method, mode). */
export function Choice({ id, legend, value, options, readOnly = false, error, onChange }: ChoiceProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    // A radio group, so a bad value from a link can be marked invalid like any other field.
    <fieldset class={`calc-field${error ? ' calc-field-error' : ''}`} id={id} role="radiogroup" aria-invalid={error ? 'true' : undefined} aria-describedby={errorId}>
      <legend class="calc-label">{legend}</legend>
      {error && <p id={errorId} class="calc-error"><span class="sr-only">错误：</span>{error}</p>}
      <div class="calc-choices">
        {options.map((o) => (
          <label class="calc-choice" key={o.value}>
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              disabled={readOnly && value !== o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
