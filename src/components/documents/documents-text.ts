import type { IslandText } from '../../schemas/page-wording';

/**
 * The words the four document islands show alike (sign-off, the PDF button's progress, "Our
 * reading", the error prefix, the notes hint): content/pages/documents.md's `text`, passed by each
 * document page, so the same label is written once.
 */
export type DocumentsText = IslandText<'documents'>;
