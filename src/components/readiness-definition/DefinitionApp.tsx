import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
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
import { DocumentDownload } from '../documents/DocumentDownload';
import { DocumentField } from '../documents/DocumentField';
import { SignOffFieldset } from '../documents/SignOffFieldset';
import { DocumentNotes } from '../documents/DocumentNotes';
import { OurReading } from '../documents/OurReading';
import { documentFieldId } from '../documents/field-id';
import type { IslandText } from '../../schemas/page-wording';

export interface DefinitionProps {
  content: DefinitionContent;
  questionIds: Id[];
  /** The words of the page's file (content/pages/readiness-definition.md, `text`): the PDF's. */
  text: IslandText<'readiness-definition'>;
}

const id = (path: string) => documentFieldId('definition', path);

/** The /readiness-definition/ island: the production-readiness definition builder. */
export function DefinitionApp({ content, questionIds, text: pdfText }: DefinitionProps) {
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

  const completeness = definitionCompleteness(content, state);
  const errorOf = (field: string) => checked?.find((p) => p.field === field)?.message;

  function check(event: { preventDefault: () => void }) {
    event.preventDefault();
    setChecked(definitionProblems(content, state));
  }

  return (
    <div className="stack stack--l" ref={root}>
      <Notices />
      <div className="completeness stack stack--2xs">
        <label htmlFor="definition-completeness" className="doc-field__label">
          Completeness
        </label>
        <progress id="definition-completeness" max={completeness.total} value={completeness.filled}>
          {completeness.percent}%
        </progress>
        <p aria-live="polite">
          {completeness.percent}% complete: {completeness.elementsComplete} of {completeness.elementsTotal} elements
          with a target, owner and evidence; {completeness.signedOff} of {completeness.signOffsTotal} sign-offs.
        </p>
      </div>
      {checked && checked.length > 0 && (
        <ErrorSummary errors={checked.map((p) => ({ href: id(p.field), message: p.message }))} />
      )}
      <form className="document-form stack" noValidate onSubmit={check} aria-label="Production-readiness definition">
        <DocumentField
          id={id('system')}
          label="System"
          hint="The one system this definition is for. Write one definition per system."
          error={errorOf('system')}
          what="The system’s name"
          max={MAX_NAME_LENGTH}
          stored={state.system}
          save={(text) => setDefinitionText('system', text)}
        />

        {content.elements.map((element) => {
          const entry = elementEntry(state, element.id);
          const path = (part: string) => `elements.${element.id}.${part}`;
          return (
            <fieldset className="fieldset" key={element.id}>
              <legend className="fieldset__legend document-form__legend">{element.label}</legend>
              <DocumentField
                id={id(path('target'))}
                label={
                  element.targetIsOurReading ? (
                    <>
                      Target <OurReading />
                    </>
                  ) : (
                    'Target'
                  )
                }
                hint={
                  element.targetIsOurReading
                    ? 'The default is our reading of what this element needs; make it concrete for this system.'
                    : 'The default is the article’s own specifics; make it concrete for this system.'
                }
                error={errorOf(path('target'))}
                what={`The target for ${element.label.toLowerCase()}`}
                max={MAX_TARGET_LENGTH}
                stored={entry.target}
                save={(text) => setElementText(element.id, 'target', text)}
                multiline
              />
              <DocumentField
                id={id(path('owner'))}
                label="Owner"
                hint="A named person; the role is a starting point."
                error={errorOf(path('owner'))}
                what={`The owner of ${element.label.toLowerCase()}`}
                max={MAX_OWNER_LENGTH}
                stored={entry.owner}
                save={(text) => setElementText(element.id, 'owner', text)}
              />
              <DocumentField
                id={id(path('evidence'))}
                label="Evidence"
                hint={element.evidenceHint}
                error={errorOf(path('evidence'))}
                what={`The evidence for ${element.label.toLowerCase()}`}
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
          label="Agreed before build starts, on"
          hint="The date of the joint review, for example 2027-01-15."
          error={errorOf('agreedOn')}
          what="The date"
          max={10}
          stored={state.agreedOn}
          save={(text) => setDefinitionText('agreedOn', text)}
          short
        />

        <SignOffFieldset
          roles={content.document.signOffRoles}
          signOffs={state.signOffs}
          hint="A joint review, not a single owner. The PDF has a signature line for each."
          fieldId={id}
          errorOf={errorOf}
          nameWhat={() => 'The name'}
          save={setDefinitionSignOff}
        />

        <div className="button-group">
          <button type="submit" className="button">
            Check the definition
          </button>
        </div>
      </form>

      {checked && checked.length === 0 && completeness.complete && (
        <p className="notice notice--info" role="status">
          The definition is complete: every element has a target, an owner and evidence, and all four roles have signed.
        </p>
      )}

      <DocumentNotes
        id="definition-notes"
        subject="the readiness definition"
        stored={state.notes}
        save={(text) => text.length <= MAX_DOCUMENT_NOTE_LENGTH && setDefinitionText('notes', text)}
      />

      <DocumentDownload
        label="Download the definition (PDF, one page)"
        text={pdfText}
        build={async () =>
          (await import('../../domain/signable-document')).definitionDocument(
            content,
            $definition.get() ?? state,
            new Date(),
          )
        }
      />
    </div>
  );
}
