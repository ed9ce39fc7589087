import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '../common/zod-resolver';
import type { RubricContent } from '../../domain/decision-content';
import { rubricFormSchema, type UseCaseFormResult, type UseCaseFormValues } from '../../domain/decision-forms';
import type { FieldProblem } from '../cost/TextField';
import { DecideErrorSummary } from './DecideErrorSummary';
import { RadioGroup } from './RadioGroup';
import type { DecideText, RubricText } from './decide-text';

interface UseCaseFormProps {
  rubric: RubricContent;
  initialValues: UseCaseFormValues;
  submitLabel: string;
  onSave: (result: UseCaseFormResult) => void;
  /** Shown when changing a saved use case. */
  onCancel?: () => void;
  text: RubricText;
  shared: DecideText;
}

const questionId = (id: string) => `use-case-${id}`;

/** Problems in page order, each linked to its field. */
function problemsOf(rubric: RubricContent, errors: FieldErrors<UseCaseFormValues>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (errors.name?.message) problems.push({ id: 'use-case-name', message: errors.name.message });
  if (errors.description?.message) problems.push({ id: 'use-case-description', message: errors.description.message });
  for (const question of rubric.questions) {
    const message = errors.answers?.[question.id]?.message;
    if (message) problems.push({ id: questionId(question.id), message });
  }
  return problems;
}

/** Name, description and the rubric's questions for one use case, validated on submit. */
export function UseCaseForm(props: UseCaseFormProps) {
  const { rubric, initialValues, submitLabel, onSave, onCancel, text, shared } = props;
  const [schema] = useState(() => rubricFormSchema(rubric, { ...text, ...shared }));
  const { register, handleSubmit, formState } = useForm<UseCaseFormValues, unknown, UseCaseFormResult>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    // The error summary takes focus on submit, as GOV.UK does, not the first field.
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  const problems = problemsOf(rubric, formState.errors);
  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;

  const onSubmit = handleSubmit(onSave, () => setAttempt((n) => n + 1));

  return (
    <form noValidate className="stack stack--l decide-form" aria-labelledby="use-case-form-title" onSubmit={onSubmit}>
      <DecideErrorSummary problems={problems} focusRequest={attempt} title={shared['error-summary-title']} />
      <TextInput
        id="use-case-name"
        label={text['name-label']}
        hint={text['name-hint']}
        error={errorOf('use-case-name')}
        errorPrefix={shared['error-prefix']}
      >
        {(props) => <input {...props} className="input" type="text" autoComplete="off" {...register('name')} />}
      </TextInput>
      <TextInput
        id="use-case-description"
        label={text['description-label']}
        hint={text['description-hint']}
        error={errorOf('use-case-description')}
        errorPrefix={shared['error-prefix']}
      >
        {(props) => <textarea {...props} className="textarea decide-textarea" rows={3} {...register('description')} />}
      </TextInput>
      {rubric.questions.map((question) => (
        <RadioGroup
          key={question.id}
          id={questionId(question.id)}
          legend={<span className="decide-legend">{question.question}</span>}
          hint={question.hint}
          error={errorOf(questionId(question.id))}
          errorPrefix={shared['error-prefix']}
          options={question.options}
          registration={register(`answers.${question.id}`)}
        />
      ))}
      <div className="decide-actions">
        <button type="submit" className="button">
          {submitLabel}
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

interface TextInputProps {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  errorPrefix: string;
  children: (props: { id: string; 'aria-describedby': string; 'aria-invalid': true | undefined }) => React.ReactNode;
}

/** GOV.UK order: label, hint, error, then the control. */
function TextInput({ id, label, hint, error, errorPrefix, children }: TextInputProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`text-field${error ? ' text-field--error' : ''}`}>
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
