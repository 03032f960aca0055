/**
 * Public surface of the editor feature: the side-by-side Vietnamese–Lao clause editor of a document's
 * body (issue 4). renderer/app places it on the document page (DocumentScreen's `sections` slot).
 * Keyboard shortcuts and test ids: see README.md in this folder.
 */
import './editor.css';

export { ClauseEditor, type ClauseEditorProps } from './ClauseEditor';
