import type { Handlers } from '../../messaging/router';
import { officeServices } from '../../lookup/services';

/** Popup: where the user stands with every office (quota rows, key set or not, token state). */
export const quotaHandlers: Handlers = {
  'quota/get': async () => {
    const { lookup } = officeServices();
    return { rows: await lookup.quota(), offices: await lookup.officeStates() };
  },
};
