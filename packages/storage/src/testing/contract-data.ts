import type {
  AuditEntry,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  Instansi,
  Jabatan,
  KeberatanRecord,
  Pegawai,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenugasanRecord,
  RealisasiRecord,
  Skp,
  SkpRecord,
  UmpanBalikRecord,
  UnitKerja,
} from '@kinerja/core';

/** Small hand-built records of one instansi, covering every record type and every optional field. */
export interface ContractData {
  readonly instansi: Instansi;
  readonly unitKerja: readonly UnitKerja[];
  readonly jabatan: readonly Jabatan[];
  readonly pegawai: readonly Pegawai[];
  readonly skpCamat: SkpRecord;
  readonly skpLurah: SkpRecord;
  readonly skpPranata: SkpRecord;
  readonly realisasi: RealisasiRecord;
  readonly realisasiNaratif: RealisasiRecord;
  readonly umpanBalikRhk: UmpanBalikRecord;
  readonly umpanBalikPerilaku: UmpanBalikRecord;
  readonly evaluasiPeriodik: EvaluasiRecord;
  readonly evaluasiTahunan: EvaluasiRecord;
  readonly capaian: CapaianOrganisasiRecord;
  readonly penetapan: PenetapanRecord;
  readonly keberatan: KeberatanRecord;
  readonly pembukaan: PembukaanPeriodeRecord;
  readonly penugasan: PenugasanRecord;
  readonly audit: (n: number) => AuditEntry;
}

/** The first instansi of the contract tests. */
export const INSTANSI_A: Instansi = { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' };
/** The second instansi, for isolation. */
export const INSTANSI_B: Instansi = {
  id: 'pemkab-kampar',
  nama: 'Pemerintah Kabupaten Kampar — “Serambi Mekkah”',
};

const PERILAKU = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;

function skp(overrides: Partial<Skp> & Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'unitKerjaId'>): Skp {
  const rhk = `${overrides.id}.rhk`;
  return {
    tahun: 2026,
    periodeAwal: '2026-01-01',
    periodeAkhir: '2026-12-31',
    jenisPeriodik: 'TRIWULANAN',
    pendekatan: 'KUANTITATIF',
    jenisJabatan: 'PENGAWAS',
    pimpinanUnit: false,
    pejabatPenilaiId: null,
    atasanPejabatPenilaiId: null,
    rencanaHasilKerja: [
      {
        id: `${rhk}-1`,
        uraian: 'Meningkatnya kualitas pelayanan administrasi di kelurahan',
        jenis: 'UTAMA',
        rhkAtasanId: null,
        indikator: [
          {
            id: `${rhk}-1.iki-1`,
            uraian: 'Jumlah surat keterangan yang diterbitkan',
            aspek: 'KUANTITAS',
            target: { jenis: 'TUNGGAL', nilai: '1200' },
            satuan: 'surat',
            polaritas: 'MAKSIMALISASI',
            akumulasi: 'JUMLAH',
          },
          {
            id: `${rhk}-1.iki-2`,
            uraian: 'Persentase pengaduan yang diselesaikan ≤ 3 hari',
            aspek: 'WAKTU',
            target: { jenis: 'RENTANG', min: '80.5', max: '90.125' },
            satuan: 'persen',
            polaritas: 'MAKSIMALISASI',
            akumulasi: 'RATA_RATA',
          },
        ],
      },
      {
        id: `${rhk}-2`,
        uraian: 'Terkendalinya biaya operasional',
        jenis: 'TAMBAHAN',
        rhkAtasanId: null,
        penugasanDari: 'Camat Senapelan',
        indikator: [
          {
            id: `${rhk}-2.iki-1`,
            uraian: 'Realisasi biaya ATK per layanan',
            aspek: 'BIAYA',
            target: { jenis: 'TUNGGAL', nilai: '123456789012345678901234.000000000000000001' },
            satuan: 'rupiah',
            polaritas: 'MINIMALISASI',
            akumulasi: 'TERAKHIR',
          },
        ],
      },
    ],
    perilakuKerja: PERILAKU.map((nilai, i) => ({
      nilai,
      ekspektasiKhusus: i === 0 ? 'Ramah, cepat, dan tuntas — “senyum, salam, sapa”' : '',
    })),
    lampiran: {
      dukunganSumberDaya: ['Anggaran DPA Kelurahan Sago Tahun 2026'],
      skemaPertanggungjawaban: ['Laporan capaian kinerja triwulanan'],
      konsekuensi: ['Sesuai ketentuan peraturan perundang-undangan'],
    },
    ...overrides,
  };
}

/**
 * The contract's records for one instansi (the same ids in every instansi, to show that ids are
 * scoped by instansi).
 *
 * @param instansi - the instansi.
 * @returns the records.
 */
export function contractData(instansi: Instansi): ContractData {
  const instansiId = instansi.id;
  const unitKerja: UnitKerja[] = [
    { id: 'kec-senapelan', nama: 'Kecamatan Senapelan', jenis: 'KECAMATAN', indukId: null },
    {
      id: 'kel-sago',
      nama: 'Kelurahan Sago — “Kampung Tua” ✓',
      jenis: 'KELURAHAN',
      indukId: 'kec-senapelan',
    },
  ];
  const jabatan: Jabatan[] = [
    {
      id: 'jab-camat',
      nama: 'Camat Senapelan',
      jenis: 'ADMINISTRATOR',
      unitKerjaId: 'kec-senapelan',
      pimpinanUnit: true,
    },
    { id: 'jab-lurah', nama: 'Lurah Sago', jenis: 'PENGAWAS', unitKerjaId: 'kel-sago', pimpinanUnit: true },
    {
      id: 'jab-pranata',
      nama: 'Pranata Komputer Ahli Pertama',
      jenis: 'FUNGSIONAL',
      jenjang: 'AHLI_PERTAMA',
      unitKerjaId: 'kel-sago',
      pimpinanUnit: false,
    },
  ];
  const pegawai: Pegawai[] = [
    {
      jenis: 'PNS',
      id: 'p-camat',
      nip: '198003152006041002',
      nama: 'Ahmad Fauzi, S.STP., M.Si.',
      jenisKelamin: 'PRIA',
      golongan: 'Pembina (IV/a)',
      jabatanId: 'jab-camat',
      unitKerjaId: 'kec-senapelan',
    },
    {
      jenis: 'PNS',
      id: 'p-lurah',
      nip: '198507202010012003',
      nama: 'Ṣiti Nur’aini Ḥasanah, S.Sos. 👩‍💼',
      jenisKelamin: 'WANITA',
      golongan: 'Penata (III/c)',
      jabatanId: 'jab-lurah',
      unitKerjaId: 'kel-sago',
    },
    {
      jenis: 'PPPK',
      id: 'p-pranata',
      niPppk: '199505172023212003',
      nama: 'Dewi Lestari',
      jabatanId: 'jab-pranata',
      unitKerjaId: 'kel-sago',
    },
  ];
  const skpCamat: SkpRecord = {
    instansiId,
    skp: skp({
      id: 'skp-2026/p-camat',
      pegawaiId: 'p-camat',
      jabatanId: 'jab-camat',
      jenisJabatan: 'ADMINISTRATOR',
      unitKerjaId: 'kec-senapelan',
      pimpinanUnit: true,
    }),
    segmen: 1,
    status: 'DISETUJUI',
    revisi: 0,
    ditetapkanOleh: 'PEJABAT_PENILAI',
    version: 1,
  };
  const skpLurah: SkpRecord = {
    instansiId,
    skp: skp({
      id: 'skp-2026/p-lurah',
      pegawaiId: 'p-lurah',
      jabatanId: 'jab-lurah',
      unitKerjaId: 'kel-sago',
      pimpinanUnit: true,
      pejabatPenilaiId: 'p-camat',
      atasanPejabatPenilaiId: null,
    }),
    segmen: 1,
    status: 'DRAFT',
    revisi: 0,
    version: 1,
  };
  const skpPranata: SkpRecord = {
    instansiId,
    skp: skp({
      id: 'skp-2026/p-pranata',
      pegawaiId: 'p-pranata',
      jabatanId: 'jab-pranata',
      jenisJabatan: 'FUNGSIONAL',
      unitKerjaId: 'kel-sago',
      pendekatan: 'KUALITATIF',
      pejabatPenilaiId: 'p-lurah',
      atasanPejabatPenilaiId: 'p-camat',
    }),
    segmen: 1,
    status: 'DITOLAK',
    revisi: 2,
    catatan: 'Indikator belum terukur; mohon diperbaiki.',
    version: 1,
  };
  const iki = (r: SkpRecord, rhk: number, i: number) => `${r.skp.id}.rhk-${rhk}.iki-${i}`;
  const realisasi: RealisasiRecord = {
    instansiId,
    realisasi: {
      id: 'r-lurah-1-1-1',
      skpId: skpLurah.skp.id,
      indikatorId: iki(skpLurah, 1, 1),
      periodeKe: 1,
      nilai: '312.000000000000000000001',
      buktiDukung: [
        {
          id: 'bd-1',
          uraian: 'Register surat keluar Triwulan I — “lengkap”',
          tautan: 'https://example.org/e-kinerja/2026/bukti?id=1&jenis=surat',
          diunggahPada: '2026-03-31T16:59:00+07:00',
        },
        { id: 'bd-2', uraian: 'Foto layanan', tautan: 'https://example.org/f/2' },
      ],
    },
    version: 1,
  };
  const realisasiNaratif: RealisasiRecord = {
    instansiId,
    realisasi: {
      id: 'r-lurah-1-2-1',
      skpId: skpLurah.skp.id,
      indikatorId: iki(skpLurah, 1, 2),
      periodeKe: 1,
      nilai: '0.000000000000000000001',
      uraian: 'Pengaduan diselesaikan rata-rata 2,5 hari kerja',
      buktiDukung: [],
    },
    version: 1,
  };
  const umpanBalikRhk: UmpanBalikRecord = {
    instansiId,
    umpanBalik: {
      id: 'ub-1',
      skpId: skpLurah.skp.id,
      periodeKe: 1,
      pemberiId: 'p-camat',
      sasaran: { jenis: 'RHK', rhkId: `${skpLurah.skp.id}.rhk-1` },
      isi: 'Pertahankan kecepatan layanan 👍',
      diberikanPada: '2026-04-03T10:00:00+07:00',
    },
  };
  const umpanBalikPerilaku: UmpanBalikRecord = {
    instansiId,
    umpanBalik: {
      id: 'ub-2',
      skpId: skpLurah.skp.id,
      periodeKe: 1,
      pemberiId: 'p-camat',
      sasaran: { jenis: 'PERILAKU', nilai: 'KOLABORATIF' },
      isi: 'Libatkan RT/RW dalam pendataan',
      diberikanPada: '2026-04-03T10:05:00+07:00',
    },
  };
  const hasil = {
    predikat: 'BAIK',
    capaian: [
      { indikatorId: iki(skpLurah, 1, 1), nilai: '104.3333333333333333333333333333333333', catatan: null },
    ],
    trace: [
      { step: 'rating', input: { hasilKerja: 'SESUAI_EKSPEKTASI' }, flags: [] },
      { step: 'matrix', cell: [2, 2], note: 'Sesuai × Sesuai → Baik', ok: true },
    ],
    rulePack: { id: 'permenpanrb-6-2022', version: '1.0.0' },
  };
  const evaluasiPeriodik: EvaluasiRecord = {
    instansiId,
    id: 'ev-lurah-p1',
    skpId: skpLurah.skp.id,
    jenis: 'PERIODIK',
    periodeKe: 1,
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
    ratingRhk: [{ rhkId: `${skpLurah.skp.id}.rhk-1`, rating: 'SESUAI_EKSPEKTASI' }],
    predikat: 'BAIK',
    rulePack: { id: 'permenpanrb-6-2022', version: '1.0.0' },
    hasil,
    status: 'FINAL',
    penilaiId: 'p-camat',
    dinilaiPada: '2026-04-08T15:30:00+07:00',
    version: 1,
  };
  const evaluasiTahunan: EvaluasiRecord = {
    ...evaluasiPeriodik,
    id: 'ev-lurah-tahunan',
    jenis: 'TAHUNAN',
    periodeKe: null,
    ratingRhk: [],
    predikat: 'SANGAT_BAIK',
    rulePack: {
      id: 'permenpanrb-6-2022',
      version: '1.0.0',
      override: { name: 'pemko-pekanbaru', version: '2026.1' },
    },
    status: 'DRAFT',
    dinilaiPada: '2027-01-10T09:00:00+07:00',
  };
  const capaian: CapaianOrganisasiRecord = {
    instansiId,
    capaian: {
      unitKerjaId: 'kel-sago',
      tahun: 2026,
      predikat: 'BAIK',
      ditetapkanOlehId: 'p-camat',
      catatan: 'Capaian Perjanjian Kinerja 98,5 %',
    },
    version: 1,
  };
  const penetapan: PenetapanRecord = {
    instansiId,
    unitKerjaId: 'kel-sago',
    tahun: 2026,
    ditetapkanOlehId: 'p-camat',
    ditetapkanPada: '2027-01-20T10:00:00+07:00',
    predikat: [
      { skpId: skpLurah.skp.id, pegawaiId: 'p-lurah', predikat: 'SANGAT_BAIK' },
      { skpId: skpPranata.skp.id, pegawaiId: 'p-pranata', predikat: 'BUTUH_PERBAIKAN' },
    ],
  };
  const keberatan: KeberatanRecord = {
    instansiId,
    id: 'kb-1',
    evaluasiId: evaluasiTahunan.id,
    skpId: skpLurah.skp.id,
    pegawaiId: 'p-lurah',
    alasan: 'Bukti dukung triwulan IV belum dipertimbangkan.',
    diajukanPada: '2027-01-12T08:00:00+07:00',
    penjelasan: 'Bukti diunggah setelah batas waktu.',
    dijelaskanPada: '2027-01-14T08:00:00+07:00',
    status: 'DIJELASKAN',
    version: 1,
  };
  const pembukaan: PembukaanPeriodeRecord = {
    instansiId,
    id: 'bk-1',
    skpId: skpLurah.skp.id,
    periodeKe: 1,
    dibukaOlehId: 'p-camat',
    alasan: 'Sakit (surat keterangan dokter)',
    dibukaPada: '2026-04-20T08:00:00+07:00',
    sampai: '2026-04-30',
  };
  const penugasan: PenugasanRecord = {
    instansiId,
    id: 'plt-1',
    pegawaiId: 'p-lurah',
    jabatanId: 'jab-camat',
    jenis: 'PLT',
    mulai: '2026-03-01',
    selesai: '2026-05-31',
  };
  const audit = (n: number): AuditEntry => ({
    instansiId,
    at: `2026-01-0${(n % 9) + 1}T08:00:00+07:00`,
    actorId: 'p-lurah',
    action: n % 2 === 0 ? 'skp.submit' : 'skp.approve',
    entity: 'skp',
    entityId: skpLurah.skp.id,
    before: n === 1 ? null : { status: 'DRAFT', version: n, nilai: '0.1' },
    after: {
      status: 'DIAJUKAN',
      version: n + 1,
      catatan: `langkah ${n} — “ok” ✓`,
      nested: { a: [1, 2, { b: null }] },
    },
  });
  return {
    instansi,
    unitKerja,
    jabatan,
    pegawai,
    skpCamat,
    skpLurah,
    skpPranata,
    realisasi,
    realisasiNaratif,
    umpanBalikRhk,
    umpanBalikPerilaku,
    evaluasiPeriodik,
    evaluasiTahunan,
    capaian,
    penetapan,
    keberatan,
    pembukaan,
    penugasan,
    audit,
  };
}

/**
 * The lurah's SKP of the year before (2025), not in the data set, for tests of reads by year.
 *
 * @param d - the data set.
 * @returns the SKP `skp-2025/p-lurah`, otherwise the lurah's 2026 SKP.
 * @example
 * ```ts
 * okValue(await tx.saveSkp(skpTahunLalu(d), null));
 * ```
 */
export function skpTahunLalu(d: ContractData): SkpRecord {
  return {
    ...d.skpLurah,
    skp: {
      ...d.skpLurah.skp,
      id: 'skp-2025/p-lurah',
      tahun: 2025,
      periodeAwal: '2025-01-01',
      periodeAkhir: '2025-12-31',
    },
  };
}

/**
 * A PNS pegawai not in the data set, for tests that add one.
 *
 * @param id - the id.
 * @param nip - the NIP.
 * @param unitKerjaId - the unit (default the kecamatan).
 * @returns the pegawai.
 */
export function pnsBaru(id: string, nip: string, unitKerjaId = 'kec-senapelan'): Pegawai {
  return { jenis: 'PNS', id, nip, nama: 'Rahmat Hidayat, S.E.', jabatanId: 'jab-camat', unitKerjaId };
}
