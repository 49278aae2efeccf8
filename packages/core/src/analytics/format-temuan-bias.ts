import { Decimal } from '../decimal/decimal';
import { formatAngka } from '../i18n/format-angka';
import { lookupLabel } from '../i18n/label';
import type { Locale } from '../i18n/locale';
import { ASPEK_BIAS_LABELS, type AspekBias, TEMUAN_BIAS_LABELS, type TemuanBias } from './temuan-bias';

/** A decimal rounded half-up to two places, in the locale's format. */
function num(value: string, locale: Locale): string {
  return formatAngka(value, { scale: 2, locale });
}

/** A share (0–1) as a whole percentage, e.g. `80%`. */
function pct(value: string, locale: Locale): string {
  return `${formatAngka(new Decimal(value).mul(100), { scale: 0, locale })}%`;
}

function middleLabel(aspek: AspekBias, locale: Locale): string {
  return aspek === 'predikat'
    ? lookupLabel('predikat', 'BAIK', locale)
    : lookupLabel('rating', 'SESUAI_EKSPEKTASI', locale);
}

/**
 * Renders a rater-bias finding as one sentence in Indonesian (default) or English: the kind
 * ({@link TEMUAN_BIAS_LABELS}), the aspect and the numbers it rests on, rounded for people
 * (indices and ratios to two places, shares to whole percent).
 *
 * @param temuan - a finding of `raterBias`.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns the sentence.
 * @example
 * ```ts
 * formatTemuanBias({ code: 'TERLALU_LUNAK', aspek: 'predikat', index: '1.234', threshold: '0.5' });
 * // 'Terlalu lunak (leniency) pada predikat kinerja: rata-rata penilaiannya 1,23 simpangan baku di atas rata-rata instansi (ambang 0,50).'
 * formatTemuanBias({ code: 'SAMPEL_KECIL', aspek: null, count: 3, minimum: 5 }, 'en');
 * // 'Small sample: only 3 bawahan (at least 5 needed); not judged.'
 * ```
 */
export function formatTemuanBias(temuan: TemuanBias, locale: Locale = 'id'): string {
  const en = locale === 'en';
  const name = en ? TEMUAN_BIAS_LABELS[temuan.code].en : TEMUAN_BIAS_LABELS[temuan.code].id;
  const aspek = temuan.aspek === null ? null : ASPEK_BIAS_LABELS[temuan.aspek][en ? 'en' : 'id'];
  switch (temuan.code) {
    case 'TERLALU_LUNAK':
    case 'TERLALU_KETAT': {
      const index = num(new Decimal(temuan.index).abs().toFixed(), locale);
      const threshold = num(temuan.threshold, locale);
      const up = temuan.code === 'TERLALU_LUNAK';
      return en
        ? `${name} in the ${aspek}: the mean rating is ${index} standard deviations ${up ? 'above' : 'below'} the agency mean (threshold ${threshold}).`
        : `${name} pada ${aspek}: rata-rata penilaiannya ${index} simpangan baku di ${up ? 'atas' : 'bawah'} rata-rata instansi (ambang ${threshold}).`;
    }
    case 'KECENDERUNGAN_TENGAH': {
      const middle = middleLabel(temuan.aspek, locale);
      const share = pct(temuan.middleShare, locale);
      const shareMin = pct(temuan.middleShareThreshold, locale);
      const ratio = num(temuan.varianceRatio, locale);
      const ratioMax = num(temuan.varianceRatioThreshold, locale);
      return en
        ? `${name} in the ${aspek}: ${share} of the ratings are ${middle} (threshold ${shareMin}) and their variance is ${ratio} times the agency's (at most ${ratioMax}).`
        : `${name} pada ${aspek}: ${share} penilaian bernilai ${middle} (ambang ${shareMin}) dan variansinya ${ratio} kali variansi instansi (paling tinggi ${ratioMax}).`;
    }
    case 'SAMPEL_KECIL': {
      const count = formatAngka(String(temuan.count), { locale });
      const minimum = formatAngka(String(temuan.minimum), { locale });
      if (aspek === null) {
        return en
          ? `${name}: only ${count} bawahan (at least ${minimum} needed); not judged.`
          : `${name}: hanya ${count} bawahan (paling sedikit ${minimum}); tidak dinilai.`;
      }
      return en
        ? `${name} in the ${aspek}: only ${count} ratings (at least ${minimum} needed); not judged.`
        : `${name} pada ${aspek}: hanya ${count} penilaian (paling sedikit ${minimum}); tidak dinilai.`;
    }
  }
}
