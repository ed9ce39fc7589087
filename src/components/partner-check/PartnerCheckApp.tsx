import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import { fillSlots } from '../../domain/fill-slots';
import type { PartnerCommitment, PartnerVerdictContent } from '../../domain/document-types';
import {
  COMMITMENT_ANSWERS,
  commitmentAnswerLabel,
  commitmentAnswer,
  partnerVerdict,
} from '../../domain/partner-check';
import { MAX_NAME_LENGTH } from '../../domain/sign-off';
import {
  $partnerCheck,
  $partnerCheckLoaded,
  answerCommitment,
  initPartnerCheck,
  setPartnerCheckNotes,
  setProposalName,
} from '../../stores/partner-check';
import { initSession } from '../../stores/session';
import { ErrorSummary } from '../assessment/ErrorSummary';
import { Notices } from '../common/Notices';
import type { IslandText } from '../../schemas/page-wording';
import { ChoiceRadios } from '../documents/ChoiceRadios';
import { DocumentField } from '../documents/DocumentField';
import { DocumentNotes } from '../documents/DocumentNotes';
import { OurReading } from '../documents/OurReading';
import type { DocumentsText } from '../documents/documents-text';

export interface PartnerCheckProps {
  commitments: PartnerCommitment[];
  verdict: PartnerVerdictContent;
  questionIds: Id[];
  /** The check's words, from content/pages/partner-check.md (`text`). */
  text: IslandText<'partner-check'>;
  /** The words every document page shows alike, from content/pages/documents.md. */
  shared: DocumentsText;
}

const radioId = (commitmentId: Id) => `commitment-${commitmentId}`;

/** The /partner-check/ island: the six commitments, checked against a proposal. */
export function PartnerCheckApp({ commitments, verdict: wording, questionIds, text, shared }: PartnerCheckProps) {
  const unansweredMessage = (c: PartnerCommitment) =>
    fillSlots(text.unanswered, { commitment: c.commitment.replace(/\.$/, '') });
  const state = useStore($partnerCheck);
  const loaded = useStore($partnerCheckLoaded);
  /** Set by "See the verdict"; the verdict then follows each change. */
  const [asked, setAsked] = useState(false);
  const [errorIds, setErrorIds] = useState<Id[]>([]);

  useEffect(() => {
    initSession(questionIds, window.location.search);
    initPartnerCheck(commitments.map((c) => c.id));
  }, [commitments, questionIds]);

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (loaded && root.current) root.current.dataset.ready = 'true';
  }, [loaded]);

  const verdict = partnerVerdict(commitments, state);

  function submit(event: { preventDefault: () => void }) {
    event.preventDefault();
    setAsked(true);
    setErrorIds(verdict.kind === 'incomplete' ? verdict.unanswered.map((c) => c.id) : []);
  }

  // The summary lists what was unanswered at the last submit and stays put until the next one:
  // changing as the user answers would move focus back to it mid-task.
  const summary = commitments
    .filter((c) => errorIds.includes(c.id))
    .map((c) => ({ href: radioId(c.id), message: unansweredMessage(c) }));

  return (
    <div className="stack stack--l" ref={root}>
      <Notices text={text} />
      <ErrorSummary errors={summary} text={text} />
      <form className="document-form stack" noValidate onSubmit={submit} aria-label={text['form-label']}>
        <DocumentField
          id="partner-proposal"
          label={text['proposal-label']}
          hint={text['proposal-hint']}
          errorPrefix={shared['error-prefix']}
          limitText={shared}
          what={text['proposal-what']}
          max={MAX_NAME_LENGTH}
          stored={state.proposal}
          save={setProposalName}
        />
        {commitments.map((commitment, index) => (
          <ChoiceRadios
            key={commitment.id}
            id={radioId(commitment.id)}
            name={`commitment-${commitment.id}`}
            legend={
              <span className="document-form__legend">
                {index + 1}. {commitment.commitment}
              </span>
            }
            error={
              errorIds.includes(commitment.id) && commitmentAnswer(state, commitment.id) === undefined
                ? unansweredMessage(commitment)
                : undefined
            }
            errorPrefix={shared['error-prefix']}
            options={COMMITMENT_ANSWERS.map((value) => ({ value, label: commitmentAnswerLabel(text, value) }))}
            value={commitmentAnswer(state, commitment.id)}
            onChange={(answer) => answerCommitment(commitment.id, answer)}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {text['verdict-button']}
          </button>
        </div>
      </form>

      <section className="verdict stack stack--s" aria-labelledby="verdict-title" aria-live="polite">
        <h2 id="verdict-title">{text['verdict-heading']}</h2>
        {!asked || verdict.kind === 'incomplete' ? (
          <p className="muted">{text['verdict-waiting']}</p>
        ) : (
          <>
            <p className={`notice ${verdict.kind === 'system' ? 'notice--info' : 'notice--warning'}`}>
              <strong className="verdict__title">{verdict.kind === 'system' ? wording.system : wording.pilot}</strong>
            </p>
            <p>
              {wording.ruleIsOurReading && <OurReading label={shared['our-reading']} />} {wording.rule}
            </p>
            {verdict.kind === 'pilot' && (
              <>
                <h3>{text['ask-heading']}</h3>
                <ul className="stack stack--xs">
                  {verdict.askFor.map(({ commitment, answer }) => (
                    <li key={commitment.id}>
                      <strong>{commitmentAnswerLabel(text, answer)}:</strong> {commitment.commitment}{' '}
                      {commitment.askIsOurReading && <OurReading label={shared['our-reading']} />} {commitment.askFor}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      <DocumentNotes
        id="partner-notes"
        label={text['notes-label']}
        hint={shared['notes-hint']}
        text={shared}
        stored={state.notes}
        save={setPartnerCheckNotes}
      />
    </div>
  );
}
