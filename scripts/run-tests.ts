import { spawnSync } from 'node:child_process';

// `npm test`: unit tests, then real-browser tests in Chromium and in Firefox, each even when the one
// before failed (architecture.md), exiting non-zero if any failed. A script rather than `a; b` so it also works in cmd.exe.
const run = (script: string) => spawnSync('npm', ['run', '-s', script], { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const unit = run('test:unit');
const e2e = run('test:e2e');
const firefox = run('test:e2e-firefox');
process.exit(unit || e2e || firefox ? 1 : 0);
