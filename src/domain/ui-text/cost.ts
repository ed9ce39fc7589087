/** How cost lines are described: their kind and where each figure came from. Plain strings only. */

export const COST_KIND_TEXT = { build: 'Build', governance: 'Governance', run: 'Run' } as const;

export const COST_BASIS_TEXT = {
  reference: 'Reference range',
  volume: 'Your volume',
  override: 'Your quote',
  excluded: 'Left out',
} as const;
