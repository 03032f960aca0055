export { BackupScreen } from './BackupScreen';
export { DatabaseBanner } from './DatabaseBanner';
