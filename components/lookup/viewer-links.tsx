import { useEffect, useState } from 'preact/hooks';
import type { DocRef } from '../../lib/model/patent';
import { parseNumber, viewerLinks } from '../../lib/numbers';
import { writtenForm } from '../../lib/numbers/display';
import { i18n } from '../../lib/i18n';
import { viewerName } from '../common/viewer-names';

/** Links to the public viewers, built locally from the number: they work without any API key. The
 *  reference's written form reads back as exactly this document and type (lib/numbers/display.ts),
 *  so a number found only by its context on a page still gets its links. */
export function ViewerLinks({ refOf, official }: { refOf: DocRef; official?: () => Promise<string | null> }) {
  // With JPO keys, the JPO's own J-PlatPat fixed address replaces the one built from the number.
  const [jplatpat, setJplatpat] = useState<string | null>(null);
  useEffect(() => {
    setJplatpat(null);
    if (!official) return;
    let live = true;
    official().then((url) => live && setJplatpat(url), () => undefined);
    return () => {
      live = false;
    };
  }, [refOf.docdb, refOf.type, !!official]);
  const parsed = parseNumber(writtenForm(refOf).text);
  if (!parsed.ok) return null;
  const links = viewerLinks(parsed.ref);
  if (links.length === 0) return null;
  return (
    <p class="viewer-links row small">
      <span class="muted">{i18n('lookup_viewers')}</span>
      {links.map((link) => (
        <a
          href={link.viewer === 'j-platpat' && jplatpat ? jplatpat : link.url}
          target="_blank"
          rel="noopener noreferrer"
          data-viewer={link.viewer}
          {...(link.viewer === 'j-platpat' && jplatpat && { 'data-official': 'true' })}
        >
          {viewerName(link.viewer)}
        </a>
      ))}
    </p>
  );
}
