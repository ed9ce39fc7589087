import { useState, type ChangeEvent, type RefObject } from 'react';
import type { HistoryImportMode, ImportPlan } from '../../domain/import-plan';
import { exportFileName, type ExportKind } from '../../domain/history-view';
import { saveTextFile } from '../common/save-file';
import { fillSlots } from '../../domain/fill-slots';
import type { HistoryText } from './history-props';

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
  text: HistoryText;
}

const IMPORT_MODES = [
  { value: 'merge', label: 'import-merge' },
  { value: 'replace', label: 'import-replace' },
] as const satisfies readonly { value: HistoryImportMode; label: keyof HistoryText }[];

/** Export the current session or the whole history as JSON; import one back (after a confirm). */
export function Transfer({ kit, hasSnapshots, onPlan, imported, importedRef, text }: TransferProps) {
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<HistoryImportMode>('merge');

  async function download(kind: ExportKind) {
    if (!kit) return;
    const now = new Date();
    // A session also carries the documents and decisions, whose codecs load only now.
    const file = kind === 'session' ? await kit.sessionExportText(now) : kit.historyExportText(now);
    const name = exportFileName(kind, now);
    saveTextFile(file, name);
    setDownloaded(fillSlots(text.downloaded, { file: name }));
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it, say) is read again.
    event.target.value = '';
    if (!file || !kit) return;
    setDownloaded(null);
    let plan: ImportPlan;
    try {
      plan = await kit.planImportFile(file, text, mode);
    } catch {
      plan = { ok: false, message: text['import-unreadable'] };
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
        <h3>{text['download-heading']}</h3>
        <p className="prose">{text['download-intro']}</p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => void download('session')}>
            {text['download-session']}
          </button>
          {hasSnapshots && (
            <button type="button" className="button button--secondary" onClick={() => void download('history')}>
              {text['download-history']}
            </button>
          )}
        </div>
        <p className="hint">{text['download-hint']}</p>{' '}
        <p role="status" className="transfer__status">
          {downloaded}
        </p>
      </div>

      <div className="stack stack--s">
        <h3>{text['import-heading']}</h3>
        {error && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{text['import-failed']}</p>
            <p>{error}</p>
            <p>{text['import-nothing-changed']}</p>
          </div>
        )}
        <fieldset className="fieldset">
          <legend className="fieldset__legend text-field__label">{text['import-mode-legend']}</legend>
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
                  {text[option.label]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={`text-field${error ? ' text-field--error' : ''}`}>
          <label className="text-field__label" htmlFor="import-file">
            {text['import-label']}
          </label>
          <p id="import-file-hint" className="hint">
            {text['import-hint']}
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
