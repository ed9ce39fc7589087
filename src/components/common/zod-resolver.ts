import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';

/** One problem, as react-hook-form keeps it for a field. */
interface FieldProblem {
  type: string;
  message: string;
}

/**
 * react-hook-form's resolver for a zod/mini schema: the values the schema parses the form to, or
 * each field's first problem, nested at its path as react-hook-form reads errors. Ours rather than
 * @hookform/resolvers' zod resolver, which also carries zod 3's code path, native-validation
 * support and error collection for criteriaMode 'all' that these forms never use: 1.3 KB gzip on
 * every page with a form, for the few lines below. Like that resolver, a union that matched no
 * branch reports its first branch's first problem, and the first problem at a path wins.
 */
export function zodResolver<Values extends FieldValues, Output>(
  schema: z.ZodMiniType<Output>,
): Resolver<Values, unknown, Output> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const [path, problem] of firstProblems(result.error.issues)) setAt(errors, path, problem);
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

/** Each path's first problem, in the order zod reports them, union branches included. */
function firstProblems(issues: readonly z.core.$ZodIssue[]): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  const queue: { issue: z.core.$ZodIssue; path: PropertyKey[] }[] = issues.map((issue) => ({
    issue,
    path: issue.path,
  }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { issue, path } = next;
    const key = path.map(String).join('.');
    const branches = issue.code === 'invalid_union' ? issue.errors : [];
    const shown = branches[0]?.[0] ?? issue;
    if (!problems.has(key)) problems.set(key, { type: shown.code, message: shown.message });
    for (const branch of branches)
      for (const inner of branch) queue.push({ issue: inner, path: [...path, ...inner.path] });
  }
  return problems;
}

/**
 * Puts `value` at a dotted path ("scenario.inputs.workflows"), making the objects on the way; a
 * problem of an object itself joins its fields' problems rather than replacing them.
 */
function setAt(target: Record<string, unknown>, path: string, value: FieldProblem): void {
  const keys = path === '' ? ['root'] : path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) node = (node[key] = objectAt(node, key)) as Record<string, unknown>;
  node[last] = { ...objectAt(node, last), ...value };
}

function objectAt(node: Record<string, unknown>, key: string): object {
  const child = node[key];
  return typeof child === 'object' && child !== null ? child : {};
}
