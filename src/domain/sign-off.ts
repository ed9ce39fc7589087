/**
 * Sign-off blocks on the signable documents: one name and date per role. Shared by the readiness
 * definition and the day-one scorecard.
 */
import { isCalendarDay } from './calendar-day';
import type { Id } from './content-types';
import type { FieldProblem, SignOffRole } from './document-types';
import { fillSlots } from './fill-slots';
import type { FieldReader } from './stored-json';
import type { SignOffProblemText } from '../schemas/page-wording';

/** Longest system, programme or proposal name. */
export const MAX_NAME_LENGTH = 120;
/** Longest signer's name (with a title if they want one); kept short so sign-off blocks fit the page. */
export const MAX_SIGNER_LENGTH = 80;

export interface SignOff {
  name: string;
  /** yyyy-mm-dd, or '' until signed. */
  date: string;
}

export type SignOffs = Readonly<Partial<Record<Id, SignOff>>>;

export const EMPTY_SIGN_OFF: SignOff = { name: '', date: '' };

export function signOffOf(signOffs: SignOffs, roleId: Id): SignOff {
  return (Object.hasOwn(signOffs, roleId) ? signOffs[roleId] : undefined) ?? EMPTY_SIGN_OFF;
}

/** Problems with each role's sign-off, in role order: a name and a real date each. */
export function signOffProblems(
  roles: readonly SignOffRole[],
  signOffs: SignOffs,
  /** content/pages/documents.md's sign-off problems. */
  text: SignOffProblemText,
): FieldProblem[] {
  return roles.flatMap((role) => {
    const { name, date } = signOffOf(signOffs, role.id);
    const values = { role: role.label.toLowerCase() };
    const problems: FieldProblem[] = [];
    if (!name.trim())
      problems.push({
        field: `signOffs.${role.id}.name`,
        message: fillSlots(text['problem-signer-name'], values),
      });
    if (!date.trim())
      problems.push({
        field: `signOffs.${role.id}.date`,
        message: fillSlots(text['problem-signed-on'], values),
      });
    else if (!isCalendarDay(date))
      problems.push({
        field: `signOffs.${role.id}.date`,
        message: fillSlots(text['problem-signed-on-date'], values),
      });
    return problems;
  });
}

/** Sign-offs from untrusted data: known roles only, each field capped. */
export function readSignOffs(read: FieldReader, raw: unknown, roleIds: readonly Id[]): Partial<Record<Id, SignOff>> {
  const signOffs: Partial<Record<Id, SignOff>> = {};
  for (const [id, value] of read.entries(raw, roleIds)) {
    const parts = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const signOff = { name: read.text(parts.name, MAX_SIGNER_LENGTH), date: read.text(parts.date, 10) };
    if (signOff.name || signOff.date) signOffs[id] = signOff;
  }
  return signOffs;
}
