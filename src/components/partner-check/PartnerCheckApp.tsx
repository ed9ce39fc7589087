import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import type { PartnerCommitment, PartnerVerdictContent } from '../../domain/document-types';
import {
  COMMITMENT_ANSWERS,
  COMMITMENT_ANSWER_LABELS,
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

export interface PartnerCheckProps {
  commitments: PartnerCommitment[];
  verdict: PartnerVerdictContent;
  questionIds: Id[];
  /** The island's own words, from content/pages/partner-check.md. */
  text: IslandText<'partner-check'>;
}

const radioId = (commitmentId: Id) => `commitment-${commitmentId}`;
const unansweredMessage = (c: PartnerCommitment) =>
  `Say whether the proposal commits to: ${c.commitment.replace(/\.$/, '')}`;

/** The /partner-check/ island: the six commitments, checked against a proposal. */
export function PartnerCheckApp({ commitments, verdict: wording, questionIds, text }: PartnerCheckProps) {
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
      <form className="document-form stack" noValidate onSubmit={submit} aria-label="Partner commitments">
        <DocumentField
          id="partner-proposal"
          label="Proposal under review"
          hint="Optional: the partner and proposal, so you can tell checks apart."
          what="The proposal’s name"
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
            options={COMMITMENT_ANSWERS.map((value) => ({ value, label: COMMITMENT_ANSWER_LABELS[value] }))}
            value={commitmentAnswer(state, commitment.id)}
            onChange={(answer) => answerCommitment(commitment.id, answer)}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            See the verdict
          </button>
        </div>
      </form>

      <section className="verdict stack stack--s" aria-labelledby="verdict-title" aria-live="polite">
        <h2 id="verdict-title">Verdict</h2>
        {!asked || verdict.kind === 'incomplete' ? (
          <p className="muted">Answer all six, then choose “See the verdict”.</p>
        ) : (
          <>
            <p className={`notice ${verdict.kind === 'system' ? 'notice--info' : 'notice--warning'}`}>
              <strong className="verdict__title">{verdict.kind === 'system' ? wording.system : wording.pilot}</strong>
            </p>
            <p>
              {wording.ruleIsOurReading && <OurReading />} {wording.rule}
            </p>
            {verdict.kind === 'pilot' && (
              <>
                <h3>What to ask for</h3>
                <ul className="stack stack--xs">
                  {verdict.askFor.map(({ commitment, answer }) => (
                    <li key={commitment.id}>
                      <strong>{COMMITMENT_ANSWER_LABELS[answer]}:</strong> {commitment.commitment}{' '}
                      {commitment.askIsOurReading && <OurReading />} {commitment.askFor}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      <DocumentNotes id="partner-notes" subject="the proposal" stored={state.notes} save={setPartnerCheckNotes} />
    </div>
  );
}
