/**
 * A kecamatan and the names of its kelurahan (without the words "Kecamatan" and "Kelurahan"), as
 * the synthetic agency uses them.
 *
 * @example
 * ```ts
 * const w: WilayahKecamatan = { nama: 'Sail', kelurahan: ['Cinta Raja', 'Suka Maju', 'Suka Mulia'] };
 * ```
 */
export interface WilayahKecamatan {
  readonly nama: string;
  readonly kelurahan: readonly string[];
}

/**
 * The kecamatan of Kota Pekanbaru (Riau) in the order the synthetic agency adds them, Senapelan
 * first. Senapelan's six kelurahan are the real ones; the kelurahan of the other kecamatan are
 * illustrative Pekanbaru place names (the 2020 re-division moved several between kecamatan),
 * not an official register.
 *
 * @example
 * ```ts
 * WILAYAH_PEKANBARU[0].kelurahan; // ['Kampung Baru', 'Kampung Bandar', 'Kampung Dalam', 'Padang Bulan', 'Padang Terubuk', 'Sago']
 * ```
 */
export const WILAYAH_PEKANBARU: readonly WilayahKecamatan[] = [
  {
    nama: 'Senapelan',
    kelurahan: ['Kampung Baru', 'Kampung Bandar', 'Kampung Dalam', 'Padang Bulan', 'Padang Terubuk', 'Sago'],
  },
  {
    nama: 'Sukajadi',
    kelurahan: [
      'Harjosari',
      'Jadirejo',
      'Kampung Melayu',
      'Kampung Tengah',
      'Kedung Sari',
      'Pulau Karam',
      'Sukajadi',
    ],
  },
  {
    nama: 'Pekanbaru Kota',
    kelurahan: ['Kota Baru', 'Kota Tinggi', 'Simpang Empat', 'Sukaramai', 'Sumahilang', 'Tanah Datar'],
  },
  { nama: 'Sail', kelurahan: ['Cinta Raja', 'Suka Maju', 'Suka Mulia'] },
  { nama: 'Lima Puluh', kelurahan: ['Pesisir', 'Rintis', 'Sekip', 'Tanjung Rhu'] },
  { nama: 'Rumbai', kelurahan: ['Umban Sari', 'Sri Meranti', 'Palas', 'Muara Fajar Timur', 'Rumbai Bukit'] },
  {
    nama: 'Bukit Raya',
    kelurahan: ['Simpang Tiga', 'Tangkerang Selatan', 'Tangkerang Utara', 'Tangkerang Labuai', 'Air Dingin'],
  },
  { nama: 'Tampan', kelurahan: ['Simpang Baru', 'Sidomulyo Barat', 'Tuah Karya', 'Delima', 'Tobek Godang'] },
  {
    nama: 'Marpoyan Damai',
    kelurahan: [
      'Tangkerang Tengah',
      'Tangkerang Barat',
      'Sidomulyo Timur',
      'Wonorejo',
      'Maharatu',
      'Perhentian Marpoyan',
    ],
  },
  {
    nama: 'Tenayan Raya',
    kelurahan: ['Tangkerang Timur', 'Rejosari', 'Bambu Kuning', 'Sail', 'Industri Tenayan', 'Bencah Lesung'],
  },
  {
    nama: 'Payung Sekaki',
    kelurahan: [
      'Labuh Baru Timur',
      'Labuh Baru Barat',
      'Air Hitam',
      'Tampan',
      'Bandar Raya',
      'Sungai Sibam',
      'Tirta Siak',
    ],
  },
  {
    nama: 'Rumbai Pesisir',
    kelurahan: [
      'Meranti Pandak',
      'Limbungan',
      'Limbungan Baru',
      'Lembah Sari',
      'Lembah Damai',
      'Tebing Tinggi Okura',
      'Sungai Ambang',
      'Sungai Ukai',
    ],
  },
  {
    nama: 'Binawidya',
    kelurahan: ['Binawidya', 'Simpang Baru', 'Delima', 'Tobek Godang', 'Sungai Sibam'],
  },
  { nama: 'Kulim', kelurahan: ['Kulim', 'Mentangor', 'Pebatuan', 'Sialang Rampai', 'Pematang Kapau'] },
  {
    nama: 'Tuah Madani',
    kelurahan: ['Tuah Madani', 'Tuah Karya', 'Sialang Munggu', 'Sidomulyo Barat', 'Air Putih'],
  },
  { nama: 'Rumbai Barat', kelurahan: ['Agrowisata', 'Maharani', 'Muara Fajar Barat', 'Rantau Panjang'] },
];
