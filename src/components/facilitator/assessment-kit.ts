/**
 * Everything facilitator mode and history add to the diagnostic, as one chunk the island loads
 * right after it hydrates. The page's first load stays within its JS budget (scripts/budgets.json): React
 * and the diagnostic alone come close to it.
 */
export { $session } from '../../stores/session';
export { applyFacilitatorView, loadFacilitatorSession, switchFacilitator } from '../../stores/facilitator';
export { saveResult } from '../../stores/saved-results';
export { fetchSnapshotPartsContent } from '../../stores/snapshot-parts-file';
export { fetchCostContent } from '../../stores/cost-content-file';
export { FacilitatorPanel } from './FacilitatorPanel';
export { NoteField } from './NoteField';
export { ShortcutsDialog } from './ShortcutsDialog';
export { SaveResultButton } from '../history/SaveResultButton';
