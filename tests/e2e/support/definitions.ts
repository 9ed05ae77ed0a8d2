// The calculator definitions, as the site builds them: every module in src/lib/calculators that
// exports a defineCalculator result (the same rule the registry's import.meta.glob follows).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CalculatorDef } from '../../../src/lib/calculators/define';

const dir = join(process.cwd(), 'src/lib/calculators');

export async function calculatorDefinitions(): Promise<CalculatorDef[]> {
  const defs: CalculatorDef[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'registry.ts').sort()) {
    const m = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const x of Object.values(m)) {
      const d = x as Partial<CalculatorDef> | null;
      if (typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.evaluate === 'function' && Array.isArray(d.examples)) defs.push(d as CalculatorDef);
    }
  }
  return defs;
}
