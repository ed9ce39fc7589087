/**
 * Every content rule, in one pass over the raw files: YAML, the schemas, the cross-file rules,
 * the allowed Markdown, safe links, placeholders and literals that should be placeholders. Each
 * problem names the file, the real line in that file, the field, and how to fix it.
 *
 * Pure (file texts in, problems out), so the build (src/lib/site-content.ts and the astro.config
 * integration), `npm run check:content` and the tests all run exactly the same checks.
 */
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { QuestionSchema } from '../schemas/question';
import { StageSchema } from '../schemas/stage';
import { CostAssumptionsSchema, CostLineItemSchema } from '../schemas/cost';
import { PageSchema, pageSchemaFor } from '../schemas/page';
import { PAGE_WORDING, isPageName } from '../schemas/page-wording';
import { SourceSchema } from '../schemas/source';
import { checkContentIntegrity, formatContentProblems, type ContentProblem } from '../domain/content-integrity';
import type { SiteContent } from '../domain/content-types';
import { MAX_SCENARIO_NAME_LENGTH, parseScenarioName } from '../domain/cost-state';
import { mapSiteContent, type RawContent, type RawEntry } from './to-site-content';
import { findMarkdownViolations } from './markdown-rules';
import { findStraightQuotes } from './typography-rules';
import {
  findStaleLiterals,
  placeholderValues,
  resolvePlaceholders,
  withSlots,
  type PlaceholderValues,
} from './placeholders';

/** One content file: its path relative to the project root, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Which schema a file is read with, by its path inside the content folder. */
type Kind = 'questions' | 'stages' | 'costLines' | 'costAssumptions' | 'pages' | 'source';

function kindOf(relativePath: string): Kind | null {
  if (/^questions\/[^/]+\.md$/.test(relativePath)) return 'questions';
  if (/^stages\/[^/]+\.md$/.test(relativePath)) return 'stages';
  if (/^cost\/lines\/[^/]+\.md$/.test(relativePath)) return 'costLines';
  if (relativePath === 'cost/assumptions.md') return 'costAssumptions';
  if (/^pages\/[^/]+\.md$/.test(relativePath)) return 'pages';
  if (relativePath === 'source.md') return 'source';
  return null;
}

const SCHEMAS: Record<Kind, z.ZodType> = {
  questions: QuestionSchema,
  stages: StageSchema,
  costLines: CostLineItemSchema,
  costAssumptions: CostAssumptionsSchema,
  pages: PageSchema,
  source: SourceSchema,
};

/** Frontmatter fields holding prose a reader sees; placeholders work in them as in bodies. */
const PROSE_FIELDS: Record<Kind, string[]> = {
  questions: ['why'],
  stages: ['summary', 'ruleReading'],
  costLines: ['cutWarning', 'ourReading'],
  costAssumptions: [],
  pages: ['title', 'description'],
  source: [],
};

/** Fields of a page file whose keys the file names: each key is one more prose field. */
const KEYED_PAGE_FIELDS = ['headings', 'labels', 'text'] as const;

/** The prose fields of one file: the kind's own, plus each heading and label of a page. */
function proseFields(one: ParsedFile): string[] {
  if (one.kind !== 'pages') return PROSE_FIELDS[one.kind];
  const keyed = KEYED_PAGE_FIELDS.flatMap((field) =>
    Object.keys(valueAt(one.data, [field]) ?? {}).map((key) => `${field}.${key}`),
  );
  return [...PROSE_FIELDS.pages, ...keyed];
}

const pageName = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');

/** A page file is held to its own page's fields; one that no page reads is reported. */
function schemaFor(one: ParsedFile): z.ZodType | ContentProblem {
  if (one.kind !== 'pages') return SCHEMAS[one.kind];
  const name = pageName(one.file.path);
  if (isPageName(name)) return pageSchemaFor(name);
  return {
    file: one.file.path,
    line: 1,
    field: 'file',
    message: `no page shows content/pages/${name}.md: rename it to one of ${Object.keys(PAGE_WORDING).join(', ')}, or delete it`,
  };
}

/** Placeholder values for one file: a page file may also use the placeholders its page fills. */
function valuesFor(one: ParsedFile, values: PlaceholderValues): PlaceholderValues {
  const name = pageName(one.file.path);
  if (one.kind !== 'pages' || !isPageName(name)) return values;
  const own = PAGE_WORDING[name].pagePlaceholders;
  if (own.length === 0) return values;
  // Checked with a stand-in value: what matters is that the name is one the page fills.
  return new Map([...values, ...own.map((key) => [key, { text: '1' }] as const)]);
}

/**
 * The default scenario names (content/pages/cost.md) must be names the calculator accepts, or every
 * fresh estimate would be stored with a name its own decoder refuses.
 */
function scenarioNameProblems(one: ParsedFile): ContentProblem[] {
  if (one.kind !== 'pages' || pageName(one.file.path) !== 'cost') return [];
  return (['scenario-name-first', 'scenario-name-second'] as const).flatMap((key) => {
    const field = `text.${key}`;
    const value = valueAt(one.data, ['text', key]);
    if (typeof value !== 'string' || parseScenarioName(value).ok) return [];
    return [
      {
        file: one.file.path,
        field,
        line: one.lineOf(field),
        message: `should be a scenario name of at most ${MAX_SCENARIO_NAME_LENGTH} characters, plain text`,
      },
    ];
  });
}

/** A page's `text.<key>` may also hold that key's slots (filled in the browser), and no others. */
function fieldValues(one: ParsedFile, field: string, values: PlaceholderValues): PlaceholderValues {
  const name = pageName(one.file.path);
  if (one.kind !== 'pages' || !isPageName(name) || !field.startsWith('text.')) return values;
  const slots: readonly string[] = (PAGE_WORDING[name].text as Record<string, readonly string[]>)[field.slice(5)] ?? [];
  return withSlots(values, slots);
}

interface ParsedFile {
  file: ContentFile;
  kind: Kind;
  data: unknown;
  body: string;
  /** The file's line on which the body starts. */
  bodyLine: number;
  /** Finds the file line of a frontmatter field (dotted path); the nearest enclosing field if absent. */
  lineOf: (field: string) => number;
}

/** File line of the first frontmatter line (line 1 is the opening `---`). */
const FRONTMATTER_OFFSET = 1;

function yamlLineFinder(doc: Document, counter: LineCounter): (field: string) => number {
  const lineOfOffset = (offset: number) => counter.linePos(offset).line + FRONTMATTER_OFFSET;
  return (field) => {
    let node: unknown = doc.contents;
    let line = FRONTMATTER_OFFSET + 1;
    for (const key of field.split('.').filter(Boolean)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) return line;
        const keyNode = pair.key as YamlNode | null;
        if (keyNode?.range) line = lineOfOffset(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as YamlNode | undefined;
        if (!item) return line;
        if (item.range) line = lineOfOffset(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  };
}

/** A YAML error in words an editor can act on. */
function translateYamlError(code: string, sourceLine: string): string {
  const colons = sourceLine.match(/:(\s|$)/g)?.length ?? 0;
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') && colons > 1) {
    return 'this value contains a colon followed by a space, which YAML reads as a new field: quote text that contains a colon, e.g. summary: "Note: like this"';
  }
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return 'the indentation is off: start each field at the left edge, and indent list items and nested fields by two spaces';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: use two spaces instead';
    case 'DUPLICATE_KEY':
      return 'this field appears twice: keep one of them';
    case 'MISSING_CHAR':
      return 'a quote is not closed: end the text with the same quote mark it starts with';
    default:
      return `the frontmatter is not valid YAML (${code}): check the quotes, colons and indentation on this line`;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function parseFile(file: ContentFile, kind: Kind, problems: ContentProblem[]): ParsedFile | null {
  const match = FRONTMATTER.exec(file.text);
  if (!match) {
    problems.push({
      file: file.path,
      line: 1,
      field: '(frontmatter)',
      message: 'is missing: start the file with a line "---", the fields, and another "---"',
    });
    return null;
  }
  const yamlText = match[1] ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  if (doc.errors.length > 0) {
    const yamlLines = yamlText.split('\n');
    // One message is enough; an indentation slip also reports the line above it, so prefer the
    // error that spans onto the line at fault.
    const first = doc.errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY') ?? doc.errors[0];
    for (const error of first ? [first] : []) {
      // The end of the error's span is the line at fault (the start can be the line above, for indentation).
      const line = counter.linePos(error.pos[1]).line;
      problems.push({
        file: file.path,
        line: line + FRONTMATTER_OFFSET,
        field: '(frontmatter)',
        message: translateYamlError(error.code, yamlLines[line - 1] ?? ''),
      });
    }
    return null;
  }
  return {
    file,
    kind,
    data: doc.toJS() ?? {},
    body: file.text.slice(match[0].length),
    bodyLine,
    lineOf: yamlLineFinder(doc, counter),
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function schemaProblems(parsed: ParsedFile, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const field = issue.keys.join(', ');
      return {
        file: parsed.file.path,
        line: parsed.lineOf([...path, issue.keys[0] ?? ''].join('.')),
        field,
        message: `unknown field(s) ${field}: remove them or check the spelling`,
      };
    }
    const field = path.join('.') || '(frontmatter)';
    const missing = issue.code !== 'custom' && valueAt(parsed.data, issue.path) === undefined;
    const message = missing ? `is missing: add it (it ${issue.message})` : issue.message;
    return { file: parsed.file.path, line: parsed.lineOf(field), field, message };
  });
}

/** The link part of a Markdown violation, with the body's lines mapped to the file's. */
function bodyProblems(
  parsed: ParsedFile,
  text: string,
  field: string,
  values: PlaceholderValues | null,
  content: SiteContent | null,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const isBody = field === 'body';
  // Labels may hold inline Markdown, so they follow the body's rules (safe links above all).
  const isMarkdown = isBody || field.startsWith('labels.');
  const lineIn = (line: number) => (isBody ? parsed.bodyLine + line - 1 : parsed.lineOf(field));
  if (isMarkdown) {
    let searchFrom = 0;
    for (const violation of findMarkdownViolations(text)) {
      const at = violation.raw ? text.indexOf(violation.raw, searchFrom) : -1;
      if (at >= 0) searchFrom = at;
      const line = at >= 0 ? text.slice(0, at).split('\n').length : 1;
      problems.push({ file: parsed.file.path, line: lineIn(line), field, message: violation.message });
    }
  }
  if (values && content) {
    for (const p of resolvePlaceholders(text, values).problems) {
      problems.push({ file: parsed.file.path, line: lineIn(p.line), field, message: p.message });
    }
    for (const p of findStaleLiterals(text, content, values)) {
      problems.push({ file: parsed.file.path, line: lineIn(p.line), field, message: p.message });
    }
  }
  return problems;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** The content as the site sees it, placeholders resolved; null when a problem stops it loading. */
  content: SiteContent | null;
}

/**
 * Checks every file of a content folder. `contentDir` is the folder's path relative to the project
 * root (e.g. "content"), so messages name files as an editor finds them.
 */
export function checkContentFiles(files: readonly ContentFile[], contentDir = 'content'): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const parsed: ParsedFile[] = [];
  const prefix = `${contentDir.replace(/\/$/, '')}/`;
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = kindOf(file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path);
    if (!kind) continue;
    const one = parseFile(file, kind, problems);
    if (one) parsed.push(one);
  }

  const raw: RawContent & { pages: RawEntry<unknown>[] } = {
    questions: [],
    stages: [],
    costLines: [],
    costAssumptions: [],
    pages: [],
  };
  const valid: ParsedFile[] = [];
  for (const one of parsed) {
    const schema = schemaFor(one);
    if (!('safeParse' in schema)) {
      problems.push(schema);
      continue;
    }
    const result = schema.safeParse(one.data);
    if (!result.success) {
      problems.push(...schemaProblems(one, result.error.issues));
      continue;
    }
    valid.push(one);
    problems.push(...scenarioNameProblems(one));
    if (one.kind === 'source') continue;
    (raw[one.kind] as RawEntry<unknown>[]).push({ data: result.data, body: one.body, filePath: one.file.path });
  }

  // Markdown and typography rules need nothing else; check them even when other files are broken.
  for (const one of valid) {
    problems.push(...bodyProblems(one, one.body, 'body', null, null));
    for (const { line, field, message } of findStraightQuotes(one.file.text, one.bodyLine))
      problems.push({ file: one.file.path, line, field, message });
  }
  if (problems.length > 0) return { problems, content: null };

  if (raw.costAssumptions.length === 0) {
    problems.push({
      file: `${prefix}cost/assumptions.md`,
      field: 'file',
      message: 'is missing: the cost calculator needs it; copy it back from version control',
    });
    return { problems, content: null };
  }
  const content = mapSiteContent(raw);
  const byPath = new Map(valid.map((one) => [one.file.path, one]));
  for (const problem of checkContentIntegrity(content)) {
    const file = byPath.get(problem.file);
    const line = file ? (problem.field === 'body' ? file.bodyLine : file.lineOf(problem.field)) : undefined;
    problems.push(line === undefined ? problem : { ...problem, line });
  }
  if (problems.length > 0) return { problems, content: null };

  const values = placeholderValues(content);
  for (const one of valid) {
    const own = valuesFor(one, values);
    problems.push(...bodyProblems(one, one.body, 'body', own, content));
    for (const field of proseFields(one)) {
      const text = valueAt(one.data, field.split('.'));
      if (typeof text === 'string')
        problems.push(...bodyProblems(one, text, field, fieldValues(one, field, own), content));
    }
  }
  if (problems.length > 0) return { problems, content: null };
  return { problems, content: resolveContent(content, values) };
}

/** The content with every placeholder in its prose replaced by its value. */
export function resolveContent(content: SiteContent, values = placeholderValues(content)): SiteContent {
  const r = (text: string) => resolvePlaceholders(text, values).text;
  return {
    questions: content.questions.map((q) => ({
      ...q,
      why: r(q.why),
      guidance: r(q.guidance),
      firstStep: r(q.firstStep),
    })),
    stages: content.stages.map((s) => ({
      ...s,
      summary: r(s.summary),
      plan: r(s.plan),
      ...(s.ruleReading === undefined ? {} : { ruleReading: r(s.ruleReading) }),
    })),
    costLines: content.costLines.map((l) => ({
      ...l,
      guidance: r(l.guidance),
      ...(l.cutWarning === undefined ? {} : { cutWarning: r(l.cutWarning) }),
      ...(l.ourReading === undefined ? {} : { ourReading: r(l.ourReading) }),
    })),
    assumptions: { ...content.assumptions, sources: r(content.assumptions.sources) },
  };
}

export { formatContentProblems as formatProblems };
