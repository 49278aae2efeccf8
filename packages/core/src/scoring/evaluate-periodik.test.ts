import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePeriodik } from './evaluate-periodik';
import type { HasilEvaluasi } from './hasil-evaluasi';
import { DI_ATAS as A, DI_BAWAH as B, iki, realisasi, rhk, SESUAI as S, skp } from './test-fixtures';

function run(input: unknown): HasilEvaluasi {
  const r = evaluatePeriodik(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const s = skp({
  rhk: [
    rhk('rhk-1', 'UTAMA', [iki('iki-1', '1200', { akumulasi: 'JUMLAH' })]),
    rhk('rhk-2', 'UTAMA', [iki('iki-2', '100', { akumulasi: 'TERAKHIR' })]),
    rhk('rhk-3', 'TAMBAHAN', [iki('iki-3', '80', { akumulasi: 'RATA_RATA' })]),
  ],
});
const tahun = [
  realisasi('iki-1', 1, '300'),
  realisasi('iki-1', 2, '330'),
  realisasi('iki-2', 1, '20'),
  realisasi('iki-2', 2, '50'),
  realisasi('iki-3', 1, '78'),
  realisasi('iki-3', 2, '82'),
];

describe('evaluatePeriodik — one window', () => {
  it('reads the window realisasi against the window target', () => {
    const v = run({ skp: s, periodeKe: 2, realisasi: tahun, penilaian: { ratingPerilakuKerja: S } });
    expect(v.periodeKe).toBe(2);
    expect(v.capaian.map((c) => [c.indikatorId, c.realisasi, c.capaianDibulatkan, c.rating])).toEqual([
      ['iki-1', '330', '110', A], // 330 vs 1200 ÷ 4 = 300
      ['iki-2', '50', '100', S], // 50 vs 100 × 2 ÷ 4 = 50
      ['iki-3', '82', '102.5', A], // 82 vs 80
    ]);
    expect(v.trace.steps.filter((st) => st.kind === 'target_periodik')).toEqual([
      {
        kind: 'target_periodik',
        indikatorId: 'iki-1',
        akumulasi: 'JUMLAH',
        periodeKe: 2,
        jumlahPeriode: 4,
        targetTahunan: { jenis: 'TUNGGAL', nilai: '1200' },
        target: { jenis: 'TUNGGAL', nilai: '300' },
      },
      expect.objectContaining({ indikatorId: 'iki-2', target: { jenis: 'TUNGGAL', nilai: '50' } }),
      expect.objectContaining({ indikatorId: 'iki-3', target: { jenis: 'TUNGGAL', nilai: '80' } }),
    ]);
    // 2 of 3 RHK di atas (> half) and no RHK utama di bawah.
    expect(v.saran.ratingHasilKerja).toBe(A);
    expect(v.predikat).toBe('BAIK');
    expect(v.trace.steps.some((st) => st.kind === 'realisasi_tahunan' || st.kind === 'agregasi')).toBe(false);
  });

  it('scales both ends of a range and flags an indikator without realisasi in the window', () => {
    const monthly = skp({
      jenisPeriodik: 'BULANAN',
      rhk: [
        rhk('rhk-1', 'UTAMA', [iki('iki-1', ['1200', '2400'])]),
        rhk('rhk-2', 'UTAMA', [iki('iki-2', '10')]),
      ],
    });
    const v = run({
      skp: monthly,
      periodeKe: 12,
      realisasi: [realisasi('iki-1', 12, '150'), realisasi('iki-2', 11, '10')],
      penilaian: { ratingPerilakuKerja: S },
    });
    expect(v.trace.steps.find((st) => st.kind === 'target_periodik')).toMatchObject({
      target: { jenis: 'RENTANG', min: '100', max: '200' },
    });
    expect(v.capaian[0]).toMatchObject({ capaian: '100', rating: S });
    expect(v.trace.flags).toEqual([
      {
        code: 'realisasi_missing',
        path: ['skp', 'rencanaHasilKerja', 1, 'indikator', 0],
        params: { indikatorId: 'iki-2' },
        severity: 'warning',
      },
    ]);
    expect(v.saran.ratingHasilKerja).toBe(B);
  });

  it('needs the penilai rating perilaku kerja', () => {
    const r = evaluatePeriodik({ skp: s, periodeKe: 1, realisasi: tahun });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        {
          code: 'evaluasi_missing',
          path: ['penilaian', 'ratingPerilakuKerja'],
          params: { aspect: 'perilaku_kerja' },
        },
      ]);
  });

  it('rejects a window the SKP does not have', () => {
    const r = evaluatePeriodik({
      skp: skp({ rhk: s.rencanaHasilKerja, jenisPeriodik: 'SEMESTERAN' }),
      periodeKe: 3,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toContainEqual({
        code: 'periode_unknown',
        path: ['periodeKe'],
        params: { periodeKe: 3 },
      });
    const missing = evaluatePeriodik({ skp: s });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.issues).toContainEqual({ code: 'required', path: ['periodeKe'], params: {} });
  });

  it('applies the unit leader rule only when the predikat organisasi is given', () => {
    const leader = skp({ pimpinanUnit: true, rhk: s.rencanaHasilKerja });
    const without = run({
      skp: leader,
      periodeKe: 2,
      realisasi: tahun,
      penilaian: { ratingPerilakuKerja: S },
    });
    expect(without.saran.ratingHasilKerja).toBe(A);
    expect(without.trace.flags).toEqual([]);
    const withPo = run({
      skp: leader,
      periodeKe: 2,
      realisasi: tahun,
      predikatOrganisasi: 'BAIK',
      penilaian: { ratingHasilKerja: A, ratingPerilakuKerja: S },
    });
    expect(withPo.ratingHasilKerja).toBe(S);
    expect(withPo.trace.flags.map((f) => f.code)).toEqual([
      'rating_from_predikat_organisasi',
      'rating_deviates',
    ]);
  });

  it('keeps a deviating penilai rating and flags it', () => {
    const v = run({
      skp: s,
      periodeKe: 2,
      realisasi: tahun,
      penilaian: { ratingHasilKerja: B, ratingPerilakuKerja: A },
    });
    expect(v.ratingHasilKerja).toBe(B);
    expect(v.predikat).toBe('BUTUH_PERBAIKAN');
    expect(v.trace.flags).toEqual([
      {
        code: 'rating_deviates',
        path: ['penilaian', 'ratingHasilKerja'],
        params: { aspect: 'hasil_kerja', given: B, suggested: A },
        severity: 'warning',
      },
    ]);
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(
          fc.constantFrom('skp', 'periodeKe', 'realisasi', 'penilaian', 'predikatOrganisasi'),
          fc.string(),
        ),
        (junk, key) => {
          expect(typeof evaluatePeriodik(junk).ok).toBe('boolean');
          expect(typeof evaluatePeriodik({ skp: s, periodeKe: 1, [key]: junk }).ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
