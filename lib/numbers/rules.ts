// All detection rules, one list. Each office module owns its patterns (aesthetics §10: rules as data per office).
import { auRules } from './offices/au';
import { caRules } from './offices/ca';
import { cnRules } from './offices/cn';
import { deRules } from './offices/de';
import { depatisRules } from './offices/depatis';
import { epRules } from './offices/ep';
import { frRules } from './offices/fr';
import { gbRules } from './offices/gb';
import { genericRules } from './offices/generic';
import { inRules } from './offices/in';
import { jpRules } from './offices/jp';
import { krRules } from './offices/kr';
import { legacyRules } from './offices/legacy-styles';
import { twRules } from './offices/tw';
import { usRules } from './offices/us';
import { woRules } from './offices/wo';
import type { Rule } from './types';

export const RULES: Rule[] = [
  ...jpRules, ...usRules, ...epRules, ...woRules, ...krRules, ...cnRules, ...twRules,
  ...deRules, ...depatisRules, ...gbRules, ...frRules, ...caRules, ...auRules, ...inRules, ...legacyRules, ...genericRules,
];

/** Two passes: rules whose match starts with an ASCII character (country prefixes, PCT/, "(P", "/DEL/"),
 *  and rules whose match starts with a CJK label, tried only at CJK characters (combine.ts). */
export const LATIN_RULES = RULES.filter((r) => !r.cjk && !r.solo);
export const SOLO_RULES = RULES.filter((r) => r.solo);
export const OTHER_RULES = RULES.filter((r) => r.cjk);
