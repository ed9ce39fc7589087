/**
 * Reading a stage plan's Markdown by its lines, without a Markdown parser (the islands must not
 * ship one): the "Reaching the next stage" section split off, so the views print it once under
 * their own "Reaching <stage>" heading, and the numbered "**Owner: …**" actions for the summary.
 *
 * Imported by the client islands: plain string work only.
 */

export interface FirstAction {
  /** "Head of platform", or null when the step names no owner of its own. */
  owner: string | null;
  /** One sentence, plain text. */
  action: string;
}

const REACHING_HEADING = /^(#{2,3})\s+Reaching\b/i;
const HEADING = /^(#{1,6})\s/;
const OWNER_ITEM = /^\s*\d+\.\s+\*\*Owner:\s*(.+?)\.?\*\*\s*(.+)$/;

/** The plan without its "Reaching …" section, and that section's body (both trimmed Markdown). */
export function splitPlan(markdown: string): { plan: string; reaching: string } {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => REACHING_HEADING.test(line));
  if (start === -1) return { plan: markdown.trim(), reaching: '' };
  const depth = REACHING_HEADING.exec(lines[start]!)![1]!.length;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    if (heading && heading[1]!.length <= depth) {
      end = i;
      break;
    }
  }
  return {
    plan: [...lines.slice(0, start), ...lines.slice(end)].join('\n').trim(),
    reaching: lines
      .slice(start + 1, end)
      .join('\n')
      .trim(),
  };
}

/** Markdown inline syntax removed: links keep their text, emphasis its words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/_([^_]+)_/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of plain text (a full stop followed by a space and a capital ends it). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])\s+(?=[A-Z“"(])/.exec(text);
  return match ? match[1]! : text;
}

/**
 * The plan's first `count` numbered actions that name an owner ("1. **Owner: X.** Do Y."); when
 * the plan names fewer, the gaps' first steps (stall point first) make up the rest, ownerless.
 */
export function firstActionsOf(
  planMarkdown: string,
  gaps: readonly { firstStep: string }[],
  count: number,
): FirstAction[] {
  const actions: FirstAction[] = [];
  for (const line of planMarkdown.split('\n')) {
    const item = OWNER_ITEM.exec(line);
    if (item) actions.push({ owner: plainText(item[1]!), action: firstSentence(plainText(item[2]!)) });
    if (actions.length === count) return actions;
  }
  for (const gap of gaps) {
    if (actions.length === count) break;
    actions.push({ owner: null, action: firstSentence(plainText(gap.firstStep)) });
  }
  return actions;
}
