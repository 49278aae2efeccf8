import { afterEach, describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { batasKeberatan, decideKeberatan, explainKeberatan, fileKeberatan } from './keberatan-lifecycle';
import type { KeberatanRecord } from './records';
import { evaluasiRecord, INSTANSI } from './test-fixtures';
import { parseWorkflowConfig } from './workflow-config';

const pengajuan = {
  id: 'kb-1',
  pegawaiId: 'p-staf',
  alasan: ' Bukti dukung TW IV belum dipertimbangkan ',
  diajukanPada: '2027-01-10T08:00:00+07:00',
};

const filed: KeberatanRecord = {
  instansiId: INSTANSI,
  id: 'kb-1',
  evaluasiId: 'skp-staf.evaluasi.tahunan',
  skpId: 'skp-staf',
  pegawaiId: 'p-staf',
  alasan: 'Bukti dukung TW IV belum dipertimbangkan',
  diajukanPada: '2027-01-10T08:00:00+07:00',
  status: 'DIAJUKAN',
  version: 1,
};

describe('batasKeberatan', () => {
  it('is the local signing date + 14 days by default', () => {
    expect(batasKeberatan(evaluasiRecord())).toBe('2027-01-19');
    // 18:00 UTC on 4 January is already 5 January in WIB.
    expect(batasKeberatan(evaluasiRecord({ dinilaiPada: '2027-01-04T18:00:00Z' }))).toBe('2027-01-19');
  });

  it('follows keberatanHari and the zone', () => {
    const c = parseWorkflowConfig({ keberatanHari: 21, zonaWaktu: 'Asia/Jayapura' });
    if (!c.ok) throw new Error('config');
    expect(batasKeberatan(evaluasiRecord({ dinilaiPada: '2027-01-04T15:30:00Z' }), c.value)).toBe(
      '2027-01-26',
    );
  });

  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['UTC', 'America/New_York'])('does not depend on the machine’s zone (TZ=%s)', (tz) => {
    process.env.TZ = tz;
    expect(batasKeberatan(evaluasiRecord({ dinilaiPada: '2027-01-04T17:00:00Z' }))).toBe('2027-01-19');
    expect(batasKeberatan(evaluasiRecord({ dinilaiPada: '2027-01-04T16:59:59Z' }))).toBe('2027-01-18');
    expect(
      fileKeberatan(evaluasiRecord({ dinilaiPada: '2027-01-04T16:59:59Z' }), pengajuan, '2027-01-19').ok,
    ).toBe(false);
  });

  it('throws on a corrupt record', () => {
    expect(() => batasKeberatan(evaluasiRecord({ dinilaiPada: 'kemarin' }))).toThrow(KinerjaError);
  });
});

describe('keberatan lifecycle', () => {
  it('files within the window against a FINAL or DITETAPKAN annual evaluation', () => {
    expect(fileKeberatan(evaluasiRecord(), pengajuan, '2027-01-19')).toEqual({
      ok: true,
      value: { ...filed, version: 0 },
    });
    expect(fileKeberatan(evaluasiRecord({ status: 'DITETAPKAN' }), pengajuan, '2027-01-06').ok).toBe(true);
  });

  it('is refused the day after the deadline', () => {
    expect(fileKeberatan(evaluasiRecord(), pengajuan, '2027-01-20')).toEqual({
      ok: false,
      issues: [{ code: 'keberatan_expired', path: [], params: { batas: '2027-01-19' } }],
    });
  });

  it('is refused against a draft or a periodic evaluation', () => {
    expect(fileKeberatan(evaluasiRecord({ status: 'DRAFT' }), pengajuan, '2027-01-06')).toMatchObject({
      ok: false,
      issues: [{ code: 'transition_not_allowed', params: { from: 'DRAFT', action: 'keberatan.file' } }],
    });
    expect(
      fileKeberatan(evaluasiRecord({ jenis: 'PERIODIK', periodeKe: 4 }), pengajuan, '2027-01-06'),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'transition_not_allowed', params: { from: 'PERIODIK' } }],
    });
  });

  it('needs a reason', () => {
    expect(fileKeberatan(evaluasiRecord(), { ...pengajuan, alasan: ' ' }, '2027-01-06')).toMatchObject({
      ok: false,
      issues: [{ code: 'required', path: ['alasan'] }],
    });
  });

  it('DIAJUKAN → DIJELASKAN → DITERIMA | DITOLAK, keeping the history', () => {
    const explained = explainKeberatan(
      filed,
      'Bukti TW IV tidak memenuhi kualitas',
      '2027-01-12T10:00:00+07:00',
    );
    expect(explained).toEqual({
      ok: true,
      value: {
        ...filed,
        status: 'DIJELASKAN',
        penjelasan: 'Bukti TW IV tidak memenuhi kualitas',
        dijelaskanPada: '2027-01-12T10:00:00+07:00',
      },
    });
    if (!explained.ok) return;
    const keputusan = { alasan: 'Bukti lengkap', olehId: 'p-lurah', pada: '2027-01-15T09:00:00+07:00' };
    const granted = decideKeberatan(explained.value, { ...keputusan, diterima: true });
    expect(granted).toEqual({
      ok: true,
      value: {
        ...explained.value,
        status: 'DITERIMA',
        alasanKeputusan: 'Bukti lengkap',
        diputuskanOlehId: 'p-lurah',
        diputuskanPada: '2027-01-15T09:00:00+07:00',
      },
    });
    expect(decideKeberatan(explained.value, { ...keputusan, diterima: false })).toMatchObject({
      ok: true,
      value: { status: 'DITOLAK', penjelasan: 'Bukti TW IV tidak memenuhi kualitas' },
    });
  });

  it('refuses steps out of order', () => {
    const k = { diterima: true, alasan: 'x', olehId: 'p-lurah', pada: '2027-01-15T09:00:00+07:00' };
    expect(decideKeberatan(filed, k)).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'transition_not_allowed',
          params: { entity: 'keberatan', from: 'DIAJUKAN', action: 'keberatan.decide' },
        },
      ],
    });
    for (const status of ['DIJELASKAN', 'DITERIMA', 'DITOLAK'] as const) {
      expect(explainKeberatan({ ...filed, status }, 'x', '2027-01-12T10:00:00+07:00')).toMatchObject({
        ok: false,
        issues: [{ code: 'transition_not_allowed', params: { from: status } }],
      });
    }
    for (const status of ['DITERIMA', 'DITOLAK'] as const) {
      expect(decideKeberatan({ ...filed, status }, k).ok).toBe(false);
    }
    expect(explainKeberatan(filed, '', '2027-01-12T10:00:00+07:00')).toMatchObject({
      ok: false,
      issues: [{ code: 'required', path: ['penjelasan'] }],
    });
  });
});
