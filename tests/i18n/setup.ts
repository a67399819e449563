// Node tests read every language synchronously (LANGS.en, as the page does once it has loaded English).
import { loadTexts } from '../../src/i18n';

await loadTexts('en');
