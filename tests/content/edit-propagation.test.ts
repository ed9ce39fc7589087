/**
 * An editor changes one figure, one label or the number of questions, builds, and every built
 * page shows the new value and none shows the old one: nothing in prose or code kept a copy.
 * One real build of a copy of the project carries all three edits (a build is the slow part, and
 * the edits touch separate files and figures); each case then checks its own.
 *
 * The same build is made with SITE_URL set, as a deployment makes it, and also carries the checks
 * of what SITE_URL does (canonical links, sitemap, robots.txt): word edits touch neither, and a
 * second full build only for them cost ~13 CPU-seconds of `npm test`. A SITE_URL that is not a
 * URL, which fails the build, is tests/build/site-url.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages as builtRoutes, canonicalOf } from '../helpers/built-site';
import {
  BUILD_TIMEOUT_MS,
  breakFile,
  build,
  builtPages,
  copyProject,
  removeCopies,
  writeProjectFile,
} from '../helpers/project-copy';

/** The cost range: the scoping line's reference goes up by $5,000 at each end. */
function editCostRange(dir: string): void {
  breakFile(dir, 'content/cost/lines/scoping-engagement.md', 'low: 25000\nhigh: 75000', 'low: 30000\nhigh: 80000');
}

/**
 * A question label, page headings (including the one file every stage page shares), island words
 * and the words every page's header and footer share.
 */
function editLabels(dir: string): void {
  breakFile(
    dir,
    'content/pages/site.md',
    'privacy-promise: "Runs in your browser. Nothing you enter is sent anywhere."',
    'privacy-promise: "Runs on this device only. Nothing you type leaves it."',
  );
  breakFile(dir, 'content/pages/site.md', 'nav-cost: "Cost"', 'nav-cost: "Year-one cost"');
  // The ladder's words, in the stages page's file, wherever the ladder is shown.
  breakFile(
    dir,
    'content/pages/stages.md',
    'ladder-position: "Stage {position} of {total}"',
    'ladder-position: "Rung {position} of {total}"',
  );
  breakFile(dir, 'content/questions/outcome-metric.md', 'label: "Outcome metric"', 'label: "Measured outcome target"');
  breakFile(dir, 'content/pages/methodology.md', 'stage-rules: "Stage rules"', 'stage-rules: "How a stage is chosen"');
  breakFile(dir, 'content/pages/stage.md', 'cta: "Which stage is your programme at?"', 'cta: "Where do you stand?"');
  // An island's words (`text`), which the island renders on the server from its props.
  breakFile(
    dir,
    'content/pages/cost.md',
    'compare: "Compare with another scenario"',
    'compare: "Compare with a second scenario"',
  );
  breakFile(
    dir,
    'content/pages/report.md',
    'loading: "Loading what you have done in this browser…"',
    'loading: "Reading what this browser holds…"',
  );
  // The diagnostic's question screen and toolbar.
  breakFile(
    dir,
    'content/pages/assessment.md',
    'what-counts: "What counts as Yes?"',
    'what-counts: "What is a real Yes?"',
  );
  breakFile(dir, 'content/pages/assessment.md', 'view-all: "Show all questions"', 'view-all: "See every question"');
  // A shared component's words, in one page's file only: the other pages keep theirs.
  breakFile(
    dir,
    'content/pages/cost.md',
    'pdf-download: "Download PDF"',
    'pdf-download: "Download the estimate as a PDF"',
  );
  // A word only the PDF prints: the pages that make a PDF carry it to the report model.
  breakFile(
    dir,
    'content/pages/report.md',
    'pdf-stands: "Where the programme stands"',
    'pdf-stands: "Where the programme is today"',
  );
}

/**
 * Words code used to compose: a stage rule's parts (which the stage pages, /methodology/ and the
 * `{stage:<id>.rule}` placeholder all give), what a storage key holds on /privacy/, the
 * report's documents and decisions parts (/report/ builds them in the browser from its props) and
 * a key's name.
 */
function editComposedWords(dir: string): void {
  breakFile(
    dir,
    'content/pages/assessment.md',
    'rule-range: "{min}–{max} Yes"',
    'rule-range: "{min}–{max} Yes answers"',
  );
  breakFile(
    dir,
    'content/pages/assessment.md',
    'rule-is-not-yes: "“{question}” is not Yes"',
    'rule-is-not-yes: "“{question}” is anything but Yes"',
  );
  breakFile(
    dir,
    'content/pages/privacy.md',
    'holds-answers: "Your diagnostic answers and which question you were on."',
    'holds-answers: "Your answers to the diagnostic and where you stopped."',
  );
  breakFile(
    dir,
    'content/pages/report.md',
    'partner-unanswered: "Not every commitment is answered yet."',
    'partner-unanswered: "Some commitments still have no answer."',
  );
  breakFile(
    dir,
    'content/pages/report.md',
    'rules-out-our-reading: "Rules out {option}: {reason} (our reading)"',
    'rules-out-our-reading: "Rules out {option}: {reason} (as we read the article)"',
  );
  // A key's name on its cap, in the keyboard help and the shortcuts list.
  breakFile(dir, 'content/pages/assessment.md', 'key-enter: "Enter"', 'key-enter: "Return"');
}

/** An eleventh question, and the stage ranges it needs. */
function addEleventhQuestion(dir: string): void {
  writeProjectFile(
    dir,
    'content/questions/model-inventory.md',
    [
      '---',
      'id: model-inventory',
      'order: 11',
      'label: "Model inventory"',
      'text: "Is there an inventory of every model in production, with its owner?"',
      'why: "Nobody can govern models they cannot list."',
      '---',
      '',
      'A real Yes is a list of every model in production with its owner and version.',
      '',
      '## First step',
      '',
      'This month, the head of platform lists every model in production with its owner.',
      '',
    ].join('\n'),
  );
  breakFile(dir, 'content/stages/further-along.md', 'minYes: 10\n  maxYes: 10', 'minYes: 11\n  maxYes: 11');
  breakFile(dir, 'content/stages/operating-model-integration.md', 'maxYes: 9', 'maxYes: 10');
}

const pagesContaining = (pages: Map<string, string>, text: string | RegExp) =>
  [...pages].filter(([, html]) => (typeof text === 'string' ? html.includes(text) : text.test(html))).map(([p]) => p);

describe('edits reach every page', { timeout: BUILD_TIMEOUT_MS + 30_000 }, () => {
  let pages = new Map<string, string>();
  let dir = '';
  let output = '';
  beforeAll(() => {
    dir = copyProject();
    editCostRange(dir);
    editLabels(dir);
    editComposedWords(dir);
    addEleventhQuestion(dir);
    const built = build(dir, { SITE_URL: 'https://example.org' });
    output = built.output;
    expect(built.status, output).toBe(0);
    pages = builtPages(dir);
  }, BUILD_TIMEOUT_MS + 30_000);
  afterAll(removeCopies);

  it('a cost range: the reference total changes everywhere it is shown', () => {
    expect(pagesContaining(pages, '$410,000')).toEqual([]);
    expect(pagesContaining(pages, '$925,000')).toEqual([]);
    expect(pagesContaining(pages, '$415,000 – $930,000')).toEqual(
      expect.arrayContaining(['methodology/index.html', 'cost/index.html']),
    );
    // The line's own description follows its new range too, and no placeholder is left unresolved.
    expect(pages.get('methodology/index.html')).toContain('Reference range $30,000 – $80,000');
    // (A placeholder has a dot or a colon; a browser-filled slot such as `{questions}` has neither.)
    expect(pagesContaining(pages, /\{(?:questions\.|stages\.|cost\.|question:|stage:|line:)[^}]*\}/)).toEqual([]);
    // The methodology page credits the source and labels "Our reading" items.
    const methodology = pages.get('methodology/index.html') ?? '';
    expect(methodology).toContain('Production AI vs pilot: the complete guide to shipping AI that survives');
    expect(methodology).toContain('published by Safemode on <time datetime="2026-04-23">23 April 2026</time>');
    expect(methodology).toContain('id="our-reading"');
    expect(methodology.match(/class="tag tag--reading"/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('a question label, page headings and island words: every page shows the new words and none the old ones', () => {
    expect(pagesContaining(pages, 'Nothing you enter is sent anywhere')).toEqual([]);
    expect(pagesContaining(pages, /ladder__position[^>]*>Stage \d/)).toEqual([]);
    expect(pagesContaining(pages, /ladder__position[^>]*>Rung 1 of 5</).sort()).toEqual([
      'index.html',
      'stages/index.html',
    ]);
    expect(pagesContaining(pages, 'Nothing you type leaves it.')).toHaveLength(pages.size);
    // Two renderings of the navigation (inline and the phone menu) on every page.
    expect(pagesContaining(pages, />Cost<\/a>/)).toEqual([]);
    expect(
      [...pages.values()].every((html) => html.match(/class="site-nav__link"[^>]*>Year-one cost<\/a>/g)?.length === 2),
    ).toBe(true);
    expect(pagesContaining(pages, 'Compare with another scenario')).toEqual([]);
    expect(pages.get('cost/index.html')).toContain('Compare with a second scenario');
    expect(pagesContaining(pages, 'Loading what you have done')).toEqual([]);
    expect(pages.get('report/index.html')).toContain('Reading what this browser holds…');
    expect(pagesContaining(pages, 'What counts as Yes?')).toEqual([]);
    expect(pagesContaining(pages, 'Show all questions')).toEqual([]);
    expect(pages.get('assessment/index.html')).toMatch(/<summary[^>]*>What is a real Yes\?<\/summary>/);
    expect(pages.get('assessment/index.html')).toMatch(/<button[^>]*>See every question<\/button>/);
    expect(pages.get('cost/index.html')).toMatch(/<button[^>]*>Download the estimate as a PDF<\/button>/);
    expect(pages.get('cost/index.html')).not.toMatch(/>Download PDF</);
    expect(pages.get('report/index.html')).toContain('Download PDF');
    expect(pagesContaining(pages, 'Where the programme stands')).toEqual([]);
    expect(pagesContaining(pages, 'Where the programme is today')).toEqual(['report/index.html']);
    // The results screen's and the calculator's PDFs read the report's words from the file they
    // fetch when a PDF is made.
    const reportContent = readFileSync(join(dir, 'dist', 'report-content.json'), 'utf8');
    expect(reportContent).toContain('Where the programme is today');
    expect(reportContent).not.toContain('Where the programme stands');
    expect(pagesContaining(pages, 'Stage rules')).toEqual([]);
    expect(pages.get('methodology/index.html')?.split('How a stage is chosen').length).toBe(3); // contents and h2
    expect(pagesContaining(pages, 'Which stage is your programme at?')).toEqual([]);
    expect(pagesContaining(pages, 'Where do you stand?')).toHaveLength(5);
    expect(pagesContaining(pages, 'Outcome metric')).toEqual([]);
    expect(pagesContaining(pages, 'Measured outcome target')).toEqual(
      expect.arrayContaining([
        'methodology/index.html',
        'stages/experimentation/index.html',
        'assessment/index.html',
        'report/index.html',
      ]),
    );
  });

  it('words code used to compose: stage rules and storage keys are worded from their files', () => {
    // The rule's parts, on /methodology/, the stage pages and through `{stage:<id>.rule}`.
    expect(pagesContaining(pages, /“[^”<]+” is not Yes/)).toEqual([]);
    expect(pagesContaining(pages, '“Production owner” is anything but Yes')).toEqual(
      expect.arrayContaining(['methodology/index.html', 'stages/index.html', 'stages/experimentation/index.html']),
    );
    const methodology = pages.get('methodology/index.html') ?? '';
    expect(methodology).toMatch(/<td[^>]*>5–7 Yes answers<\/td>/);
    expect(methodology).not.toMatch(/<td[^>]*>\d+–\d+ Yes<\/td>/);
    // A placeholder in a stage's prose: experimentation.md's `{stage:distributed-delivery.rule}`.
    expect(pages.get('stages/experimentation/index.html')).toContain('which needs 5–7 Yes answers.');
    // What a storage key holds.
    expect(pagesContaining(pages, 'Your diagnostic answers and which question you were on.')).toEqual([]);
    expect(pages.get('privacy/index.html')).toContain('<td>Your answers to the diagnostic and where you stopped.</td>');
    // The report's documents and decisions parts: /report/ is given the edited words to build them with.
    expect(pagesContaining(pages, 'Not every commitment is answered yet.')).toEqual([]);
    expect(pagesContaining(pages, '{reason} (our reading)')).toEqual([]);
    expect(pagesContaining(pages, 'Some commitments still have no answer.')).toEqual(['report/index.html']);
    expect(pagesContaining(pages, '{reason} (as we read the article)')).toEqual(['report/index.html']);
    // The Enter key's name, in the keyboard help under the diagnostic.
    expect(pagesContaining(pages, /<kbd[^>]*>Enter<\/kbd>/)).toEqual([]);
    expect(pages.get('assessment/index.html')).toMatch(/<kbd[^>]*>Return<\/kbd> continues\./);
  });

  it('an eleventh question: counts, words and patterns follow, with no "ten" left', () => {
    const stale = /\b(ten|10) (yes\/no )?questions\b|1,024|\bTen yes\/no/i;
    expect(pagesContaining(pages, stale)).toEqual([]);
    expect(pages.get('index.html')).toContain('Eleven yes/no questions place your AI programme');
    expect(pages.get('index.html')).toContain('eleven yes/no questions about what is actually in place');
    expect(pages.get('methodology/index.html')).toContain('2,048');
    expect(pages.get('methodology/index.html')).toContain('The 11 questions');
    expect(pages.get('stages/further-along/index.html')).toContain('All 11 Yes');
    expect(pages.get('stages/distributed-delivery/index.html')).toContain('8\u201310 Yes');
  });
  describe('and, built with SITE_URL', () => {
    it('gives every page but the 404 its canonical URL on that domain', () => {
      const built = builtRoutes(join(dir, 'dist'));
      const found = built.map(([route, html]) => [route, canonicalOf(html)]);
      const expected = built.map(([route]) => [
        route,
        route === '/404.html' ? null : new URL(route, 'https://example.org').href,
      ]);
      expect(found.length).toBeGreaterThan(5);
      expect(found).toEqual(expected);
    });

    it('writes a sitemap of those pages and names it in robots.txt', () => {
      const dist = join(dir, 'dist');
      expect(existsSync(join(dist, 'sitemap-index.xml')), output).toBe(true);
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('<loc>https://example.org/</loc>');
      expect(sitemap).toContain('<loc>https://example.org/methodology/</loc>');
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
        'Sitemap: https://example.org/sitemap-index.xml',
      );
    });
  });
});
