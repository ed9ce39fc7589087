/**
 * What the persistent store loads only when something went wrong: keeping unreadable data aside,
 * and offering what is in memory when storage refuses it. One chunk for both, loaded on demand.
 */
export { keepAside } from './set-aside-notice';
export { showUnsavedNotice } from './unsaved-work';
