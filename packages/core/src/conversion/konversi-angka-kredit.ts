import { RulePackError } from '../errors/kinerja-error';
import {
  type KonversiAngkaKreditConfig,
  type KonversiAngkaKreditConfigInput,
  parseKonversiAngkaKreditConfig,
} from './konversi-angka-kredit-config';

/**
 * The built-in angka kredit conversion of Peraturan BKN 3/2023 and PermenPANRB 1/2023 (regulations
 * §1.12 [S21, S22]), as data:
 *
 * | Predikat | % | | Jenjang | Koefisien tahunan |
 * |---|---|---|---|---|
 * | Sangat Baik | 150 | | Pemula | 3.75 |
 * | Baik | 100 | | Terampil | 5 |
 * | Butuh Perbaikan | 75 | | Mahir | 12.5 |
 * | Kurang/Misconduct | 50 | | Penyelia | 25 |
 * | Sangat Kurang | 25 | | Ahli Pertama · Muda · Madya · Utama | 12.5 · 25 · 37.5 · 50 |
 *
 * Kenaikan pangkat needs 50 / 100 / 150 / 200 angka kredit for Ahli Pertama / Muda / Madya /
 * Utama [S21]; the keterampilan thresholds are not in the sources found and are left out (add
 * them with {@link parseKonversiAngkaKreditConfig}). Results are rounded half-up to 2 decimals;
 * several periods are summed exactly and rounded once (decision 0015).
 *
 * @example
 * ```ts
 * KONVERSI_ANGKA_KREDIT.persentasePredikat.SANGAT_BAIK; // '150'
 * angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 12 }, KONVERSI_ANGKA_KREDIT);
 * ```
 */
export const KONVERSI_ANGKA_KREDIT: KonversiAngkaKreditConfig = build({
  id: 'konversi-angka-kredit-bkn-3-2023',
  version: '1.0.0',
  name: {
    id: 'Konversi predikat kinerja ke angka kredit (Peraturan BKN 3/2023; PermenPANRB 1/2023)',
    en: 'Conversion of the predikat kinerja into credit points (BKN Regulation 3/2023; MenPANRB Regulation 1/2023)',
  },
  sources: [
    'Peraturan BKN 3/2023 and PermenPANRB 1/2023: AK = (bulan/12) × persentase predikat × koefisien tahunan',
    'Kebutuhan angka kredit kenaikan pangkat for the jenjang keahlian: 50/100/150/200',
    'Decision record 0015 for the rounding of several periods',
  ],
  persentasePredikat: {
    SANGAT_BAIK: '150',
    BAIK: '100',
    BUTUH_PERBAIKAN: '75',
    KURANG: '50',
    SANGAT_KURANG: '25',
  },
  koefisienTahunan: {
    PEMULA: '3.75',
    TERAMPIL: '5',
    MAHIR: '12.5',
    PENYELIA: '25',
    AHLI_PERTAMA: '12.5',
    AHLI_MUDA: '25',
    AHLI_MADYA: '37.5',
    AHLI_UTAMA: '50',
  },
  kebutuhanKenaikanPangkat: {
    AHLI_PERTAMA: '50',
    AHLI_MUDA: '100',
    AHLI_MADYA: '150',
    AHLI_UTAMA: '200',
  },
  rounding: { scale: 2, mode: 'HALF_UP' },
  pembulatanKumulatif: 'TOTAL',
});

function build(input: KonversiAngkaKreditConfigInput): KonversiAngkaKreditConfig {
  const r = parseKonversiAngkaKreditConfig(input);
  if (!r.ok) {
    throw new RulePackError(
      'rule_pack_invalid',
      `invalid built-in angka kredit config: ${JSON.stringify(r.issues)}`,
    );
  }
  return r.value;
}
