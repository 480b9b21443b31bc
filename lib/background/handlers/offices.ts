import type { Handlers } from '../../messaging/router';
import { officeServices } from '../../lookup/services';
import { loadRouteRules, saveRouteRules } from '../../lookup/routing-store';
import { browserStore } from '../../transport/storage-area';

/** Options page: "Test connection" per office, and the order in which offices answer each country. */
export const officeHandlers: Handlers = {
  'office/test': async ({ office }) => officeServices().lookup.testOffice(office),
  'routing/get': async () => loadRouteRules(browserStore('local')),
  'routing/save': async ({ rules }) => saveRouteRules(browserStore('local'), rules),
};
