import { describe, expect, it } from 'vitest';
import { rows } from '../testing';

// Sources: FORMATS.md §2.5 (KR), §2.6 (CN, check digit), §2.7 (TW); the KR lab list page.
const CASES: [string, string[]][] = [
  ['KR 10-2021-0045678 A', ['KR publication KR.20210045678.A KR20210045678']],
  ['출원번호 : 10-2022-0181542', ['KR application KR.20220181542.A KR20220181542']],
  ['공개번호 10-2020-0012345', ['KR publication KR.20200012345 KR20200012345']],
  ['(11) 등록번호 10-2345678', ['KR grant KR.102345678 KR102345678B']],
  ['(11) 등록번호 10-2,334,455', ['KR grant KR.102334455 KR102334455B']],                 // issue 13: thousands commas under a label
  ['특허 제10-2,123,459호', ['KR grant KR.102123459 KR102123459B']],
  ['KR 10-0876543 B1', ['KR grant KR.100876543.B1 KR100876543B']],
  ['KR20200012345A', ['KR publication KR.20200012345.A KR20200012345']],
  ['KR1020200012345A', ['KR application KR.20200012345.A KR20200012345']],                // Google application id
  ['KR102212345B1', ['KR grant KR.102212345.B1 KR102212345B']],
  ['KR200481234Y1', ['KR grant KR.200481234.Y1 KR200481234Y']],
  ['특2002-0033698', ['KR publication KR.20020033698 KR20020033698']],
  ['Korean Patent Publication No. 2002-0033698', ['KR publication KR.20020033698 KR20020033698']],
  ['[ 등록번호 ] : 11,360,901', ['US grant US.11360901 US11360901']],                      // US patent in a KR list
  ['(21)申请号 202110567890.4', ['CN application CN.202110567890.A CN202110567890']],
  ['CN 2021 1 0123456.7', ['CN application CN.202110123456.A CN202110123456']],
  ['专利号 ZL 2020 2 0123456.8', ['CN application CN.202020123456.U CN202020123456']],
  ['CN112345678A', ['CN publication CN.112345678.A CN112345678']],
  ['CN 114567890 B', ['CN grant CN.114567890.B CN114567890B']],
  ['CN100520025C', ['CN grant CN.100520025.C CN100520025C']],
  ['CN 214567890 U', ['CN grant CN.214567890.U CN214567890U']],
  ['CN201780022553', ['CN application CN.201780022553.A CN201780022553']],                 // Register dossier list
  ['TW I745678 B', ['TW grant TW.I745678.B TWI745678B']],
  ['TWM612345U', ['TW grant TW.M612345.U TWM612345U']],
  ['TW 202112345 A', ['TW publication TW.202112345.A TW202112345']],
  ['證書號 I712345', ['TW grant TW.I712345 TWI712345B']],
  ['新型第M612345號', ['TW grant TW.M612345 TWM612345U']],
  ['【申請案號】109112345', ['TW application TW.109112345.A null']],
];

describe('KR, CN and TW forms', () => {
  it.each(CASES)('%s', (raw, want) => expect(rows(raw)).toEqual(want));
});

it('rejects a CN application number whose check digit is wrong (§2.6)', () => {
  expect(rows('202010123456.X')).toEqual([]);
});
