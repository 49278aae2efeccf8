/**
 * @internal Decimal text as a scaled integer for the batch kernel: '12.5' → 125 at scale 1.
 */

/** The most decimals a value may have on the batch kernel's fast path. */
export const MAX_SCALE = 6;
/** Powers of ten up to 10^MAX_SCALE. */
export const POW10: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
/** The largest integer the fast path accepts (well below 2⁵³, so sums of a few stay exact). */
export const MAX_SCALED = 2 ** 50;

/** Scratch output of {@link parseScaled}. */
export const parsed = { value: 0 };

/**
 * Parses non-negative decimal text (digits with an optional point, as canonical decimal strings
 * are) into `parsed.value` × 10^-scale.
 *
 * @param text - the decimal text.
 * @returns the scale (0 … {@link MAX_SCALE}), or −1 when the text is not such a number, has more
 *   decimals, or is too large — the caller then leaves the pegawai to the decimal kernel.
 */
export function parseScaled(text: string): number {
  let value = 0;
  let scale = -1;
  let digits = 0;
  const n = text.length;
  if (n === 0) return -1;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      value = value * 10 + (ch - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (ch === 46 && scale < 0) scale = 0;
    else return -1;
  }
  if (digits === 0 || digits > 15) return -1;
  if (scale < 0) scale = 0;
  if (scale > MAX_SCALE || value > MAX_SCALED) return -1;
  parsed.value = value;
  return scale;
}
