import { describe, expect, it } from 'vitest';
import { ASPEK_PERILAKU_PP46, ASPEK_PERILAKU_PP46_LABELS } from './aspek-perilaku-pp46';
import { PREDIKAT_PP46, PREDIKAT_PP46_LABELS, PredikatPp46Schema } from './predikat-pp46';
import { TINGKAT_KREATIVITAS_LABELS, TingkatKreativitasSchema } from './tingkat-kreativitas';

describe('PP 46/2011 enumerations', () => {
  it('lists the categories from the best to the worst', () => {
    expect(PREDIKAT_PP46).toEqual(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK']);
    expect(PredikatPp46Schema.safeParse('BUTUH_PERBAIKAN').success).toBe(false);
  });

  it('lists the perilaku aspects in the order of the form, kepemimpinan last', () => {
    expect(ASPEK_PERILAKU_PP46.at(-1)).toBe('kepemimpinan');
    expect(ASPEK_PERILAKU_PP46).toHaveLength(6);
  });

  it('labels every value in both languages, differently', () => {
    const tables = [PREDIKAT_PP46_LABELS, ASPEK_PERILAKU_PP46_LABELS, TINGKAT_KREATIVITAS_LABELS];
    for (const table of tables) {
      for (const l of Object.values(table)) {
        expect(l.id.length).toBeGreaterThan(0);
        expect(l.en).not.toBe(l.id);
      }
    }
    expect(Object.keys(TINGKAT_KREATIVITAS_LABELS)).toEqual(TingkatKreativitasSchema.options);
    expect(PREDIKAT_PP46_LABELS.SANGAT_BAIK.id).toBe('Sangat Baik');
  });
});
