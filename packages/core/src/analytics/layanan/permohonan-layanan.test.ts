import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePermohonanLayanan } from './permohonan-layanan';

const base = {
  id: 'PTN-1',
  jenisLayanan: 'SURAT_KETERANGAN_DOMISILI',
  diterimaPada: '2026-01-02',
  selesaiPada: '2026-01-05',
  status: 'SELESAI',
  petugasId: 'peg-1',
};

describe('PermohonanLayananSchema', () => {
  it.each([
    ['2026-01-02T10:15:00+07:00', '2026-01-02'],
    ['2026-01-02T23:59:59.123Z', '2026-01-02'],
    ['2026-01-02 08:05', '2026-01-02'],
    ['2026-01-02T08:05:00+0700', '2026-01-02'],
    ['2026-01-02', '2026-01-02'],
  ])('keeps the date of %s as written: %s', (diterimaPada, expected) => {
    const r = parsePermohonanLayanan({ ...base, diterimaPada });
    expect(r.ok && r.value.diterimaPada).toBe(expected);
  });

  it('drops columns it does not know (no personal data kept)', () => {
    const r = parsePermohonanLayanan({ ...base, namaPemohon: 'Siti', nik: '1471xxxxxxxxxxxx' });
    expect(r.ok && Object.keys(r.value).sort()).toEqual(
      ['diterimaPada', 'id', 'jenisLayanan', 'petugasId', 'selesaiPada', 'status'].sort(),
    );
  });

  it.each([
    ['an impossible date', { selesaiPada: '2026-02-30' }, 'invalid_date', ['selesaiPada']],
    ['a bad time of day', { diterimaPada: '2026-01-02T25:00' }, 'invalid_date', ['diterimaPada']],
    ['a day-first date', { diterimaPada: '02-01-2026' }, 'invalid_date', ['diterimaPada']],
    ['SELESAI without a date', { selesaiPada: null }, 'required', ['selesaiPada']],
    ['SELESAI with the date left out', { selesaiPada: undefined }, 'required', ['selesaiPada']],
    ['completed before received', { selesaiPada: '2026-01-01' }, 'invalid_interval', ['selesaiPada']],
    ['an unknown status', { status: 'BATAL' }, 'invalid_value', ['status']],
    ['no petugas', { petugasId: undefined }, 'required', ['petugasId']],
    ['an empty jenis', { jenisLayanan: ' ' }, 'too_small', ['jenisLayanan']],
  ])('reports %s', (_, change, code, path) => {
    const r = parsePermohonanLayanan({ ...base, ...change }, [7]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path: [7, ...path] }));
  });

  it('accepts a request in process without a completion date, and a rejection with one', () => {
    expect(parsePermohonanLayanan({ ...base, status: 'DIPROSES', selesaiPada: undefined }).ok).toBe(true);
    expect(parsePermohonanLayanan({ ...base, status: 'DITOLAK' }).ok).toBe(true);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(typeof parsePermohonanLayanan(x).ok).toBe('boolean');
      }),
    );
  });
});
