// The public API of the number engine (issue 4). Pure TypeScript, no browser APIs: the content
// script, the side panel's lookup box and the C1 CLI (scripts/detect.ts) all call this.
export type { FoundNumber, Match, NumberType, PatentRef } from './types';
export { findNumbers } from './find-numbers';
export { parseNumber, type ParseResult } from './parse-number';
export { viewerLinks, type Viewer, type ViewerLink } from './links';
export { toJpoNumber, type JpoNumber } from './format/jpo';
export { toOpsInput, type OpsInput } from './format/ops';
export { toUsptoApplicationNumber, toKiprisNumber, toTipoNumber } from './format/offices';
export { googleId } from './format/google';
export { refKey } from './ref-key';
