import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '../common/zod-resolver';
import type { Id } from '../../domain/content-types';
import type { DeploymentStep } from '../../domain/decision-content';
import { deploymentStepSchema } from '../../domain/decision-forms';
import { DecideErrorSummary } from './DecideErrorSummary';
import { RadioGroup } from './RadioGroup';
import { fillSlots } from '../../domain/fill-slots';
import type { DecideText, DeploymentText } from './decide-text';

interface DeploymentStepFormProps {
  step: DeploymentStep;
  number: number;
  total: number;
  initialChoice: string;
  onAnswer: (choice: Id) => void;
  /** Shown when an answered step was reopened. */
  onCancel?: () => void;
  text: DeploymentText;
  shared: DecideText;
}

const FIELD_ID = 'deployment-choice';

/** One step of the framework: its question as the legend, its answers, Continue. */
export function DeploymentStepForm({
  step,
  number,
  total,
  initialChoice,
  onAnswer,
  onCancel,
  text,
  shared,
}: DeploymentStepFormProps) {
  const [schema] = useState(() => deploymentStepSchema(step, shared));
  const { register, handleSubmit, formState } = useForm<{ choice: string }>({
    resolver: zodResolver(schema),
    defaultValues: { choice: initialChoice },
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const error = formState.errors.choice?.message;
  const onSubmit = handleSubmit(
    ({ choice }) => onAnswer(choice),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form noValidate className="stack stack--m" aria-labelledby="deployment-step-title" onSubmit={onSubmit}>
      <DecideErrorSummary
        problems={error ? [{ id: FIELD_ID, message: error }] : []}
        focusRequest={attempt}
        title={shared['error-summary-title']}
      />
      <RadioGroup
        id={FIELD_ID}
        legend={
          <h2 id="deployment-step-title" className="decide-question" tabIndex={-1}>
            <span className="eyebrow">{fillSlots(text['step-of'], { number, total, step: step.title })}</span>{' '}
            {step.question}
          </h2>
        }
        hint={step.hint}
        error={error}
        errorPrefix={shared['error-prefix']}
        options={step.choices}
        registration={register('choice')}
      />
      <div className="decide-actions">
        <button type="submit" className="button">
          {text.continue}
        </button>
        {onCancel && (
          <button type="button" className="button button--link" onClick={onCancel}>
            {shared.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
