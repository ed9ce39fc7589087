import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeStoredDefinition,
  definitionCompleteness,
  definitionProblems,
  encodeStoredDefinition,
  initialDefinition,
  type ReadinessDefinitionState,
} from '../../src/domain/readiness-definition';
import { definitionContent as content, documentsReportContent } from './documents-fixtures';

// The page's words, as /readiness-definition/ passes them (readiness-definition.md and documents.md).
const text = documentsReportContent.text.definition;

function complete(): ReadinessDefinitionState {
  const state = initialDefinition(content.elements);
  return {
    ...state,
    system: 'Triage agent',
    agreedOn: '2027-01-10',
    elements: Object.fromEntries(
      content.elements.map((e) => [
        e.id,
        { target: e.defaultTarget, owner: e.defaultOwner, evidence: `Evidence ${e.id}` },
      ]),
    ),
    signOffs: { engineering: { name: 'A', date: '2027-01-11' }, 'business-sponsor': { name: 'B', date: '2027-01-12' } },
  };
}

/** Every field path of the definition, each of which can be blanked. */
const paths = [
  'system',
  'agreedOn',
  ...content.elements.flatMap((e) => ['target', 'owner', 'evidence'].map((p) => `elements.${e.id}.${p}`)),
  ...content.document.signOffRoles.flatMap((r) => [`signOffs.${r.id}.name`, `signOffs.${r.id}.date`]),
];

function blank(state: ReadinessDefinitionState, path: string): ReadinessDefinitionState {
  const [head, id, part] = path.split('.') as [string, string?, string?];
  if (!id) return { ...state, [head]: '' };
  const group = state[head as 'elements' | 'signOffs'] as unknown as Record<string, Record<string, string>>;
  return { ...state, [head]: { ...group, [id]: { ...group[id], [part!]: '' } } };
}

describe('readiness definition', () => {
  it('starts from the content defaults, with evidence, names and dates to fill in', () => {
    const state = initialDefinition(content.elements);
    expect(state.elements.a).toEqual({ target: 'Default target a', owner: 'Owner a', evidence: '' });
    const c = definitionCompleteness(content, state, text);
    expect([c.elementsComplete, c.signedOff, c.complete]).toEqual([0, 0, false]);
    expect(c.total).toBe(paths.length);
    expect(c.filled).toBe(content.elements.length * 2);
  });

  it('names each missing part in page order', () => {
    expect(definitionProblems(content, blank(blank(complete(), 'elements.b.evidence'), 'agreedOn'), text)).toEqual([
      { field: 'elements.b.evidence', message: 'Enter the evidence that will show element b is met' },
      { field: 'agreedOn', message: 'Enter the date this was agreed, before build starts, for example 2027-01-15' },
    ]);
  });

  it.each(['2027-02-30', '15/01/2027', 'soon'])('refuses %s as the agreed date', (agreedOn) => {
    expect(definitionProblems(content, { ...complete(), agreedOn }, text)).toEqual([
      { field: 'agreedOn', message: 'The date agreed must be a real date, written like 2027-01-15' },
    ]);
  });

  it('a complete definition is 100%, and blanking any set of fields costs exactly those fields', () => {
    expect(definitionCompleteness(content, complete(), text)).toMatchObject({
      percent: 100,
      complete: true,
      filled: paths.length,
    });
    fc.assert(
      fc.property(fc.subarray(paths), (blanked) => {
        const state = blanked.reduce(blank, complete());
        const c = definitionCompleteness(content, state, text);
        expect(c.filled).toBe(paths.length - blanked.length);
        expect(c.complete).toBe(blanked.length === 0);
        expect(c.percent).toBeGreaterThanOrEqual(0);
        expect(c.percent).toBeLessThanOrEqual(blanked.length === 0 ? 100 : 99);
        expect(
          definitionProblems(content, state, text)
            .map((p) => p.field)
            .sort(),
        ).toEqual([...blanked].sort());
      }),
    );
  });

  it('round-trips through storage, and drops what it cannot read', () => {
    fc.assert(
      fc.property(fc.subarray(paths), fc.string({ maxLength: 40 }), (blanked, notes) => {
        const state = { ...blanked.reduce(blank, complete()), notes };
        // A sign-off with neither name nor date is the same as none, and is stored as none.
        const signOffs = Object.fromEntries(Object.entries(state.signOffs).filter(([, s]) => s?.name || s?.date));
        expect(decodeStoredDefinition(encodeStoredDefinition(state), content).state).toEqual({ ...state, signOffs });
      }),
    );
    const text = JSON.stringify({
      v: 1,
      system: 42,
      elements: { zz: {} },
      signOffs: { engineering: { name: 'x'.repeat(500) } },
    });
    const decoded = decodeStoredDefinition(text, content);
    expect(decoded.dropped).toBe(3);
    expect(decoded.state?.elements.a).toEqual({ target: 'Default target a', owner: 'Owner a', evidence: '' });
  });
});
