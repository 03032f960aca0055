import { z } from 'zod';
import {
  AppInfoSchema,
  ById,
  DocumentCreateInput,
  DocumentDetailSchema,
  DocumentListInput,
  DocumentListSchema,
  DocumentSummarySchema,
  Empty,
  ProvinceSchema,
} from '../schemas';
import type { ContractSection } from '../section';

/** App information, reference data and the document list. */
export const documentsContract = {
  'app.info': { req: Empty, res: AppInfoSchema },
  'provinces.list': { req: Empty, res: z.array(ProvinceSchema) },
  'documents.list': { req: DocumentListInput, res: DocumentListSchema },
  'documents.get': { req: ById, res: DocumentDetailSchema },
  'documents.create': { req: DocumentCreateInput, res: DocumentSummarySchema },
  'documents.createSample': { req: Empty, res: DocumentSummarySchema },
} as const satisfies ContractSection;
