import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { usePropChange } from './use-prop-change';

function Box({ text }: { text: string }) {
  const [input, setInput] = useState(text);
  usePropChange(text, setInput);
  return <input value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />;
}

describe('usePropChange', () => {
  it('keeps what was typed before the mount effect ran, and applies a later prop', async () => {
    const host = document.createElement('div');
    // Typing inside the same act as the mount: the effect has not run yet when the input changes.
    await act(() => {
      render(<Box text="" />, host);
      const input = host.querySelector('input')!;
      input.value = 'wireless';
      input.dispatchEvent(new Event('input'));
    });
    expect(host.querySelector('input')!.value).toBe('wireless');
    await act(() => render(<Box text="H04W" />, host));
    expect(host.querySelector('input')!.value).toBe('H04W');
    // The same prop again is no change: what the user typed since stays.
    const input = host.querySelector('input')!;
    await act(() => {
      input.value = 'H04B';
      input.dispatchEvent(new Event('input'));
    });
    await act(() => render(<Box text="H04W" />, host));
    expect(host.querySelector('input')!.value).toBe('H04B');
  });
});
