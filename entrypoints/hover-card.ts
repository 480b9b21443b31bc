import { defineUnlistedScript } from '#imports';
import { registerCardModule } from '../components/hover-card/register';

// Loaded by the content script on first hover (components/hover-card/hover-host.ts).
export default defineUnlistedScript(() => registerCardModule());
