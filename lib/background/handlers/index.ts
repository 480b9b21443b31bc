import type { Handlers } from '../../messaging/router';
import { cardHandlers } from './card';
import { classificationHandlers } from './classification';
import { contentHandlers } from './content';
import { findingsHandlers } from './findings';
import { lookupHandlers } from './lookup';
import { officeHandlers } from './offices';
import { quotaHandlers } from './quota';
import { settingsHandlers } from './settings';
import { termsHandlers } from './terms';
import { watchHandlers } from './watch';

/** The background's dispatch table: one spread per feature. */
export const handlers: Handlers = {
  ...contentHandlers,
  ...settingsHandlers,
  ...findingsHandlers,
  ...cardHandlers,
  ...lookupHandlers,
  ...quotaHandlers,
  ...officeHandlers,
  ...classificationHandlers,
  ...termsHandlers,
  ...watchHandlers,
};
