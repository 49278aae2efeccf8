import type { Predikat } from '../../model/predikat';
import type { Predikat82021 } from './predikat-8-2021';

const TO_PREDIKAT: Readonly<Record<Predikat82021, Predikat>> = {
  SANGAT_BAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  CUKUP: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
};

/**
 * The 6/2022 {@link Predikat} that stands for a predikat of PP 30/2019 and PermenPANRB 8/2021,
 * so that results of both regimes can be counted together: the five levels correspond one to
 * one, and `CUKUP` ("Butuh Perbaikan" in 8/2021's wording) is `BUTUH_PERBAIKAN`.
 *
 * @param predikat - a predikat of 8/2021.
 * @returns the corresponding 6/2022 predikat.
 * @example
 * ```ts
 * predikatFrom82021('CUKUP'); // 'BUTUH_PERBAIKAN'
 * ```
 */
export function predikatFrom82021(predikat: Predikat82021): Predikat {
  return TO_PREDIKAT[predikat];
}
