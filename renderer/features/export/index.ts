export { ExportButton, missingLaoClauses } from './ExportButton';
