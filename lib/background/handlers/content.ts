import type { Handlers } from '../../messaging/router';
import { loadSettings } from '../../settings';
import { isEnabledFor } from '../site-enabled';

export const contentHandlers: Handlers = {
  'content/hello': async ({ url }) => {
    const settings = await loadSettings();
    return { enabled: isEnabledFor(url, settings), hoverDelayMs: settings.ui.hoverDelayMs };
  },
};
