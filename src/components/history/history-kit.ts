/**
 * What the history page loads after it hydrates: the diagnostic, cost and session stores with
 * export and import. Kept out of the page's first load, which only lists the saved results.
 */
export { $session } from '../../stores/session';
export {
  applyImport,
  historyExportText,
  loadSessionStores,
  planImportFile,
  sessionExportText,
} from '../../stores/transfer';
