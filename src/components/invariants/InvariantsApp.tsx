import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { answerOf, type Answers } from '../../domain/answers';
import type { Id } from '../../domain/content-types';
import { fillSlots } from '../../domain/fill-slots';
import type { Invariant } from '../../domain/document-types';
import {
  INVARIANT_STATUSES,
  buildInvariantCheck,
  invariantCountSentence,
  invariantStatusLabel,
} from '../../domain/invariant-check';
import {
  $invariantCheck,
  $invariantCheckLoaded,
  initInvariantCheck,
  setInvariantNotes,
  setInvariantStatus,
} from '../../stores/invariant-check';
import { initSession } from '../../stores/session';
import { Notices } from '../common/Notices';
import type { IslandText } from '../../schemas/page-wording';
import { ChoiceRadios } from '../documents/ChoiceRadios';
import { DocumentNotes } from '../documents/DocumentNotes';
import type { DocumentsText } from '../documents/documents-text';

export interface InvariantsProps {
  invariants: Invariant[];
  questionIds: Id[];
  /** Question id → its short label ("Outcome metric"). */
  questionLabels: Record<Id, string>;
  /**
   * The diagnostic's answer labels, passed by the page rather than imported: importing the
   * diagnostic's props module would split it into a chunk of its own and add to the first load.
   */
  answerLabels: Record<'yes' | 'no' | 'unsure', string>;
  /** The self-check's words, from content/pages/invariants.md (`text`). */
  text: IslandText<'invariants'>;
  /** The words every document page shows alike, from content/pages/documents.md. */
  shared: DocumentsText;
}

/** The id of an invariant's first radio (links from the summary point at it). */
export const invariantRadioId = (invariantId: Id) => `invariant-${invariantId}`;

/** The /invariants/ island: the self-check against the seven invariants. */
export function InvariantsApp(props: InvariantsProps) {
  const { invariants, questionIds, questionLabels, answerLabels, text, shared } = props;
  const state = useStore($invariantCheck);
  const loaded = useStore($invariantCheckLoaded);
  const [answers, setAnswers] = useState<Answers>({});

  useEffect(() => {
    initSession(questionIds, window.location.search);
    initInvariantCheck(invariants.map((i) => i.id));
    let live = true;
    // The diagnostic's code is not part of this page's first load: only its saved answers are needed.
    void import('../../stores/assessment').then(({ readSavedAnswers }) => {
      if (live) setAnswers(readSavedAnswers(questionIds) ?? {});
    });
    return () => {
      live = false;
    };
  }, [invariants, questionIds]);

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded && root.current) root.current.dataset.ready = 'true';
  }, [loaded]);

  const view = buildInvariantCheck(invariants, state, answers);

  return (
    <div className="stack stack--l" ref={root}>
      <Notices text={text} />
      <div className="notice notice--info invariant-summary" aria-live="polite">
        <p className="notice__title">{invariantCountSentence(view, text)}</p>
        <p>
          {fillSlots(text['other-counts'], {
            partly: view.partly,
            'not-yet': view.notYet,
            'not-assessed': view.notAssessed,
          })}
        </p>
      </div>
      <form
        className="document-form stack"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label={text['form-label']}
      >
        {invariants.map((invariant) => {
          const row = view.rows.find((r) => r.id === invariant.id);
          const given = invariant.questions
            .map((q) => {
              const answer = answerOf(answers, q);
              return answer ? `${questionLabels[q] ?? q}: ${answerLabels[answer]}` : null;
            })
            .filter((text) => text !== null);
          const hint = row?.startingPoint
            ? fillSlots(text['starting-point'], {
                answers: given.join('; '),
                status: invariantStatusLabel(text, row.startingPoint),
              })
            : fillSlots(text['bears-on'], {
                questions: invariant.questions.map((q) => questionLabels[q] ?? q).join(', '),
              });
          return (
            <ChoiceRadios
              key={invariant.id}
              id={invariantRadioId(invariant.id)}
              name={`invariant-${invariant.id}`}
              legend={<span className="document-form__legend">{invariant.title}</span>}
              hint={hint}
              errorPrefix={shared['error-prefix']}
              options={INVARIANT_STATUSES.map((value) => ({ value, label: invariantStatusLabel(text, value) }))}
              value={row?.status ?? undefined}
              onChange={(status) => setInvariantStatus(invariant.id, status)}
            />
          );
        })}
      </form>
      <DocumentNotes
        id="invariants-notes"
        label={text['notes-label']}
        hint={shared['notes-hint']}
        text={shared}
        stored={state.notes}
        save={setInvariantNotes}
      />
    </div>
  );
}
