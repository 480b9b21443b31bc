import { defineContentScript } from '#imports';
import { send } from '../../lib/messaging/client';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main() {
    const { enabled } = await send('content/hello', { url: location.href });
    if (!enabled) return;
  },
});
