import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findChrome, installHint } from '../../scripts/find-chrome';

/** Real-browser tests need the e2e build and a Chromium; say exactly what is missing. */
export default function setup(): void {
  if (!findChrome()) throw new Error(`Real-browser tests need Chrome or Chromium. ${installHint()}`);
  const root = path.resolve(import.meta.dirname, '../..');
  for (const mode of ['e2e', 'sandbox']) {
    if (!existsSync(path.join(root, `.output/chrome-mv3-${mode}/manifest.json`))) execFileSync('npx', ['wxt', 'build', '--mode', mode], { cwd: root, stdio: 'inherit' });
  }
}
