import { describe, expect, it } from 'vitest';
import { rows } from '../testing';

// Sources: FORMATS.md §2.3 (EP), §2.4 (WO/PCT), §1.2–1.3 (PCT EPODOC/DOCDB), EP Register pages.
const CASES: [string, string[]][] = [
  ['EP 1 234 567 B1', ['EP grant EP.1234567.B1 EP1234567']],
  ['EP3987654A1', ['EP publication EP.3987654.A1 EP3987654']],
  ['EP 0 123 456 A2', ['EP publication EP.0123456.A2 EP0123456']],
  ['EP-A-0 567 890', ['EP publication EP.0567890 EP0567890']],
  ['Application number: EP-18 712 345.6', ['EP application EP.18712345.A EP20180712345']],     // issue 13: dashed office code
  ['EP 19 205 846.3', ['EP application EP.19205846.A EP20190205846']],
  ['EP19205846', ['EP application EP.19205846.A EP20190205846']],                         // Register form
  ['European patent application No. 17 812 345.9', ['EP application EP.17812345.A EP20170812345']],
  ['欧州特許出願公開第０２０６３４８９号明細書', ['EP publication EP.2063489 EP2063489']],   // JPO office action
  ['WO 2020/123456 A1', ['WO publication WO.2020123456.A1 WO2020123456']],
  ['WO2020123456A1', ['WO publication WO.2020123456.A1 WO2020123456']],
  ['WO2008/24045', ['WO publication WO.2008024045 WO2008024045']],                          // peers §4.7
  ['WO 99/45678', ['WO publication WO.9945678 WO9945678']],
  ['WO 03/107732', ['WO publication WO.03107732 WO03107732']],                             // §2.4
  ['WO/2021/123456', ['WO publication WO.2021123456 WO2021123456']],
  ['国際公開第2022/023456号', ['WO publication WO.2022023456 WO2022023456']],
  ['国際公開第９８／２４０２７号', ['WO publication WO.9824027 WO9824027']],
  ['PCT/JP2020/012345', ['WO application JP.2020012345.W WO2020JP12345']],
  ['PCT/US99/09417', ['WO application US.9909417.W WO1999US09417']],
  ['PCT/US2017/12345', ['WO application US.2017012345.W WO2017US12345']],                  // re-padded §2.4
  ['PCT/IB2007/51010', ['WO application IB.2007051010.W WO2007IB51010']],                  // §1.2 [7]
  ['GB2017050961W', ['WO application GB.2017050961.W WO2017GB50961']],                     // Register family list
  ['WO2020JP12345', ['WO application JP.2020012345.W WO2020JP12345']],                     // EPODOC form §1.2
  ['EP20190205846', ['EP application EP.19205846.A EP20190205846']],
  ['European Patent No. 1 234 567', ['EP grant EP.1234567 EP1234567']],
  ['(11) EP 3 123 456 B1 (21) Application number: 15123456.7', ['EP grant EP.3123456.B1 EP3123456', 'EP application EP.15123456.A EP20150123456']], // EP front page
  ['(30) Priority Data: 2019-123456 1 February 2019 (01.02.2019) JP\n', ['JP application JP.2019123456.A JP20190123456']],   // WO front page
];

describe('EP, WO and PCT forms', () => {
  it.each(CASES)('%s', (raw, want) => expect(rows(raw)).toEqual(want));
});
