import type { DocumentPayload } from '../../lib/lookup/types';
import { saveBlob } from './save-blob';

/** A fetched document's bytes (base64 over messaging) as a Blob of its media type. */
export function documentBlob(doc: DocumentPayload): Blob {
  const bytes = Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: doc.mediaType });
}

export const saveDocument = (doc: DocumentPayload): void => saveBlob(documentBlob(doc), doc.fileName);
