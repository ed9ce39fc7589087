// The PDF worker's two sides without a browser: the page's client (src/report/pdf-worker-client.ts)
// against a stand-in Worker, and the worker's message loop (src/report/serve-pdf-requests.ts)
// against a stand-in engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportModel } from '../../src/domain/report-model';
import type { SignableDocument } from '../../src/domain/signable-document';
import type { SignableDocumentText } from '../../src/schemas/page-wording';
import type { PdfReply, PdfRequest } from '../../src/report/pdf-worker-protocol';
import { servePdfRequests, type PdfEngine } from '../../src/report/serve-pdf-requests';

/** Stand-in models: the client and the loop only pass them on. */
const model = (name: string) => ({ name }) as unknown as ReportModel;
const signable = (name: string) => ({ name, fileName: `${name}.pdf` }) as unknown as SignableDocument;
const documentText = { heading: 'Signed' } as unknown as SignableDocumentText;
const nameOf = (request: PdfRequest) =>
  ((request.kind === 'document' ? request.document : request.report) as unknown as { name: string }).name;

/** A Worker that records what the page posts and answers only when a test says so. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  posted: PdfRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(request: PdfRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: PdfReply) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  /** Answers a render request with a file named after its report. */
  fileFor(request: PdfRequest) {
    this.reply({ id: request.id, ok: true, file: { blob: new Blob(['%PDF']), fileName: `${nameOf(request)}.pdf` } });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the PDF worker client', () => {
  let client: typeof import('../../src/report/pdf-worker-client');
  beforeEach(async () => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    client = await import('../../src/report/pdf-worker-client');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts one module worker at the first request and hands back the file it renders', async () => {
    const file = client.renderReportPdf(model('a'));
    const worker = FakeWorker.started[0]!;
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/render-pdf\.worker\.ts$/);
    const [request] = worker.posted;
    // No SITE_URL in tests: the worker is told there is no public address to link to.
    expect(request).toMatchObject({ kind: 'render', origin: null });
    worker.fileFor(request!);
    expect((await file).fileName).toBe('a.pdf');

    void client.prefetchPdf(model('b'));
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.posted[1]).toMatchObject({ kind: 'prefetch' });
  });

  it('can start the worker ahead of the first request, and the request then uses it', async () => {
    client.startPdfWorker();
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.posted).toEqual([]);
    const file = client.renderReportPdf(model('a'));
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0]!.fileFor(FakeWorker.started[0]!.posted[0]!);
    expect((await file).fileName).toBe('a.pdf');
  });

  it('renders a signable document in the same worker, with the words printed around it', async () => {
    const report = client.renderReportPdf(model('a'));
    const document = client.renderDocumentPdf(signable('scorecard'), documentText);
    const worker = FakeWorker.started[0]!;
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.posted[1]).toMatchObject({ kind: 'document', text: documentText });
    worker.fileFor(worker.posted[0]!);
    worker.fileFor(worker.posted[1]!);
    expect((await report).fileName).toBe('a.pdf');
    expect(await (await document).text()).toBe('%PDF');
  });

  it("rejects with the worker's message when the render fails", async () => {
    const file = client.renderReportPdf(model('a'));
    const worker = FakeWorker.started[0]!;
    worker.reply({ id: worker.posted[0]!.id, ok: false, message: 'no fonts' });
    await expect(file).rejects.toThrow('no fonts');
  });

  it('fails every waiting request when the worker cannot start, and starts a new one next time', async () => {
    const first = client.renderReportPdf(model('a'));
    const second = client.prefetchPdf(model('a'));
    const broken = FakeWorker.started[0]!;
    broken.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow(/PDF worker failed/);
    await expect(second).rejects.toThrow(/PDF worker failed/);
    expect(broken.terminated).toBe(true);

    const again = client.renderReportPdf(model('b'));
    const fresh = FakeWorker.started[1]!;
    expect(fresh).toBeDefined();
    fresh.fileFor(fresh.posted[0]!);
    expect((await again).fileName).toBe('b.pdf');
  });

  it('renders ahead only the latest report while one renders, and never holds back a click', async () => {
    client.renderAhead(model('typed-1'));
    const worker = FakeWorker.started[0]!;
    client.renderAhead(model('typed-2'));
    client.renderAhead(model('typed-3'));
    expect(worker.posted.map(nameOf)).toEqual(['typed-1']);

    // A click goes to the worker at once (the worker runs requests in order).
    const clicked = client.renderReportPdf(model('typed-3'));
    expect(worker.posted.map(nameOf)).toEqual(['typed-1', 'typed-3']);

    worker.fileFor(worker.posted[0]!);
    await flush();
    // typed-2 was replaced by typed-3 before it was ever posted.
    expect(worker.posted.map(nameOf)).toEqual(['typed-1', 'typed-3', 'typed-3']);
    worker.fileFor(worker.posted[1]!);
    expect((await clicked).fileName).toBe('typed-3.pdf');
    worker.fileFor(worker.posted[2]!);
    await flush();

    // A failed render ahead is left for a click to report, and does not stop the next one.
    client.renderAhead(model('later'));
    worker.reply({ id: worker.posted[3]!.id, ok: false, message: 'boom' });
    await flush();
    client.renderAhead(model('after'));
    expect(worker.posted.map(nameOf).slice(3)).toEqual(['later', 'after']);
  });
});

describe("the PDF worker's message loop", () => {
  /** A scope that lets a test post requests and read the replies. */
  function fakeScope() {
    let listener: ((event: MessageEvent<PdfRequest>) => void) | null = null;
    const replies: PdfReply[] = [];
    return {
      replies,
      scope: {
        addEventListener: (_type: 'message', l: (event: MessageEvent<PdfRequest>) => void) => (listener = l),
        postMessage: (reply: PdfReply) => replies.push(reply),
      },
      send: (request: PdfRequest) => listener!(new MessageEvent('message', { data: request })),
    };
  }

  /** An engine whose renders finish when a test says so, recording when each starts. */
  function slowEngine() {
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const engine: PdfEngine = {
      prefetchPdf: async (report) => {
        started.push(`prefetch ${(report as unknown as { name: string }).name}`);
      },
      renderSignableDocument: async (document, text) => {
        started.push(`document ${(document as unknown as { name: string }).name} ${JSON.stringify(text)}`);
        return new Blob(['%PDF']);
      },
      renderReportPdf: (report, origin) => {
        const name = (report as unknown as { name: string }).name;
        started.push(`render ${name} ${origin}`);
        if (name === 'broken') return Promise.reject(new Error('layout failed'));
        return new Promise((resolve) =>
          finish.set(name, () => resolve({ blob: new Blob(['%PDF']), fileName: `${name}.pdf` })),
        );
      },
    };
    return { engine, started, finish };
  }

  it('runs requests one at a time, in order, and answers each with its id', async () => {
    const { scope, replies, send } = fakeScope();
    const { engine, started, finish } = slowEngine();
    servePdfRequests(scope, engine);
    send({ id: 1, kind: 'render', report: model('a'), origin: 'https://example.org' });
    send({ id: 2, kind: 'render', report: model('b'), origin: null });
    send({ id: 3, kind: 'prefetch', report: model('c'), origin: null });
    await flush();
    expect(started).toEqual(['render a https://example.org']);

    finish.get('a')!();
    await flush();
    expect(started).toEqual(['render a https://example.org', 'render b null']);
    expect(replies).toMatchObject([{ id: 1, ok: true, file: { fileName: 'a.pdf' } }]);

    finish.get('b')!();
    await flush();
    expect(replies).toMatchObject([
      { id: 1 },
      { id: 2, ok: true, file: { fileName: 'b.pdf' } },
      { id: 3, ok: true, file: null },
    ]);
  });

  it('renders a signable document, named by its own file name', async () => {
    const { scope, replies, send } = fakeScope();
    const { engine, started } = slowEngine();
    servePdfRequests(scope, engine);
    send({ id: 4, kind: 'document', document: signable('definition'), text: documentText });
    await flush();
    expect(started).toEqual(['document definition {"heading":"Signed"}']);
    expect(replies).toMatchObject([{ id: 4, ok: true, file: { fileName: 'definition.pdf' } }]);
  });

  it('answers a failed render with its message and goes on with the next request', async () => {
    const { scope, replies, send } = fakeScope();
    const { engine, finish } = slowEngine();
    servePdfRequests(scope, engine);
    send({ id: 7, kind: 'render', report: model('broken'), origin: null });
    send({ id: 8, kind: 'render', report: model('fine'), origin: null });
    await flush();
    finish.get('fine')!();
    await flush();
    expect(replies).toMatchObject([
      { id: 7, ok: false, message: 'layout failed' },
      { id: 8, ok: true, file: { fileName: 'fine.pdf' } },
    ]);
  });
});
