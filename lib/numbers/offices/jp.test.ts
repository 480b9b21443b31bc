import { describe, expect, it } from 'vitest';
import { rows } from '../testing';

// raw → distinct documents. Sources: FORMATS.md §2.1 (labels, era rules, examples), issue 4 list,
// JPO office actions in ../shared/pages/jp, J-PlatPat English forms (FORMATS.md [20]).
const CASES: [string, string[]][] = [
  ['特開平7-234567', ['JP publication JP.H07234567.A JPH07234567']],                      // issue 4
  ['特開平07-234567号公報', ['JP publication JP.H07234567.A JPH07234567']],
  ['JP-A-H10-123456', ['JP publication JP.H10123456.A JPH10123456']],                       // issue 4
  ['JP-A2015-123458', ['JP publication JP.2015123458.A JP2015123458']],                     // issue 13: kind glued to a dated number
  ['JP-OS57-123457', ['JP publication JP.S57123457.A JPS57123457']],
  ['Jpn. Kokai Tokkyo Koho JP 2005 123,456', ['JP publication JP.2005123456.A JP2005123456']],  // Chemical Abstracts: Kokai names kind A
  ['Jpn. Kokai Tokkyo Koho JP 2005-123456', ['JP publication JP.2005123456.A JP2005123456']],
  ['文献番号 特許7,123,456', ['JP grant JP.7123456 JP7123456']],                            // J-PlatPat list form with thousands commas
  ['JPH07234567', ['JP publication JP.H07234567 JPH07234567']],                              // issue 4
  ['JPS6428700A', ['JP publication JP.S6428700.A JPS6428700']],                              // §5 [20]
  ['特開２０２０－１２３４５６号公報', ['JP publication JP.2020123456.A JP2020123456']],       // full width
  ['特開2001−124583(P2001−124583A)', ['JP publication JP.2001124583.A JP2001124583']],       // §2.1 gazette echo
  ['【特許番号】特許第6812345号(P6812345)', ['JP grant JP.6812345 JP6812345']],
  ['JP2021-012345A', ['JP publication JP.2021012345.A JP2021012345']],
  ['特表2019-501234号', ['JP publication JP.2019501234.A JP2019501234']],
  ['再表2017/123456', ['JP publication JP.WO2017123456.A1 JPWO2017123456A1']],              // §2.1 table
  ['JPWO2014041607A1', ['JP publication JP.WO2014041607.A1 JPWO2014041607A1']],
  ['特願2020-123456', ['JP application JP.2020123456.A JP20200123456']],
  ['特願平11−307379', ['JP application JP.30737999.A JP19990307379']],                       // §2.1 [23]
  ['平成10年特許願第123456号', ['JP application JP.12345698.A JP19980123456']],
  ['令和2年特許願第012345号', ['JP application JP.2020012345.A JP20200012345']],
  ['実願2019-001234', ['JP application JP.2019001234.U JP20190001234U']],
  ['特許第6,789,012号', ['JP grant JP.6789012 JP6789012']],                                 // §2.1 forms
  ['特許6789012号', ['JP grant JP.6789012 JP6789012']],
  ['特許第5998650号公報（ＪＰ，Ｂ２）', ['JP grant JP.5998650.B2 JP5998650B2']],             // JPO citation list
  ['特公平7-12345', ['JP publication JP.H0712345.B2 JPH0712345B2']],
  ['実公平7-20225', ['JP publication JP.H0720225.Y2 JPH0720225Y2']],                        // §1.1 example
  ['実開昭58-2167', ['JP publication JP.S582167.U JPS582167U']],                             // §2.1 [10]
  ['実登3212345', ['JP grant JP.3212345.U JP3212345U']],
  ['実用新案登録第3234567号', ['JP grant JP.3234567.U JP3234567U']],
  ['JP,2020-123456,A', ['JP publication JP.2020123456.A JP2020123456']],                     // J-PlatPat English
  ['JP,H08-307371,A', ['JP publication JP.H08307371.A JPH08307371']],
  ['Application JP,1995-104333', ['JP application JP.10433395.A JP19950104333']],
  ['JP 1998-123456 A', ['JP publication JP.H10123456.A JPH10123456']],                       // §2.1 Western → era
  ['JP 07.248211A', ['JP publication JP.H07248211.A JPH07248211']],                          // peers §4.6
  ['JP 6543210 B2', ['JP grant JP.6543210.B2 JP6543210B2']],
  ['Japanese Unexamined Patent Application Publication No. 2015-123456', ['JP publication JP.2015123456.A JP2015123456']],
  ['Japanese Patent Laid-Open No. H10-123456', ['JP publication JP.H10123456.A JPH10123456']],
  ['Japanese Patent No. 6543210', ['JP grant JP.6543210 JP6543210']],
  ['Japanese Patent Application No. 2017-098765', ['JP application JP.2017098765.A JP20170098765']],
  ['特開平１０－１０１８００号公報', ['JP publication JP.H10101800.A JPH10101800']],         // JPO office action
  ['特開2019-123456号公報、同2019-234567号公報', ['JP publication JP.2019123456.A JP2019123456', 'JP publication JP.2019234567.A JP2019234567']], // 同 lists
  ['【出願番号】特願2021-123456(P2021-123456)', ['JP application JP.2021123456.A JP20210123456']],
  ['JP-A 2005-123456', ['JP publication JP.2005123456.A JP2005123456']],
  ['JP 10123456 A', ['JP publication JP.H10123456.A JPH10123456']],                          // PatZilla 8-digit rule
  ['JP20180123456 20180615', ['JP application JP.2018123456.A JP20180123456']],              // §1.2 EPODOC + date
  ['Priority to JP2002289628A', ['JP application JP.2002289628.A JP20020289628']],           // §3.6 Google
  ['韓国登録特許第10-1234567号公報', ['KR grant KR.101234567 KR101234567B']],
  ['独国特許出願公開第３４１１０６２号明細書', ['DE publication DE.3411062 DE3411062']],
  ['仏国特許出願公開第２８５００２１号明細書', ['FR publication FR.2850021 FR2850021']],
  ['特許文献4：米国特許第7,654,321号明細書', ['US grant US.7654321 US7654321']],                // not a JP grant
  ['일본 공개특허공보 특개2010-123456호', ['JP publication JP.2010123456.A JP2010123456']],      // Korean text citing JP
  ['专利文献1：JP特开2019-123456号公报', ['JP publication JP.2019123456.A JP2019123456']],        // Chinese text citing JP
  ['平成元年特許願第123号', ['JP application JP.12389.A JP19890000123']],
];

describe('JP forms', () => {
  it.each(CASES)('%s', (raw, want) => expect(rows(raw)).toEqual(want));
});
