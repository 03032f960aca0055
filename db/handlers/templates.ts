import type { HandlersOf } from '../../shared/contract/channels';
import type { templatesContract } from '../../shared/contract/features/templates';
import { ok } from '../../shared/contract/result';
import { listLibrary } from '../repositories/library';
import { listTemplates, saveTemplateFromDocument } from '../repositories/templates';
import { inTransaction, type HandlerContext } from './context';

/** Templates and the clause library (creating a document from a template is documents.create). */
export function templateHandlers({ db, write }: HandlerContext) {
  return {
    'templates.list': ({ kind }) => ok(listTemplates(db, kind)),

    'templates.saveFromDocument': (input) => inTransaction(db, () => saveTemplateFromDocument(write, input)),

    'library.list': (input) => ok(listLibrary(db, input)),
  } satisfies HandlersOf<typeof templatesContract>;
}
