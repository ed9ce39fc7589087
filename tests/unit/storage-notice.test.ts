/**
 * The storage layer's notices (unreadable saved data, a browser that would not save) are said as
 * facts by the stores and worded from the page's `storage-` words where they are shown.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { storageText, type StoreName, type StorageWords } from '../../src/domain/storage-notice';
import { Notices } from '../../src/components/common/Notices';
import { $notices } from '../../src/stores/notices';
import { PAGE_WORDING, SHARED_TEXT, type PageName, type SharedText } from '../../src/schemas/page-wording';
import { pickText } from '../../src/lib/page-text';
import { loadPageText } from '../helpers/load-content';

const text: SharedText<'notices'> = pickText(loadPageText('assessment'), SHARED_TEXT.notices);

/** The same words with each marked by its key, slots kept. */
const marked = (words: SharedText<'notices'>): SharedText<'notices'> =>
  Object.fromEntries(Object.entries(words).map(([key, value]) => [key, `«${key}» ${value}`])) as SharedText<'notices'>;

afterEach(() => $notices.set([]));

describe('storage notices, worded from the page file', () => {
  // What the stores said in code before their words moved to content: the content says it alike.
  it('say what they said before, word for word', () => {
    const cases: [StorageWords, string][] = [
      [
        { kind: 'unreadable', store: 'answers', partsLeftOut: 2, keptAside: true },
        'Some of the answers saved on this device could not be read and were left out (2 parts). Everything else is as you left it. The copy that could not be read is kept aside on this device until you download or discard it.',
      ],
      [
        { kind: 'unreadable', store: 'history', partsLeftOut: 1, keptAside: false },
        'Some of the saved results saved on this device could not be read and were left out (1 part). Everything else is as you left it. The copy that could not be read is still on this device, so changes here are kept in this tab only until you download or discard it.',
      ],
      [
        { kind: 'unreadable', store: 'session', partsLeftOut: null, keptAside: true },
        'The facilitator notes and settings saved on this device could not be read, so this page starts afresh. The copy that could not be read is kept aside on this device until you download or discard it.',
      ],
      [{ kind: 'download-unreadable', store: 'cost' }, 'Download the unreadable cost estimate'],
      [{ kind: 'discard-unreadable', store: 'invariants' }, 'Discard the unreadable seven-invariants self-check'],
      [
        { kind: 'unsaved', part: 'history' },
        'This browser would not let us save your results on this device (private mode or full storage). They are kept while this tab stays open: download them now to keep them.',
      ],
      [
        { kind: 'unsaved', part: 'session' },
        'This browser would not let us save on this device (private mode or full storage). Your work is kept while this tab stays open: download it now to keep it, and import it on the History page later.',
      ],
      [{ kind: 'download-unsaved', part: 'history' }, 'Download your saved results'],
      [{ kind: 'download-unsaved', part: 'session' }, 'Download this session'],
    ];
    for (const [words, said] of cases) expect(storageText(words, text), JSON.stringify(words)).toBe(said);
    const names: Record<StoreName, string> = {
      answers: 'answers',
      cost: 'cost estimate',
      decisions: 'decisions',
      history: 'saved results',
      invariants: 'seven-invariants self-check',
      'partner-check': 'partner check',
      'readiness-definition': 'readiness definition',
      scorecard: 'scorecard',
      session: 'facilitator notes and settings',
    };
    for (const [store, name] of Object.entries(names) as [StoreName, string][])
      expect(storageText({ kind: 'download-unreadable', store }, text)).toBe(`Download the unreadable ${name}`);
  });

  it('take every word from the page file: other words, another message', () => {
    const t = marked(text);
    expect(storageText({ kind: 'unreadable', store: 'scorecard', partsLeftOut: 3, keptAside: false }, t)).toBe(
      `«storage-partial-many» ${text['storage-partial-many']
        .replace('{what}', `«storage-name-scorecard» ${text['storage-name-scorecard']}`)
        .replace('{count}', '3')} «storage-not-kept-aside» ${text['storage-not-kept-aside']}`,
    );
    expect(storageText({ kind: 'unreadable', store: 'answers', partsLeftOut: 1, keptAside: true }, t)).toMatch(
      /^«storage-partial-one» .*«storage-name-answers» answers.* «storage-kept-aside» /,
    );
    expect(storageText({ kind: 'unreadable', store: 'decisions', partsLeftOut: null, keptAside: true }, t)).toMatch(
      /^«storage-unreadable» .*«storage-name-decisions» decisions/,
    );
    expect(storageText({ kind: 'discard-unreadable', store: 'partner-check' }, t)).toBe(
      `«storage-discard-unreadable» ${text['storage-discard-unreadable'].replace('{what}', '«storage-name-partner-check» partner check')}`,
    );
    expect(storageText({ kind: 'unsaved', part: 'session' }, t)).toBe(
      `«storage-unsaved-session» ${text['storage-unsaved-session']}`,
    );
    expect(storageText({ kind: 'download-unsaved', part: 'history' }, t)).toBe(
      `«storage-download-history» ${text['storage-download-history']}`,
    );
    // An editor's own words, slots filled.
    const edited = {
      ...text,
      'storage-partial-many': 'Lost {count} bits of your {what}.',
      'storage-kept-aside': 'A copy waits.',
      'storage-name-answers': 'replies',
    };
    expect(storageText({ kind: 'unreadable', store: 'answers', partsLeftOut: 1200, keptAside: true }, edited)).toBe(
      'Lost 1,200 bits of your replies. A copy waits.',
    );
  });

  it('the notice list words a storage notice and its buttons from the page’s words', () => {
    $notices.set([
      {
        id: 'stored:x',
        tone: 'warning',
        message: { kind: 'unreadable', store: 'answers', partsLeftOut: null, keptAside: true },
        actions: [
          {
            kind: 'download',
            label: { kind: 'download-unreadable', store: 'answers' },
            fileName: 'x.txt',
            text: () => '',
          },
          { kind: 'run', label: { kind: 'discard-unreadable', store: 'answers' }, run: () => undefined },
        ],
      },
    ]);
    const shown = renderToStaticMarkup(createElement(Notices, { text: marked(text) }));
    expect(shown).toContain('«storage-unreadable» ');
    expect(shown).toContain('«storage-kept-aside» ');
    expect(shown).toContain('«storage-download-unreadable» ');
    expect(shown).toContain('«storage-discard-unreadable» ');
    expect(shown).toContain('«storage-name-answers» answers');
    expect(renderToStaticMarkup(createElement(Notices, { text }))).toContain(
      '>Download the unreadable answers</button>',
    );
  });

  it('every page whose island shows notices has the storage words', () => {
    const pages = (Object.keys(PAGE_WORDING) as PageName[]).filter((name) =>
      Object.hasOwn(PAGE_WORDING[name].text, 'notice-dismiss'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const name of pages)
      for (const key of Object.keys(SHARED_TEXT.notices))
        expect(Object.hasOwn(PAGE_WORDING[name].text, key), `${name}: ${key}`).toBe(true);
  });
});
