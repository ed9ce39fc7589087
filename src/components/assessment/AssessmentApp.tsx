import '../../styles/forms.css';
import './assessment.css';
import '../facilitator/facilitator.css';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { isAnswerValue } from '../../domain/answers';
import { fillSlots } from '../../domain/fill-slots';
import { visibleScreen, type AssessmentScreen } from '../../domain/assessment-state';
import { buildDiagnosticView } from '../../domain/diagnostic-view';
import type { AnswerValue, Id } from '../../domain/content-types';
import type { SessionState } from '../../domain/session-state';
import {
  $assessment,
  $assessmentLoaded,
  answerQuestion,
  goTo,
  initAssessment,
  setView,
  shareLink,
  startOver,
} from '../../stores/assessment';
import { Notices } from '../common/Notices';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { answerLabel } from '../../domain/answer-labels';
import type { AssessmentProps } from './assessment-props';
import { AllQuestions } from './AllQuestions';
import { CheckAnswers, changeLinkId } from './CheckAnswers';
import { QuestionStep } from './QuestionStep';
import { CopyLinkButton } from '../common/CopyLinkButton';
import { useShortcutsKey } from './use-shortcuts-key';
import { ButtonPlace } from '../common/ButtonPlace';
import { dropShareFragment, useShareLinkArrivals } from '../common/use-share-link-arrivals';
import { useAnswerKeys } from './use-answer-keys';
import { backToStep, useHistorySteps } from './use-history-steps';
import { ToggleButton } from '../facilitator/ToggleButton';
import { SITE_NAME } from '../../consts';

type FacilitatorKit = typeof import('../facilitator/assessment-kit');
type ResultsModule = typeof import('./Results');

// Only the results screen has it, and the server never renders results: loaded when first shown,
// it keeps the diagnostic's first load within its JS budget.
const DownloadPdfButton = lazy(() =>
  import('../report/DownloadPdfButton').then((module) => ({ default: module.DownloadPdfButton })),
);

/**
 * "Save this result" and the fetchers of the content a saved result is worked out from: not part
 * of the first load (few visitors press it), requested once the results are near, so a press finds
 * them. Import is idempotent: later calls get the same modules.
 */
const loadSaving = () =>
  Promise.all([
    import('../../stores/saved-results'),
    import('../../stores/cost-content-file'),
    import('../../stores/snapshot-parts-file'),
  ]);

function screenKey(position: AssessmentScreen, view: string): string {
  return position.screen === 'question' ? `${view}:${position.questionId}` : position.screen;
}

/** The /assessment/ island: question steps or all questions, check answers, results. */
export function AssessmentApp({ questions, stages, html, text }: AssessmentProps) {
  const ids = useMemo(() => questions.map((q) => q.id), [questions]);
  const state = useStore($assessment);
  // Until the saved state is loaded, render what the server rendered (question 1) so hydration matches.
  const ready = useStore($assessmentLoaded);
  const [confirmingStartOver, setConfirmingStartOver] = useState(false);
  // When the user changes an answer from "Check your answers", Continue goes back there.
  const [returnToCheck, setReturnToCheck] = useState<Id | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // Bumped to move focus to the screen's heading when the screen itself has not changed.
  const [focusRequest, setFocusRequest] = useState(0);
  // Facilitator mode, notes and "Save this result" load as one chunk right after hydration.
  const [kit, setKit] = useState<FacilitatorKit | 'failed' | null>(null);
  const tools = kit === 'failed' ? null : kit;
  const [session, setSession] = useState<SessionState | null>(null);
  useEffect(() => tools?.$session.subscribe(setSession), [tools]);
  const facilitator = session?.facilitator ?? false;
  // Presentation mode is the client's view of a shared screen: no notes, no tools beyond leaving it.
  const presenting = facilitator && (session?.presentation ?? false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [keysOn, setKeysOn] = useState(true);
  /** The address's query as the page was opened (it holds ?mode=facilitator, dropped at once). */
  const openedWith = useRef<string | null>(null);
  /** Set when the next change of screen is not the user's doing: it replaces the history entry. */
  const replaceNextStep = useRef(false);

  /** Loads the saved answers (once), then opens the share link in `fragment`, if it holds one. */
  const openLink = useCallback(
    (fragment: string) => void initAssessment(ids, fragment, { onShareSettled: dropShareFragment, text, questions }),
    [ids, text, questions],
  );

  useEffect(() => {
    // An answer clicked in the server-rendered page, before this island hydrated, is on screen:
    // adopt it (React also replays the change, but the answer must not depend on the timing).
    for (const input of root.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? []) {
      const questionId = input.name.replace(/^answer-/, '');
      if (ids.includes(questionId) && isAnswerValue(input.value)) answerQuestion(questionId, input.value);
    }
    // The diagnostic loads its saved answers at once, under anything already answered: nothing
    // that loads later (facilitator tools, "Save this result") may hold up answering.
    openLink(window.location.hash);
    // ?mode= is read once and dropped from the address at once, so switching facilitator mode off
    // sticks and a link copied from the address bar never switches it on for someone else.
    openedWith.current ??= window.location.search;
    const search = openedWith.current;
    const url = new URL(window.location.href);
    url.searchParams.delete('mode');
    if (url.search !== window.location.search)
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    let cancelled = false;
    // Facilitator mode, notes and "Save this result" arrive as one chunk. If it cannot load
    // (offline, a stale deploy), the diagnostic works without it.
    const start = (loaded: FacilitatorKit | null) => {
      if (cancelled) return;
      const switchedOn = loaded?.loadFacilitatorSession(ids, search) ?? false;
      const viewBefore = $assessment.get().view;
      loaded?.applyFacilitatorView(switchedOn);
      // The view a facilitator starts on is where the page opened, not a step to go Back from.
      if ($assessment.get().view !== viewBefore) replaceNextStep.current = true;
      setKit(loaded ?? 'failed');
    };
    import('../facilitator/assessment-kit').then(start, () => start(null));
    return () => {
      cancelled = true;
    };
  }, [ids, openLink]);

  // A link opened while this page is already open (pasted into the address bar) is read the same way.
  useShareLinkArrivals(ready, openLink);

  const position: AssessmentScreen = useMemo(
    () => (ready ? visibleScreen(state, ids) : { screen: 'question', questionId: ids[0] ?? '' }),
    [ready, state, ids],
  );
  const view = ready ? state.view : 'step';
  useHistorySteps(ready, { position, view }, ids, () => setReturnToCheck(null), replaceNextStep);
  const currentIndex = position.screen === 'question' ? ids.indexOf(position.questionId) : -1;
  const currentQuestion = questions[currentIndex];
  const diagnosis = useMemo(
    () => buildDiagnosticView({ questions, stages }, state.answers, text),
    [questions, stages, state.answers, text],
  );
  const key = screenKey(position, view);
  // The error summary belongs to the screen that raised it; moving on clears it.
  const [errorScreen, setErrorScreen] = useState<string | null>(null);
  const hasError = errorScreen === key;
  const setHasError = (has: boolean) => setErrorScreen(has ? key : null);

  // The results screen, and saving it, load when the answers are being checked (or on the way to
  // results): the server never renders them, and without them the first load stays within budget.
  const [resultsModule, setResultsModule] = useState<ResultsModule | null>(null);
  const nearResults = ready && (position.screen === 'check' || position.screen === 'results');
  useEffect(() => {
    if (!nearResults) return;
    if (!resultsModule) void import('./Results').then(setResultsModule);
    // Should this fail, pressing the button asks for the same modules and reports what happens.
    loadSaving().catch(() => {});
  }, [nearResults, resultsModule]);
  const screenShown = position.screen !== 'results' || resultsModule !== null;

  // Each new screen: move focus to its heading (or a requested element) and retitle the page.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (!ready || !screenShown) return;
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const target = focusAfterRender.current ? document.getElementById(focusAfterRender.current) : null;
    focusAfterRender.current = null;
    if (target) {
      target.focus();
      return;
    }
    // A new screen opens at its top, as a new page would, whatever was scrolled to on the last one.
    window.scrollTo({ top: 0, behavior: 'instant' });
    document.getElementById('screen-heading')?.focus({ preventScroll: true });
  }, [key, ready, focusRequest, screenShown]);

  useEffect(() => {
    if (!ready) return;
    const title =
      position.screen === 'results'
        ? fillSlots(text['results-title'], { stage: diagnosis.stage.name })
        : position.screen === 'check'
          ? text['check-heading']
          : view === 'all'
            ? text['all-title']
            : fillSlots(text['question-title'], {
                position: currentIndex + 1,
                total: questions.length,
                question: currentQuestion?.label ?? '',
              });
    document.title = `${hasError ? fillSlots(text['error-title'], { title }) : title} · ${SITE_NAME}`;
  }, [ready, position, view, hasError, diagnosis.stage.name, currentIndex, currentQuestion, questions.length, text]);

  function continueFrom(questionId: Id) {
    if (returnToCheck) {
      focusAfterRender.current = changeLinkId(returnToCheck);
      setReturnToCheck(null);
      goTo({ screen: 'check' });
      return;
    }
    const next = ids[ids.indexOf(questionId) + 1];
    goTo(next ? { screen: 'question', questionId: next } : { screen: 'check' });
  }

  function back() {
    const previous = ids[currentIndex - 1];
    if (!previous) return;
    const step = { view, position: { screen: 'question', questionId: previous } } as const;
    // As the browser's Back would, when that is where the user came from: no entry piles up.
    if (!backToStep(step)) goTo(step.position);
  }

  useShortcutsKey(ready && keysOn && kit !== 'failed', () => setShortcutsOpen(true));
  useAnswerKeys(ready && keysOn && position.screen === 'question', (value: AnswerValue) => {
    if (view === 'all') {
      const focused = document.activeElement?.closest<HTMLElement>('[data-question-id]');
      const questionId = focused?.dataset.questionId ?? ids.find((id) => state.answers[id] === undefined);
      if (!questionId) return;
      answerQuestion(questionId, value);
      const index = ids.indexOf(questionId);
      const question = questions[index];
      setAnnouncement(
        fillSlots(text['answered-all'], { question: question?.label ?? '', answer: answerLabel(text, value) }),
      );
      const next = ids[index + 1];
      if (next) document.getElementById(`answer-${next}`)?.focus();
      return;
    }
    if (!currentQuestion) return;
    answerQuestion(currentQuestion.id, value);
    setAnnouncement(fillSlots(text['answered-step'], { answer: answerLabel(text, value), position: currentIndex + 1 }));
    continueFrom(currentQuestion.id);
  });

  // Declared after useAnswerKeys so its listener is attached first: tests (and anything else
  // automating the page) can wait for data-ready before typing.
  useEffect(() => {
    if (ready && root.current) root.current.dataset.ready = 'true';
  }, [ready]);

  function changeView(next: 'step' | 'all') {
    setView(next);
    // The one-question view opens the first question still to answer (where the all-questions
    // view left off), or stays where it was when every question has an answer.
    const firstUnanswered = ids.find((id) => state.answers[id] === undefined);
    if (next === 'step' && firstUnanswered) goTo({ screen: 'question', questionId: firstUnanswered });
    else if (position.screen !== 'question' && ids[0])
      goTo({ screen: 'question', questionId: firstUnanswered ?? ids[0] });
  }

  function toggleFacilitator(on: boolean) {
    tools?.switchFacilitator(on);
    setAnnouncement(text[on ? 'facilitator-on' : 'facilitator-off']);
  }

  // Switching facilitator mode moves its switch (into or out of Tools): focus follows it there
  // rather than falling to the top of the page.
  const wasFacilitator = useRef(facilitator);
  useEffect(() => {
    if (wasFacilitator.current === facilitator) return;
    wasFacilitator.current = facilitator;
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    const toggle = root.current?.querySelector<HTMLElement>('.island-toolbar [aria-pressed]');
    (facilitator ? toggle : document.getElementById('island-tools-summary'))?.focus();
  }, [facilitator]);

  function newSessionStarted() {
    setReturnToCheck(null);
    setAnnouncement(text['new-session-started']);
    setFocusRequest((n) => n + 1);
  }

  const renderNote =
    facilitator && !presenting && tools
      ? (question: { id: Id; label: string }) => (
          <tools.NoteField noteKey={question.id} subject={question.label} text={text} />
        )
      : undefined;

  function confirmStartOver() {
    setConfirmingStartOver(false);
    setReturnToCheck(null);
    startOver();
    setAnnouncement(text['started-over']);
  }

  let screen: React.ReactNode;
  if (position.screen === 'results' && resultsModule) {
    const { Results } = resultsModule;
    screen = (
      <Results
        view={diagnosis}
        html={html}
        text={text}
        actions={
          // One primary action, the PDF a sponsor can forward; the rest are secondary, as a group.
          <div className="results-actions" data-testid="results-actions">
            <Suspense fallback={<ButtonPlace className="button" label={text['pdf-download']} />}>
              <DownloadPdfButton
                className="button"
                htmlReportHref="/report/"
                text={text}
                report={async () => {
                  // Loaded on click, with the PDF engine: this page's first load stays as it was.
                  // The questions and stages in full (the Markdown the PDF draws) and the report's
                  // words come from the static file the build writes, not from this page.
                  const [{ buildReport }, { $session }, file] = await Promise.all([
                    import('../../domain/report-model'),
                    import('../../stores/session'),
                    import('../../stores/report-content-file').then((m) => m.fetchReportContent()),
                  ]);
                  return buildReport({
                    siteName: SITE_NAME,
                    text: file.wording,
                    content: file.content,
                    answers: state.answers,
                    cost: null,
                    session: $session.get(),
                    generatedAt: new Date(),
                    scope: 'diagnostic',
                  });
                }}
              />
            </Suspense>
            <div className="button-group results-actions__more">
              <CopyLinkButton
                className="button button--secondary"
                label={text['copy-link']}
                copiedMessage={text['link-copied']}
                fragment={() => shareLink(text)}
                text={text}
              />
              <a className="button button--secondary" href="/report/">
                {text['full-report']}
              </a>
              {kit === null && <ButtonPlace className="button button--secondary" label={text['save-result']} />}
              {tools && (
                <tools.SaveResultButton
                  text={text}
                  save={() =>
                    loadSaving().then(([{ saveResult }, { fetchCostContent }, { fetchSnapshotPartsContent }]) =>
                      saveResult({
                        questions,
                        stages,
                        answers: state.answers,
                        cost: fetchCostContent,
                        parts: fetchSnapshotPartsContent,
                      }),
                    )
                  }
                />
              )}
              <button type="button" className="button button--secondary" onClick={() => goTo({ screen: 'check' })}>
                {text['review-answers']}
              </button>
              <a className="button button--secondary" href="/cost/">
                {text['estimate-cost']}
              </a>
            </div>
          </div>
        }
      />
    );
  } else if (position.screen === 'check') {
    screen = (
      <CheckAnswers
        questions={questions}
        answers={state.answers}
        onErrorChange={setHasError}
        onChange={(questionId) => {
          setReturnToCheck(questionId);
          setView('step');
          goTo({ screen: 'question', questionId });
        }}
        onSubmit={() => goTo({ screen: 'results' })}
        text={text}
      />
    );
  } else if (view === 'all') {
    screen = (
      <AllQuestions
        questions={questions}
        answers={state.answers}
        guidanceHtml={html.guidance}
        onErrorChange={setHasError}
        onAnswer={answerQuestion}
        onDone={() => goTo({ screen: 'check' })}
        renderNote={renderNote}
        text={text}
      />
    );
  } else if (currentQuestion) {
    screen = (
      <QuestionStep
        key={currentQuestion.id}
        question={currentQuestion}
        position={currentIndex + 1}
        total={questions.length}
        value={state.answers[currentQuestion.id]}
        guidanceHtml={html.guidance[currentQuestion.id] ?? ''}
        onErrorChange={setHasError}
        onAnswer={(value) => answerQuestion(currentQuestion.id, value)}
        onContinue={() => continueFrom(currentQuestion.id)}
        onBack={currentIndex > 0 && !returnToCheck ? back : null}
        note={renderNote?.(currentQuestion)}
        text={text}
      />
    );
  }

  const toolButtons = (
    <>
      {/* Shown once its code has arrived: a switch that did nothing when pressed would lose the click. */}
      {tools && (
        <ToggleButton pressed={facilitator} onToggle={toggleFacilitator} text={text}>
          {text['facilitator-mode']}
        </ToggleButton>
      )}
      <button
        type="button"
        className="button button--link"
        aria-haspopup="dialog"
        onClick={() => setShortcutsOpen(true)}
      >
        {text['keyboard-shortcuts']}
      </button>
    </>
  );

  const viewSwitch =
    position.screen === 'question' ? (
      <button type="button" className="button button--link" onClick={() => changeView(view === 'all' ? 'step' : 'all')}>
        {text[view === 'all' ? 'view-step' : 'view-all']}
      </button>
    ) : null;

  return (
    <div
      className={`assessment stack stack--l${facilitator ? ' assessment--facilitator' : ''}${presenting ? ' assessment--presenting' : ''}`}
      ref={root}
    >
      <Notices text={text} />
      {/* Presenting, the toolbar gives way to the presentation bar, which keeps the view switch. */}
      {!presenting && (
        <div className="island-toolbar">
          <p className="island-toolbar__saved">{text['saved-here']}</p>
          <div className="cluster">
            {viewSwitch}
            {/* In facilitator mode, New session (which also clears the cost, label and notes) replaces it. */}
            {!facilitator && (
              <button type="button" className="button button--link" onClick={() => setConfirmingStartOver(true)}>
                {text['start-over']}
              </button>
            )}
            {/* A facilitator's tools are at hand; for anyone else they wait in a small "Tools" disclosure. */}
            {kit !== 'failed' &&
              (facilitator ? (
                toolButtons
              ) : (
                <details className="island-tools">
                  <summary className="island-tools__summary" id="island-tools-summary">
                    {text.tools}
                  </summary>
                  <div className="island-tools__menu">{toolButtons}</div>
                </details>
              ))}
          </div>
        </div>
      )}
      {facilitator && tools && (
        <tools.FacilitatorPanel onNewSession={newSessionStarted} presentingControls={viewSwitch} text={text} />
      )}
      {screen}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ConfirmDialog
        open={confirmingStartOver}
        title={text['start-over-title']}
        confirmLabel={text['start-over-confirm']}
        onConfirm={confirmStartOver}
        onCancel={() => setConfirmingStartOver(false)}
        text={text}
      >
        <p>{text['start-over-text']}</p>
      </ConfirmDialog>
      {tools && (
        <tools.ShortcutsDialog
          open={shortcutsOpen}
          onClose={() => setShortcutsOpen(false)}
          keysOn={keysOn}
          onKeysOnChange={setKeysOn}
          text={text}
        />
      )}
    </div>
  );
}
