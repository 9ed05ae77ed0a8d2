import type { ComponentChildren } from 'preact';

/** 查看计算过程: the working, closed by default, open when printed. */
export function Working({ children }: { children: ComponentChildren }) {
  return (
    <details class="calc-working">
      <summary>查看计算过程</summary>
      <div class="space-y-3 pb-3">{children}</div>
    </details>
  );
}
