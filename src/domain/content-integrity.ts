/**
 * Rules that span several content files, which a per-file schema cannot see. A broken rule is
 * reported with the file and field at fault and a hint on how to fix it; the build refuses to go on.
 */
import type { SiteContent, Stage } from './content-types';
import { stageMatches, type YesPattern } from './stage-rules';

export interface ContentProblem {
  /** Content file at fault, relative to the project root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Frontmatter field (dotted path) or "body". */
  field: string;
  message: string;
}

/** How many uncovered or ambiguous patterns to list before summarising; the rest are counted. */
const MAX_LISTED_PATTERNS = 3;

export function checkContentIntegrity(content: SiteContent): ContentProblem[] {
  return [
    ...checkIds(content),
    ...checkQuestionBodies(content),
    ...checkStageReferences(content),
    ...(hasStructuralStageProblems(content) ? [] : checkStageCoverage(content)),
    ...checkAssumptions(content),
  ];
}

/** One line per problem: `file:line → field: message`. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}${p.line ? `:${p.line}` : ''} → ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function fileStem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
}

/** The folder the items were read from, so messages point at the real place (also for test fixtures). */
function folderOf(items: readonly { source: string }[], fallback: string): string {
  const first = items[0]?.source;
  const slash = first ? Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) : -1;
  return first && slash >= 0 ? first.slice(0, slash + 1) : fallback;
}

function checkIds(content: SiteContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folders: [string, { id: string; order: number; source: string }[]][] = [
    ['question', content.questions],
    ['stage', content.stages],
    ['cost line', content.costLines],
  ];
  for (const [kind, items] of folders) {
    const seenIds = new Map<string, string>();
    const seenOrders = new Map<number, string>();
    for (const item of items) {
      if (fileStem(item.source) !== item.id) {
        problems.push({
          file: item.source,
          field: 'id',
          message: `is "${item.id}" but the file is named "${fileStem(item.source)}.md": rename the file or the id so they match`,
        });
      }
      const idTwin = seenIds.get(item.id);
      if (idTwin) {
        problems.push({
          file: item.source,
          field: 'id',
          message: `"${item.id}" is also the id of ${idTwin}: each ${kind} needs its own id`,
        });
      }
      seenIds.set(item.id, item.source);
      const orderTwin = seenOrders.get(item.order);
      if (orderTwin) {
        problems.push({
          file: item.source,
          field: 'order',
          message: `${item.order} is also the order of ${orderTwin}: give each ${kind} its own position`,
        });
      }
      seenOrders.set(item.order, item.source);
    }
  }
  return problems;
}

function checkQuestionBodies(content: SiteContent): ContentProblem[] {
  return content.questions.flatMap((q) => {
    const problems: ContentProblem[] = [];
    const problem = (message: string) => problems.push({ file: q.source, field: 'body', message });
    if (!q.guidance) problem('has no guidance: write a few paragraphs before the "## First step" heading');
    if (!q.firstStep) problem('has no "## First step" section: add that heading and the first step under it');
    return problems;
  });
}

function checkStageReferences(content: SiteContent): ContentProblem[] {
  const questionIds = new Set(content.questions.map((q) => q.id));
  const stageIds = new Set(content.stages.map((s) => s.id));
  const total = content.questions.length;
  const problems: ContentProblem[] = [];
  if (content.stages.length === 0) {
    problems.push({
      file: 'content/stages/',
      field: 'files',
      message: 'there are no stages: add at least one stage file',
    });
  }
  for (const stage of content.stages) {
    stage.rule.when.forEach((condition, i) => {
      if (!questionIds.has(condition.question)) {
        problems.push({
          file: stage.source,
          field: `rule.when.${i}.question`,
          message: `"${condition.question}" is not the id of any question in ${folderOf(content.questions, 'content/questions/')}: use one of ${[...questionIds].join(', ')}`,
        });
      }
    });
    if (stage.rule.maxYes > total) {
      problems.push({
        file: stage.source,
        field: 'rule.maxYes',
        message: `is ${stage.rule.maxYes} but there are only ${total} questions`,
      });
    }
    if (stage.next !== null && !stageIds.has(stage.next)) {
      problems.push({
        file: stage.source,
        field: 'next',
        message: `"${stage.next}" is not the id of any stage: use one of ${[...stageIds].join(', ')} or null`,
      });
    }
    if (stage.next === stage.id) {
      problems.push({
        file: stage.source,
        field: 'next',
        message: 'points at this same stage: name the stage to aim for next, or null',
      });
    }
    if (!stage.plan) {
      problems.push({
        file: stage.source,
        field: 'body',
        message: 'is empty: the body is the stage plan shown to users',
      });
    }
  }
  return problems;
}

/** Coverage can only be judged once references are sound; otherwise it would repeat their errors. */
function hasStructuralStageProblems(content: SiteContent): boolean {
  return checkStageReferences(content).some((p) => p.field.startsWith('rule') || p.field === 'files');
}

/**
 * Every yes/not-yes pattern over the questions must match exactly one stage. There are 2^n
 * patterns (1,024 for ten questions), cheap enough to enumerate at every build.
 */
function checkStageCoverage(content: SiteContent): ContentProblem[] {
  const ids = content.questions.map((q) => q.id);
  if (ids.length > 16) {
    return [
      {
        file: folderOf(content.questions, 'content/questions/'),
        field: 'files',
        message: `there are ${ids.length} questions; stage rules are checked exhaustively and support at most 16`,
      },
    ];
  }
  const uncovered: YesPattern[] = [];
  const ambiguous: { pattern: YesPattern; stages: Stage[] }[] = [];
  for (let bits = 0; bits < 2 ** ids.length; bits++) {
    const pattern: YesPattern = new Set(ids.filter((_, i) => (bits >> i) & 1));
    const matching = content.stages.filter((stage) => stageMatches(stage.rule, pattern));
    if (matching.length === 0) uncovered.push(pattern);
    if (matching.length > 1) ambiguous.push({ pattern, stages: matching });
  }
  const describe = (pattern: YesPattern) =>
    `${pattern.size} Yes${pattern.size ? ` (${ids.filter((id) => pattern.has(id)).join(', ')})` : ''}`;
  const problems: ContentProblem[] = [];
  if (uncovered.length > 0) {
    const listed = uncovered.slice(0, MAX_LISTED_PATTERNS).map(describe).join('; ');
    const more = uncovered.length > MAX_LISTED_PATTERNS ? ` and ${uncovered.length - MAX_LISTED_PATTERNS} more` : '';
    problems.push({
      file: folderOf(content.stages, 'content/stages/'),
      field: 'rule',
      message: `${uncovered.length} answer pattern(s) match no stage, e.g. ${listed}${more}: widen a stage's minYes/maxYes or relax its "when" conditions`,
    });
  }
  const overlapsByPair = new Map<string, { stages: Stage[]; count: number; example: YesPattern }>();
  for (const { pattern, stages } of ambiguous) {
    const key = stages.map((s) => s.id).join(' + ');
    const entry = overlapsByPair.get(key);
    if (entry) entry.count++;
    else overlapsByPair.set(key, { stages, count: 1, example: pattern });
  }
  for (const { stages, count, example } of overlapsByPair.values()) {
    const [first, ...rest] = stages as [Stage, ...Stage[]];
    problems.push({
      file: first.source,
      field: 'rule',
      message: `overlaps ${rest.map((s) => s.source).join(', ')} on ${count} answer pattern(s), e.g. ${describe(example)}: make the minYes/maxYes ranges or "when" conditions exclusive`,
    });
  }
  return problems;
}

function checkAssumptions(content: SiteContent): ContentProblem[] {
  const { assumptions } = content;
  const problems: ContentProblem[] = [];
  const lists: [string, string[]][] = [
    ['modelTiers', assumptions.modelTiers.map((t) => t.id)],
    ['deployments', assumptions.deployments.map((d) => d.id)],
    ['currencies', assumptions.currencies.map((c) => c.code)],
  ];
  for (const [field, keys] of lists) {
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        problems.push({
          file: assumptions.source,
          field: `${field}.${i}`,
          message: `"${key}" appears twice: each entry needs its own id`,
        });
      }
    });
  }
  return problems;
}
