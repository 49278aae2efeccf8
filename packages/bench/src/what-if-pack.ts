import { applyOverride, PERMENPANRB_6_2022, type RulePack62022 } from '@kinerja/core';

/**
 * The analyst's stricter variant of PermenPANRB 6/2022 the what-if compares against: "di atas
 * ekspektasi" from a capaian of 102 % (not 101 %), and the kurva of `examples/kurva-ketat` for
 * units with predikat organisasi Baik (Baik at most 60 %, at least 10 % Butuh Perbaikan or
 * Kurang). The threshold moves pegawai between predikat; the kurva moves units between
 * conforming and not.
 */
export const WHAT_IF_OVERRIDE = {
  name: 'bench-ketat',
  version: '1',
  description:
    'Di atas ekspektasi dari capaian 102 %; kurva Baik: Baik ≤ 60 %, Butuh Perbaikan + Kurang ≥ 10 %.',
  base: { id: 'permenpanrb-6-2022' },
  changes: {
    kuantitatif: { ratingThresholds: { diAtasEkspektasi: '102' } },
    kurva: {
      BAIK: [
        { id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' },
        { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], severity: 'warning' },
        {
          id: 'baik.butuh-perbaikan-atau-kurang-min-10',
          kind: 'MINIMUM',
          predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
          share: '10',
        },
      ],
    },
  },
} as const;

let memo: RulePack62022 | undefined;

/**
 * The two packs of the what-if: A = PermenPANRB 6/2022, B = A with {@link WHAT_IF_OVERRIDE}
 * (built once per thread: packs do not cross threads).
 *
 * @returns both packs.
 * @throws Error when the override does not apply (a bug).
 */
export function whatIfPacks(): { readonly a: RulePack62022; readonly b: RulePack62022 } {
  if (memo === undefined) {
    const r = applyOverride(PERMENPANRB_6_2022, WHAT_IF_OVERRIDE);
    if (!r.ok) throw new Error(`the what-if override does not apply: ${JSON.stringify(r.issues)}`);
    if (r.value.regime !== 'permenpanrb-6-2022') throw new Error('the what-if pack is not a 6/2022 pack');
    memo = r.value;
  }
  return { a: PERMENPANRB_6_2022, b: memo };
}
