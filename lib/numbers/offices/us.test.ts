import { describe, expect, it } from 'vitest';
import { rows } from '../testing';

// Sources: FORMATS.md §2.2, issue 4 list, peers.md §4.2 (virtual-marking corpus), PatFT pages.
const CASES: [string, string[]][] = [
  ['US 10,123,456 B2', ['US grant US.10123456.B2 US10123456']],
  ['U.S. Pat. No. 9,876,543', ['US grant US.9876543 US9876543']],
  ['U.S. Pat. Nos. 6,233,389, 6,445,801 and 7,000,019', ['US grant US.6233389 US6233389', 'US grant US.6445801 US6445801', 'US grant US.7000019 US7000019']],
  ['U.S. Pat. Nos. D435,561, D445,801, 6,233,389', ['US grant US.D435561 USD435561S', 'US grant US.D445801 USD445801S', 'US grant US.6233389 US6233389']],
  ['US10123456B2', ['US grant US.10123456.B2 US10123456']],
  ['US-6123456-A', ['US grant US.6123456.A US6123456']],
  ['US 7,650,942,B2', ['US grant US.7650942.B2 US7650942']],
  ['USPN 9,123,456', ['US grant US.9123456 US9123456']],
  ['US Patent No.9480555', ['US grant US.9480555 US9480555']],
  ['US RE45,123 E', ['US grant US.RE45123.E USRE45123E']],
  ['U.S. Pat. No. PP31,234', ['US grant US.PP31234 USPP31234P']],
  ['USD826257S1', ['US grant US.D826257.S1 USD826257S']],
  ['USRE45123E1', ['US grant US.RE45123.E1 USRE45123E']],
  ['US 2019/0012345 A1', ['US publication US.2019012345.A1 US2019012345']],
  ['US 2019-0012345', ['US publication US.2019012345 US2019012345']],
  ['US20190012345A1', ['US publication US.2019012345.A1 US2019012345']],
  ['US2020098765 (A1)', ['US publication US.2020098765.A1 US2020098765']],              // Espacenet
  ['2019/0012345 A1', ['US publication US.2019012345.A1 US2019012345']],
  ['U.S. Appl. No. 18/012,345', ['US application null null']],
  ['application Ser. No. 15/678,901, filed Aug. 14, 2017', ['US application US.201715678901.A US201715678901']],
  ['Ser. No. 08/921,321, filed Aug. 29, 1997', ['US application US.92132197.A US19970921321']], // §1.3
  ['US202217584343A', ['US application US.202217584343.A US202217584343']],             // Google id [19]
  ['U.S. Patent Documents\n4208579\nJune 1980\nScrivo\n4290095\nSeptember 1981\nSchmidt', ['US grant US.4208579 US4208579', 'US grant US.4290095 US4290095']], // PatFT
  ['Foreign Patent Documents\n2231197\nMar 1990\nGB\n03-174653\nJul 1991\nJP\n0 459 177\nMay 1991\nEP', ['GB publication GB.2231197 GB2231197', 'JP publication JP.H03174653 JPH03174653', 'EP publication EP.0459177 EP0459177']], // PatFT foreign rows
  ['米国特許出願公開第２００８／０１４３６２５号明細書', ['US publication US.2008143625 US2008143625']], // JPO office action
  ['U.S. Pat. No. Re. 31,234', ['US grant US.RE31234 USRE31234E']],
  ['U.S. Design Pat. No. Des. 345,678', ['US grant US.D345678 USD345678S']],
  ['U.S. Pat. No. 123,456', ['US grant US.123456 US123456']],
  ['U.S. Provisional Application No. 62/123,456, filed Jan. 1, 2019', ['US application US.201962123456.P US201962123456P']],
  ['US201716091746', ['US application US.201716091746.A US201716091746']],               // EP Register dossier list
  ['(10) Patent No.: US 10,123,456 B2 (21) Appl. No.: 15/123,456 (22) Filed: Sep. 12, 2016', ['US grant US.10123456.B2 US10123456', 'US application US.201615123456.A US201615123456']], // front page
  ['PUB. APP. NO.  Title\n1\n20220247978\nSystems and Methods', ['US publication US.2022247978 US2022247978']], // AppFT hit list
];

describe('US forms', () => {
  it.each(CASES)('%s', (raw, want) => expect(rows(raw)).toEqual(want));
});
