import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../errors/kinerja-error';
import { pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46 } from '../../rules/pp-46-2011/pack';
import { nilaiTugasTambahan } from './nilai-tugas-tambahan';

describe('nilaiTugasTambahan', () => {
  // §3.1: 0 → 0, 1–3 → 1, 4–6 → 2, ≥ 7 → 3.
  it.each([
    [0, '0'],
    [1, '1'],
    [3, '1'],
    [4, '2'],
    [6, '2'],
    [7, '3'],
    [25, '3'],
  ])('%i tugas tambahan → %s', (jumlah, nilai) => {
    expect(nilaiTugasTambahan(jumlah).toFixed()).toBe(nilai);
  });

  it('never decreases with more tasks and stays within 0–3', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(nilaiTugasTambahan(lo).lte(nilaiTugasTambahan(hi))).toBe(true);
        expect(nilaiTugasTambahan(hi).lte(3)).toBe(true);
      }),
    );
  });

  it('reads the table from the pack', () => {
    const r = compileRulePackPp46({
      ...pp462011Definition,
      version: 'test',
      tugasTambahan: [
        { jumlahMinimum: 0, nilai: '0' },
        { jumlahMinimum: 2, nilai: '1.5' },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(nilaiTugasTambahan(1, r.value).toFixed()).toBe('0');
    expect(nilaiTugasTambahan(9, r.value).toFixed()).toBe('1.5');
  });

  it.each([-1, 1.5, Number.NaN])('throws on %s', (jumlah) => {
    expect(() => nilaiTugasTambahan(jumlah)).toThrow(KinerjaError);
  });
});
