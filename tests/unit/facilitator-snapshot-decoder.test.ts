/**
 * history.ts checks a snapshot's numbers, id, date-time and cost by hand (to keep zod's number,
 * regex and date-time checks out of every island's first load). This pins that the hand-written
 * checks accept exactly what the equivalent zod schema accepts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { decodeSnapshot } from '../../src/domain/history';
import { referenceContent } from '../helpers/reference-content';

const IDS = referenceContent().questions.map((q) => q.id);

const Dollars = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const Reference = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  savedAt: z.iso.datetime({ offset: true }),
  clientLabel: z.string().check(z.maxLength(120)),
  answers: z.unknown(),
  stageId: z.string().check(z.maxLength(64)),
  stageName: z.string().check(z.maxLength(120)),
  score: z.int().check(z.minimum(0), z.maximum(99)),
  total: z.int().check(z.minimum(1), z.maximum(99)),
  cost: z.nullable(
    z.object({ low: Dollars, high: Dollars }).check(z.refine((c) => c.low <= c.high, { message: 'low > high' })),
  ),
});
const referenceAccepts = (raw: unknown) => {
  const parsed = Reference.safeParse(raw);
  return parsed.success && parsed.data.score <= parsed.data.total;
};

const valid = {
  id: 'abc',
  savedAt: '2026-03-03T14:05:00.000Z',
  clientLabel: 'Acme',
  answers: {},
  stageId: 'experimentation',
  stageName: 'Experimentation',
  score: 2,
  total: 10,
  cost: { low: 1, high: 2 },
};

const dateTimes = fc.oneof(
  fc
    .date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-03-03T24:00:00Z',
    '2026-03-03T14:05Z',
    '2026-03-03T14:05:00+05:30',
    '2026-03-03T14:05:00.5-23:59',
    '2026-03-03T14:05:00+24:00',
    '2026-03-03 14:05:00Z',
    '2026-03-03T14:05:00',
    '2026-03-03',
  ),
  fc.string(),
);
const numbers = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -0, NaN, Infinity, '3', null),
);
const costs = fc.oneof(
  fc.constant(null),
  fc.record({ low: numbers, high: numbers }),
  fc.record({ low: fc.nat(), high: fc.nat() }),
  fc.jsonValue(),
);

describe('decodeSnapshot', () => {
  it('accepts exactly what the zod schema it replaces accepts (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/), fc.string()),
          savedAt: dateTimes,
          score: numbers,
          total: numbers,
          cost: costs,
          // What a snapshot records of the documents and decisions never decides whether it is kept.
          parts: fc.oneof(fc.constant(undefined), fc.jsonValue()),
        }),
        fc.boolean(),
        (parts, dropCost) => {
          const raw: Record<string, unknown> = { ...valid, ...parts };
          if (dropCost) delete raw.cost;
          expect(decodeSnapshot(raw, IDS) !== null).toBe(referenceAccepts(raw));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it.each([null, [], 'snapshot', 42, { ...valid, clientLabel: 'x'.repeat(121) }])('refuses %j', (raw) => {
    expect(decodeSnapshot(raw, IDS)).toBeNull();
    expect(referenceAccepts(raw)).toBe(false);
  });
});
