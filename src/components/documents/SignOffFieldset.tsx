import type { Id } from '../../domain/content-types';
import type { SignOffRole } from '../../domain/document-types';
import { MAX_SIGNER_LENGTH, signOffOf, type SignOff, type SignOffs } from '../../domain/sign-off';
import { DocumentField } from './DocumentField';
import type { DocumentsText } from './documents-text';

interface SignOffFieldsetProps {
  roles: readonly SignOffRole[];
  signOffs: SignOffs;
  /** The sentence under "Sign-off". */
  hint: string;
  /** The block's own words (its legend, the name and date labels), from content/pages/documents.md. */
  text: DocumentsText;
  /** The document's field id for a problem path such as "signOffs.sponsor.name". */
  fieldId: (path: string) => string;
  errorOf: (path: string) => string | undefined;
  /** What the over-the-limit message calls a role's name field ("The name"). */
  nameWhat: (role: SignOffRole) => string;
  save: (roleId: Id, part: keyof SignOff, text: string) => boolean;
}

/** The sign-off block of a signable document: a name and a date for each role. */
export function SignOffFieldset(props: SignOffFieldsetProps) {
  const { roles, signOffs, hint, text, fieldId, errorOf, nameWhat, save } = props;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend document-form__legend">{text['sign-off']}</legend>
      <p className="hint">{hint}</p>
      <div className="sign-offs">
        {roles.map((role) => {
          const signOff = signOffOf(signOffs, role.id);
          const path = (part: keyof SignOff) => `signOffs.${role.id}.${part}`;
          return (
            <fieldset className="fieldset" key={role.id}>
              <legend className="fieldset__legend">{role.label}</legend>
              <DocumentField
                id={fieldId(path('name'))}
                label={text['signer-name']}
                hint={text['signer-name-hint']}
                error={errorOf(path('name'))}
                errorPrefix={text['error-prefix']}
                limitText={text}
                what={nameWhat(role)}
                max={MAX_SIGNER_LENGTH}
                stored={signOff.name}
                save={(text) => save(role.id, 'name', text)}
              />
              <DocumentField
                id={fieldId(path('date'))}
                label={text['signed-on']}
                hint={text['signed-on-hint']}
                error={errorOf(path('date'))}
                errorPrefix={text['error-prefix']}
                limitText={text}
                what={text['signed-on-what']}
                max={10}
                stored={signOff.date}
                save={(text) => save(role.id, 'date', text)}
                short
              />
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
