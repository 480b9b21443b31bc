import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { firefoxBinary } from './harness';

/** The Firefox tests need the Firefox e2e build and a Firefox; say exactly what is missing. */
export default function setup(): void {
  const probe = spawnSync(firefoxBinary(), ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`Firefox tests need Firefox (140 ESR or newer): on Debian/Ubuntu \`sudo apt-get install -y firefox-esr\`, or set FIREFOX_PATH.`);
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, '.output/firefox-mv2-e2e/manifest.json'))) execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
}
