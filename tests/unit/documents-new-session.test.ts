/**
 * "New session" clears the four documents and checks and the decisions (use cases, deployment
 * answers) for the next client, on any page, while saved results (history) stay. Runs the real stores against an in-memory localStorage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../src/consts';
import { loadPageText } from '../helpers/load-content';

class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const DOCUMENT_KEYS = [
  STORAGE_KEYS.invariantCheck.key,
  STORAGE_KEYS.readinessDefinition.key,
  STORAGE_KEYS.scorecard.key,
  STORAGE_KEYS.partnerCheck.key,
  STORAGE_KEYS.decisions.key,
];

beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

describe('New session', () => {
  it('removes the stored documents and keeps saved results', async () => {
    for (const key of [...DOCUMENT_KEYS, STORAGE_KEYS.history.key]) localStorage.setItem(key, '{"v":1}');
    const { startNewSession } = await import('../../src/stores/facilitator');
    startNewSession();
    expect(DOCUMENT_KEYS.map((key) => localStorage.getItem(key))).toEqual(DOCUMENT_KEYS.map(() => null));
    expect(localStorage.getItem(STORAGE_KEYS.history.key)).toBe('{"v":1}');
  });

  it('leaves no stored key of any document or decision behind, with every one filled in', async () => {
    localStorage.setItem(STORAGE_KEYS.invariantCheck.key, '{"v":1,"statuses":{"other":"have"},"notes":""}');
    localStorage.setItem(STORAGE_KEYS.partnerCheck.key, '{"v":1,"proposal":"Acme","answers":{},"notes":""}');
    localStorage.setItem(STORAGE_KEYS.readinessDefinition.key, '{"v":1,"system":"Agent"}');
    const scorecard = await import('../../src/stores/scorecard');
    scorecard.initScorecard({ signOffRoles: [{ id: 'finance-partner', label: 'Finance partner' }] });
    scorecard.setScorecardText('metric', 'Handling time');
    const decisions = await import('../../src/stores/decisions');
    decisions.initDecisions();
    decisions.saveUseCase({ name: 'Refund triage', description: '', answers: {} });
    decisions.answerDeploymentStep('hosting', 'cloud');
    for (const key of DOCUMENT_KEYS) expect(localStorage.getItem(key), key).not.toBeNull();

    const { startNewSession } = await import('../../src/stores/facilitator');
    startNewSession();
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of DOCUMENT_KEYS) expect(keys, key).not.toContain(key);
    expect(decisions.$decisions.get()).toEqual({ useCases: [], deployment: { answers: {}, note: '' } });
  });

  it('removes decisions stored on a page that never loaded them', async () => {
    localStorage.setItem(
      STORAGE_KEYS.decisions.key,
      '{"v":1,"useCases":[{"id":"uc-a1","name":"Refunds","description":"","answers":{}}],"deployment":{"answers":{}}}',
    );
    const { startNewSession } = await import('../../src/stores/facilitator');
    startNewSession();
    expect(localStorage.getItem(STORAGE_KEYS.decisions.key)).toBeNull();
  });

  it('empties a document already loaded on the page', async () => {
    const scorecard = await import('../../src/stores/scorecard');
    scorecard.initScorecard({ signOffRoles: [{ id: 'finance-partner', label: 'Finance partner' }] });
    scorecard.setScorecardText('metric', 'Handling time');
    expect(localStorage.getItem(STORAGE_KEYS.scorecard.key)).toContain('Handling time');
    const { startNewSession } = await import('../../src/stores/facilitator');
    startNewSession();
    expect(scorecard.$scorecard.get().metric).toBe('');
    expect(localStorage.getItem(STORAGE_KEYS.scorecard.key)).toBeNull();
  });
});

describe('export and import of the documents', () => {
  it('restoreDocuments then readSavedDocuments gives back what was restored, and null clears', async () => {
    const { readSavedDocuments, restoreDocuments } = await import('../../src/stores/documents');
    const { commitments, definitionContent, invariants, scorecardContent } = await import('./documents-fixtures');
    const { initialDefinition } = await import('../../src/domain/readiness-definition');
    const context = {
      invariantIds: invariants.map((i) => i.id),
      definition: definitionContent,
      scorecardRoles: scorecardContent.signOffRoles,
      commitmentIds: commitments.map((c) => c.id),
    };
    const state = {
      invariantCheck: { statuses: { other: 'have' as const }, notes: '' },
      readinessDefinition: { ...initialDefinition(definitionContent.elements), system: 'Agent' },
      scorecard: null,
      partnerCheck: { proposal: 'Acme', answers: { c3: 'no' as const }, notes: '' },
    };
    localStorage.setItem(STORAGE_KEYS.scorecard.key, '{"v":1,"metric":"old"}');
    restoreDocuments(state);
    expect(readSavedDocuments(context)).toEqual(state);
    expect(localStorage.getItem(STORAGE_KEYS.scorecard.key)).toBeNull();
  });
});

describe('export, New session, import (the stores on the history page)', () => {
  it('brings back the scorecard and the use cases New session cleared', async () => {
    const { QUESTION_IDS } = await import('../helpers/reference-content');
    const { content, context } = await import('./cost-arbitraries');
    const { commitments, definitionContent, invariants, scorecardContent } = await import('./documents-fixtures');
    const transfer = await import('../../src/stores/transfer');
    transfer.loadSessionStores(
      [...QUESTION_IDS],
      {
        costLines: content.costLines,
        assumptions: content.assumptions,
        removableLineIds: ['scoping-engagement'],
        scenarioNames: context.scenarioNames,
      },
      '',
      {
        invariantIds: invariants.map((i) => i.id),
        definition: definitionContent,
        scorecardRoles: scorecardContent.signOffRoles,
        commitmentIds: commitments.map((c) => c.id),
      },
    );
    const scorecard = await import('../../src/stores/scorecard');
    scorecard.initScorecard({ signOffRoles: scorecardContent.signOffRoles });
    scorecard.setScorecardText('metric', 'Handling time');
    const decisions = await import('../../src/stores/decisions');
    decisions.initDecisions();
    decisions.saveUseCase({ name: 'Refund triage', description: '', answers: {} });
    decisions.saveUseCase({ name: 'Invoice matching', description: '', answers: {} });

    const file = await transfer.sessionExportText(new Date('2026-03-01T10:00:00Z'));
    const { startNewSession } = await import('../../src/stores/facilitator');
    startNewSession();
    expect(localStorage.getItem(STORAGE_KEYS.scorecard.key)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEYS.decisions.key)).toBeNull();

    const plan = await transfer.planImportFile(new Blob([file], { type: 'application/json' }), loadPageText('history'));
    expect(plan.ok && plan.confirm.body[0]).toMatch(/your scorecard and 2 use cases\.$/);
    if (!plan.ok) return;
    expect(transfer.applyImport(plan)).toBe(true);
    expect(scorecard.$scorecard.get().metric).toBe('Handling time');
    expect(decisions.$decisions.get()?.useCases.map((u) => u.name)).toEqual(['Refund triage', 'Invoice matching']);
    expect(localStorage.getItem(STORAGE_KEYS.scorecard.key)).toContain('Handling time');
    expect(localStorage.getItem(STORAGE_KEYS.decisions.key)).toContain('Invoice matching');
  });
});
