import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode, MAX_SHARE_LENGTH, readShareFragment, shareFragment } from '@/notebook';

describe('share links', () => {
  it('carry code there and back, whatever its characters', async () => {
    const code = "import { tokenLoss } from 'threshold/sim'\n// ≈ émergence ✓\ntokenLoss(1e9)";
    const encoded = await encodeCode(code);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeCode(encoded.payload)).toEqual({ ok: true, code });
  });

  it('say clearly when a link was cut short or altered', async () => {
    const encoded = await encodeCode('const x = 1\n'.repeat(20));
    if (!encoded.ok) throw new Error('not encoded');
    for (const damaged of [encoded.payload.slice(0, -6), `${encoded.payload.slice(0, 10)}AAAA${encoded.payload.slice(14)}`, 'not base64!']) {
      const decoded = await decodeCode(damaged);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.message).toMatch(/damaged/);
    }
  });

  it('refuse code too long for a link', async () => {
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const encoded = await encodeCode(noise);
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.message).toContain(`at most ${MAX_SHARE_LENGTH}`);
  });

  it('name the cell in the fragment', () => {
    expect(readShareFragment(shareFragment('brier-score', 'abc_-'))).toEqual({ cell: 'brier-score', payload: 'abc_-' });
    expect(readShareFragment('#ref-kaplan2020')).toBeUndefined();
  });
});
