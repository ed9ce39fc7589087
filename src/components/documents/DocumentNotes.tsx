import { lazy, Suspense } from 'react';
import { useStore } from '@nanostores/react';
import { $session } from '../../stores/session';
import type { DocumentNotesFieldProps } from './DocumentNotesField';

// Only facilitators see notes, so the field's code loads only when facilitator mode is on. The
// server never renders it (the mode is read in the browser), so no Suspense boundary is streamed.
const DocumentNotesField = lazy(() => import('./DocumentNotesField'));

/** A facilitator's notes on a document or check; shown only in facilitator mode. */
export function DocumentNotes(props: DocumentNotesFieldProps) {
  const { facilitator } = useStore($session);
  if (!facilitator) return null;
  return (
    <Suspense fallback={null}>
      <DocumentNotesField {...props} />
    </Suspense>
  );
}
