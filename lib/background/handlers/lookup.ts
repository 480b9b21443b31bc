import type { Handlers } from '../../messaging/router';
import { officeServices } from '../../lookup/services';

/** Lookups for the hover card (content) and the side panel (ui); documents for the side panel. */
export const lookupHandlers: Handlers = {
  lookup: async ({ text }) => officeServices().lookup.lookup(text),
  'lookup/details': async ({ text }) => officeServices().lookup.details(text),
  'documents/list': async ({ text }) => officeServices().lookup.listDocuments(text),
  'documents/get': async ({ text, office, id }) => officeServices().lookup.getDocument(text, office, id),
};
