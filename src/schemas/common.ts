import { z } from 'zod';

/** Stable kebab-case identifier; stored answers and share links refer to it, so never rename one. */
export const IdSchema = z
  .string({ error: 'should be a kebab-case id in quotes, e.g. "outcome-metric"' })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error: 'should be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "outcome-metric"',
  })
  .max(48, { error: 'should be at most 48 characters' });

/** 1-based position in a list; must be unique within its folder (checked across files). */
export const OrderSchema = z
  .number({ error: 'should be a whole number giving the position, e.g. 3' })
  .int({ error: 'should be a whole number giving the position, e.g. 3' })
  .min(1, { error: 'should be 1 or more (1 = first)' })
  .max(99, { error: 'should be at most 99' });

/** A short single line of plain text. */
export function line(max: number, what: string) {
  return z
    .string({ error: `should be ${what}, as text` })
    .trim()
    .min(1, { error: `should not be empty: write ${what}` })
    .max(max, { error: `should be at most ${max} characters (${what})` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'should fit on one line' });
}

/** Whole US dollars, never negative. */
export const DollarsSchema = z
  .number({ error: 'should be whole US dollars as a number, without "$" or commas, e.g. 25000' })
  .int({ error: 'should be whole US dollars (no cents), e.g. 25000' })
  .min(0, { error: 'should not be negative' })
  .max(1_000_000_000, { error: 'should be at most 1,000,000,000 dollars' });

/** A free-text note explaining where an assumption comes from. */
export const NoteSchema = line(400, 'a one-line note on where this assumption comes from');
