import { describe, expect, it } from 'vitest';
import { rows } from '../testing';

// Sources: FORMATS.md §2.8 (DE), §2.9 (GB, FR, CA, AU, IN), §1.1 (EPODOC suffixes); Google Patents
// microdata of US20230418876A1 for the generic compact forms of other offices.
const CASES: [string, string[]][] = [
  ['DE 10 2019 123 456 A1', ['DE publication DE.102019123456.A1 DE102019123456']],
  ['DE102019123456A1', ['DE publication DE.102019123456.A1 DE102019123456']],
  ['DE 198 12 345 A1', ['DE publication DE.19812345.A1 DE19812345']],
  ['DE 44 12 345 C2', ['DE grant DE.4412345.C2 DE4412345']],
  ['DE 20 2020 101 234 U1', ['DE grant DE.202020101234.U1 DE202020101234U']],
  ['DE 10 2019 123 457.3', ['DE application DE.102019123457.A DE201910123457']],
  ['GB 2 598 765 A', ['GB publication GB.2598765.A GB2598765']],
  ['GB2565934B', ['GB grant GB.2565934.B GB2565934']],
  ['FR 3 101 234 A1', ['FR publication FR.3101234.A1 FR3101234']],
  ['CA 3,087,654 A1', ['CA publication CA.3087654.A1 CA3087654']],
  ['CA2854022C', ['CA grant CA.2854022.C CA2854022']],
  ['AU 2020204567 B2', ['AU grant AU.2020204567.B2 AU2020204567B']],
  ['AU2001288311A1', ['AU publication AU.2001288311.A1 AU2001288311']],
  ['IN201921012345A', ['IN publication IN.201921012345.A IN201921012345']],
  ['1234/DEL/2015', ['IN application null null']],
  ['RU2711123C2', ['RU grant RU.2711123.C2 RU2711123']],
  ['RU 2 512 345 C2', ['RU grant RU.2512345.C2 RU2512345']],
  ['RU2 712 345 C1', ['RU grant RU.2712345.C1 RU2712345']],                                // issue 13: family-list variants
  ['AT-345678 T', ['AT grant AT.345678.T AT345678T']],
  ['ES 2276789T3', ['ES grant ES.2276789.T3 ES2276789T']],
  ['SG 11202012345 (A)', ['SG publication SG.11202012345.A SG11202012345']],
  ['IL288705A', ['IL publication IL.288705.A IL288705']],
  ['SG10201507834SA', ['SG publication SG.10201507834S.A SG10201507834S']],
  ['BR112021010468A2', ['BR publication BR.112021010468.A2 BR112021010468']],
  ['FI20165815A', ['FI publication FI.20165815.A FI20165815']],
  ['IT202000012328A1', ['IT publication IT.202000012328.A1 IT202000012328']],
  ['AT14924U1', ['AT grant AT.14924.U1 AT14924U']],                                        // §1.1 forum example
  ['ES2989611T3', ['ES grant ES.2989611.T3 ES2989611T']],
  ['TW 123456 B', ['TW grant TW.123456.B TW123456B']],                                     // pre-2004 TW grant
  ['GB 2,123,456 A', ['GB publication GB.2123456.A GB2123456']],
  ['Indian Patent Application No. 201921012345', ['IN application IN.201921012345 IN201921012345']],
  ['Indian Patent No. 345678', ['IN grant IN.345678 IN345678']],
  ['(10) DE 10 2019 123 456 A1 (21) Aktenzeichen: 10 2019 123 456.7', ['DE publication DE.102019123456.A1 DE102019123456', 'DE application DE.102019123456.A DE201910123456']],
  ['(11)證書號數：I712345', ['TW grant TW.I712345 TWI712345B']],
  ['deutsches Patent DE 4123456', ['DE grant DE.4123456 DE4123456']],                        // issue 13: the document's own word names it
  ['Patentschrift DE 4 123 456', ['DE grant DE.4123456 DE4123456']],
  ['Offenlegungsschrift DE 4123456', ['DE publication DE.4123456 DE4123456']],
];

describe('DE, GB, FR, CA, AU, IN and other offices', () => {
  it.each(CASES)('%s', (raw, want) => expect(rows(raw)).toEqual(want));
});

describe('other offices: what only looks like their numbers', () => {
  it.each(['CH-8 001 Zürich', 'CH-8001 Zürich', 'MODEL SE 12345 A', 'IT-B-2 021 itinerary', 'DE 4123456', 'USt-IdNr. DE 4123456'])('%s', (text) => expect(rows(text)).toEqual([]));
});
