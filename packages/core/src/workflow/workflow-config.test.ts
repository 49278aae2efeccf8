import { describe, expect, it } from 'vitest';
import { batasSkp, DEFAULT_WORKFLOW_CONFIG, parseWorkflowConfig } from './workflow-config';

describe('workflow configuration', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_WORKFLOW_CONFIG).toEqual({
      zonaWaktu: 'Asia/Jakarta',
      batasSkp: { bulan: 1, hari: 31 },
      batasSkpTahun: {},
      batasPengisianHari: 10,
      keberatanHari: 14,
      segmen: 'RATA_RATA_HARI',
      kurvaWajib: false,
    });
    expect(parseWorkflowConfig(undefined)).toEqual({ ok: true, value: DEFAULT_WORKFLOW_CONFIG });
  });

  it('rejects unknown fields and bad values with issues', () => {
    const r = parseWorkflowConfig({ zonaWaktu: 'Europe/Paris', keberatanHari: 0, extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual(['invalid_value', 'too_small', 'unrecognized_keys']);
  });

  it.each([
    [2026, {}, '2026-01-31'],
    [2026, { batasSkp: { bulan: 2, hari: 30 } }, '2026-02-28'],
    [2028, { batasSkp: { bulan: 2, hari: 30 } }, '2028-02-29'],
    [2027, { batasSkpTahun: { '2027': '2027-02-15' } }, '2027-02-15'],
    [2026, { batasSkpTahun: { '2027': '2027-02-15' } }, '2026-01-31'],
  ])('batasSkp(%i, %j) = %s', (tahun, input, expected) => {
    const config = parseWorkflowConfig(input);
    expect(config.ok).toBe(true);
    if (config.ok) expect(batasSkp(tahun, config.value)).toBe(expected);
  });
});
