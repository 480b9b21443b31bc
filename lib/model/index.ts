export type * from './contracts';
export type * from './provenance';
export type * from './patent';
