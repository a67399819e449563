import { describe, expect, it } from 'vitest';
import ErrorBanner from '../../../src/ui/controls/ErrorBanner.svelte';
import { EngineError, type EngineErrorCode } from '../../../src/engine/types';
import { sv } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { html } from './render';

describe('ErrorBanner', () => {
  it('translates every engine error code and offers a retry, in both languages', () => {
    const codes: EngineErrorCode[] = ['worker-failed', 'invalid-request', 'no-workers'];
    for (const code of codes) {
      const svBody = html(ErrorBanner, {
        error: new EngineError(code, 'detail <x>'),
        lang: 'sv' as const,
        onretry: () => {},
      });
      expect(svBody).toContain(sv.app.errors[code]);
      expect(svBody).toContain('Försök igen');
      expect(svBody).toContain('role="alert"');
      expect(svBody).not.toContain('detail');
      const enBody = html(ErrorBanner, { error: new EngineError(code, 'x'), lang: 'en' as const, onretry: () => {} });
      expect(enBody).toContain(en.app.errors[code]);
      expect(enBody).toContain('>Retry<');
    }
  });
});
