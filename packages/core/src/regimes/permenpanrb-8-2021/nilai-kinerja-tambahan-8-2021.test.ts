import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../errors/kinerja-error';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { nilaiKinerjaTambahan82021 } from './nilai-kinerja-tambahan-8-2021';

describe('nilaiKinerjaTambahan82021', () => {
  it.each([
    ['SANGAT_BAIK', '120', '5', '6'],
    ['BAIK', '109', '10', '8.72'],
    ['CUKUP', '88', '10', '5.28'],
    ['KURANG', '60', '10', '2.4'],
    ['SANGAT_KURANG', '40', '10', '0.8'],
  ] as const)('%s, nilai %s, lingkup %s % → %s', (kategori, nilai, bobotLingkupPenugasan, kontribusi) => {
    const v = nilaiKinerjaTambahan82021([{ kategori, nilai, bobotLingkupPenugasan }], true);
    expect(v).toMatchObject({ method: 'KATEGORI_BOBOT', jumlah: kontribusi, nilai: kontribusi });
    expect(v.items[0]).toMatchObject({ kontribusi });
  });

  it('caps the sum at 10 (8/2021 pp. 95–96)', () => {
    const v = nilaiKinerjaTambahan82021(
      [
        { indikatorId: 'kt-1', kategori: 'BAIK', nilai: '109', bobotLingkupPenugasan: '10' },
        { indikatorId: 'kt-2', kategori: 'CUKUP', nilai: '88', bobotLingkupPenugasan: '10' },
      ],
      false,
    );
    expect(v).toMatchObject({ jumlah: '14', nilai: '10' });
    expect(v.trace.steps[0]).toMatchObject({
      kind: 'nilai_kinerja_tambahan_82021',
      jumlah: '14',
      maximum: '10',
      nilai: '10',
    });
  });

  it('is 0 without kinerja tambahan (the official JPT example)', () => {
    expect(nilaiKinerjaTambahan82021([], true)).toMatchObject({ jumlah: '0', nilai: '0' });
  });

  it('adds nothing under an override with method NONE, and needs no lingkup then', () => {
    const r = compileRulePack82021({
      ...permenpanrb82021Definition,
      nilaiSkp: {
        ...permenpanrb82021Definition.nilaiSkp,
        nonJpt: { utama: 'MEAN', tambahan: { method: 'NONE' } },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const v = nilaiKinerjaTambahan82021([{ kategori: 'SANGAT_BAIK', nilai: '120' }], false, r.value);
    expect(v).toMatchObject({ method: 'NONE', nilai: '0' });
    expect(
      nilaiKinerjaTambahan82021(
        [{ kategori: 'SANGAT_BAIK', nilai: '120', bobotLingkupPenugasan: '10' }],
        true,
        r.value,
      ).nilai,
    ).toBe('10');
  });

  it('throws without a bobot lingkup penugasan under KATEGORI_BOBOT', () => {
    expect(() => nilaiKinerjaTambahan82021([{ kategori: 'BAIK', nilai: '109' }], true)).toThrow(KinerjaError);
  });
});
