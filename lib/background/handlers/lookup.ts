import type { Handlers } from '../../messaging/router';
import { officeServices } from '../../lookup/services';
import { rememberPanelDocument } from '../panel-document';

/** Lookups for the hover card's frame and the side panel; documents for the side panel. */
export const lookupHandlers: Handlers = {
  lookup: async ({ text, reading }) => officeServices().lookup.lookup(text, reading),
  'lookup/details': async ({ text, reading }) => {
    // Only the side panel asks for details: the number it shows is the Terms tab's document.
    const [, details] = await Promise.all([rememberPanelDocument(text, reading), officeServices().lookup.details(text, reading)]);
    return details;
  },
  'documents/list': async ({ text, reading }) => officeServices().lookup.listDocuments(text, reading),
  'documents/get': async ({ text, reading, office, id }) => officeServices().lookup.getDocument(text, reading, office, id),
  'lookup/timeline': async ({ text, reading }) => officeServices().lookup.timeline(text, reading),
  'jpo/extra': async (request) => officeServices().lookup.jpoExtra(request),
  'tipo/annuity': async ({ text, reading }) => officeServices().lookup.tipoAnnuity(text, reading),
};
