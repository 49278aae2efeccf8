import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { nilaiKinerjaTambahan82021 } from './nilai-kinerja-tambahan-8-2021';
import { nilaiKinerjaUtama82021 } from './nilai-kinerja-utama-8-2021';
import { nilaiSkp82021 } from './nilai-skp-8-2021';

describe('nilaiSkp82021', () => {
  it('the official JPT example (p. 363): (59.2 + 43.6) + 0 = 102.8', () => {
    // 43.6 = 109 × 40 % is derivable (85 vs 85 → Baik → 109); the IKI behind 59.2 are not printed
    // in full, so 59.2 enters as a given weighted part (decision 0010).
    const part = nilaiKinerjaUtama82021([{ nilai: '109', bobot: '40' }], true).nilai;
    expect(part).toBe('43.6');
    const ku = new Decimal('59.2').plus(part);
    const kt = nilaiKinerjaTambahan82021([], true).nilai;
    const v = nilaiSkp82021(ku, kt);
    expect(v).toMatchObject({ nilai: '102.8', nilaiDibulatkan: '102.8' });
    expect(v.trace.steps).toEqual([
      { kind: 'nilai_skp_82021', nilaiKinerjaUtama: '102.8', nilaiKinerjaTambahan: '0', nilai: '102.8' },
    ]);
  });

  it('adds the kinerja tambahan', () => {
    expect(nilaiSkp82021('98.5', '8.72').nilai).toBe('107.22');
    expect(nilaiSkp82021('105.6666666666666666666666666666666666667', '10')).toMatchObject({
      nilai: '115.6666666666666666666666666666666666667',
      nilaiDibulatkan: '115.67',
    });
  });

  it('throws on a value that is not a number', () => {
    expect(() => nilaiSkp82021('NaN', '0')).toThrow(KinerjaError);
  });
});
