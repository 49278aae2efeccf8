import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbUnitKerjaTree } from '../testing/arbitraries';
import {
  descendantUnitIds,
  parseUnitKerjaTree,
  type UnitKerja,
  UnitKerjaSchema,
  validateUnitKerjaTree,
} from './unit-kerja';

const SENAPELAN: UnitKerja[] = [
  { id: 'kel-sago', nama: 'Kelurahan Sago', jenis: 'KELURAHAN', indukId: 'kec-senapelan' },
  { id: 'kec-senapelan', nama: 'Kecamatan Senapelan', jenis: 'KECAMATAN', indukId: null },
  { id: 'sekcam', nama: 'Sekretariat Kecamatan', jenis: 'SEKRETARIAT', indukId: 'kec-senapelan' },
  { id: 'subbag-umum', nama: 'Subbagian Umum dan Kepegawaian', indukId: 'sekcam' },
  { id: 'kel-kampung-baru', nama: 'Kelurahan Kampung Baru', jenis: 'KELURAHAN', indukId: 'kec-senapelan' },
  { id: 'kec-lain', nama: 'Kecamatan Lain', indukId: null },
];

describe('UnitKerjaSchema', () => {
  it('accepts a unit and trims its name', () => {
    expect(UnitKerjaSchema.parse({ id: 'kel-sago', nama: ' Kelurahan Sago ', indukId: 'kec' })).toEqual({
      id: 'kel-sago',
      nama: 'Kelurahan Sago',
      indukId: 'kec',
    });
  });
});

describe('validateUnitKerjaTree', () => {
  it('accepts a forest in any order', () => {
    expect(validateUnitKerjaTree(SENAPELAN)).toEqual([]);
    expect(validateUnitKerjaTree([])).toEqual([]);
  });

  it('reports a duplicate id at the second occurrence', () => {
    const units = [...SENAPELAN, { id: 'sekcam', nama: 'Sekretariat (salinan)', indukId: null }];
    expect(validateUnitKerjaTree(units)).toEqual([
      { code: 'duplicate_id', path: [6, 'id'], params: { id: 'sekcam' } },
    ]);
  });

  it('reports an unknown parent', () => {
    const units = [...SENAPELAN, { id: 'kel-x', nama: 'Kelurahan X', indukId: 'kec-hilang' }];
    expect(validateUnitKerjaTree(units)).toEqual([
      { code: 'unknown_reference', path: [6, 'indukId'], params: { kind: 'unit_kerja', id: 'kec-hilang' } },
    ]);
  });

  it('reports every unit on a cycle, and only those', () => {
    const units: UnitKerja[] = [
      { id: 'a', nama: 'A', indukId: 'b' },
      { id: 'b', nama: 'B', indukId: 'c' },
      { id: 'c', nama: 'C', indukId: 'a' },
      { id: 'd', nama: 'D (below the cycle)', indukId: 'a' },
      { id: 'root', nama: 'Root', indukId: null },
    ];
    expect(validateUnitKerjaTree(units)).toEqual([
      { code: 'cycle', path: [0, 'indukId'], params: { id: 'a' } },
      { code: 'cycle', path: [1, 'indukId'], params: { id: 'b' } },
      { code: 'cycle', path: [2, 'indukId'], params: { id: 'c' } },
    ]);
  });

  it('reports a unit that is its own parent', () => {
    expect(validateUnitKerjaTree([{ id: 'a', nama: 'A', indukId: 'a' }])).toEqual([
      { code: 'cycle', path: [0, 'indukId'], params: { id: 'a' } },
    ]);
  });

  it('accepts every generated tree and finds the cycle made by re-parenting a root below itself', () => {
    fc.assert(
      fc.property(
        arbUnitKerjaTree({ singleRoot: true }).filter((us) => us.length > 1),
        fc.nat(),
        (units, pick) => {
          expect(validateUnitKerjaTree(units)).toEqual([]);
          const root = units.find((u) => u.indukId === null)!;
          const below = descendantUnitIds(units, root.id).slice(1);
          const newParent = below[pick % below.length]!;
          const broken = units.map((u) => (u.id === root.id ? { ...u, indukId: newParent } : u));
          const cycle = validateUnitKerjaTree(broken);
          expect(cycle.length).toBeGreaterThan(0);
          expect(cycle.every((i) => i.code === 'cycle')).toBe(true);
          expect(cycle.map((i) => i.params)).toContainEqual({ id: root.id });
          expect(cycle.map((i) => i.params)).toContainEqual({ id: newParent });
        },
      ),
    );
  });
});

describe('parseUnitKerjaTree', () => {
  it('parses and checks', () => {
    expect(parseUnitKerjaTree(SENAPELAN)).toEqual({ ok: true, value: SENAPELAN });
    expect(parseUnitKerjaTree([{ id: 'a', nama: 'A', indukId: 'b' }])).toEqual({
      ok: false,
      issues: [{ code: 'unknown_reference', path: [0, 'indukId'], params: { kind: 'unit_kerja', id: 'b' } }],
    });
  });

  it('reports shape problems with their index', () => {
    expect(parseUnitKerjaTree([SENAPELAN[0], { id: 'x', nama: '  ' }])).toEqual({
      ok: false,
      issues: [
        { code: 'too_small', path: [1, 'nama'], params: { minimum: '1', inclusive: true, origin: 'string' } },
        { code: 'required', path: [1, 'indukId'], params: {} },
      ],
    });
    expect(parseUnitKerjaTree({ units: [] })).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], params: { expected: 'array', received: 'object' } }],
    });
  });

  it('gives back a generated tree through JSON unchanged', () => {
    fc.assert(
      fc.property(arbUnitKerjaTree(), (units) => {
        const once = parseUnitKerjaTree(JSON.parse(JSON.stringify(units)));
        expect(once).toEqual({ ok: true, value: units });
        if (once.ok) expect(parseUnitKerjaTree(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
      }),
    );
  });
});

describe('descendantUnitIds', () => {
  it('lists a unit and everything below it, the root first, depth first in list order', () => {
    expect(descendantUnitIds(SENAPELAN, 'kec-senapelan')).toEqual([
      'kec-senapelan',
      'kel-sago',
      'sekcam',
      'subbag-umum',
      'kel-kampung-baru',
    ]);
    expect(descendantUnitIds(SENAPELAN, 'sekcam')).toEqual(['sekcam', 'subbag-umum']);
    expect(descendantUnitIds(SENAPELAN, 'kel-sago')).toEqual(['kel-sago']);
    expect(descendantUnitIds(SENAPELAN, 'kec-lain')).toEqual(['kec-lain']);
  });

  it('partitions a forest by its roots, each parent before its children', () => {
    fc.assert(
      fc.property(arbUnitKerjaTree(), (units) => {
        const roots = units.filter((u) => u.indukId === null);
        const all = roots.flatMap((r) => descendantUnitIds(units, r.id));
        expect([...all].sort()).toEqual(units.map((u) => u.id).sort());
        for (const r of roots) {
          const ids = descendantUnitIds(units, r.id);
          ids.forEach((id, i) => {
            const parent = units.find((u) => u.id === id)!.indukId;
            if (i > 0) expect(ids.indexOf(parent!)).toBeLessThan(i);
          });
        }
      }),
    );
  });

  it('terminates on a cycle', () => {
    const units: UnitKerja[] = [
      { id: 'a', nama: 'A', indukId: 'b' },
      { id: 'b', nama: 'B', indukId: 'a' },
    ];
    expect(descendantUnitIds(units, 'a')).toEqual(['a', 'b']);
  });
});
