/**
 * Exact integer arithmetic for money. Amounts are whole dollars (or cents) held in `number`, but
 * intermediate products (tasks × price, amount × rate) can pass 2^53, so they are done in BigInt
 * and converted back only once the result is known to be a safe integer.
 */

/** n / d rounded half away from zero (half up for the non-negative amounts money uses). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor should be positive');
  const magnitude = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  return n < 0n ? -magnitude : magnitude;
}

/** n / d rounded up, for non-negative n: a cost is never shown smaller than it is. */
export function divCeil(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor should be positive');
  if (n < 0n) throw new RangeError('dividend should not be negative');
  return (n + d - 1n) / d;
}

/** Back to `number`, refusing anything that would lose precision. */
export function toSafeNumber(value: bigint, what: string): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`${what} (${value}) is too large to compute exactly`);
  }
  return result;
}

/** round(value × percent / 100), exact. */
export function applyPercent(value: number, percent: number): number {
  return toSafeNumber(divRoundHalfUp(BigInt(value) * BigInt(percent), 100n), 'amount after multiplier');
}

/** Sum of integers, checked to stay exact. */
export function sumExact(values: readonly number[]): number {
  return toSafeNumber(
    values.reduce((sum, v) => sum + BigInt(v), 0n),
    'sum',
  );
}
