import type { IslandText } from '../../schemas/page-wording';

/**
 * The words both decision islands show alike (the error prefix and summary title, Cancel, "Our
 * reading", the notes field, the cost link): content/pages/decisions.md's `text`, passed by each
 * decision page, so the same label is written once.
 */
export type DecideText = IslandText<'decisions'>;
/** /decide/agent-or-automation/'s words, from content/pages/agent-or-automation.md (`text`). */
export type RubricText = IslandText<'agent-or-automation'>;
/** /decide/deployment/'s words, from content/pages/deployment.md (`text`). */
export type DeploymentText = IslandText<'deployment'>;
