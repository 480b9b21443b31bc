import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEnglishMessages } from '../lookup/fake-i18n';
import { type OnDemand, useOnDemand } from './use-on-demand';

beforeEach(useEnglishMessages);

describe('useOnDemand', () => {
  it('stays idle until asked, then is busy, then holds the answer or the failure in words', async () => {
    const seen: OnDemand<string>[] = [];
    let ask: (n: number) => void = () => undefined;
    function Probe({ run }: { run: (n: number) => Promise<string> }) {
      const [state, go] = useOnDemand(run);
      seen.push(state);
      ask = go;
      return null;
    }
    const host = document.createElement('div');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    await act(() => render(<Probe run={async (n) => (n > 0 ? gate.then(() => `answer ${n}`) : Promise.reject(new Error('boom')))} />, host));
    expect(seen.at(-1)).toEqual({ phase: 'idle' });
    await act(() => ask(2));
    expect(seen.at(-1)).toEqual({ phase: 'busy' });
    await act(async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(seen.at(-1)).toEqual({ phase: 'done', value: 'answer 2' });
    await act(async () => {
      ask(0);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(seen.at(-1)).toMatchObject({ phase: 'failed' });
    expect((seen.at(-1) as { message: string }).message).toContain('boom');
  });
});
