import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPeriodeOpen, jendelaSkp, reopenPeriode } from './periode-window';
import type { PembukaanPeriodeRecord } from './records';
import { INSTANSI, skpFixture } from './test-fixtures';
import { parseWorkflowConfig } from './workflow-config';

const skp = skpFixture();
const closed = (periodeKe: number, batas: string) => ({
  ok: false,
  issues: [{ code: 'periode_closed', path: ['periodeKe'], params: { periodeKe, batas } }],
});
const pembukaan = (over: Partial<PembukaanPeriodeRecord> = {}): PembukaanPeriodeRecord => ({
  instansiId: INSTANSI,
  id: 'bk-1',
  skpId: skp.id,
  periodeKe: 1,
  dibukaOlehId: 'p-bkpsdm',
  alasan: 'Sakit',
  dibukaPada: '2026-04-20T08:00:00+07:00',
  sampai: '2026-04-30',
  ...over,
});

describe('jendelaSkp', () => {
  it.each([
    [1, '2026-04-10'],
    [2, '2026-07-10'],
    [3, '2026-10-10'],
    [4, '2027-01-10'],
  ])('window %i closes on %s (10 days after its end)', (ke, batas) => {
    expect(jendelaSkp(skp, ke)).toMatchObject({ ok: true, value: { ke, batas } });
  });

  it('counts from the end of a segment closed inside the window', () => {
    const s = skpFixture({ periodeAkhir: '2026-05-15' });
    expect(jendelaSkp(s, 2)).toMatchObject({
      ok: true,
      value: { akhirSegmen: '2026-05-15', batas: '2026-05-25' },
    });
    expect(jendelaSkp(s, 3)).toMatchObject({ ok: false, issues: [{ code: 'periode_unknown' }] });
  });

  it('knows only the windows of the segment and of the SKP', () => {
    const s = skpFixture({ periodeAwal: '2026-07-01' });
    expect(jendelaSkp(s, 2)).toMatchObject({
      ok: false,
      issues: [{ code: 'periode_unknown', params: { periodeKe: 2 } }],
    });
    expect(jendelaSkp(s, 3).ok).toBe(true);
    expect(jendelaSkp(skp, 5)).toMatchObject({ ok: false, issues: [{ code: 'periode_unknown' }] });
    expect(jendelaSkp(skpFixture({ jenisPeriodik: 'BULANAN' }), 12)).toMatchObject({
      ok: true,
      value: { batas: '2027-01-10', akhirTahun: true },
    });
  });

  it('follows batasPengisianHari', () => {
    const c = parseWorkflowConfig({ batasPengisianHari: 0 });
    if (!c.ok) throw new Error('config');
    expect(jendelaSkp(skp, 1, c.value)).toMatchObject({ ok: true, value: { batas: '2026-03-31' } });
  });
});

describe('checkPeriodeOpen', () => {
  it('is open until the deadline, inclusive, and closed the day after', () => {
    expect(checkPeriodeOpen(skp, 1, '2026-04-10', []).ok).toBe(true);
    expect(checkPeriodeOpen(skp, 1, '2026-04-11', [])).toEqual(closed(1, '2026-04-10'));
  });

  it('a recorded reopening opens the window until its sampai, only for its SKP and window', () => {
    expect(checkPeriodeOpen(skp, 1, '2026-04-30', [pembukaan()]).ok).toBe(true);
    expect(checkPeriodeOpen(skp, 1, '2026-05-01', [pembukaan()])).toEqual(closed(1, '2026-04-10'));
    expect(checkPeriodeOpen(skp, 2, '2026-07-20', [pembukaan()])).toEqual(closed(2, '2026-07-10'));
    expect(checkPeriodeOpen(skp, 1, '2026-04-20', [pembukaan({ skpId: 'lain' })])).toEqual(
      closed(1, '2026-04-10'),
    );
  });

  it('property: open ⇔ on or before the deadline or within a reopening', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 500 }),
        fc.option(fc.integer({ min: 0, max: 500 })),
        (ke, day, reopenDay) => {
          const tanggal = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const sampai =
            reopenDay === null ? null : new Date(Date.UTC(2026, 0, 1 + reopenDay)).toISOString().slice(0, 10);
          const list = sampai === null ? [] : [pembukaan({ periodeKe: ke, sampai })];
          const batas = (jendelaSkp(skp, ke) as { value: { batas: string } }).value.batas;
          const expected = tanggal <= batas || (sampai !== null && tanggal <= sampai);
          expect(checkPeriodeOpen(skp, ke, tanggal, list).ok).toBe(expected);
        },
      ),
    );
  });
});

describe('reopenPeriode', () => {
  const input = {
    id: 'bk-1',
    dibukaOlehId: 'p-bkpsdm',
    alasan: ' Sakit ',
    dibukaPada: '2026-04-20T08:00:00+07:00',
    sampai: '2026-04-30',
  };
  it('records a reopening', () => {
    expect(reopenPeriode({ instansiId: INSTANSI, skp }, 1, input, '2026-04-20')).toEqual({
      ok: true,
      value: pembukaan(),
    });
  });
  it('refuses a sampai before today, an unknown window, a blank reason', () => {
    expect(reopenPeriode({ instansiId: INSTANSI, skp }, 1, input, '2026-05-01')).toMatchObject({
      ok: false,
      issues: [
        { code: 'invalid_interval', path: ['sampai'], params: { start: '2026-05-01', end: '2026-04-30' } },
      ],
    });
    expect(reopenPeriode({ instansiId: INSTANSI, skp }, 7, input, '2026-04-20')).toMatchObject({
      ok: false,
      issues: [{ code: 'periode_unknown' }],
    });
    expect(
      reopenPeriode({ instansiId: INSTANSI, skp }, 1, { ...input, alasan: '' }, '2026-04-20'),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'required' }],
    });
  });
});
