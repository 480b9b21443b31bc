import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';

interface Props {
  value: string;
  onLookup: (text: string) => void;
}

/** Any written form of any office's number: 特開平7-234567, US 10,123,456 B2, PCT/JP2020/012345 … */
export function LookupBox({ value, onLookup }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      class="row lookup-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onLookup(text.trim());
      }}
    >
      <input
        type="search"
        name="q"
        aria-label={i18n('panel_lookup_label')}
        placeholder={i18n('panel_lookup_placeholder')}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        style={{ flex: 1 }}
      />
      <button type="submit" class="primary">
        {i18n('panel_lookup_button')}
      </button>
    </form>
  );
}
