import type { Predikat, Rating } from '@kinerja/core';

/** The result of one annual evaluation, as every implementation reports it; `null` when it cannot score. */
export interface Outcome {
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
}
