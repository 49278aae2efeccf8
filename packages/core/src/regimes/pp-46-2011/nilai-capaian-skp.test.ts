import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { nilaiCapaianSkp } from './nilai-capaian-skp';

describe('nilaiCapaianSkp', () => {
  it('is the mean of the kegiatan plus tugas tambahan and kreativitas', () => {
    expect(nilaiCapaianSkp(['85.5']).nilai.toFixed()).toBe('85.5');
    const n = nilaiCapaianSkp(['85.5', '80'], { tugasTambahan: '1', kreativitas: '3' });
    expect(n.rataRata.toFixed()).toBe('82.75');
    expect(n.nilai.toFixed()).toBe('86.75');
  });

  it('throws without kegiatan', () => {
    expect(() => nilaiCapaianSkp([])).toThrow(KinerjaError);
  });

  it('does not depend on the order of the kegiatan', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12000), { minLength: 1, maxLength: 8 }), (values) => {
        const decimals = values.map((v) => new Decimal(v).div(100));
        const reversed = [...decimals].reverse();
        expect(nilaiCapaianSkp(decimals).nilai.eq(nilaiCapaianSkp(reversed).nilai)).toBe(true);
      }),
    );
  });
});
