import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { CapaianKinerjaOrganisasiSchema } from './capaian-kinerja-organisasi';

describe('CapaianKinerjaOrganisasiSchema', () => {
  it('parses the predikat of a unit for a year', () => {
    const c = { unitKerjaId: 'kel-sago', tahun: 2026, predikat: 'BAIK', ditetapkanOlehId: 'p-camat' };
    expect(CapaianKinerjaOrganisasiSchema.parse(c)).toEqual(c);
  });

  it('accepts only the five predikat organisasi', () => {
    expect(
      parseWith(CapaianKinerjaOrganisasiSchema, { unitKerjaId: 'u', tahun: 2026, predikat: 'SANGAT_BAIK' }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['predikat'],
          params: {
            options: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
            received: 'SANGAT_BAIK',
          },
        },
      ],
    });
  });
});
