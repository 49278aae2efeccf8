import { describe, expect, it } from 'vitest';
import { formatTemuanBias } from './format-temuan-bias';
import {
  ASPEK_BIAS,
  ASPEK_BIAS_LABELS,
  type KodeTemuanBias,
  TEMUAN_BIAS_LABELS,
  type TemuanBias,
} from './temuan-bias';

const SAMPLES: Record<KodeTemuanBias, TemuanBias> = {
  TERLALU_LUNAK: {
    code: 'TERLALU_LUNAK',
    aspek: 'predikat',
    index: '1.3416407864998738178455042012387156',
    threshold: '0.5',
  },
  TERLALU_KETAT: { code: 'TERLALU_KETAT', aspek: 'ratingHasilKerja', index: '-1.006', threshold: '0.5' },
  KECENDERUNGAN_TENGAH: {
    code: 'KECENDERUNGAN_TENGAH',
    aspek: 'ratingPerilakuKerja',
    middleShare: '0.8333333333333333333333333333333333333333',
    middleShareThreshold: '0.8',
    varianceRatio: '0.3884',
    varianceRatioThreshold: '0.5',
  },
  SAMPEL_KECIL: { code: 'SAMPEL_KECIL', aspek: null, count: 3, minimum: 5 },
};

describe('formatTemuanBias', () => {
  it('renders each finding in Indonesian (default) and English, numbers rounded for people', () => {
    expect(formatTemuanBias(SAMPLES.TERLALU_LUNAK)).toBe(
      'Terlalu lunak (leniency) pada predikat kinerja: rata-rata penilaiannya 1,34 simpangan baku di atas rata-rata instansi (ambang 0,50).',
    );
    expect(formatTemuanBias(SAMPLES.TERLALU_LUNAK, 'en')).toBe(
      'Leniency in the performance rating (predikat): the mean rating is 1.34 standard deviations above the agency mean (threshold 0.50).',
    );
    expect(formatTemuanBias(SAMPLES.TERLALU_KETAT)).toBe(
      'Terlalu ketat (strictness) pada rating hasil kerja: rata-rata penilaiannya 1,01 simpangan baku di bawah rata-rata instansi (ambang 0,50).',
    );
    expect(formatTemuanBias(SAMPLES.KECENDERUNGAN_TENGAH)).toBe(
      'Kecenderungan tengah pada rating perilaku kerja: 83% penilaian bernilai Sesuai Ekspektasi (ambang 80%) dan variansinya 0,39 kali variansi instansi (paling tinggi 0,50).',
    );
    expect(formatTemuanBias({ ...SAMPLES.KECENDERUNGAN_TENGAH, aspek: 'predikat' } as TemuanBias, 'en')).toBe(
      "Central tendency in the performance rating (predikat): 83% of the ratings are Good (threshold 80%) and their variance is 0.39 times the agency's (at most 0.50).",
    );
    expect(formatTemuanBias(SAMPLES.SAMPEL_KECIL)).toBe(
      'Sampel kecil: hanya 3 bawahan (paling sedikit 5); tidak dinilai.',
    );
    expect(
      formatTemuanBias({ code: 'SAMPEL_KECIL', aspek: 'ratingHasilKerja', count: 4, minimum: 5 }, 'en'),
    ).toBe('Small sample in the work results rating: only 4 ratings (at least 5 needed); not judged.');
  });

  it('has a label in both locales for every kind and aspect, and a sentence for every kind', () => {
    for (const code of Object.keys(SAMPLES) as KodeTemuanBias[]) {
      expect(TEMUAN_BIAS_LABELS[code].id.length).toBeGreaterThan(0);
      expect(TEMUAN_BIAS_LABELS[code].en.length).toBeGreaterThan(0);
      for (const locale of ['id', 'en'] as const) {
        expect(formatTemuanBias(SAMPLES[code], locale)).toContain(TEMUAN_BIAS_LABELS[code][locale]);
      }
    }
    for (const a of ASPEK_BIAS) expect(ASPEK_BIAS_LABELS[a].en).not.toBe(ASPEK_BIAS_LABELS[a].id);
  });
});
