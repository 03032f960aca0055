/** Public surface of the documents feature: the three screens. Composition happens in renderer/app. */
export { CreateDocumentScreen, type CreateDocumentScreenProps } from './CreateDocumentScreen';
export { DocumentListScreen, type DocumentListScreenProps } from './DocumentListScreen';
export { DocumentScreen, type DocumentScreenProps, type DocumentSlotContext, type DocumentSlots } from './DocumentScreen';
