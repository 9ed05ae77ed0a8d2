import { choiceOptions, fieldIn, type CalculatorDef } from '~/lib/calculators/define';
import { Choice, Field } from './Field';
import type { CalculatorState } from './useCalculator';

interface Props {
  def: Pick<CalculatorDef, 'fields'>;
  /** The island's id prefix: the input's id is `<prefix>-<name>`. */
  prefix: string;
  name: string;
  state: Pick<CalculatorState, 'inputs' | 'set' | 'locked'> & { errors: Record<string, string> };
  /** The calculator's mode, when labels vary with it (loan or plan). */
  mode?: string;
  /** A choice's shown value and change handler, when they differ from the raw input. */
  value?: string;
  onChange?: (value: string) => void;
}

/** One input as its definition declares it: label, hint, unit, keyboard, or the choices. */
export function DefinedField({ def, prefix, name, state, mode, value, onChange }: Props) {
  const f = fieldIn(def.fields[name]!, mode);
  const id = `${prefix}-${name}`;
  const common = { id, readOnly: state.locked, error: state.errors[name] };
  if (f.choices) {
    return <Choice {...common} legend={f.label} value={value ?? state.inputs[name] ?? ''} onChange={onChange ?? state.set(name)} options={choiceOptions(f)} />;
  }
  return (
    <Field
      {...common}
      label={f.label}
      {...(f.hint ? { hint: f.hint } : {})}
      {...(f.unit ? { unit: f.unit } : {})}
      inputMode={f.rule?.integer ? 'numeric' : 'decimal'}
      value={state.inputs[name] ?? ''}
      onInput={state.set(name)}
    />
  );
}
