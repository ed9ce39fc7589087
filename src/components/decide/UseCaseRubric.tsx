import type { Id } from '../../domain/content-types';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { RubricContent } from '../../domain/decision-content';
import { emptyRubricForm, rubricFormValues, type UseCaseFormResult } from '../../domain/decision-forms';
import { EMPTY_DECISIONS, MAX_USE_CASES } from '../../domain/decisions-state';
import { describeCounts, summariseUseCases } from '../../domain/decisions-view';
import { $decisions, removeUseCase, saveUseCase } from '../../stores/decisions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { SharedText } from '../../schemas/page-wording';
import { UseCaseCard, caseTitleId } from './UseCaseCard';
import { UseCaseForm } from './UseCaseForm';
import { useDecisionsIsland } from './use-decisions-island';

export interface UseCaseRubricProps {
  rubric: RubricContent;
  /** The diagnostic's question ids, so loading the facilitator session keeps its notes. */
  questionIds: Id[];
  /** The confirm dialog's own words, from content/pages/agent-or-automation.md. */
  text: SharedText<'confirm'>;
}

/** Use cases classified so far, what they add up to, and the form to add or change one. */
export function UseCaseRubric({ rubric, questionIds, text }: UseCaseRubricProps) {
  const root = useDecisionsIsland(questionIds);
  const state = useStore($decisions) ?? EMPTY_DECISIONS;
  const summary = useMemo(() => summariseUseCases(rubric, state.useCases), [rubric, state.useCases]);
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [removing, setRemoving] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes after the render an action causes (the new result, the next step).
  const focusTarget = useRef<string | null>(null);

  const editingCase = editing ? state.useCases.find((u) => u.id === editing) : undefined;
  const full = state.useCases.length >= MAX_USE_CASES;
  const removingCase = removing ? state.useCases.find((u) => u.id === removing) : undefined;

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  function save(result: UseCaseFormResult) {
    const id = saveUseCase(result, editingCase?.id);
    if (!id) return;
    const view = summariseUseCases(rubric, [{ id, note: '', ...result }]).useCases[0];
    setAnnouncement(`${result.name}: ${view?.outcomeLabel ?? 'saved'}.`);
    setEditing(null);
    setFormKey((k) => k + 1);
    focusTarget.current = caseTitleId(id);
  }

  function startEditing(id: string) {
    setEditing(id);
    setFormKey((k) => k + 1);
    focusTarget.current = 'use-case-form-title';
  }

  function cancelEditing() {
    const id = editing;
    setEditing(null);
    setFormKey((k) => k + 1);
    if (id) focusTarget.current = caseTitleId(id);
  }

  function confirmRemove() {
    if (!removingCase) return;
    removeUseCase(removingCase.id);
    if (editing === removingCase.id) cancelEditing();
    setAnnouncement(`${removingCase.name} removed.`);
    setRemoving(null);
    focusTarget.current = 'use-cases-title';
  }

  return (
    <div className="stack stack--xl" ref={root}>
      <section className="stack stack--m" aria-labelledby="use-cases-title">
        <h2 id="use-cases-title" tabIndex={-1}>
          Your use cases
        </h2>
        {summary.useCases.length === 0 ? (
          <p className="prose">
            None yet. Describe your first candidate use case below and answer six questions about it.
          </p>
        ) : (
          <>
            <div className="stack stack--m">
              {summary.useCases.map((useCase) => (
                <UseCaseCard
                  key={useCase.id}
                  useCase={useCase}
                  onChange={() => startEditing(useCase.id)}
                  onRemove={() => setRemoving(useCase.id)}
                />
              ))}
            </div>
            <div className="notice notice--info stack stack--xs" data-testid="decision-counts">
              <p>
                <strong>From your decisions: {describeCounts(summary.counts)}.</strong>{' '}
                {summary.counts.classified < summary.useCases.length &&
                  'Use cases with questions still unanswered are not counted. '}
                The cost calculator starts from these counts, and you can still change them there.
              </p>
              <p>
                <a href="/cost/">See what year one costs</a> · <a href="/decide/deployment/">Decide where it runs</a>
              </p>
            </div>
          </>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="use-case-form-title">
        <h2 id="use-case-form-title" tabIndex={-1}>
          {editingCase ? `Change “${editingCase.name}”` : 'Add a use case'}
        </h2>
        {full && !editingCase ? (
          <p className="prose">
            You have {MAX_USE_CASES} use cases, as many as the cost calculator takes. Remove one to add another.
          </p>
        ) : (
          <UseCaseForm
            key={formKey}
            rubric={rubric}
            initialValues={editingCase ? rubricFormValues(rubric, editingCase) : emptyRubricForm(rubric)}
            submitLabel={editingCase ? 'Save changes' : 'Classify this use case'}
            onSave={save}
            onCancel={editingCase ? cancelEditing : undefined}
          />
        )}
      </section>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ConfirmDialog
        open={removingCase !== undefined}
        title={`Remove “${removingCase?.name ?? ''}”?`}
        confirmLabel="Yes, remove it"
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        text={text}
      >
        <p>Its answers and notes are deleted from this device. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
