import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where Chrome or Chromium usually lives, per platform; CHROME_PATH wins over all of them. */
const candidates: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    path.join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['LOCALAPPDATA'] ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Chromium\\Application\\chrome.exe'),
  ],
};

export function findChrome(): string | null {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return (candidates[process.platform] ?? []).find((candidate) => existsSync(candidate)) ?? null;
}

export function installHint(): string {
  switch (process.platform) {
    case 'linux':
      return 'Install Chromium with your package manager, e.g. `sudo apt-get install -y chromium` (Debian/Ubuntu) or `sudo dnf install chromium` (Fedora), or set CHROME_PATH to a Chrome/Chromium binary.';
    case 'darwin':
      return 'Install Google Chrome from https://www.google.com/chrome/ (or `brew install --cask chromium`), or set CHROME_PATH to the browser binary.';
    case 'win32':
      return 'Install Google Chrome from https://www.google.com/chrome/ (or `winget install Google.Chrome`), or set CHROME_PATH to chrome.exe.';
    default:
      return 'Install Chrome or Chromium and set CHROME_PATH to its binary.';
  }
}
