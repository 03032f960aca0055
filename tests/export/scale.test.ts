import { describe, expect, it } from 'vitest';
import { buildDocument, EXPORT_LAYOUTS, packDocument, toExportModel } from '../../shared/export';
import { largeDocument } from '../bench/export';
import { els, readDocx } from './docx';

describe('large documents', () => {
  it.each(EXPORT_LAYOUTS)('%s: a 1,000-clause agreement exports with one bookmark per clause (its speed is in npm run bench)', async (layout) => {
    const model = toExportModel(largeDocument(1000));
    const built = buildDocument(model, { layout });
    const bytes = await packDocument(built.document);
    const docx = await readDocx(bytes);
    const names = els(docx.part('word/document.xml'), 'bookmarkStart').map((b) => b.getAttribute('w:name'));
    expect(names).toHaveLength(1000);
    expect(new Set(names).size).toBe(1000);
  });
});
