/**
 * A small WebDriver BiDi client for Firefox (the protocol Firefox speaks natively; no browser download,
 * no driver binary): commands by id, their results or errors. Only what the Firefox tests use.
 */
import WebSocket from 'ws';

export class BidiError extends Error {}

export class Bidi {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiter = m.id !== undefined ? this.pending.get(m.id) : undefined;
      if (!waiter || m.id === undefined) return;
      this.pending.delete(m.id);
      if (m.type === 'error') waiter.reject(new BidiError(`${m.error}: ${m.message}`));
      else waiter.resolve(m.result);
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(`${url}/session`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const bidi = new Bidi(ws);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return bidi;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws.close();
  }
}
