/**
 * Public surface of the versions feature: document details and delegations editors, the signing bar
 * for the document page, and the history screen (#/document/<id>/history). renderer/app places them;
 * the document-page panels take the page's document and hand back fresh copies (DocumentPanelProps).
 * Test ids: see README.md in this folder.
 */
import './versions.css';

export { DelegationsEditor } from './DelegationsEditor';
export { DocumentDetailsPanel } from './DetailsPanel';
export { HistoryScreen, type HistoryScreenProps } from './HistoryScreen';
export { SigningBar, type SigningBarProps } from './SigningBar';
export type { DocumentPanelProps } from './shared';
