import { describe, expect, it } from 'vitest';
import { rows } from './testing';

// Look-alikes that must give nothing. Sources: issue 4 quality bar, FORMATS.md §2.1–2.9 look-alike
// lists, peers.md §4.2 rejected cases, public corpus P051–P060.
const NEGATIVES: string[] = [
  'on 2021-01-15 at 10:30', 'TEL: 06-6123-4567 / FAX: 06-6123-4568', 'Call 03-1234-5678', '010-1234-5678',
  'ISBN 978-0-12-345678-9', 'doi: 10.1016/j.cell.2020.04.012', '〒100-0013 東京都千代田区', 'version 1.2.3',
  'Order No. 1234567', 'IP 192.168.1.1', 'pages 1234-1567', 'KSR v. Teleflex, 550 U.S. 398 (2007)',
  '不服2019-012345', '無効2020-800012', '平成28年(行ケ)第10123号', '【整理番号】P2020-1234',
  '商願2020-123456', '商標登録第6234567号', '意匠登録第1654321号', '令和4年5月12日', 'H10.4.1', 'R3.1.13',
  'GB/T 7714-2015', 'GB 2626-2019', 'GB/T 19001-2016', 'VAT DE123456789', 'FR12345678901', 'GB 123 4567 89',
  'D-80331 München', 'HRB 12345', 'Revenue grew to $11,456,789.', 'price $10,123,456',
  'Serial No. 88/123,456', 'Reg. No. 5,123,456', 'IPR2019-01234', '상표등록 제40-1234567호',
  'trademark 40-2020-0123456', '2019후10456', '123-45-67890', '（2020）最高法知民终123号', 'Part No. EP-5678-B',
  'ISO 9001:2015', 'US 500,000 units', 'G06F16/90335', 'G06Q 30/0201', '1;234;567', 'us1234567',
  'the patent was sold for 1,234,567 dollars', 'with EFS ID of 13611226 and patent', 'Patent pending. Tel 1234567',
  '2.009.278.698', '$1,234,567', 'population 12,345,678 in 2020', 'years 1999-2005', 'SN74HC595N', 'LM317T',
  'SKU US-1234567-X', 'patent attorneys (n=1,234,567) responded', 'patent score 12,345,678 points',
  'patent pages 1234567-1234570', 'Case No. 2:19-cv-01234-JRG', '35 U.S.C. § 101', '134 S. Ct. 2347',
  '法人番号1234567890123', '统一社会信用代码 91110000123456789X', 'IBAN DE89 3704 0044 0532 0130 00', 'JAN 4901234567894',
  '郵便番号105-0011 電話 03-3433-5111', 'Sales in JP 2019-2020 rose', 'JP 12-345', '特開平12-123456', 'US 12345', '사업자등록번호 123-45-67890', 'arXiv:2301.12345', 'PMID 32015507',
];

describe('look-alikes give nothing', () => {
  it.each(NEGATIVES)('%s', (raw) => expect(rows(raw)).toEqual([]));
});
