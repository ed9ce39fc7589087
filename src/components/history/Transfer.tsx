import { useState, type ChangeEvent, type RefObject } from 'react';
import type { HistoryImportMode, ImportPlan } from '../../domain/import-plan';
import { exportFileName, type ExportKind } from '../../domain/history-view';
import { saveTextFile } from '../common/save-file';

type HistoryKit = typeof import('./history-kit');
export type ReadyPlan = Extract<ImportPlan, { ok: true }>;

interface TransferProps {
  /** The lazily loaded stores; null while loading or if they could not load. */
  kit: HistoryKit | null;
  hasSnapshots: boolean;
  /** A valid file was read: the page asks before applying it. */
  onPlan: (plan: ReadyPlan) => void;
  /** What the last import did, shown (and focused) here. */
  imported: string | null;
  importedRef: RefObject<HTMLParagraphElement | null>;
}

const IMPORT_MODES: { value: HistoryImportMode; label: string }[] = [
  { value: 'merge', label: 'Add them to the results on this device (results already here are skipped)' },
  { value: 'replace', label: 'Replace the results on this device with them' },
];

/** Export the current session or the whole history as JSON; import one back (after a confirm). */
export function Transfer({ kit, hasSnapshots, onPlan, imported, importedRef }: TransferProps) {
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<HistoryImportMode>('merge');

  async function download(kind: ExportKind) {
    if (!kit) return;
    const now = new Date();
    // A session also carries the documents and decisions, whose codecs load only now.
    const text = kind === 'session' ? await kit.sessionExportText(now) : kit.historyExportText(now);
    const name = exportFileName(kind, now);
    saveTextFile(text, name);
    setDownloaded(`Downloaded ${name}. It is a plain JSON file: keep it somewhere safe, as it holds your answers.`);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it, say) is read again.
    event.target.value = '';
    if (!file || !kit) return;
    setDownloaded(null);
    let plan: ImportPlan;
    try {
      plan = await kit.planImportFile(file, mode);
    } catch {
      plan = { ok: false, message: 'This file could not be read.' };
    }
    if (!plan.ok) {
      setError(plan.message);
      return;
    }
    setError(null);
    onPlan(plan);
  }

  return (
    <div className="stack stack--l">
      <div className="stack stack--s">
        <h3>Download</h3>
        <p className="prose">
          A file you can keep, move to another laptop or hand to a colleague. It is saved by your browser like any
          download; nothing is uploaded.
        </p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => void download('session')}>
            Download the current session
          </button>
          {hasSnapshots && (
            <button type="button" className="button button--secondary" onClick={() => void download('history')}>
              Download all saved results
            </button>
          )}
        </div>
        <p className="hint">The session is everything on this device except the saved results.</p>{' '}
        <p role="status" className="transfer__status">
          {downloaded}
        </p>
      </div>

      <div className="stack stack--s">
        <h3>Import</h3>
        {error && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">That file was not imported</p>
            <p>{error}</p>
            <p>Nothing on this device has changed.</p>
          </div>
        )}
        <fieldset className="fieldset">
          <legend className="fieldset__legend text-field__label">Saved results in the file</legend>
          <div className="radios radios--small">
            {IMPORT_MODES.map((option) => (
              <div className="radios__item" key={option.value}>
                <input
                  id={`import-mode-${option.value}`}
                  className="radios__input"
                  type="radio"
                  name="import-mode"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                />
                <label className="radios__label" htmlFor={`import-mode-${option.value}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={`text-field${error ? ' text-field--error' : ''}`}>
          <label className="text-field__label" htmlFor="import-file">
            Import a Readiness file
          </label>
          <p id="import-file-hint" className="hint">
            A .json file downloaded from this page. You are asked before anything on this device is replaced.
          </p>
          <input
            id="import-file"
            className="file-input"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-file-hint"
            aria-invalid={error ? true : undefined}
            onChange={choose}
          />
        </div>
        <p ref={importedRef} tabIndex={-1} role="status" className="transfer__status transfer__done">
          {imported}
        </p>
      </div>
    </div>
  );
}
