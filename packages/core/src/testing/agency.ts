import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { EvaluasiPeriodik } from '../model/evaluasi';
import type { Jabatan } from '../model/jabatan';
import type { Pegawai } from '../model/pegawai';
import type { JenisPeriodik } from '../model/periode';
import type { Realisasi } from '../model/realisasi';
import type { Skp } from '../model/skp';
import type { UmpanBalik } from '../model/umpan-balik';
import type { UnitKerja } from '../model/unit-kerja';

/**
 * The instansi (the tenant) that owns an agency's data, e.g. the Pemerintah Kota Pekanbaru.
 *
 * @example
 * ```ts
 * const i: Instansi = { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' };
 * ```
 */
export interface Instansi {
  readonly id: string;
  readonly nama: string;
}

/**
 * The records of one part of an agency (one kecamatan with its kelurahan), as
 * {@link generateKecamatan} produces them; an {@link Agency} is the concatenation of its parts.
 *
 * @example
 * ```ts
 * const part: AgencyPart = generateKecamatan(planAgency()[0]!, { seed: 1, tahun: 2026 });
 * part.pegawai.length; // 90
 * ```
 */
export interface AgencyPart {
  readonly unitKerja: UnitKerja[];
  readonly jabatan: Jabatan[];
  readonly pegawai: Pegawai[];
  readonly skp: Skp[];
  readonly realisasi: Realisasi[];
  readonly umpanBalik: UmpanBalik[];
  readonly evaluasiPeriodik: EvaluasiPeriodik[];
  readonly capaianKinerjaOrganisasi: CapaianKinerjaOrganisasi[];
}

/**
 * A whole synthetic agency for one year: its unit tree, jabatan, pegawai, one SKP per pegawai
 * with realisasi, umpan balik and evaluasi periodik, and the predikat kinerja organisasi of the
 * units that have a kurva. Every record is the parsed (output) form of its schema.
 *
 * @example
 * ```ts
 * const agency: Agency = generateAgency({ seed: 7 });
 * agency.pegawai.length; // 90
 * ```
 */
export interface Agency extends AgencyPart {
  readonly instansi: Instansi;
  readonly tahun: number;
  readonly jenisPeriodik: JenisPeriodik;
}
