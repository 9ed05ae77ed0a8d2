import { zhCN, type UiKey } from './zh-CN';

export type { UiKey };

/** Look up a UI string; `{name}` placeholders are filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
