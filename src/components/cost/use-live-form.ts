import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { zodResolver } from '../common/zod-resolver';
import type * as z from 'zod/mini';
import { fieldId, type FieldProblem } from './TextField';

/** How long typing must pause before the text is committed. */
export const COMMIT_AFTER_MS = 400;

export interface FormReport {
  /** Whether every field holds a usable value (the estimate is up to date). */
  valid: boolean;
  /** Messages shown on visible fields, in page order. */
  problems: FieldProblem[];
  /**
   * Visible fields the user has not filled in yet (the tasks field just revealed, say): they keep
   * the estimate from updating, so the results say so, but they are not errors until the user acts.
   */
  waiting: FieldProblem[];
}

export type TextRegistration = UseFormRegisterReturn & {
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
};

export interface LiveFormCallbacks<Values, Result> {
  /** A change left the whole form valid: here is what it means. */
  onValid: (result: Result) => void;
  onReport: (report: FormReport) => void;
  /** Enter was pressed in a field while something is wrong: time for the error summary. */
  onSubmitInvalid: () => void;
  /** Called on unmount with the text as typed, so nothing typed is lost when the form is replaced. */
  onLeave: (values: Values) => void;
}

function messageAt(errors: unknown, path: string): string | undefined {
  let node = errors;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * A react-hook-form form validated by a zod/mini schema as the user types. Each change that leaves
 * the form valid is passed on at once (the estimate updates without a submit); while it is not,
 * the last valid result stands and the fields say what to fix. `visiblePaths` lists, in page
 * order, the fields on screen for the current values: only their errors are shown or summarised.
 */
export function useLiveForm<Values extends FieldValues, Result>(
  schema: z.ZodMiniType<Result, Values>,
  initialValues: Values,
  callbacks: LiveFormCallbacks<Values, Result>,
  visiblePaths: (values: Values) => string[],
) {
  const form = useForm<Values, unknown, Result>({
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: initialValues as DefaultValues<Values>,
    // The error summary takes focus on submit, as GOV.UK does, not the first field.
    shouldFocusError: false,
  });
  const { watch, getValues, trigger, register, formState, handleSubmit } = form;
  const [valid, setValid] = useState(true);
  // Empty fields the user has not yet acted on, with what they need: shown as a reason, not an error.
  const [waitingFor, setWaitingFor] = useState<Record<string, string>>({});
  // Fields the user has changed while this form is open.
  const acted = useRef(new Set<string>());
  // Callbacks change identity on every parent render; the subscription below reads the latest.
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });

  // Text is committed once the typing settles (a pause, leaving the field, Enter), never on each
  // keystroke: "999999999999" passes through the valid "99999999" on its way to being too large,
  // and that prefix must not become the estimate. Choices (radios, checkboxes) commit at once.
  const textPaths = useRef(new Set<string>());
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; result: Result } | null>(null);
  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };
  const flush = useRef(() => {
    const waiting = pending.current;
    cancelPending();
    if (waiting) latest.current.onValid(waiting.result);
  });

  useEffect(() => {
    const check = (changedPath: string | undefined | null) => {
      if (changedPath) acted.current.add(changedPath);
      const result = schema.safeParse(getValues());
      setValid(result.success);
      if (result.success) {
        setWaitingFor({});
        if (changedPath === null) return;
        cancelPending();
        if (changedPath !== undefined && textPaths.current.has(changedPath)) {
          const timer = setTimeout(() => flush.current(), COMMIT_AFTER_MS);
          pending.current = { timer, result: result.data };
        } else latest.current.onValid(result.data);
        return;
      }
      // A half-typed value that does not parse is never committed, nor is the valid prefix before it.
      cancelPending();
      // What keeps the estimate from updating is an error on a field the user has changed, or that
      // holds text (a draft kept from earlier, the other end of a quote). An empty field nobody has
      // touched yet (the tasks field just revealed, say) is not: the results say it is waiting for
      // it, and it turns into an error only once the user acts (types, or presses Enter).
      const errors: string[] = [];
      const waiting: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        const value: unknown = getValues(path as Path<Values>);
        if (acted.current.has(path) || !(typeof value === 'string' && value.trim() === '')) errors.push(path);
        else waiting[path] ??= issue.message;
      }
      setWaitingFor(waiting);
      if (errors.length > 0) void trigger(errors as Path<Values>[]);
    };
    check(null);
    // The subscription is this effect's own, undone by its cleanup: nothing memoised depends on it.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = watch((_values, { name }) => check(name));
    // Closing or leaving the page mid-typing keeps what was typed, if it is valid.
    const onPageHide = () => flush.current();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      // The form is being replaced (a scenario switch, a state from outside): the text is kept as
      // a draft by onLeave; committing it now would land on the new state.
      cancelPending();
      latest.current.onLeave(getValues());
    };
  }, [schema, watch, getValues, trigger]);

  const values = watch();
  const paths = visiblePaths(values);
  const errorOf = (path: string) => (paths.includes(path) ? messageAt(formState.errors, path) : undefined);
  const problems = paths.flatMap((path) => {
    const message = errorOf(path);
    return message ? [{ id: fieldId(path), message }] : [];
  });
  const waiting = paths.flatMap((path) =>
    !errorOf(path) && Object.hasOwn(waitingFor, path) ? [{ id: fieldId(path), message: waitingFor[path]! }] : [],
  );
  const signature = JSON.stringify([problems, waiting]);
  useEffect(() => {
    const [shown, pending] = JSON.parse(signature) as [FieldProblem[], FieldProblem[]];
    latest.current.onReport({ valid, problems: shown, waiting: pending });
  }, [valid, signature]);

  const onSubmit = handleSubmit(
    () => undefined,
    () => latest.current.onSubmitInvalid(),
  );

  /**
   * Registers a text field. Enter submits (a form with several text fields and no button would
   * otherwise ignore it), which brings up the error summary when something is wrong.
   */
  const field = (path: Path<Values>, options: RegisterOptions<Values, Path<Values>> = {}): TextRegistration => {
    textPaths.current.add(path);
    const registration = register(path, options);
    return {
      ...registration,
      onBlur: async (event) => {
        flush.current();
        return registration.onBlur(event);
      },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        flush.current();
        void onSubmit();
      },
    };
  };

  return { form, values, errorOf, field, onSubmit };
}
