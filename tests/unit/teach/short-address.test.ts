import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { printedAddress, shortPath } from '~/lib/teach/short-address';
import { qrPath } from '~/lib/qr';

describe('short addresses', () => {
  it('prints host and path without the scheme, under a sub-path too', () => {
    expect(shortPath(3)).toBe('/c/3/');
    expect(printedAddress(new URL('https://credit-clarity.example'), '/credit/c/3/')).toBe('credit-clarity.example/credit/c/3/');
    expect(printedAddress(new URL('https://a.example/'), '/c/1/')).toBe('a.example/c/1/');
    expect(printedAddress(undefined, '/c/1/')).toBe('/c/1/');
  });
});

describe('qrPath', () => {
  it('draws one square per dark module, merging runs in a row', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false], [false, true, true, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });
  it('covers exactly the dark modules of a real code', () => {
    const { data } = encode('https://credit-clarity.example/c/1/', { ecc: 'M', border: 2 });
    const dark = data.flat().filter(Boolean).length;
    const drawn = [...qrPath(data).matchAll(/h(\d+)v1/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(drawn).toBe(dark);
    expect(dark).toBeGreaterThan(100);
  });
});
