import { defineWebExtConfig } from 'wxt';

// `npm run dev` must not launch a browser itself: on headless root machines Chromium dies and wxt crashes.
export default defineWebExtConfig({ disabled: true });
