import { useState } from 'preact/hooks';

/** Copies the current address (which always holds the inputs) and says so politely. */
export function CopyLink() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('链接已复制，发给别人打开就能看到同样的数字。');
    } catch {
      setStatus('无法自动复制，请直接复制浏览器地址栏里的链接。');
    }
  };
  return (
    <div class="calc-copy no-print">
      <button type="button" class="btn btn-secondary" onClick={copy}>复制链接</button>
      <span class="calc-status" role="status" aria-live="polite">{status}</span>
    </div>
  );
}
