import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-lao/lao-500.css';
import '@fontsource/noto-sans-lao/lao-600.css';
import '@fontsource/noto-sans-lao/lao-700.css';
import './ui/styles.css';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../shared/i18n';
import { App, Providers } from './app';
import { loadBackendToday } from './bridge';
import { applyDocumentLanguage, readStoredLanguage } from './i18n';

// Only the Lao subset of Noto Sans Lao is bundled: its Latin subset lacks the Vietnamese letters
// (ạ, ế, ợ…), so Latin and Vietnamese text keep the system UI font and never mix two fonts in a word.
const language = readStoredLanguage();
applyDocumentLanguage(language);
const i18n = createI18n(language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The backend's "today" first: every default date and "late" on screen follows it.
await loadBackendToday();
createRoot(container).render(
  <Providers i18n={i18n}>
    <App />
  </Providers>,
);
