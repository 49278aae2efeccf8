import { describe, expect, it } from 'vitest';
import {
  finalizeEvaluasi,
  type LingkupEvaluasi,
  type PenilaianEvaluasi,
  rateEvaluasi,
  reviseEvaluasiByKeberatan,
  tetapkanEvaluasi,
} from './evaluasi-lifecycle';
import type { EvaluasiStatus } from './records';
import { evaluasiRecord } from './test-fixtures';

const open: LingkupEvaluasi = { unitKerjaId: 'kel-sago', tahun: 2026, ditetapkan: false };
const frozen: LingkupEvaluasi = { ...open, ditetapkan: true };
const FROZEN = {
  ok: false,
  issues: [{ code: 'penetapan_frozen', path: [], params: { unitKerjaId: 'kel-sago', tahun: 2026 } }],
};

function penilaian(over: Partial<PenilaianEvaluasi> = {}): PenilaianEvaluasi {
  const {
    status: _s,
    version: _v,
    ...rest
  } = evaluasiRecord({ ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK' });
  return { ...rest, ...over };
}

const notAllowed = (from: string, action: string) => ({
  ok: false,
  issues: [{ code: 'transition_not_allowed', path: [], params: { entity: 'evaluasi', from, action } }],
});

describe('evaluation lifecycle', () => {
  it('a first rating creates a DRAFT, or a FINAL when signed', () => {
    expect(rateEvaluasi(null, penilaian(), open)).toEqual({
      ok: true,
      value: { ...penilaian(), status: 'DRAFT', version: 0 },
    });
    expect(rateEvaluasi(null, penilaian(), open, true)).toMatchObject({
      ok: true,
      value: { status: 'FINAL' },
    });
  });

  it('a DRAFT can be rated again, keeping its version for the store', () => {
    const r = rateEvaluasi(
      evaluasiRecord({ status: 'DRAFT' }),
      penilaian({ predikat: 'SANGAT_BAIK' }),
      open,
      true,
    );
    expect(r).toMatchObject({ ok: true, value: { status: 'FINAL', predikat: 'SANGAT_BAIK', version: 2 } });
  });

  it('a FINAL evaluation is not rated again', () => {
    expect(rateEvaluasi(evaluasiRecord(), penilaian(), open)).toEqual(notAllowed('FINAL', 'evaluasi.rate'));
  });

  it.each<EvaluasiStatus | null>([null, 'DRAFT', 'FINAL'])(
    'nothing is rated once the year is frozen (%s)',
    (status) => {
      const current = status === null ? null : evaluasiRecord({ status });
      expect(rateEvaluasi(current, penilaian(), frozen, true)).toEqual(FROZEN);
    },
  );

  it('a DITETAPKAN evaluation is frozen', () => {
    expect(rateEvaluasi(evaluasiRecord({ status: 'DITETAPKAN' }), penilaian(), open)).toEqual(FROZEN);
    expect(finalizeEvaluasi(evaluasiRecord({ status: 'DITETAPKAN' }), open, 'x')).toEqual(FROZEN);
  });

  it('cannot rate another evaluation over the stored one', () => {
    expect(rateEvaluasi(evaluasiRecord({ status: 'DRAFT' }), penilaian({ id: 'x' }), open)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_value' }],
    });
  });

  it('DRAFT → FINAL → DITETAPKAN', () => {
    const draft = evaluasiRecord({ status: 'DRAFT' });
    const final = finalizeEvaluasi(draft, open, '2027-01-09T10:00:00+07:00');
    expect(final).toMatchObject({
      ok: true,
      value: { status: 'FINAL', version: 2, dinilaiPada: '2027-01-09T10:00:00+07:00' },
    });
    expect(finalizeEvaluasi(evaluasiRecord(), open, 'x')).toEqual(notAllowed('FINAL', 'evaluasi.finalize'));
    expect(finalizeEvaluasi(draft, frozen, 'x')).toEqual(FROZEN);
    expect(tetapkanEvaluasi(evaluasiRecord())).toMatchObject({ ok: true, value: { status: 'DITETAPKAN' } });
    expect(tetapkanEvaluasi(draft)).toEqual(notAllowed('DRAFT', 'penetapan.make'));
    expect(tetapkanEvaluasi(evaluasiRecord({ status: 'DITETAPKAN' }))).toEqual(
      notAllowed('DITETAPKAN', 'penetapan.make'),
    );
  });

  it.each<EvaluasiStatus>(['FINAL', 'DITETAPKAN'])(
    'a granted keberatan re-evaluates a %s evaluation',
    (status) => {
      const r = reviseEvaluasiByKeberatan(
        evaluasiRecord({ status }),
        penilaian({ predikat: 'SANGAT_BAIK', penilaiId: 'p-lurah' }),
      );
      expect(r).toMatchObject({
        ok: true,
        value: { status, predikat: 'SANGAT_BAIK', penilaiId: 'p-lurah', version: 2 },
      });
    },
  );

  it('a keberatan does not touch a draft', () => {
    expect(reviseEvaluasiByKeberatan(evaluasiRecord({ status: 'DRAFT' }), penilaian())).toEqual(
      notAllowed('DRAFT', 'keberatan.decide'),
    );
    expect(reviseEvaluasiByKeberatan(evaluasiRecord(), penilaian({ skpId: 'lain' }))).toMatchObject({
      ok: false,
    });
  });
});
