import type { Id } from '../../domain/content-types';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { RubricContent } from '../../domain/decision-content';
import { emptyRubricForm, rubricFormValues, type UseCaseFormResult } from '../../domain/decision-forms';
import { EMPTY_DECISIONS, MAX_USE_CASES } from '../../domain/decisions-state';
import { decidedCountsSentence, summariseUseCases } from '../../domain/decisions-view';
import { $decisions, removeUseCase, saveUseCase } from '../../stores/decisions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { UseCaseCard, caseTitleId } from './UseCaseCard';
import { UseCaseForm } from './UseCaseForm';
import { useDecisionsIsland } from './use-decisions-island';
import { fillSlots } from '../../domain/fill-slots';
import type { DecideText, RubricText } from './decide-text';

export interface UseCaseRubricProps {
  rubric: RubricContent;
  /** The diagnostic's question ids, so loading the facilitator session keeps its notes. */
  questionIds: Id[];
  text: RubricText;
  /** The words both decision pages show alike, from content/pages/decisions.md. */
  shared: DecideText;
}

/** Use cases classified so far, what they add up to, and the form to add or change one. */
export function UseCaseRubric({ rubric, questionIds, text, shared }: UseCaseRubricProps) {
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
    setAnnouncement(
      fillSlots(text['saved-announcement'], {
        name: result.name,
        outcome: view?.outcomeLabel ?? text['saved-fallback'],
      }),
    );
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
    setAnnouncement(fillSlots(text['removed-announcement'], { name: removingCase.name }));
    setRemoving(null);
    focusTarget.current = 'use-cases-title';
  }

  return (
    <div className="stack stack--xl" ref={root}>
      <section className="stack stack--m" aria-labelledby="use-cases-title">
        <h2 id="use-cases-title" tabIndex={-1}>
          {text['use-cases-heading']}
        </h2>
        {summary.useCases.length === 0 ? (
          <p className="prose">{text['none-yet']}</p>
        ) : (
          <>
            <div className="stack stack--m">
              {summary.useCases.map((useCase) => (
                <UseCaseCard
                  key={useCase.id}
                  useCase={useCase}
                  onChange={() => startEditing(useCase.id)}
                  onRemove={() => setRemoving(useCase.id)}
                  text={text}
                  shared={shared}
                />
              ))}
            </div>
            <div className="notice notice--info stack stack--xs" data-testid="decision-counts">
              <p>
                <strong>{decidedCountsSentence(summary.counts, shared)}</strong>{' '}
                {summary.counts.classified < summary.useCases.length && `${text['not-counted']} `}
                {text['counts-note']}
              </p>
              <p>
                <a href="/cost/">{shared['cost-link']}</a> · <a href="/decide/deployment/">{text['deployment-link']}</a>
              </p>
            </div>
          </>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="use-case-form-title">
        <h2 id="use-case-form-title" tabIndex={-1}>
          {editingCase ? fillSlots(text['change-heading'], { name: editingCase.name }) : text['add-heading']}
        </h2>
        {full && !editingCase ? (
          <p className="prose">{fillSlots(text.full, { max: MAX_USE_CASES })}</p>
        ) : (
          <UseCaseForm
            key={formKey}
            rubric={rubric}
            initialValues={editingCase ? rubricFormValues(rubric, editingCase) : emptyRubricForm(rubric)}
            submitLabel={editingCase ? text['save-changes'] : text.classify}
            onSave={save}
            onCancel={editingCase ? cancelEditing : undefined}
            text={text}
            shared={shared}
          />
        )}
      </section>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ConfirmDialog
        open={removingCase !== undefined}
        title={fillSlots(text['remove-title'], { name: removingCase?.name ?? '' })}
        confirmLabel={text['remove-confirm']}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        text={text}
      >
        <p>{text['remove-text']}</p>
      </ConfirmDialog>
    </div>
  );
}
