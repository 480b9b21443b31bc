import type { Handlers } from '../../messaging/router';
import { officeServices } from '../../lookup/services';
import { PANEL_POLICY } from '../../lookup/lookup-service';
import { uiLanguage } from '../../i18n';
import { providerOf } from '../../offices';
import { loadSettings } from '../../settings';
import { hasCredentials } from '../../transport/has-credentials';
import { type TermsAnswer, type TermsRequest, termsAnswer } from '../../terms/terms-service';
import { termsDocument } from '../panel-document';

/** The Terms tab and the C2 `terms` hook: one answer for both, the document resolved the same way. */
export async function answerTerms(request: Omit<TermsRequest, 'document'>): Promise<TermsAnswer> {
  const services = officeServices();
  return termsAnswer(
    { ...request, document: await termsDocument() },
    {
      texts: (text, reading) => services.lookup.texts(text, reading),
      async pearlConfigured() {
        const pearl = (await loadSettings()).offices.pearl;
        return pearl.enabled && hasCredentials(pearl.credentials);
      },
      searchPearl: (q) => providerOf('pearl')!.searchTerms!(q, services.pipelineOf('pearl').context(PANEL_POLICY, uiLanguage())),
      uiLang: uiLanguage,
    },
  );
}

export const termsHandlers: Handlers = {
  'terms/lookup': async ({ text, lang }) => answerTerms({ text, ...(lang && { lang }) }),
  'terms/texts': async ({ text, reading }) => officeServices().lookup.texts(text, reading),
};
