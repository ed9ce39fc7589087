/**
 * Everything facilitator mode adds to the diagnostic, and the "Save this result" button, as one
 * chunk the island loads right after it hydrates (saving itself loads on the click). The page's first load stays within its JS budget (scripts/budgets.json): React
 * and the diagnostic alone come close to it.
 */
export { $session } from '../../stores/session';
export { applyFacilitatorView, loadFacilitatorSession, switchFacilitator } from '../../stores/facilitator';
export { FacilitatorPanel } from './FacilitatorPanel';
export { NoteField } from './NoteField';
export { ShortcutsDialog } from './ShortcutsDialog';
export { SaveResultButton } from '../history/SaveResultButton';
