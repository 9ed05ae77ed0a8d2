import { useState } from 'preact/hooks';

interface CopyButtonProps {
  /** What to copy, read at the moment of the click (the address changes with the inputs). */
  text: () => string;
  label: string;
  /** What the status line says once copied. */
  done?: string;
  /** What it says when the browser refuses, with the way to copy by hand. */
  failed: string;
}

/** A copy button with a polite status line: 已复制, or how to copy by hand. */
export function CopyButton({ text, label, done = '已复制。', failed }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(done);
    } catch {
      setStatus(failed);
    }
  };
  return (
    <div class="calc-copy no-print">
      <button type="button" class="btn btn-secondary" onClick={copy}>{label}</button>
      <span class="calc-status" role="status" aria-live="polite">{status}</span>
    </div>
  );
}

/** Copies the current address (which always holds the inputs). */
export function CopyLink() {
  return <CopyButton text={() => window.location.href} label="复制链接" done="链接已复制，发给别人打开就能看到同样的数字。" failed="无法自动复制，请直接复制浏览器地址栏里的链接。" />;
}
