import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import './history.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Snapshot } from '../../domain/history';
import { formatSavedAt, groupByClient, initialClientKey, type ClientGroup } from '../../domain/history-view';
import { $history, deleteAllSnapshots, deleteSnapshot } from '../../stores/history';
import { $historyLoaded, loadHistory } from '../../stores/history-sync';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Notices } from '../common/Notices';
import { usePresentationClass } from '../facilitator/use-presentation';
import { Compare } from './Compare';
import type { HistoryProps } from './history-props';
import { ScoreChart } from './ScoreChart';
import { SnapshotTable } from './SnapshotTable';
import { Transfer, type ReadyPlan } from './Transfer';

type HistoryKit = typeof import('./history-kit');

/** The client filter's value: every client, or one client's key. */
type ClientChoice = { all: true } | { all: false; key: string };

type Pending = { kind: 'delete'; snapshot: Snapshot } | { kind: 'delete-all' } | { kind: 'import'; plan: ReadyPlan };

/**
 * The /history/ island: saved results grouped by client, each client with a chart of its score
 * over time, a comparison of two results of one client, deleting, and export / import (adding to
 * the saved results by default). Everything stays in this browser.
 */
export function HistoryApp({ questions, stages, cost, documents }: HistoryProps) {
  const ids = useMemo(() => questions.map((q) => q.id), [questions]);
  const snapshots = useStore($history);
  const loaded = useStore($historyLoaded);
  // The other stores (for export and import) load after hydration: 'failed' if they could not.
  const [kit, setKit] = useState<HistoryKit | 'failed' | null>(null);
  const tools = kit === 'failed' ? null : kit;
  const [presenting, setPresenting] = useState(false);
  const [sessionLabel, setSessionLabel] = useState('');
  // Until the user picks a client, the page follows the current session's client.
  const [clientChoice, setClientChoice] = useState<ClientChoice | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [imported, setImported] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const importedRef = useRef<HTMLParagraphElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ to: 'list' | 'imported'; n: number } | null>(null);
  usePresentationClass(presenting);

  useEffect(() => {
    loadHistory(ids);
    let cancelled = false;
    import('./history-kit').then(
      (loadedKit) => {
        if (cancelled) return;
        loadedKit.loadSessionStores(ids, cost, '', documents);
        setKit(loadedKit);
      },
      () => {
        if (!cancelled) setKit('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ids, cost, documents]);

  useEffect(
    () =>
      tools?.$session.subscribe((session) => {
        setPresenting(session.presentation);
        setSessionLabel(session.clientLabel);
      }),
    [tools],
  );

  const groups = useMemo(() => groupByClient(snapshots), [snapshots]);
  const chosenKey = clientChoice
    ? clientChoice.all
      ? null
      : clientChoice.key
    : initialClientKey(groups, sessionLabel);
  // A chosen client whose results were all deleted falls back to every client.
  const selected = chosenKey === null ? undefined : groups.find((g) => g.key === chosenKey);
  const shownGroups = selected ? [selected] : groups;
  const comparable = groups.length === 1 ? groups[0] : selected;

  // Tests (and anything automating the page) wait for data-ready before acting.
  const root = useRef<HTMLDivElement>(null);
  const ready = loaded && kit !== null;
  useEffect(() => {
    if (ready && root.current) root.current.dataset.ready = 'true';
  }, [ready]);

  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget.to === 'list' ? listHeading : importedRef).current?.focus();
  }, [focusTarget]);
  const focus = (to: 'list' | 'imported') => setFocusTarget((current) => ({ to, n: (current?.n ?? 0) + 1 }));

  function confirm() {
    if (!pending) return;
    setPending(null);
    if (pending.kind === 'delete') {
      deleteSnapshot(pending.snapshot.id);
      setAnnouncement(`Deleted the result saved ${formatSavedAt(pending.snapshot.savedAt)}.`);
      focus('list');
    } else if (pending.kind === 'delete-all') {
      deleteAllSnapshots();
      setAnnouncement('Deleted every saved result.');
      focus('list');
    } else if (tools) {
      const stored = tools.applyImport(pending.plan);
      const done = stored
        ? pending.plan.confirm.done
        : `${pending.plan.confirm.done} This browser would not store them, so they are kept only while this tab is open.`;
      setImported(done);
      setAnnouncement(done);
      focus(pending.plan.kind === 'history' ? 'list' : 'imported');
    }
  }

  if (!loaded) {
    return (
      // Tall enough to keep the footer out of view, so swapping in the list does not shift the
      // page (Lighthouse measured CLS 0.25 without it).
      <div className="history history--loading stack stack--xl" ref={root}>
        <Notices />
        <section className="stack stack--m" aria-labelledby="saved-results-title">
          <h2 id="saved-results-title">Saved results</h2>
          <p>Loading your saved results…</p>
        </section>
      </div>
    );
  }

  const dialog = dialogText(pending, snapshots.length);
  return (
    <div className="history stack stack--xl" ref={root}>
      <Notices />

      <section className="stack stack--m" aria-labelledby="saved-results-title">
        <h2 id="saved-results-title" ref={listHeading} tabIndex={-1}>
          Saved results
        </h2>
        {snapshots.length === 0 ? (
          <div className="stack stack--xs">
            <p>There are no saved results on this device yet.</p>
            <p>
              Finish the <a href="/assessment/">diagnostic</a> and choose “Save this result”: each one is dated, so you
              can retake it next quarter and see what moved.
            </p>
          </div>
        ) : (
          <>
            {groups.length > 1 && (
              <ClientFilter
                groups={groups}
                value={selected ? selected.key : null}
                total={snapshots.length}
                onChange={setClientChoice}
              />
            )}
            {shownGroups.map((group, index) => (
              <ClientResults
                key={group.key}
                group={group}
                index={index}
                onDelete={(snapshot) => setPending({ kind: 'delete', snapshot })}
              />
            ))}
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setPending({ kind: 'delete-all' })}
              >
                Delete all saved results
              </button>
            </div>
          </>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="compare-title">
        <h2 id="compare-title">
          Compare two results{comparable && groups.length > 1 ? ` for ${comparable.label}` : ''}
        </h2>
        {comparable || groups.length === 0 ? (
          <Compare snapshots={comparable?.snapshots ?? []} questions={questions} stages={stages} />
        ) : (
          <p>Results are compared within one client: choose a client under “Saved results” above.</p>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="transfer-title">
        <div className="stack stack--xs">
          <h2 id="transfer-title">Back up or move your data</h2>
          <p className="prose">
            Readiness keeps everything in this browser only. To use it on another laptop, or to hand a session to a
            colleague, download a file here and import it there.
          </p>
        </div>
        {kit === 'failed' ? (
          <p className="notice notice--warning">
            Download and import could not load. Check your connection and reload the page.
          </p>
        ) : (
          <Transfer
            kit={tools}
            hasSnapshots={snapshots.length > 0}
            onPlan={(plan) => {
              setImported(null);
              setPending({ kind: 'import', plan });
            }}
            imported={imported}
            importedRef={importedRef}
          />
        )}
      </section>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={dialog.title}
        confirmLabel={dialog.confirmLabel}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {dialog.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </ConfirmDialog>
    </div>
  );
}

interface ClientFilterProps {
  groups: readonly ClientGroup[];
  /** The chosen client's key, or null for every client. */
  value: string | null;
  total: number;
  onChange: (choice: ClientChoice) => void;
}

/** Which client's results to show. Option values are prefixed so "" (no label) is a client too. */
function ClientFilter({ groups, value, total, onChange }: ClientFilterProps) {
  const count = (n: number) => `${n} result${n === 1 ? '' : 's'}`;
  return (
    <div className="client-filter">
      <label className="text-field__label" htmlFor="client-filter">
        Client
      </label>
      <select
        id="client-filter"
        className="select"
        value={value === null ? 'all' : `client:${value}`}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(chosen.startsWith('client:') ? { all: false, key: chosen.slice('client:'.length) } : { all: true });
        }}
      >
        <option value="all">All clients ({count(total)})</option>
        {groups.map((group) => (
          <option key={group.key} value={`client:${group.key}`}>
            {group.label} ({count(group.snapshots.length)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** One client's saved results: its chart (from two results on) and its table. */
function ClientResults({
  group,
  index,
  onDelete,
}: {
  group: ClientGroup;
  index: number;
  onDelete: (snapshot: Snapshot) => void;
}) {
  const titleId = `client-${index}-title`;
  return (
    <section className="client-results stack stack--s" aria-labelledby={titleId}>
      <h3 id={titleId}>{group.label}</h3>
      {group.snapshots.length > 1 && <ScoreChart snapshots={group.snapshots} />}
      <SnapshotTable
        snapshots={group.snapshots}
        captionId={`client-${index}-caption`}
        client={group.label}
        onDelete={onDelete}
      />
    </section>
  );
}

function dialogText(pending: Pending | null, count: number): { title: string; body: string[]; confirmLabel: string } {
  if (pending?.kind === 'import') return pending.plan.confirm;
  if (pending?.kind === 'delete-all') {
    return {
      title: 'Delete every saved result?',
      body: [
        `This deletes all ${count} saved results on this device. It cannot be undone.`,
        'To keep a copy, cancel and download them first. The current session is not affected.',
      ],
      confirmLabel: 'Yes, delete them all',
    };
  }
  const savedAt = pending?.kind === 'delete' ? formatSavedAt(pending.snapshot.savedAt) : '';
  return {
    title: 'Delete this saved result?',
    body: [`This deletes the result saved ${savedAt}. It cannot be undone.`],
    confirmLabel: 'Yes, delete it',
  };
}
