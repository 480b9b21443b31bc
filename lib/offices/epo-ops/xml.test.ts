import { describe, expect, it } from 'vitest';
import { BadResponse } from '../../transport/errors';
import { fixtureText } from './test-fixtures';
import { parseOpsXml, path, text } from './xml';

// Recorded reply: ../shared/fixtures/epo-ops/biblio.docdb.EP2400812.A1.xml (copied into fixtures/).
const biblio = fixtureText('biblio.docdb.EP2400812.A1.xml');

describe('parseOpsXml', () => {
  it('reads a recorded reply by local element names', () => {
    const doc = parseOpsXml(biblio, 'biblio');
    expect(text(path(doc, 'world-patent-data', 'exchange-documents', 'exchange-document', 'bibliographic-data', 'invention-title'))).toMatch(/BLUETOOTH/i);
  });

  it('refuses a reply cut off in the middle instead of reading it as a shorter one', () => {
    expect(() => parseOpsXml(biblio.slice(0, Math.floor(biblio.length / 2)), 'biblio')).toThrow(BadResponse);
  });

  it('refuses bodies that are not XML at all', () => {
    expect(() => parseOpsXml('{"not":"xml"}', 'biblio')).toThrow(BadResponse);
    expect(() => parseOpsXml('', 'biblio')).toThrow(BadResponse);
  });
});
