/**
 * An import the stores would refuse to keep is refused before it is applied: the check is the
 * stores' own (the encoded size against the codec's cap), so a file shown as imported is still
 * there after a reload. Both sides use this browser-less run's memory-only storage.
 */
import { describe, expect, it } from 'vitest';
import { encodeExportFile, decodeExportFile } from '../../src/domain/export-file';
import { MAX_NOTE_LENGTH } from '../../src/domain/session-state';
import type { Snapshot } from '../../src/domain/history';
import { loadSessionStores, planImportFile } from '../../src/stores/transfer';
import { historyFits, initHistory } from '../../src/stores/history';
import { sessionFits } from '../../src/stores/session';
import { QUESTION_IDS } from '../helpers/reference-content';
import { loadPageText } from '../helpers/load-content';
import { content, context } from './cost-arbitraries';
import { commitments, definitionContent, invariants, scorecardContent } from './documents-fixtures';

const IDS = [...QUESTION_IDS];
const NOW = new Date('2026-03-01T10:00:00Z');
const cost = {
  costLines: content.costLines,
  assumptions: content.assumptions,
  removableLineIds: ['scoping-engagement'],
  scenarioNames: context.scenarioNames,
};

loadSessionStores(IDS, cost, '', {
  invariantIds: invariants.map((i) => i.id),
  definition: definitionContent,
  scorecardRoles: scorecardContent.signOffRoles,
  commitmentIds: commitments.map((c) => c.id),
});
initHistory(IDS);

const sessionFile = (note: string) =>
  encodeExportFile(
    {
      kind: 'session',
      session: {
        answers: {},
        session: {
          facilitator: true,
          presentation: false,
          clientLabel: 'Acme',
          notes: Object.fromEntries([...IDS, 'cost'].map((key) => [key, note])),
        },
      },
    },
    IDS,
    NOW,
  );

const historyFile = (count: number, stageName: string) => {
  const snapshots: Snapshot[] = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    savedAt: new Date(NOW.getTime() + i * 60_000).toISOString(),
    clientLabel: 'c'.repeat(120),
    answers: {},
    stageId: 'experimentation',
    stageName,
    score: 0,
    total: 10,
    cost: null,
  }));
  return encodeExportFile({ kind: 'history', snapshots }, IDS, NOW);
};

const historyText = loadPageText('history');
const plan = (text: string) => planImportFile(new Blob([text], { type: 'application/json' }), historyText);

describe('import size parity with the storage cap', () => {
  it('refuses a session whose notes are each within the limit but whose encoding storage would refuse', async () => {
    // Control characters are escaped six to one in JSON: within every field's limit, over the cap.
    const text = sessionFile('\u0001'.repeat(MAX_NOTE_LENGTH));
    const decoded = decodeExportFile(text, text.length, IDS);
    expect(decoded.ok).toBe(true);
    if (decoded.ok && decoded.contents.kind === 'session')
      expect(sessionFits(decoded.contents.session.session)).toBe(false);
    expect(await plan(text)).toEqual({ ok: false, message: historyText['import-over-storage'] });
    expect(historyText['import-over-storage']).toMatch(/more than this browser keeps/);
    // The message is the page file's: other words are shown as given.
    const reworded = { ...historyText, 'import-over-storage': 'Too much for this browser to keep.' };
    expect(await planImportFile(new Blob([text], { type: 'application/json' }), reworded)).toEqual({
      ok: false,
      message: 'Too much for this browser to keep.',
    });
  });

  it('accepts the same session with plain notes', async () => {
    expect((await plan(sessionFile('n'.repeat(MAX_NOTE_LENGTH)))).ok).toBe(true);
  });

  it('accepts a history file padded near the 1 MB file limit only because what it stores fits the cap', async () => {
    const text = historyFile(50, '\u0001'.repeat(120));
    // Whitespace pads the file without changing what would be stored.
    const padded = text.replace('{', `{${' '.repeat(1000 * 1000 - text.length)}`);
    expect(padded.length).toBeGreaterThan(900_000);
    const decoded = decodeExportFile(padded, padded.length, IDS);
    if (!decoded.ok || decoded.contents.kind !== 'history') throw new Error('expected a history');
    expect(historyFits(decoded.contents.snapshots)).toBe(true);
    expect((await plan(padded)).ok).toBe(true);
  });
});
