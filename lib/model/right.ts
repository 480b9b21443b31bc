/**
 * JP designs and trademarks (issue 17 §4). They are not patent documents: DOCDB has no form for them,
 * so a ref of one carries docdb and epodoc null and names its law and the JPO's own number here —
 * the 10-digit application number (year + 6-digit serial) or the 7-digit registration number.
 */
export type RightLaw = 'design' | 'trademark';

export interface IndustrialRight {
  law: RightLaw;
  number: string;
}

/** A stable identity for keys: `design:2020015234`. */
export const rightId = (right: IndustrialRight): string => `${right.law}:${right.number}`;
