import { applyOverride, evaluateTahunan, PERMENPANRB_6_2022, type RulePack62022 } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import type { ImplEntry } from './bench-impl';
import { collectDisagreements, newDisagreements } from './disagreement';
import { explainDisagreement } from './explain-disagreement';
import { evaluasiDataOf } from './impl/kinerja';
import { IMPLEMENTATIONS, implEntry } from './implementations';
import { newOutcomeColumns, type OutcomeColumns, readOutcome } from './outcome-columns';
import { whatIfPacks } from './what-if-pack';
import { buildWorkload, type WorkItem } from './workload';

const { a: packA, b: packB } = whatIfPacks();
const normal = buildWorkload({ size: 400, seed: 21 }).workload.items;
const edge = buildWorkload({ size: 400, seed: 21, edge: true }).workload.items;

async function scoreAll(
  entry: ImplEntry,
  items: readonly WorkItem[],
  pack: RulePack62022,
): Promise<OutcomeColumns> {
  const out = newOutcomeColumns(items.length);
  await entry.impl.score(entry.impl.prepare(items), out, pack);
  return out;
}

const kernel = implEntry('kinerja-kernel');

describe('the implementations', () => {
  it('registers unique names, the exact kernel among them', () => {
    const names = IMPLEMENTATIONS.map((e) => e.impl.name);
    expect(new Set(names).size).toBe(names.length);
    expect(kernel.exact).toBe(true);
    expect(() => implEntry('nope')).toThrow(/unknown implementation/);
  });

  for (const [label, items] of [
    ['normal', normal],
    ['edge', edge],
  ] as const) {
    for (const [packName, pack] of [
      ['A', packA],
      ['B', packB],
    ] as const) {
      it(`agree with the decimal kernel when exact, on the ${label} workload under pack ${packName}`, async () => {
        const reference = await scoreAll(kernel, items, pack);
        expect(readOutcome(reference, 0)).not.toBeNull();
        for (const entry of IMPLEMENTATIONS.filter((e) => e.exact)) {
          expect(await scoreAll(entry, items, pack), entry.impl.name).toEqual(reference);
        }
      });
    }
  }

  it('json-rules-engine follows exactly the float rules (both are floating point)', async () => {
    for (const items of [normal, edge]) {
      for (const pack of [packA, packB]) {
        expect(await scoreAll(implEntry('json-rules-engine'), items, pack)).toEqual(
          await scoreAll(implEntry('float'), items, pack),
        );
      }
    }
  });

  it('the stricter pack B moves some pegawai from di atas ekspektasi', async () => {
    const a = await scoreAll(kernel, normal, packA);
    const b = await scoreAll(kernel, normal, packB);
    let moved = 0;
    for (let i = 0; i < normal.length; i++) if (a.ratingHasilKerja[i] !== b.ratingHasilKerja[i]) moved++;
    expect(moved).toBeGreaterThan(0);
  });

  it('float disagrees on the edge workload, and every listed disagreement is real', async () => {
    const float = implEntry('float');
    const reference = await scoreAll(kernel, edge, packA);
    const other = await scoreAll(float, edge, packA);
    const d = newDisagreements();
    collectDisagreements(d, 'edge', edge, reference, other, 1000);
    expect(d.count).toBeGreaterThan(0);
    expect(d.first).toHaveLength(d.count);
    for (const sample of d.first) {
      const item = sample.item!;
      // The public API (validated, exact) gives the reference's outcome; float on this one pegawai gives the other.
      const exact = evaluateTahunan(evaluasiDataOf(item), packA);
      expect(exact.ok).toBe(true);
      if (!exact.ok) continue;
      const { ratingHasilKerja, ratingPerilakuKerja, predikat } = exact.value;
      expect(sample.reference).toEqual({ ratingHasilKerja, ratingPerilakuKerja, predikat });
      expect(readOutcome(await scoreAll(float, [item], packA), 0)).toEqual(sample.other);
      expect(sample.other).not.toEqual(sample.reference);
      // The values: an RHK whose exact mean is on x.xx5, rounded half-up by the pack, below it in float.
      const explained = explainDisagreement(sample, packA);
      expect(explained.rhk.length).toBeGreaterThan(0);
      for (const r of explained.rhk) {
        expect(r.decimal).toMatch(/^(99|100)\.995$/);
        expect(Number(r.decimalCompared)).toBe(Number(r.decimal) + 0.005);
        expect(r.float).toBeLessThan(Number(r.decimal));
        expect(r.floatRounded).toBe(Math.round((Number(r.decimalCompared) - 0.01) * 100) / 100);
      }
    }
  });

  it('explains under a pack that compares the capaian unrounded with the unrounded values', async () => {
    const unrounded = applyOverride(PERMENPANRB_6_2022, {
      name: 'bench-unrounded',
      version: '1',
      description: 'Capaian compared unrounded.',
      base: { id: 'permenpanrb-6-2022' },
      changes: { kuantitatif: { compareRounded: false } },
    });
    if (!unrounded.ok || unrounded.value.regime !== 'permenpanrb-6-2022') throw new Error('override');
    const d = newDisagreements();
    collectDisagreements(
      d,
      'edge',
      edge,
      await scoreAll(kernel, edge, packA),
      await scoreAll(implEntry('float'), edge, packA),
      1,
    );
    const explained = explainDisagreement(d.first[0]!, unrounded.value);
    expect(explained.rhk.length).toBeGreaterThan(0);
    for (const r of explained.rhk) {
      expect(r.decimalCompared).toBe(r.decimal);
      expect(r.floatRounded).toBe(r.float);
    }
  });
});
