import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { PredikatOrganisasi } from '../model/predikat';
import type { UnitKerja } from '../model/unit-kerja';

/**
 * What {@link kurvaUnitOf} reads: a year, a unit tree and the predikat kinerja organisasi of the
 * units that have a kurva distribusi. An `Agency` of `@kinerja/core/testing` is one.
 *
 * @example
 * ```ts
 * const source: KurvaUnitSource = { tahun: 2026, unitKerja, capaianKinerjaOrganisasi };
 * ```
 */
export interface KurvaUnitSource {
  readonly tahun: number;
  readonly unitKerja: readonly UnitKerja[];
  readonly capaianKinerjaOrganisasi: readonly CapaianKinerjaOrganisasi[];
}

/**
 * @internal A kurva unit of a year: the unit and its predikat organisasi.
 */
export interface KurvaUnit {
  readonly unit: UnitKerja;
  readonly predikatOrganisasi: PredikatOrganisasi;
}

/**
 * @internal Resolves the kurva unit of a unit for a year.
 */
export type KurvaUnitResolver = (unitKerjaId: string, tahun: number) => KurvaUnit | null;

/**
 * @internal Builds a resolver over a unit tree and the predikat organisasi of every year: the
 * unit itself or its nearest ancestor with a predikat organisasi for the year (the first one
 * listed when a unit has several for a year). Answers are memoised; a cycle in a malformed tree
 * ends the walk (`null`).
 *
 * @param unitKerja - the units, in any order.
 * @param capaian - the predikat organisasi of any years.
 * @returns the resolver.
 * @example
 * ```ts
 * const resolve = createKurvaUnitResolver(agency.unitKerja, agency.capaianKinerjaOrganisasi);
 * resolve('kec-senapelan.seksi-pemerintahan', 2026)?.unit.id; // 'kec-senapelan'
 * ```
 */
export function createKurvaUnitResolver(
  unitKerja: readonly UnitKerja[],
  capaian: readonly CapaianKinerjaOrganisasi[],
): KurvaUnitResolver {
  const byId = new Map<string, UnitKerja>();
  for (const u of unitKerja) if (!byId.has(u.id)) byId.set(u.id, u);
  const predikat = new Map<string, PredikatOrganisasi>();
  for (const c of capaian) {
    const key = `${c.tahun}\u0000${c.unitKerjaId}`;
    if (!predikat.has(key)) predikat.set(key, c.predikat);
  }
  const memo = new Map<string, KurvaUnit | null>();
  return (unitKerjaId, tahun) => {
    const memoKey = `${tahun}\u0000${unitKerjaId}`;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    let current = byId.get(unitKerjaId);
    let found: KurvaUnit | null = null;
    // The step bound guards against a cycle in a malformed tree.
    for (let steps = 0; current !== undefined && steps <= byId.size; steps++) {
      const po = predikat.get(`${tahun}\u0000${current.id}`);
      if (po !== undefined) {
        found = { unit: current, predikatOrganisasi: po };
        break;
      }
      current = current.indukId === null ? undefined : byId.get(current.indukId);
    }
    memo.set(memoKey, found);
    return found;
  };
}

const cache = new WeakMap<object, KurvaUnitResolver>();

/**
 * The unit whose kurva distribusi a unit's pegawai belong to: the unit itself or its nearest
 * ancestor that has a predikat organisasi (`CapaianKinerjaOrganisasi`) for the source's year.
 * Staff of a seksi belong to the kecamatan's kurva, staff of a kelurahan to the kelurahan's. The
 * lookup index is built once per source object and cached (the source is treated as immutable).
 *
 * @param source - the year, the unit tree and the predikat organisasi (e.g. an `Agency`).
 * @param unitKerjaId - a unit of the tree.
 * @returns the kurva unit, or `null` when neither the unit nor an ancestor has a predikat
 *   organisasi for the year (or the unit is unknown).
 * @example
 * ```ts
 * const agency = generateAgency();
 * kurvaUnitOf(agency, 'kec-senapelan.seksi-pemerintahan')?.id; // 'kec-senapelan'
 * kurvaUnitOf(agency, 'kec-senapelan.kel-sago')?.id;           // 'kec-senapelan.kel-sago'
 * ```
 */
export function kurvaUnitOf(source: KurvaUnitSource, unitKerjaId: string): UnitKerja | null {
  let resolve = cache.get(source);
  if (resolve === undefined) {
    resolve = createKurvaUnitResolver(source.unitKerja, source.capaianKinerjaOrganisasi);
    cache.set(source, resolve);
  }
  return resolve(unitKerjaId, source.tahun)?.unit ?? null;
}
