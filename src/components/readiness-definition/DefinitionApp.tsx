import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import { fillSlots } from '../../domain/fill-slots';
import type { FieldProblem } from '../../domain/document-types';
import {
  MAX_EVIDENCE_LENGTH,
  MAX_OWNER_LENGTH,
  MAX_TARGET_LENGTH,
  definitionCompleteness,
  definitionProblems,
  elementEntry,
  initialDefinition,
  type DefinitionContent,
} from '../../domain/readiness-definition';
import { MAX_NAME_LENGTH } from '../../domain/sign-off';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../../domain/invariant-check';
import {
  $definition,
  initDefinition,
  setDefinitionSignOff,
  setDefinitionText,
  setElementText,
} from '../../stores/readiness-definition';
import { initSession } from '../../stores/session';
import { ErrorSummary } from '../assessment/ErrorSummary';
import { Notices } from '../common/Notices';
import type { IslandText } from '../../schemas/page-wording';
import { DocumentDownload } from '../documents/DocumentDownload';
import { DocumentField } from '../documents/DocumentField';
import { SignOffFieldset } from '../documents/SignOffFieldset';
import { DocumentNotes } from '../documents/DocumentNotes';
import { OurReading } from '../documents/OurReading';
import { documentFieldId } from '../documents/field-id';
import type { DocumentsText } from '../documents/documents-text';

export interface DefinitionProps {
  content: DefinitionContent;
  questionIds: Id[];
  /** The definition's words, from content/pages/readiness-definition.md (`text`). */
  text: IslandText<'readiness-definition'>;
  /** The words every document page shows alike, from content/pages/documents.md. */
  shared: DocumentsText;
}

const id = (path: string) => documentFieldId('definition', path);

/** The /readiness-definition/ island: the production-readiness definition builder. */
export function DefinitionApp({ content, questionIds, text, shared }: DefinitionProps) {
  const stored = useStore($definition);
  // Until the saved copy is read, show the defaults, exactly as the server rendered them.
  const state = stored ?? initialDefinition(content.elements);
  const [checked, setChecked] = useState<FieldProblem[] | null>(null);

  useEffect(() => {
    initSession(questionIds, window.location.search);
    initDefinition(content);
  }, [content, questionIds]);

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stored && root.current) root.current.dataset.ready = 'true';
  }, [stored]);

  // The form's problems in the page's words, with the sign-off problems shared by the documents.
  const wording = { ...text, ...shared };
  const completeness = definitionCompleteness(content, state, wording);
  const errorOf = (field: string) => checked?.find((p) => p.field === field)?.message;
  const errorPrefix = shared['error-prefix'];

  function check(event: { preventDefault: () => void }) {
    event.preventDefault();
    setChecked(definitionProblems(content, state, wording));
  }

  return (
    <div className="stack stack--l" ref={root}>
      <Notices text={text} />
      <div className="completeness stack stack--2xs">
        <label htmlFor="definition-completeness" className="doc-field__label">
          {text['completeness-label']}
        </label>
        <progress id="definition-completeness" max={completeness.total} value={completeness.filled}>
          {completeness.percent}%
        </progress>
        <p aria-live="polite">
          {fillSlots(text.completeness, {
            percent: completeness.percent,
            complete: completeness.elementsComplete,
            elements: completeness.elementsTotal,
            signed: completeness.signedOff,
            'sign-offs': completeness.signOffsTotal,
          })}
        </p>
      </div>
      {checked && checked.length > 0 && (
        <ErrorSummary errors={checked.map((p) => ({ href: id(p.field), message: p.message }))} text={text} />
      )}
      <form className="document-form stack" noValidate onSubmit={check} aria-label={text['form-label']}>
        <DocumentField
          id={id('system')}
          label={text['system-label']}
          hint={text['system-hint']}
          error={errorOf('system')}
          errorPrefix={errorPrefix}
          limitText={shared}
          what={text['system-what']}
          max={MAX_NAME_LENGTH}
          stored={state.system}
          save={(text) => setDefinitionText('system', text)}
        />

        {content.elements.map((element) => {
          const entry = elementEntry(state, element.id);
          const path = (part: string) => `elements.${element.id}.${part}`;
          const about = { element: element.label.toLowerCase() };
          return (
            <fieldset className="fieldset" key={element.id}>
              <legend className="fieldset__legend document-form__legend">{element.label}</legend>
              <DocumentField
                id={id(path('target'))}
                label={
                  element.targetIsOurReading ? (
                    <>
                      {text['target-label']} <OurReading label={shared['our-reading']} />
                    </>
                  ) : (
                    text['target-label']
                  )
                }
                hint={element.targetIsOurReading ? text['target-hint-reading'] : text['target-hint-article']}
                error={errorOf(path('target'))}
                errorPrefix={errorPrefix}
                limitText={shared}
                what={fillSlots(text['target-what'], about)}
                max={MAX_TARGET_LENGTH}
                stored={entry.target}
                save={(text) => setElementText(element.id, 'target', text)}
                multiline
              />
              <DocumentField
                id={id(path('owner'))}
                label={text['owner-label']}
                hint={text['owner-hint']}
                error={errorOf(path('owner'))}
                errorPrefix={errorPrefix}
                limitText={shared}
                what={fillSlots(text['owner-what'], about)}
                max={MAX_OWNER_LENGTH}
                stored={entry.owner}
                save={(text) => setElementText(element.id, 'owner', text)}
              />
              <DocumentField
                id={id(path('evidence'))}
                label={text['evidence-label']}
                hint={element.evidenceHint}
                error={errorOf(path('evidence'))}
                errorPrefix={errorPrefix}
                limitText={shared}
                what={fillSlots(text['evidence-what'], about)}
                max={MAX_EVIDENCE_LENGTH}
                stored={entry.evidence}
                save={(text) => setElementText(element.id, 'evidence', text)}
                multiline
              />
            </fieldset>
          );
        })}

        <DocumentField
          id={id('agreedOn')}
          label={text['agreed-label']}
          hint={text['agreed-hint']}
          error={errorOf('agreedOn')}
          errorPrefix={errorPrefix}
          limitText={shared}
          what={text['agreed-what']}
          max={10}
          stored={state.agreedOn}
          save={(text) => setDefinitionText('agreedOn', text)}
          short
        />

        <SignOffFieldset
          roles={content.document.signOffRoles}
          signOffs={state.signOffs}
          hint={text['sign-off-hint']}
          text={shared}
          fieldId={id}
          errorOf={errorOf}
          nameWhat={() => text['signer-name-what']}
          save={setDefinitionSignOff}
        />

        <div className="button-group">
          <button type="submit" className="button">
            {text['check-button']}
          </button>
        </div>
      </form>

      {checked && checked.length === 0 && completeness.complete && (
        <p className="notice notice--info" role="status">
          {text.complete}
        </p>
      )}

      <DocumentNotes
        id="definition-notes"
        label={text['notes-label']}
        hint={shared['notes-hint']}
        text={shared}
        stored={state.notes}
        save={(text) => text.length <= MAX_DOCUMENT_NOTE_LENGTH && setDefinitionText('notes', text)}
      />

      <DocumentDownload
        label={text.download}
        text={shared}
        pdfText={text}
        build={async () =>
          (await import('../../domain/signable-document')).definitionDocument(
            content,
            $definition.get() ?? state,
            new Date(),
            text,
          )
        }
      />
    </div>
  );
}
