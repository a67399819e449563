// What the page loads lazily, Node tests load up front: English (LANGS.en, read synchronously) and the parts
// below the first screen (src/ui/lazy.svelte.ts), so a server render draws every part at once.
import { loadTexts } from '../src/i18n';
import { loadAllParts } from '../src/ui/lazy.svelte';

await Promise.all([loadTexts('en'), loadAllParts()]);
