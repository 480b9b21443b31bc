/**
 * Plain words for INPADOC legal event codes (OPS legal service, `ops:legal code=… desc=…`). The office text
 * (desc + free text) always stays beside them. Codes: the recorded replies (fixtures/legal.*.xml,
 * family.legal.*.xml); the rest fall back to the office description in sentence case.
 */
const WORDS: Record<string, { en: string; ja: string }> = {
  AK: { en: 'Designated contracting states', ja: '指定締約国' },
  AX: { en: 'Extension states requested', ja: '拡張国の請求' },
  AKX: { en: 'Designation fees paid', ja: '指定手数料納付' },
  '17P': { en: 'Request for examination filed', ja: '審査請求' },
  '17Q': { en: 'First examination report sent', ja: '最初の審査報告の発送' },
  INTG: { en: 'Intention to grant announced', ja: '特許付与の意思の通知' },
  GRAP: { en: 'Communication of intention to grant sent', ja: '特許付与予定の通知の発送' },
  GRAH: { en: 'Communication of intention to grant sent', ja: '特許付与予定の通知の発送' },
  GRAG: { en: 'Communication of intention to grant sent', ja: '特許付与予定の通知の発送' },
  GRAS: { en: 'Grant fee paid', ja: '付与手数料納付' },
  GRAA: { en: 'Patent granted', ja: '特許付与' },
  '26N': { en: 'No opposition filed', ja: '異議申立てなし' },
  PLBE: { en: 'No opposition filed within the time limit', ja: '期間内に異議申立てなし' },
  PG25: { en: 'Lapsed in a contracting state', ja: '締約国で失効' },
  PGFP: { en: 'Annual fee paid to a national office', ja: '国内官庁への年金納付' },
  RIC1: { en: 'IPC code assigned before grant', ja: '付与前のIPC付与' },
  RAP1: { en: 'Applicant data changed', ja: '出願人情報の変更' },
  REG: { en: 'National register entry', ja: '国内登録簿の記載' },
  PUAI: { en: 'International application entered the European phase', ja: '欧州段階への移行' },
  STAA: { en: 'Status', ja: 'ステータス' },
  EN: { en: 'Translation not filed', ja: '翻訳文未提出' },
  TPAC: { en: 'Third-party observations filed', ja: '第三者の意見提出' },
  TPAB: { en: 'Third-party observations deleted', ja: '第三者の意見の削除' },
};

/** "GB: EUROPEAN PATENT CEASED …" → "GB: European patent ceased …" (a leading country prefix stays upper case). */
export function sentenceCase(upper: string): string {
  const m = /^([A-Z]{2}:\s*)(.*)$/s.exec(upper.trim());
  const [prefix, rest] = m ? [m[1] ?? '', m[2] ?? ''] : ['', upper.trim()];
  const t = rest.toLowerCase();
  return prefix + t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Plain words for one event: table entry + the country it concerns (PG25 "Lapsed in a contracting state: DE")
 * or the status free text (STAA "Status: the patent has been granted").
 */
export function legalWords(code: string, desc: string, detail: { refCountry?: string; freeText?: string }, lang: 'en' | 'ja'): string {
  const w = WORDS[code];
  const base = w ? w[lang] : sentenceCase(desc);
  if (code === 'STAA' && detail.freeText) return `${base}: ${sentenceCase(detail.freeText.replace(/^STATUS:\s*/i, ''))}`;
  if (detail.refCountry && (code === 'PG25' || code === 'PGFP' || code === 'REG')) return `${base}: ${detail.refCountry}`;
  return base;
}
