/** Settings the officer fills once (issue 11): what the progress report prints (issuing body, number, signer, "Nơi nhận"). */
import './settings.css';

export { ReportSettingsScreen } from './ReportSettingsScreen';
