import type { Handlers } from '../../messaging/router';
import { officeReadiness, officeServices } from '../../lookup/services';
import { PANEL_POLICY } from '../../lookup/lookup-service';
import { uiLanguage } from '../../i18n';
import { providerOf } from '../../offices';
import { type TermsAnswer, type TermsDeps, type TermsRequest, termsAnswer, termsSection } from '../../terms/terms-service';
import { termsDocument } from '../panel-document';

function termsDeps(): TermsDeps {
  const services = officeServices();
  return {
    texts: (text, reading) => services.lookup.texts(text, reading),
    async pearlConfigured() {
      const pearl = await officeReadiness('pearl');
      return pearl.enabled && pearl.configured;
    },
    searchPearl: (q) => providerOf('pearl')!.searchTerms!(q, services.pipelineOf('pearl').context(PANEL_POLICY, uiLanguage())),
    uiLang: uiLanguage,
  };
}

/**
 * The C2 `terms` hook: the whole of what the Terms tab shows — its head (worked out in the tab, the
 * same function) and the two sections it asks for through `terms/section`, the document resolved the
 * same way.
 */
export async function answerTerms(request: Omit<TermsRequest, 'document'>): Promise<TermsAnswer> {
  return termsAnswer({ ...request, document: await termsDocument() }, termsDeps());
}

export const termsHandlers: Handlers = {
  'terms/section': async ({ text, lang, section }) => {
    const request = { text, ...(lang && { lang }), ...(section === 'family' && { document: await termsDocument() }) };
    return termsSection(section, request, termsDeps());
  },
  'terms/texts': async ({ text, reading }) => officeServices().lookup.texts(text, reading),
};
