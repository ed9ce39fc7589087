/**
 * The words of every page live in content/pages/: each file holds exactly the headings and
 * labels its page shows (a missing or misspelt key fails with the file, line and field), and none
 * of those words is still typed into a page or component, where an editor could not change it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/load-content';
import { checkContentFiles, formatProblems } from '../../src/lib/content-check';
import { readContentFiles } from '../../src/lib/content-files';
import { PAGE_WORDING } from '../../src/schemas/page-wording';
import { SITE_NAME, STORAGE_KEYS } from '../../src/consts';

const realFiles = readContentFiles(PROJECT_ROOT);

/** The check's report on the real content with one page file changed (or added). */
function problemsAfter(path: string, change: (text: string) => string): string {
  const existing = realFiles.find((file) => file.path === path);
  const changed = { path, text: change(existing?.text ?? '') };
  expect(changed.text, `${path} should change`).not.toBe(existing?.text);
  const others = realFiles.filter((file) => file.path !== path);
  return formatProblems(checkContentFiles([...others, changed]).problems);
}

describe('each page file holds exactly its page’s wording', () => {
  it('every page has a file, and the real files pass', () => {
    const names = realFiles.filter((f) => f.path.startsWith('content/pages/')).map((f) => f.path.slice(14, -3));
    expect(names.sort()).toEqual(Object.keys(PAGE_WORDING).sort());
    expect(checkContentFiles(realFiles).problems).toEqual([]);
  });

  it('a heading the page shows is missing', () => {
    expect(problemsAfter('content/pages/home.md', (t) => t.replace(/ {2}beyond: .*\n/, ''))).toContain(
      'content/pages/home.md:4 → headings.beyond: is missing: add it (it should be the heading, as text)',
    );
  });

  it('a misspelt label key', () => {
    expect(problemsAfter('content/pages/not-found.md', (t) => t.replace('  home:', '  homme:'))).toMatch(
      /content\/pages\/not-found\.md:\d+ → labels\.home: is missing.*\n.*not-found\.md:\d+ → homme: unknown field/,
    );
  });

  it('a title on a page whose title comes from its document', () => {
    expect(
      problemsAfter('content/pages/scorecard.md', (t) => t.replace('---\n', '---\ntitle: "Scorecard"\n')),
    ).toContain('content/pages/scorecard.md:2 → title: unknown field(s) title: remove them or check the spelling');
  });

  it('a file no page shows', () => {
    expect(problemsAfter('content/pages/histroy.md', () => '---\ndescription: "Typo"\n---\n')).toContain(
      'content/pages/histroy.md:1 → file: no page shows content/pages/histroy.md: rename it to one of home,',
    );
  });

  it('a stage page’s own placeholders work only in the stage page’s file', () => {
    const stage = realFiles.find((f) => f.path === 'content/pages/stage.md')?.text ?? '';
    expect(stage).toContain('{this-stage.position}');
    expect(
      problemsAfter('content/pages/home.md', (t) => t.replace('"How it works"', '"Stage {this-stage.position}"')),
    ).toContain('content/pages/home.md:5 → headings.how-it-works: unknown placeholder {this-stage.position}');
  });

  it('a word an island shows is missing', () => {
    expect(problemsAfter('content/pages/assessment.md', (t) => t.replace(/ {2}estimate-cost: .*\n/, ''))).toMatch(
      /content\/pages\/assessment\.md:\d+ → text\.estimate-cost: is missing: add it \(it should be the words, as text\)/,
    );
  });

  it('a misspelt text key', () => {
    expect(
      problemsAfter('content/pages/assessment.md', (t) => t.replace('  review-answers:', '  review-answer:')),
    ).toMatch(
      /assessment\.md:\d+ → text\.review-answers: is missing[\s\S]*assessment\.md:\d+ → review-answer: unknown field/,
    );
  });

  it('a text holds only its own slots', () => {
    // {stage} is a slot of plan-heading, not of first-step.
    expect(
      problemsAfter('content/pages/assessment.md', (t) => t.replace('"First step"', '"First step for {stage}"')),
    ).toMatch(/assessment\.md:\d+ → text\.first-step: unknown placeholder \{stage\}/);
    expect(
      problemsAfter('content/pages/assessment.md', (t) => t.replace('"Your plan: {stage}"', '"Your plan: {stages}"')),
    ).toMatch(/assessment\.md:\d+ → text\.plan-heading: unknown placeholder \{stages\}/);
    // Build-time placeholders work beside the slots.
    expect(
      problemsAfter('content/pages/assessment.md', (t) =>
        t.replace('"Your plan: {stage}"', '"Your plan: {stage} (of {stages.count})"'),
      ),
    ).toBe('Content check failed (0 problems):\n');
  });

  it('a shared component’s word is missing from a page whose island shows it', () => {
    // Notices are on /decide/deployment/ too: its file words them like every page that shows them.
    expect(problemsAfter('content/pages/deployment.md', (t) => t.replace(/ {2}notice-dismiss: .*\n/, ''))).toMatch(
      /content\/pages\/deployment\.md:\d+ → text\.notice-dismiss: is missing: add it/,
    );
    // And a page that shows none has no such key.
    expect(
      problemsAfter('content/pages/privacy.md', (t) => t.replace('---\n', '---\ntext:\n  notice-dismiss: "Dismiss"\n')),
    ).toMatch(/content\/pages\/privacy\.md:\d+ → text: unknown field/);
  });

  it('a shared component’s word holds only its own slots', () => {
    expect(
      problemsAfter('content/pages/report.md', (t) => t.replace('"PDF ready: {file}."', '"PDF ready: {files}."')),
    ).toMatch(/report\.md:\d+ → text\.pdf-ready: unknown placeholder \{files\}/);
  });

  it('the diagnostic counts its questions from content, not in words typed out', () => {
    expect(
      problemsAfter('content/pages/assessment.md', (t) =>
        t.replace('"All {questions.count|words} questions"', '"All 10 questions"'),
      ),
    ).toMatch(/assessment\.md:\d+ → text\.all-heading: "10 questions" is written out: use \{questions\.count\}/);
  });

  it('a default scenario name the calculator would refuse', () => {
    const long = 'A'.repeat(41);
    expect(
      problemsAfter('content/pages/cost.md', (t) =>
        t.replace('scenario-name-second: "Narrowed"', `scenario-name-second: "${long}"`),
      ),
    ).toMatch(
      /content\/pages\/cost\.md:\d+ → text\.scenario-name-second: should be a scenario name of at most 40 characters, plain text/,
    );
  });

  it('a count typed into a heading is refused like anywhere else', () => {
    expect(
      problemsAfter('content/pages/stages.md', (t) => t.replace('"The {stages.count} stages"', '"The 5 stages"')),
    ).toContain('content/pages/stages.md:5 → headings.stages: "5 stages" is written out: use {stages.count}');
  });
});

describe('the site’s name', () => {
  it('is the same in content/pages/site.md (the pages) and SITE_NAME (the PDFs made in the browser)', () => {
    const site = parse(readFileSync(join(PROJECT_ROOT, 'content/pages/site.md'), 'utf8').split(/^---$/m)[1] ?? '') as {
      title: string;
    };
    expect(site.title).toBe(SITE_NAME);
  });
});

describe('no page keeps its own copy of the words', () => {
  /** Each heading, label, title and description, with placeholders cut out: the fixed words an editor owns. */
  const phrases = realFiles
    .filter((file) => file.path.startsWith('content/pages/'))
    .flatMap((file) => {
      const data = parse(file.text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const keyed = ['headings', 'labels', 'text'].flatMap((field) =>
        Object.values((data[field] as object | undefined) ?? {}),
      );
      // report.md's body is how the report was made, which the report and the PDF print.
      const body = file.path === 'content/pages/report.md' ? (file.text.split(/^---$/m)[2] ?? '').split(/\n\s*\n/) : [];
      return (
        [data.title, data.description, ...keyed, ...body]
          .filter((value): value is string => typeof value === 'string')
          .flatMap((value) => value.split(/\{[^}]*\}|\*\*|\[|\]\([^)]*\)|(?<=\.) /))
          .map((part) => part.trim())
          // Three words and 20 characters or more: shorter ones ("Home", "Next stage", "where it
          // is shown.") are also the site's navigation or everyday phrases.
          .filter((part) => part.split(/\s+/).length >= 3 && part.length >= 20)
          .map((phrase) => ({ file: file.path, phrase }))
      );
    });

  // The pages and their Astro components, and the islands whose words have moved to `text`
  // (other islands still word their own controls).
  const islandsWorded = [
    'src/components/assessment/AssessmentApp.tsx',
    'src/components/assessment/QuestionStep.tsx',
    'src/components/assessment/AllQuestions.tsx',
    'src/components/assessment/CheckAnswers.tsx',
    'src/components/assessment/AnswerRadios.tsx',
    'src/components/assessment/ErrorSummary.tsx',
    'src/components/assessment/Ladder.tsx',
    'src/components/assessment/Results.tsx',
    'src/components/common/ConfirmDialog.tsx',
    'src/components/common/CopyLinkButton.tsx',
    'src/components/common/Notices.tsx',
    'src/components/report/DownloadPdfButton.tsx',
    'src/components/report/FontWarning.tsx',
    'src/components/history/SaveResultButton.tsx',
    'src/components/facilitator/ShortcutsDialog.tsx',
    'src/components/common/TableScroll.tsx',
    'src/components/report/ReportApp.tsx',
    'src/components/report/ReportDiagnostic.tsx',
    'src/components/report/ReportCost.tsx',
    'src/components/report/ReportDecisions.tsx',
    'src/components/report/ReportDocuments.tsx',
    'src/components/cost/CostCalculator.tsx',
    'src/components/cost/CostSummary.tsx',
    'src/components/cost/ScenarioForm.tsx',
    'src/components/cost/CurrencyForm.tsx',
    'src/components/cost/CostErrorSummary.tsx',
    'src/components/cost/RightCuts.tsx',
    'src/components/cost/ScenarioComparison.tsx',
    'src/components/history/HistoryApp.tsx',
    'src/components/history/SnapshotTable.tsx',
    'src/components/history/Compare.tsx',
    'src/components/history/Transfer.tsx',
    ...[
      'scorecard/ScorecardApp.tsx',
      'readiness-definition/DefinitionApp.tsx',
      'partner-check/PartnerCheckApp.tsx',
      'invariants/InvariantsApp.tsx',
      'documents/DocumentDownload.tsx',
      'documents/DocumentNotesField.tsx',
      'documents/SignOffFieldset.tsx',
      'decide/UseCaseRubric.tsx',
      'decide/UseCaseCard.tsx',
      'decide/UseCaseForm.tsx',
      'decide/DeploymentFlow.tsx',
      'decide/DeploymentOutcome.tsx',
      'decide/DeploymentStepForm.tsx',
      'decide/DeploymentTrail.tsx',
      'decide/DecideErrorSummary.tsx',
      'decide/DecisionNote.tsx',
    ].map((file) => `src/components/${file}`),
  ];
  // The report's model, the diagnostic's and History's parts and import messages, and the whole
  // PDF: their words are content's too.
  const modelsWorded = [
    'src/domain/report-model.ts',
    'src/domain/diagnostic-view.ts',
    'src/domain/next-step.ts',
    'src/domain/snapshot-parts-view.ts',
    'src/domain/report-documents.ts',
    'src/domain/decisions-report.ts',
    'src/domain/import-plan.ts',
    'src/domain/export-documents.ts',
    'src/domain/export-file.ts',
    'src/stores/transfer.ts',
    'src/domain/scorecard-unit-cost.ts',
    'src/domain/decision-forms.ts',
    'src/domain/history-view.ts',
    'src/domain/deployment-flow.ts',
    'src/domain/storage-notice.ts',
    'src/stores/set-aside-notice.ts',
    'src/stores/unsaved-work.ts',
    'src/stores/persistent-store.ts',
  ];
  const sourceFiles = ['src/pages', 'src/components', 'src/report']
    .flatMap((dir) =>
      readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
    )
    .concat(modelsWorded)
    .filter(
      (file) =>
        file.endsWith('.astro') ||
        islandsWorded.includes(file) ||
        modelsWorded.includes(file) ||
        (file.startsWith('src/report/') && /\.tsx?$/.test(file)),
    )
    .map((file) => ({ file, text: readFileSync(join(PROJECT_ROOT, file), 'utf8').replace(/\s+/g, ' ') }));

  it('finds the phrases it looks for', () => {
    expect(phrases.map((p) => p.phrase)).toEqual(
      expect.arrayContaining([
        'Beyond the diagnosis',
        'Self-check: how many does your programme have?',
        'The two architecture decisions',
        'Keep or share this result',
        'Compare with another scenario',
        'Everything it would hold is on this page: use your browser’s Print to keep a copy.',
        'The clipboard is not available here.',
        'Everything else prints; this page shows it all as typed.',
        'The scorecard is complete.',
        'As it should appear under the signature.',
        'The cost calculator has no hybrid option: price the part that carries most of the cost.',
        'Where the programme stands',
        'Not every commitment is answered yet.',
        'The seven invariants: self-check',
        'Only Yes counts: something “mostly agreed” or “nearly done” gives none of the protection of the real thing.',
      ]),
    );
  });

  it('no page or component names a landmark, image or field in fixed words (aria-label, title, alt, placeholder)', () => {
    const fixed = ['src/pages', 'src/components', 'src/layouts']
      .flatMap((dir) =>
        readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
      )
      .filter((file) => /\.(astro|tsx)$/.test(file))
      .flatMap((file) =>
        [
          ...readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(
            /\b(?:aria-label|aria-roledescription|title|alt|placeholder)="[^"{]*[A-Za-z][^"]*"/g,
          ),
        ].map((match) => `${file}: ${match[0]}`),
      );
    expect(fixed).toEqual([]);
  });

  it('the stage pages tag a rule’s reading in stage.md’s words', () => {
    const stagePage = readFileSync(join(PROJECT_ROOT, 'src/pages/stages/[id].astro'), 'utf8');
    expect(stagePage).toContain("<InlineMarkdown text={labels['our-reading']} />");
    expect(stagePage).not.toMatch(/>\s*Our reading\s*</);
  });

  it('no page or component types out a phrase from content/pages/', () => {
    const copies = phrases.flatMap(({ file, phrase }) =>
      sourceFiles
        .filter((source) => source.text.includes(phrase))
        .map((source) => `${source.file}: "${phrase}" (${file})`),
    );
    expect(copies).toEqual([]);
  });
});

describe('/privacy/ words every storage key', () => {
  it('each key in src/consts.ts has its holds-<name> label in the privacy entry, and no label is left over', () => {
    const holds = Object.values(STORAGE_KEYS).map(({ key }) => `holds-${key.split(':').pop()}`);
    // (`holds-column` is the table's heading, not a key's.)
    const declared = (PAGE_WORDING.privacy.labels as readonly string[]).filter(
      (label) => label.startsWith('holds-') && label !== 'holds-column',
    );
    expect(declared.sort()).toEqual(holds.sort());
  });
});

describe('site.md’s number-words', () => {
  it('must be the numbers 0 to 20 in words, each once, in lower case', () => {
    expect(problemsAfter('content/pages/site.md', (t) => t.replace('  - "twenty"\n', ''))).toMatch(
      /site\.md:\d+ → number-words: should list the numbers 0 to 20 in words, in order: 21 words, from "zero"/,
    );
    expect(problemsAfter('content/pages/site.md', (t) => t.replace('  - "ten"', '  - "nine"'))).toMatch(
      /site\.md:\d+ → number-words: should name each number once/,
    );
    expect(problemsAfter('content/pages/site.md', (t) => t.replace('  - "ten"', '  - "10"'))).toMatch(
      /site\.md:\d+ → number-words\.10: should be a number in lower-case words/,
    );
    expect(problemsAfter('content/pages/site.md', (t) => t.replace(/\nnumber-words:(\n {2}- "[a-z-]+")+/, ''))).toMatch(
      /site\.md:\d+ → number-words: is missing/,
    );
  });

  it('is read by no other page file', () => {
    expect(
      problemsAfter('content/pages/home.md', (t) => t.replace(/\n---\n/, '\nnumber-words: ["zero"]\n---\n')),
    ).toMatch(/home\.md:\d+ → number-words: unknown field/);
  });
});
