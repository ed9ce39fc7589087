import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ResolverOptions } from 'react-hook-form';
import { zodResolver } from '../../src/components/common/zod-resolver';

// What react-hook-form passes a resolver; these forms read none of it.
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<never>;
const resolve = async (schema: z.ZodMiniType, values: Record<string, unknown>) =>
  zodResolver<Record<string, unknown>, unknown>(schema)(values, undefined, options as never);

describe('zodResolver', () => {
  it('hands over what the schema parses the form to (its output, not the text typed)', async () => {
    const schema = z.object({ count: z.pipe(z.string(), z.transform(Number)) });
    expect(await resolve(schema, { count: '12' })).toEqual({ values: { count: 12 }, errors: {} });
  });

  it('puts each problem at its field, nested as react-hook-form reads errors', async () => {
    const schema = z.object({
      scenario: z.object({ inputs: z.object({ workflows: z.number().check(z.maximum(20, 'At most 20.')) }) }),
    });
    const result = await resolve(schema, { scenario: { inputs: { workflows: 99 } } });
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      scenario: { inputs: { workflows: { type: 'too_big', message: 'At most 20.' } } },
    });
  });

  it('keeps the first problem at a path, and every field’s own', async () => {
    const schema = z.object({
      name: z.string().check(z.minLength(1, 'Give it a name.'), z.regex(/^[a-z]+$/, 'Letters only.')),
      note: z.string().check(z.maxLength(3, 'Too long.')),
    });
    const result = await resolve(schema, { name: '', note: 'abcd' });
    expect(result.errors).toEqual({
      name: { type: 'too_small', message: 'Give it a name.' },
      note: { type: 'too_big', message: 'Too long.' },
    });
  });

  it('keeps a field’s problem when the object holding it has one of its own, whichever comes first', async () => {
    const schema = z
      .object({ low: z.number(), high: z.number().check(z.maximum(10, 'At most 10.')) })
      .check(z.refine((range) => range.low <= range.high, { message: 'Low above high.', path: [] }));
    const result = await resolve(z.object({ range: schema }), { range: { low: 20, high: 11 } });
    // zod reports the field's problem first, then the object's: both stay.
    expect(result.errors).toEqual({
      range: { type: 'custom', message: 'Low above high.', high: { type: 'too_big', message: 'At most 10.' } },
    });
    const nested = await resolve(z.object({ range: schema }), { range: { low: 9, high: 5 } });
    expect(nested.errors).toEqual({ range: { type: 'custom', message: 'Low above high.' } });
  });

  it('reports a union that matched no branch by its first branch’s first problem', async () => {
    const schema = z.object({
      inference: z.union([
        z.object({ mode: z.literal('reference') }),
        z.object({ mode: z.literal('volume'), tasks: z.number('Tasks per month, please.') }),
      ]),
    });
    const result = await resolve(schema, { inference: { mode: 'other' } });
    expect(result.errors.inference).toMatchObject({ mode: { type: 'invalid_value' } });
    expect((result.errors.inference as { type?: string }).type).toBe('invalid_value');
  });
});
