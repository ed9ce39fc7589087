import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import './history.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Snapshot } from '../../domain/history';
import { formatSavedAt, groupByClient, initialClientKey, type ClientGroup } from '../../domain/history-view';
import { counted, fillSlotParts, fillSlots } from '../../domain/fill-slots';
import { $history, deleteAllSnapshots, deleteSnapshot } from '../../stores/history';
import { $historyLoaded, loadHistory } from '../../stores/history-sync';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Notices } from '../common/Notices';
import { usePresentationClass } from '../facilitator/use-presentation';
import { Compare } from './Compare';
import type { HistoryProps, HistoryText } from './history-props';
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
export function HistoryApp({ questions, stages, cost, documents, text, answerText }: HistoryProps) {
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

  const noClientLabel = text['no-client-label'];
  const groups = useMemo(() => groupByClient(snapshots, noClientLabel), [snapshots, noClientLabel]);
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
      setAnnouncement(fillSlots(text['deleted-one'], { 'saved-at': formatSavedAt(pending.snapshot.savedAt) }));
      focus('list');
    } else if (pending.kind === 'delete-all') {
      deleteAllSnapshots();
      setAnnouncement(text['deleted-all']);
      focus('list');
    } else if (tools) {
      const stored = tools.applyImport(pending.plan);
      const done = stored
        ? pending.plan.confirm.done
        : fillSlots(text['import-memory-only'], { done: pending.plan.confirm.done });
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
        <Notices text={text} />
        <section className="stack stack--m" aria-labelledby="saved-results-title">
          <h2 id="saved-results-title">{text['saved-heading']}</h2>
          <p>{text.loading}</p>
        </section>
      </div>
    );
  }

  const dialog = dialogText(pending, snapshots.length, text);
  return (
    <div className="history stack stack--xl" ref={root}>
      <Notices text={text} />

      <section className="stack stack--m" aria-labelledby="saved-results-title">
        <h2 id="saved-results-title" ref={listHeading} tabIndex={-1}>
          {text['saved-heading']}
        </h2>
        {snapshots.length === 0 ? (
          <div className="stack stack--xs prose">
            <p>{text.empty}</p>
            <p>
              {fillSlotParts(text['empty-how'], {
                link: (
                  <a key="link" href="/assessment/">
                    {text['empty-link']}
                  </a>
                ),
              })}
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
                text={text}
              />
            )}
            {shownGroups.map((group, index) => (
              <ClientResults
                key={group.key}
                group={group}
                index={index}
                onDelete={(snapshot) => setPending({ kind: 'delete', snapshot })}
                text={text}
              />
            ))}
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setPending({ kind: 'delete-all' })}
              >
                {text['delete-all']}
              </button>
            </div>
          </>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="compare-title">
        <h2 id="compare-title">
          {comparable && groups.length > 1
            ? fillSlots(text['compare-heading-client'], { client: comparable.label })
            : text['compare-heading']}
        </h2>
        {comparable || groups.length === 0 ? (
          <Compare
            snapshots={comparable?.snapshots ?? []}
            questions={questions}
            stages={stages}
            text={text}
            answerText={answerText}
          />
        ) : (
          <p className="prose">{text['compare-choose-client']}</p>
        )}
      </section>

      <section className="stack stack--m" aria-labelledby="transfer-title">
        <div className="stack stack--xs">
          <h2 id="transfer-title">{text['transfer-heading']}</h2>
          <p className="prose">{text['transfer-intro']}</p>
        </div>
        {kit === 'failed' ? (
          <p className="notice notice--warning">{text['transfer-failed']}</p>
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
            text={text}
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
        text={text}
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
  text: HistoryText;
}

/** Which client's results to show. Option values are prefixed so "" (no label) is a client too. */
function ClientFilter({ groups, value, total, onChange, text }: ClientFilterProps) {
  const count = (n: number) => counted(text, 'results-count', n);
  return (
    <div className="client-filter">
      <label className="text-field__label" htmlFor="client-filter">
        {text['client-label']}
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
        <option value="all">{fillSlots(text['all-clients'], { results: count(total) })}</option>
        {groups.map((group) => (
          <option key={group.key} value={`client:${group.key}`}>
            {fillSlots(text['client-option'], { client: group.label, results: count(group.snapshots.length) })}
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
  text,
}: {
  group: ClientGroup;
  index: number;
  onDelete: (snapshot: Snapshot) => void;
  text: HistoryText;
}) {
  const titleId = `client-${index}-title`;
  return (
    <section className="client-results stack stack--s" aria-labelledby={titleId}>
      <h3 id={titleId}>{group.label}</h3>
      {group.snapshots.length > 1 && <ScoreChart snapshots={group.snapshots} text={text} />}
      <SnapshotTable
        snapshots={group.snapshots}
        captionId={`client-${index}-caption`}
        client={group.label}
        onDelete={onDelete}
        text={text}
      />
    </section>
  );
}

function dialogText(
  pending: Pending | null,
  count: number,
  text: HistoryText,
): { title: string; body: string[]; confirmLabel: string } {
  if (pending?.kind === 'import') return pending.plan.confirm;
  if (pending?.kind === 'delete-all') {
    return {
      title: text['delete-all-title'],
      body: [fillSlots(text['delete-all-text'], { count }), text['delete-all-keep']],
      confirmLabel: text['delete-all-confirm'],
    };
  }
  const savedAt = pending?.kind === 'delete' ? formatSavedAt(pending.snapshot.savedAt) : '';
  return {
    title: text['delete-title'],
    body: [fillSlots(text['delete-text'], { 'saved-at': savedAt })],
    confirmLabel: text['delete-confirm'],
  };
}
