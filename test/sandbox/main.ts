// `npm run -s sandbox [-- --port N]` (contract C3): starts the sandbox office server and prints its base
// URL as the FIRST line of stdout (tools read that line), then a short summary; runs until SIGINT/SIGTERM.
import { sandboxCredentials } from './credentials';
import { FAILURE_MODES } from './kit';
import { startSandbox } from './server';

function portArg(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port wants 0..65535, got ${raw}`);
  return port;
}

const sandbox = await startSandbox({ port: portArg(process.argv.slice(2)) });
const lines = [sandbox.baseUrl, '', 'PatentPeek sandbox office server — replays recorded office replies (contract C3).', 'Offices (configure each office baseUrl as <base>/<id>):'];
for (const [office, entry] of Object.entries(sandbox.catalog())) {
  lines.push(`  ${office.padEnd(10)} ${[...entry.numbers.map((n) => `${n.docdb} (${n.type})`), ...(entry.terms ?? [])].join(', ')}`);
}
lines.push('  tipo       reconstructed replies only, no patent numbers; pearl: reconstructed term replies only');
lines.push('Credentials the sandbox accepts:');
for (const [office, creds] of Object.entries(sandboxCredentials)) lines.push(`  ${office.padEnd(10)} ${JSON.stringify(creds)}`);
lines.push(
  'Control:',
  `  GET ${sandbox.baseUrl}/_catalog · GET|DELETE ${sandbox.baseUrl}/_requests · POST ${sandbox.baseUrl}/_control/reset`,
  `  POST ${sandbox.baseUrl}/_control/failure {"office":"jpo","mode":"quota","times":1}`,
  `  modes: ${FAILURE_MODES.join(', ')} (times = replies to spoil; default until reset)`,
  'Ctrl-C stops it.',
);
process.stdout.write(`${lines.join('\n')}\n`);

const stop = (): void => {
  void sandbox.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
