import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
  /** Serve an in-memory page at a path (used by tests that build pages on the fly). */
  put(urlPath: string, body: string | Uint8Array, contentType?: string): void;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * A loopback file server for real saved pages. Files whose name contains `.shift_jis.` are sent as
 * `text/html` without a charset, as the JPO's exported office actions reach real users: the browser
 * has to guess the encoding.
 */
export async function startStaticServer(roots: Record<string, string>): Promise<StaticServer> {
  const memory = new Map<string, { body: string | Uint8Array; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inMemory = memory.get(urlPath);
    if (inMemory) {
      res.writeHead(200, { 'content-type': inMemory.type });
      res.end(inMemory.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!urlPath.startsWith(prefix)) continue;
      const file = path.join(dir, urlPath.slice(prefix.length));
      if (!file.startsWith(path.resolve(dir))) break;
      try {
        const body = await readFile(file);
        const type = file.includes('.shift_jis.') ? 'text/html' : (types[path.extname(file)] ?? 'application/octet-stream');
        res.writeHead(200, { 'content-type': type });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive; don't wait for it
      }),
    put(urlPath, body, contentType = 'text/html; charset=utf-8') {
      memory.set(urlPath, { body, type: contentType });
    },
  };
}
