import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { UnitKerja } from '../model/unit-kerja';
import type { Agency } from './agency';

interface KurvaIndex {
  readonly resolve: (unitKerjaId: string) => UnitKerja | null;
}

const cache = new WeakMap<object, KurvaIndex>();

function buildIndex(agency: Pick<Agency, 'tahun' | 'unitKerja' | 'capaianKinerjaOrganisasi'>): KurvaIndex {
  const byId = new Map<string, UnitKerja>();
  for (const u of agency.unitKerja) byId.set(u.id, u);
  const withKurva = new Set<string>();
  for (const c of agency.capaianKinerjaOrganisasi as readonly CapaianKinerjaOrganisasi[]) {
    if (c.tahun === agency.tahun) withKurva.add(c.unitKerjaId);
  }
  const memo = new Map<string, UnitKerja | null>();
  const resolve = (unitKerjaId: string): UnitKerja | null => {
    const known = memo.get(unitKerjaId);
    if (known !== undefined) return known;
    // Walk up; the step bound guards against a cycle in a malformed tree.
    let current = byId.get(unitKerjaId);
    let found: UnitKerja | null = null;
    for (let steps = 0; current !== undefined && steps <= byId.size; steps++) {
      if (withKurva.has(current.id)) {
        found = current;
        break;
      }
      current = current.indukId === null ? undefined : byId.get(current.indukId);
    }
    memo.set(unitKerjaId, found);
    return found;
  };
  return { resolve };
}

/**
 * The unit whose kurva distribusi a unit's pegawai belong to: the unit itself or its nearest
 * ancestor that has a predikat organisasi ({@link CapaianKinerjaOrganisasi}) for the agency's
 * year. Staff of a seksi belong to the kecamatan's kurva, staff of a kelurahan to the
 * kelurahan's. The lookup index is built once per agency object and cached (the agency is
 * treated as immutable).
 *
 * @param agency - the agency (its year, unit tree and predikat organisasi are used).
 * @param unitKerjaId - a unit of the agency.
 * @returns the kurva unit, or `null` when neither the unit nor an ancestor has a predikat
 *   organisasi for the year (or the unit is unknown).
 * @example
 * ```ts
 * const agency = generateAgency();
 * kurvaUnitOf(agency, 'kec-senapelan.seksi-pemerintahan')?.id; // 'kec-senapelan'
 * kurvaUnitOf(agency, 'kec-senapelan.kel-sago')?.id;           // 'kec-senapelan.kel-sago'
 * ```
 */
export function kurvaUnitOf(
  agency: Pick<Agency, 'tahun' | 'unitKerja' | 'capaianKinerjaOrganisasi'>,
  unitKerjaId: string,
): UnitKerja | null {
  let index = cache.get(agency);
  if (index === undefined) {
    index = buildIndex(agency);
    cache.set(agency, index);
  }
  return index.resolve(unitKerjaId);
}
