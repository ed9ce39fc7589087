// @ts-check
/* global document, localStorage -- a classic script in the page */
/**
 * Keeps an answer given before the diagnostic's island has hydrated. The server renders question 1
 * as native radios, which can be clicked as soon as they are painted; React (most of the page's
 * JavaScript) is evaluated and hydrates later, and on a slow phone that is a second or more. This
 * function is inlined into /assessment/ as a classic script (see early-answers-script.ts), so it
 * runs while the page is parsed and adds no request: a click before hydration is in storage at
 * once, in the stored format the island reads (src/domain/assessment-state.ts), and a reload or
 * another tab already sees it.
 *
 * It only ever adds to what is stored: nothing stored → a new record; a record it can read → the
 * answer set in it, every other part left as it was (unknown parts included, for the island to
 * judge); anything it cannot read (damaged, too long, another version) → left alone, untouched,
 * for the island to set aside and report. Continue before hydration would submit the form to the
 * server (a reload of this static page): it is stopped, and the step it asked for is stored, so the
 * island opens on the next question. Once the island is ready (`data-ready`), it does all of this
 * itself and this script does nothing.
 *
 * Plain ES2017 with no imports: it is source text, not a module. Its behaviour is tested against
 * the island's own codec (tests/unit/early-answers.test.ts).
 *
 * @param {{ key: string, version: number, maxLength: number, ids: string[] }} config
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the line the build appends
function keepEarlyAnswers(config) {
  /** @type {Record<string, string>} */
  var codes = { yes: 'y', no: 'n', unsure: 'u' };

  /** @param {unknown} value */
  function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /**
   * The radio's question and answer code, or null when it is not one of the diagnostic's radios
   * or the island is ready.
   * @param {any} input
   */
  function answerFrom(input) {
    if (!input || input.type !== 'radio' || !input.checked || typeof input.name !== 'string') return null;
    if (input.closest('[data-ready]')) return null;
    var id = input.name.replace(/^answer-/, '');
    var code = Object.prototype.hasOwnProperty.call(codes, input.value) ? codes[input.value] : undefined;
    if (config.ids.indexOf(id) < 0 || !code) return null;
    return { id: id, code: code };
  }

  /** @param {(stored: any) => void} change */
  function store(change) {
    try {
      var text = localStorage.getItem(config.key);
      var stored;
      if (text === null) {
        stored = { v: config.version, answers: {}, at: config.ids[0], view: 'step' };
      } else {
        if (text.length > config.maxLength) return;
        stored = JSON.parse(text);
        if (!isObject(stored) || stored.v !== config.version) return;
        if (stored.answers === undefined) stored.answers = {};
        if (!isObject(stored.answers)) return;
      }
      change(stored);
      var next = JSON.stringify(stored);
      if (next.length <= config.maxLength) localStorage.setItem(config.key, next);
    } catch (_) {
      // Storage refused or unreadable: the radio stays checked, and the island adopts it.
    }
  }

  /** @param {Event} event */
  function keep(event) {
    var answer = answerFrom(event.target);
    if (!answer) return;
    var id = answer.id;
    var code = answer.code;
    store(function (stored) {
      stored.answers[id] = code;
    });
  }
  // Capturing, at the document, so this hears the event before anything in the island can stop it.
  // `click` too: once React has started to hydrate, it holds a click on content it has not
  // hydrated yet (to replay it afterwards), so no `change` follows until then; the radio is
  // already checked while the click is dispatched. A keyboard choice (arrow keys, Space) is a
  // click as well; `change` covers anything else.
  document.addEventListener('click', keep, true);
  document.addEventListener('change', keep, true);

  document.addEventListener(
    'submit',
    function (event) {
      var form = /** @type {any} */ (event.target);
      if (!form || typeof form.querySelector !== 'function' || form.closest('[data-ready]')) return;
      var radio = form.querySelector('input[type="radio"][name^="answer-"]');
      if (!radio) return;
      event.preventDefault();
      var answer = answerFrom(form.querySelector('input[type="radio"][name^="answer-"]:checked'));
      // Nothing chosen: the island will say so when Continue is pressed again.
      if (!answer) return;
      var id = answer.id;
      var code = answer.code;
      var after = config.ids[config.ids.indexOf(id) + 1];
      store(function (stored) {
        stored.answers[id] = code;
        stored.at = after === undefined ? '@check' : after;
      });
    },
    true,
  );
}
