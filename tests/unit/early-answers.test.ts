/**
 * The inline script that stores an answer clicked before /assessment/'s island hydrates
 * (src/components/assessment/early-answers.inline.js), run as the page runs it — the built text,
 * comments stripped, configuration filled in — against a stand-in document and storage, and judged
 * by the island's own codec: whatever it writes must read back as the island would have saved it,
 * and it must never touch stored data the island could not read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { earlyAnswersScript } from '../../src/lib/early-answers-script';
import {
  decodeStoredAssessment,
  encodeStoredAssessment,
  MAX_STORED_ASSESSMENT_LENGTH,
  type AssessmentScreen,
  type AssessmentState,
} from '../../src/domain/assessment-state';
import { STORAGE_KEYS } from '../../src/consts';
import type { AnswerValue } from '../../src/domain/content-types';

const ids = ['outcome-metric', 'production-owner', 'evaluation-harness', 'security-review'];
const KEY = STORAGE_KEYS.answers.key;
const VALUES: AnswerValue[] = ['yes', 'no', 'unsure'];

type Listener = (event: unknown) => void;

interface FakeRadio {
  type: 'radio';
  name: string;
  value: string;
  checked: boolean;
  closest: (selector: string) => unknown;
}

/** The page as far as the script sees it: listeners on the document, and localStorage. */
function page(stored: string | null, options: { refuseWrites?: boolean } = {}) {
  const items = new Map<string, string>();
  if (stored !== null) items.set(KEY, stored);
  const listeners: Record<string, Listener[]> = {};
  const document = {
    addEventListener: (type: string, listener: Listener, capture: boolean) => {
      expect(capture).toBe(true);
      (listeners[type] ??= []).push(listener);
    },
  };
  const localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (options.refuseWrites) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
  new Function('document', 'localStorage', earlyAnswersScript(ids).text)(document, localStorage);
  const dispatch = (type: string, target: unknown) => {
    let prevented = false;
    for (const listener of listeners[type] ?? []) listener({ target, preventDefault: () => (prevented = true) });
    return { prevented };
  };
  return {
    stored: () => items.get(KEY) ?? null,
    click: (radio: FakeRadio) => dispatch('click', radio),
    change: (radio: FakeRadio) => dispatch('change', radio),
    submit: (checked: FakeRadio | null, options: { ready?: boolean } = {}) =>
      dispatch('submit', {
        closest: () => (options.ready ? {} : null),
        querySelector: (selector: string) =>
          selector.endsWith(':checked') ? checked : radio(ids[0]!, 'yes', { checked: false }),
      }),
  };
}

function radio(questionId: string, value: string, options: { checked?: boolean; ready?: boolean } = {}): FakeRadio {
  return {
    type: 'radio',
    name: `answer-${questionId}`,
    value,
    checked: options.checked ?? true,
    closest: (selector) => (options.ready && selector === '[data-ready]' ? {} : null),
  };
}

const read = (text: string | null) => decodeStoredAssessment(text, ids);

describe('an answer clicked before the island hydrates', () => {
  it('is stored at once on a device with nothing stored, as the island would store it', () => {
    const tab = page(null);
    tab.click(radio('production-owner', 'unsure'));
    expect(read(tab.stored())).toEqual({
      state: {
        answers: { 'production-owner': 'unsure' },
        position: { screen: 'question', questionId: 'outcome-metric' },
        view: 'step',
      },
      problems: [],
    });
  });

  it('is heard as a change too (a choice made without a click)', () => {
    const tab = page(null);
    tab.change(radio('outcome-metric', 'no'));
    expect(read(tab.stored()).state?.answers).toEqual({ 'outcome-metric': 'no' });
  });

  it('is added to what a device stored, every other part kept as it was', () => {
    const answerArbitrary = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...VALUES));
    const positionArbitrary: fc.Arbitrary<AssessmentScreen> = fc.oneof(
      fc.constantFrom(...ids).map((questionId) => ({ screen: 'question' as const, questionId })),
      fc.constant({ screen: 'check' as const }),
    );
    fc.assert(
      fc.property(
        answerArbitrary,
        positionArbitrary,
        fc.constantFrom('step' as const, 'all' as const),
        fc.constantFrom(...ids),
        fc.constantFrom(...VALUES),
        (answers, position, view, questionId, value) => {
          const before: AssessmentState = { answers, position, view };
          const tab = page(encodeStoredAssessment(before, ids));
          tab.click(radio(questionId, value));
          expect(read(tab.stored())).toEqual({
            state: { ...before, answers: { ...answers, [questionId]: value } },
            problems: [],
          });
        },
      ),
    );
  });

  it('leaves parts it does not know for the island to judge', () => {
    const before = { v: 1, answers: { retired: 'y', 'outcome-metric': 'maybe' }, at: '@results', view: 'all', x: 1 };
    const tab = page(JSON.stringify(before));
    tab.click(radio('security-review', 'yes'));
    expect(JSON.parse(tab.stored()!)).toEqual({ ...before, answers: { ...before.answers, 'security-review': 'y' } });
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['another version', JSON.stringify({ v: 2, answers: {} })],
    ['not an object', '[1,2]'],
    ['answers that are not an object', JSON.stringify({ v: 1, answers: ['y'] })],
    ['a value over the size the island reads', JSON.stringify({ v: 1, pad: 'x'.repeat(MAX_STORED_ASSESSMENT_LENGTH) })],
  ])('never touches stored data the island cannot read: %s', (_, text) => {
    const tab = page(text);
    tab.click(radio('outcome-metric', 'yes'));
    expect(tab.stored()).toBe(text);
  });

  it('ignores radios that are not an answer to a known question, unchecked ones, and a ready island', () => {
    const tab = page(null);
    tab.click(radio('not-a-question', 'yes'));
    tab.click(radio('outcome-metric', 'maybe'));
    tab.click(radio('outcome-metric', 'toString'));
    tab.click(radio('outcome-metric', 'yes', { checked: false }));
    tab.click(radio('outcome-metric', 'yes', { ready: true }));
    tab.click({ ...radio('outcome-metric', 'yes'), type: 'checkbox' } as unknown as FakeRadio);
    tab.click(null as unknown as FakeRadio);
    expect(tab.stored()).toBeNull();
  });

  it('lets a storage that refuses the write go quietly (the island adopts the checked radio)', () => {
    const tab = page(null, { refuseWrites: true });
    expect(() => tab.click(radio('outcome-metric', 'yes'))).not.toThrow();
    expect(tab.stored()).toBeNull();
  });
});

describe('Continue pressed before the island hydrates', () => {
  it('does not submit the form to the server, and stores the answer and the next step', () => {
    const tab = page(null);
    const { prevented } = tab.submit(radio('production-owner', 'yes'));
    expect(prevented).toBe(true);
    expect(read(tab.stored()).state).toMatchObject({
      answers: { 'production-owner': 'yes' },
      position: { screen: 'question', questionId: 'evaluation-harness' },
    });
  });

  it('after the last question, stores the answers to check', () => {
    const tab = page(null);
    tab.submit(radio('security-review', 'no'));
    expect(read(tab.stored()).state?.position).toEqual({ screen: 'check' });
  });

  it('with nothing chosen, stores nothing (the island will ask for an answer)', () => {
    const tab = page(null);
    expect(tab.submit(null).prevented).toBe(true);
    expect(tab.stored()).toBeNull();
  });

  it('is left to the island once it is ready', () => {
    const tab = page(null);
    expect(tab.submit(radio('outcome-metric', 'yes'), { ready: true }).prevented).toBe(false);
    expect(tab.stored()).toBeNull();
  });
});

describe('the inline script as the page carries it', () => {
  it('holds its configuration, no comments, and nothing that could close its element', () => {
    const { text, hash } = earlyAnswersScript(ids);
    expect(text).toContain(JSON.stringify(ids));
    expect(text).toContain(KEY);
    expect(text).not.toMatch(/\/\*|^\s*\/\//m);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
