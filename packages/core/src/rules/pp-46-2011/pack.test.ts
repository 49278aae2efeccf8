import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../issues/issue';
import { createRulePack, REGIMES, requireRulePack } from '../rule-pack';
import { PP_46_2011, pp462011Definition } from './index';
import { compileRulePackPp46 } from './pack';
import { RulePackPp46Schema } from './schema';

function issuesOf(input: unknown): { code: IssueCode; path: string }[] {
  const r = compileRulePackPp46(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}

describe('PP_46_2011', () => {
  it('is the built-in pack of PP 46/2011 + Perka BKN 1/2013', () => {
    expect(PP_46_2011).toMatchObject({ id: 'pp-46-2011', version: '1.0.0', regime: 'pp-46-2011' });
    expect(PP_46_2011.definition.effectiveFrom).toBe('2014-01-01');
    expect(PP_46_2011.definition.effectiveUntil).toBe('2021-06-30');
    expect(PP_46_2011.definition.name.id).toMatch(/46 Tahun 2011/);
  });

  it('holds every constant of the regime as data', () => {
    const d = PP_46_2011.definition;
    expect(d.efisiensi).toEqual({ faktor: '1.76', batas: '24', batasInklusif: true, nilaiDasar: '76' });
    expect(d.pembagiKegiatan).toEqual({ tanpaBiaya: 3, denganBiaya: 4 });
    expect(d.tugasTambahan.map((t) => [t.jumlahMinimum, t.nilai])).toEqual([
      [0, '0'],
      [1, '1'],
      [4, '2'],
      [7, '3'],
    ]);
    expect(d.kreativitas).toEqual({
      nilai: { UNIT_KERJA: '3', ORGANISASI: '6', NASIONAL: '12' },
      agregasi: 'JUMLAH',
    });
    expect(d.perilakuKerja).toEqual({ pembagiStruktural: 6, pembagiNonStruktural: 5 });
    expect(d.bobot).toEqual({ nilaiSkp: '60', nilaiPerilakuKerja: '40' });
    expect(d.kategori).toEqual({
      batasBawah: { SANGAT_BAIK: '91', BAIK: '76', CUKUP: '61', KURANG: '51' },
      inklusif: true,
      pembulatan: { scale: 2, mode: 'HALF_UP' },
    });
    expect(d.pembulatan).toEqual({ nilai: { scale: 2, mode: 'HALF_UP' }, antara: false });
  });

  it('round-trips through JSON and the schema', () => {
    const json = JSON.parse(JSON.stringify(PP_46_2011.definition));
    expect(RulePackPp46Schema.parse(json)).toEqual(PP_46_2011.definition);
    expect(compileRulePackPp46(json)).toMatchObject({ ok: true, value: { id: 'pp-46-2011' } });
  });
});

describe('createRulePack with a PP 46/2011 pack', () => {
  it('knows the regime and dispatches to its compiler', () => {
    expect(REGIMES).toContain('pp-46-2011');
    const r = createRulePack({ ...pp462011Definition, id: 'pp-46-2011-lt25', version: '1.0.0' });
    expect(r.ok && r.value.regime).toBe('pp-46-2011');
    expect(requireRulePack(pp462011Definition).regime).toBe('pp-46-2011');
  });

  it('accepts the alternative boundary policies', () => {
    for (const efisiensi of [
      { ...pp462011Definition.efisiensi, batasInklusif: false },
      { ...pp462011Definition.efisiensi, batas: '25', batasInklusif: false },
    ]) {
      expect(compileRulePackPp46({ ...pp462011Definition, efisiensi }).ok).toBe(true);
    }
  });
});

describe('compileRulePackPp46 — validation', () => {
  it('rejects category bounds that do not descend', () => {
    expect(
      issuesOf({
        ...pp462011Definition,
        kategori: {
          ...pp462011Definition.kategori,
          batasBawah: { SANGAT_BAIK: '91', BAIK: '95', CUKUP: '61', KURANG: '61' },
        },
      }),
    ).toEqual([
      { code: 'rule_pack_unordered', path: 'kategori.batasBawah.BAIK' },
      { code: 'rule_pack_unordered', path: 'kategori.batasBawah.KURANG' },
    ]);
  });

  it('rejects a tugas tambahan table that does not start at 0 or does not ascend', () => {
    expect(
      issuesOf({
        ...pp462011Definition,
        tugasTambahan: [
          { jumlahMinimum: 1, nilai: '1' },
          { jumlahMinimum: 1, nilai: '2' },
        ],
      }),
    ).toEqual([
      { code: 'invalid_value', path: 'tugasTambahan.0.jumlahMinimum' },
      { code: 'rule_pack_unordered', path: 'tugasTambahan.1.jumlahMinimum' },
    ]);
    expect(issuesOf({ ...pp462011Definition, tugasTambahan: [] })).toEqual([
      { code: 'too_small', path: 'tugasTambahan' },
    ]);
  });

  it('rejects weights that do not add up to 100', () => {
    const r = compileRulePackPp46({
      ...pp462011Definition,
      bobot: { nilaiSkp: '60', nilaiPerilakuKerja: '30' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        { code: 'bobot_total_invalid', path: ['bobot'], params: { total: '90', expected: '100' } },
      ]);
  });

  it('names every offending path of malformed data', () => {
    expect(
      issuesOf({
        ...pp462011Definition,
        efisiensi: { ...pp462011Definition.efisiensi, batas: '24,5', typo: 1 },
        pembagiKegiatan: { tanpaBiaya: 0, denganBiaya: 4 },
        kreativitas: { ...pp462011Definition.kreativitas, agregasi: 'RATA_RATA' },
        effectiveUntil: '2021-06-31',
      }),
    ).toEqual([
      { code: 'invalid_date', path: 'effectiveUntil' },
      { code: 'invalid_decimal', path: 'efisiensi.batas' },
      { code: 'unrecognized_keys', path: 'efisiensi' },
      { code: 'too_small', path: 'pembagiKegiatan.tanpaBiaya' },
      { code: 'invalid_value', path: 'kreativitas.agregasi' },
    ]);
  });

  it('never throws, whatever the data', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = compileRulePackPp46(x);
        expect(r.ok).toBe(false);
        const withRegime = createRulePack(
          typeof x === 'object' && x !== null && !Array.isArray(x) ? { ...x, regime: 'pp-46-2011' } : x,
        );
        expect(typeof withRegime.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on a definition with any field replaced', () => {
    const keys = Object.keys(pp462011Definition) as (keyof typeof pp462011Definition)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, replacement) => {
        const r = compileRulePackPp46({ ...pp462011Definition, [key]: replacement });
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
