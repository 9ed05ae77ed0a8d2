import { qrPath } from '~/lib/qr';
import { useState } from 'preact/hooks';
import { CopyButton } from './CopyLink';

interface Props {
  /** Calculator id, e.g. "installment-apr": the page is /calculators/<id>/, the embed /embed/<id>/. */
  id: string;
  title: string;
  base: string;
  /** The current inputs as a query string (without "?"). */
  query: string;
}

/** The path for the full page or the embed with the current inputs. */
export function calculatorHref(base: string, kind: 'calculators' | 'embed', id: string, query: string): string {
  return `${base}${kind}/${id}/${query ? `?${query}` : ''}`;
}

/**
 * 给教育者: the link to the current inputs, the iframe code for the embed, and a QR code of
 * the link for a projector. The QR code is drawn in the browser on request; nothing is sent.
 */
export function EducatorBox({ id, title, base, query }: Props) {
  const [qr, setQr] = useState<boolean[][] | null>(null);
  const [qrError, setQrError] = useState('');
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const link = origin + calculatorHref(base, 'calculators', id, query);
  const lockedLink = link + (query ? '&' : '?') + 'lock=1';
  const embed = origin + calculatorHref(base, 'embed', id, query);
  const iframe = `<iframe src="${embed.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="${title}（借贷明白纸）" width="100%" height="760" style="border:0;max-width:100%" loading="lazy" data-credit-clarity-embed></iframe>`;

  const showQr = async () => {
    try {
      const { encode } = await import('uqr');
      setQr(encode(link, { ecc: 'M', border: 2 }).data);
    } catch {
      setQrError('二维码暂时无法生成，请直接复制链接。');
    }
  };

  return (
    // Closed by default: a borrower's page is for the borrower; teachers open it.
    <details class="card calc-educator no-print" data-educators>
      <summary class="calc-educator-summary font-bold"><h2 id={`${id}-educators`} class="inline text-lg">给老师和开发者</h2><span class="muted text-sm">：带当前数字的链接、嵌入代码和二维码</span></summary>
      <p class="mt-1 text-sm">下面的链接和嵌入代码都带着当前输入，改动上面的数字，它们会跟着变。链接参数和结果名见下方“链接参数”和<a href={`${base}teach/`}>教学资源</a>。</p>
      <label class="calc-label mt-3 block" for={`${id}-share-link`}>当前输入的链接</label>
      <input id={`${id}-share-link`} class="calc-input calc-code" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={() => link} label="复制链接" failed="无法自动复制，请长按上面的链接手动复制。" />
      <label class="calc-label mt-3 block" for={`${id}-locked-link`}>锁定输入的链接（课堂演示用，学生可以点“解锁”再改）</label>
      <input id={`${id}-locked-link`} class="calc-input calc-code" readOnly value={lockedLink} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={() => lockedLink} label="复制锁定链接" failed="无法自动复制，请长按上面的链接手动复制。" />
      <label class="calc-label mt-3 block" for={`${id}-embed-code`}>嵌入代码（放进你的网页）</label>
      <textarea id={`${id}-embed-code`} class="calc-input calc-code" rows={4} readOnly value={iframe} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={() => iframe} label="复制嵌入代码" failed="无法自动复制，请选中上面的代码手动复制。" />
      <p class="mt-1 text-sm">嵌入的计算器会把自己的高度告诉外层页面，自动调整高度的方法见<a href={`${base}teach/#embed`}>教学资源</a>。</p>
      <div class="mt-3">
        {qr ? (
          <figure>
            <svg class="calc-qr" viewBox={`0 0 ${qr.length} ${qr.length}`} role="img" aria-label="当前链接的二维码" shape-rendering="crispEdges">
              <rect width={qr.length} height={qr.length} fill="#fff" />
              <path d={qrPath(qr)} fill="#000" />
            </svg>
            <figcaption class="muted text-sm">用手机扫码打开同样的计算。</figcaption>
          </figure>
        ) : (
          <button type="button" class="btn btn-secondary" onClick={showQr}>生成二维码（投影用）</button>
        )}
        {qrError && <p class="calc-error" role="alert">{qrError}</p>}
      </div>
    </details>
  );
}
