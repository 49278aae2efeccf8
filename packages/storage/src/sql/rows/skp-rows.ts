import type { IndikatorKinerjaIndividu, RencanaHasilKerja, Skp, SkpRecord, Target } from '@kinerja/core';
import type { IndikatorTable, RencanaHasilKerjaTable, SkpTable } from '../kinerja-database';
import type { SqlCodec } from '../sql-codec';
import { optional } from './optional';

/** An SKP as rows: the SKP itself, its RHK and their indikator (each in the SKP's order). */
export interface SkpRows {
  readonly skp: SkpTable;
  readonly rhk: RencanaHasilKerjaTable[];
  readonly indikator: IndikatorTable[];
}

/**
 * An SKP record as rows.
 *
 * @param record - the record (its `version` is ignored).
 * @param version - the version to store.
 * @param codec - the dialect's codec.
 * @returns the rows.
 * @example
 * ```ts
 * skpToRows(record, 1, SQLITE_CODEC).indikator.length;
 * ```
 */
export function skpToRows(record: Omit<SkpRecord, 'version'>, version: number, codec: SqlCodec): SkpRows {
  const { skp, instansiId } = record;
  const rhk: RencanaHasilKerjaTable[] = [];
  const indikator: IndikatorTable[] = [];
  let urutanIndikator = 0;
  skp.rencanaHasilKerja.forEach((r, i) => {
    rhk.push({
      instansi_id: instansiId,
      skp_id: skp.id,
      id: r.id,
      urutan: i,
      uraian: r.uraian,
      jenis: r.jenis,
      rhk_atasan_id: r.rhkAtasanId,
      penugasan_dari: r.penugasanDari ?? null,
      perspektif: r.perspektif ?? null,
    });
    for (const iki of r.indikator) {
      indikator.push(indikatorToRow(instansiId, skp.id, r.id, urutanIndikator++, iki, codec));
    }
  });
  return {
    skp: {
      instansi_id: instansiId,
      id: skp.id,
      pegawai_id: skp.pegawaiId,
      tahun: skp.tahun,
      segmen: record.segmen,
      periode_awal: codec.encodeDate(skp.periodeAwal),
      periode_akhir: codec.encodeDate(skp.periodeAkhir),
      jenis_periodik: skp.jenisPeriodik,
      pendekatan: skp.pendekatan,
      jabatan_id: skp.jabatanId,
      jenis_jabatan: skp.jenisJabatan,
      unit_kerja_id: skp.unitKerjaId,
      pimpinan_unit: codec.encodeBoolean(skp.pimpinanUnit),
      pejabat_penilai_id: skp.pejabatPenilaiId,
      atasan_pejabat_penilai_id: skp.atasanPejabatPenilaiId,
      perilaku_kerja: codec.encodeJson(skp.perilakuKerja),
      lampiran: codec.encodeJson(skp.lampiran),
      status: record.status,
      revisi: record.revisi,
      ditetapkan_oleh: record.ditetapkanOleh ?? null,
      catatan: record.catatan ?? null,
      version,
    },
    rhk,
    indikator,
  };
}

function indikatorToRow(
  instansiId: string,
  skpId: string,
  rhkId: string,
  urutan: number,
  iki: IndikatorKinerjaIndividu,
  codec: SqlCodec,
): IndikatorTable {
  const t = iki.target;
  return {
    instansi_id: instansiId,
    skp_id: skpId,
    id: iki.id,
    rhk_id: rhkId,
    urutan,
    uraian: iki.uraian,
    aspek: iki.aspek,
    target_jenis: t.jenis,
    target_nilai: t.jenis === 'TUNGGAL' ? codec.encodeDecimal(t.nilai) : null,
    target_min: t.jenis === 'RENTANG' ? codec.encodeDecimal(t.min) : null,
    target_max: t.jenis === 'RENTANG' ? codec.encodeDecimal(t.max) : null,
    target_uraian: t.jenis === 'NARATIF' ? t.uraian : null,
    satuan: iki.satuan,
    polaritas: iki.polaritas,
    akumulasi: iki.akumulasi,
  };
}

function targetFromRow(row: IndikatorTable, codec: SqlCodec): Target {
  if (row.target_jenis === 'TUNGGAL')
    return { jenis: 'TUNGGAL', nilai: codec.decodeDecimal(row.target_nilai) };
  if (row.target_jenis === 'RENTANG') {
    return {
      jenis: 'RENTANG',
      min: codec.decodeDecimal(row.target_min),
      max: codec.decodeDecimal(row.target_max),
    };
  }
  return { jenis: 'NARATIF', uraian: row.target_uraian ?? '' };
}

/**
 * Rows back as an SKP record.
 *
 * @param row - the SKP row.
 * @param rhkRows - its RHK rows (any order; sorted by `urutan`).
 * @param indikatorRows - its indikator rows (any order; sorted by `urutan`).
 * @param codec - the dialect's codec.
 * @returns the record.
 * @example
 * ```ts
 * skpFromRows(row, rhk, indikator, SQLITE_CODEC).skp.rencanaHasilKerja.length;
 * ```
 */
export function skpFromRows(
  row: SkpTable,
  rhkRows: readonly RencanaHasilKerjaTable[],
  indikatorRows: readonly IndikatorTable[],
  codec: SqlCodec,
): SkpRecord {
  const byRhk = new Map<string, IndikatorTable[]>();
  for (const i of [...indikatorRows].sort((a, b) => a.urutan - b.urutan)) {
    const list = byRhk.get(i.rhk_id);
    if (list === undefined) byRhk.set(i.rhk_id, [i]);
    else list.push(i);
  }
  const rencanaHasilKerja: RencanaHasilKerja[] = [...rhkRows]
    .sort((a, b) => a.urutan - b.urutan)
    .map((r) => ({
      id: r.id,
      uraian: r.uraian,
      jenis: r.jenis as RencanaHasilKerja['jenis'],
      rhkAtasanId: r.rhk_atasan_id,
      ...optional('penugasanDari', r.penugasan_dari),
      ...optional('perspektif', r.perspektif as RencanaHasilKerja['perspektif']),
      indikator: (byRhk.get(r.id) ?? []).map((i) => ({
        id: i.id,
        uraian: i.uraian,
        aspek: i.aspek as IndikatorKinerjaIndividu['aspek'],
        target: targetFromRow(i, codec),
        satuan: i.satuan,
        polaritas: i.polaritas as IndikatorKinerjaIndividu['polaritas'],
        akumulasi: i.akumulasi as IndikatorKinerjaIndividu['akumulasi'],
      })),
    }));
  const skp: Skp = {
    id: row.id,
    pegawaiId: row.pegawai_id,
    tahun: row.tahun,
    periodeAwal: codec.decodeDate(row.periode_awal),
    periodeAkhir: codec.decodeDate(row.periode_akhir),
    jenisPeriodik: row.jenis_periodik as Skp['jenisPeriodik'],
    pendekatan: row.pendekatan as Skp['pendekatan'],
    jabatanId: row.jabatan_id,
    jenisJabatan: row.jenis_jabatan as Skp['jenisJabatan'],
    unitKerjaId: row.unit_kerja_id,
    pimpinanUnit: codec.decodeBoolean(row.pimpinan_unit),
    pejabatPenilaiId: row.pejabat_penilai_id,
    atasanPejabatPenilaiId: row.atasan_pejabat_penilai_id,
    rencanaHasilKerja,
    perilakuKerja: codec.decodeJson(row.perilaku_kerja) as Skp['perilakuKerja'],
    lampiran: codec.decodeJson(row.lampiran) as Skp['lampiran'],
  };
  return {
    instansiId: row.instansi_id,
    skp,
    segmen: row.segmen,
    status: row.status as SkpRecord['status'],
    revisi: row.revisi,
    ...optional('ditetapkanOleh', row.ditetapkan_oleh as SkpRecord['ditetapkanOleh']),
    ...optional('catatan', row.catatan),
    version: row.version,
  };
}
