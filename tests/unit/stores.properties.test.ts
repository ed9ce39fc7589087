/**
 * For any sequence of edits in two tabs, with the `storage` events between them delivered at any
 * moment (or late, after more edits), no committed answer or note is lost: once the events are
 * in, both tabs and storage hold, for every answer and every note, the value of its last edit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/consts';
import { createAssessmentStore } from '../../src/stores/assessment';
import { createSessionStore } from '../../src/stores/session';
import { decodeStoredAssessment } from '../../src/domain/assessment-state';
import { decodeStoredSession } from '../../src/domain/session-state';
import type { AnswerValue } from '../../src/domain/content-types';
import { createTabs } from '../helpers/memory-storage';
import { QUESTION_IDS } from '../helpers/reference-content';

const IDS = [...QUESTION_IDS];
const NOTE_KEYS = [...IDS.slice(0, 3), 'cost'];

type Edit =
  | { kind: 'answer'; tab: 0 | 1; id: string; value: AnswerValue }
  | { kind: 'note'; tab: 0 | 1; key: string; text: string }
  | { kind: 'deliver' };

const tab = fc.constantFrom<0 | 1>(0, 1);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    tab,
    id: fc.constantFrom(...IDS.slice(0, 4)),
    value: fc.constantFrom<AnswerValue>('yes', 'no', 'unsure'),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    tab,
    key: fc.constantFrom(...NOTE_KEYS),
    // An empty note deletes it: deletions must merge as well as edits.
    text: fc.constantFrom('', 'a', 'bb', 'owner agreed'),
  }),
  fc.constant({ kind: 'deliver' as const }),
);

describe('two tabs, any edits', () => {
  it('lose no committed answer or note', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 40 }), fc.boolean(), (edits, loadSecondLate) => {
        const { storage, backends, deliver } = createTabs(2);
        const assessments = [createAssessmentStore(backends[0]), createAssessmentStore(backends[1])] as const;
        const sessions = [createSessionStore(backends[0]), createSessionStore(backends[1])] as const;
        const answers: Record<string, AnswerValue> = {};
        const notes: Record<string, string> = {};
        const loaded = [false, false];
        // What a tab holds before it loads (its net edits since it opened empty) lands on top of
        // what it loads, so it counts from then; a note typed and cleared again is no edit.
        const load = (i: 0 | 1) => {
          const early = { answers: assessments[i].$assessment.get().answers, notes: sessions[i].$session.get().notes };
          assessments[i].initAssessment(IDS, '');
          sessions[i].initSession(IDS, '');
          loaded[i] = true;
          Object.assign(answers, early.answers);
          Object.assign(notes, early.notes);
        };
        const commit = (i: 0 | 1, record: () => void) => loaded[i] && record();
        load(0);
        if (!loadSecondLate) load(1);
        edits.forEach((edit, index) => {
          // The second tab may open half way through, with edits made before it loaded.
          if (loadSecondLate && index === Math.floor(edits.length / 2)) load(1);
          if (edit.kind === 'deliver') deliver();
          else if (edit.kind === 'answer') {
            // Choosing what the tab already shows changes nothing (a checked radio fires no change).
            if (assessments[edit.tab].$assessment.get().answers[edit.id] === edit.value) return;
            assessments[edit.tab].answerQuestion(edit.id, edit.value);
            commit(edit.tab, () => (answers[edit.id] = edit.value));
          } else {
            if ((sessions[edit.tab].$session.get().notes[edit.key] ?? '') === edit.text) return;
            expect(sessions[edit.tab].setNote(edit.key, edit.text)).toBe(true);
            commit(edit.tab, () => {
              if (edit.text) notes[edit.key] = edit.text;
              else delete notes[edit.key];
            });
          }
        });
        if (!loaded[1]) load(1);
        deliver();
        for (const i of [0, 1] as const) {
          expect(assessments[i].$assessment.get().answers).toEqual(answers);
          expect(sessions[i].$session.get().notes).toEqual(notes);
        }
        expect(decodeStoredAssessment(storage.getItem(STORAGE_KEYS.answers.key), IDS).state?.answers ?? {}).toEqual(
          answers,
        );
        expect(decodeStoredSession(storage.getItem(STORAGE_KEYS.session.key), IDS).state?.notes ?? {}).toEqual(notes);
      }),
      { numRuns: 300 },
    );
  });
});
