import type { Handlers } from '../../messaging/router';
import { contentHandlers } from './content';
import { findingsHandlers } from './findings';
import { settingsHandlers } from './settings';

/** The background's dispatch table: one spread per feature. */
export const handlers: Handlers = {
  ...contentHandlers,
  ...settingsHandlers,
  ...findingsHandlers,
};
