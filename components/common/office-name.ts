// One definition for the background and the UI (lib/i18n.ts).
export { officeName } from '../../lib/i18n';
