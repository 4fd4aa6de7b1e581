/** Every rule, in the order their findings are computed. */
import { ambiguous } from './abbrev/ambiguous.js';
import { english } from './abbrev/english.js';
import { chronology } from './date/chronology.js';
import { futureDate } from './date/future.js';
import { invalidDate } from './date/invalid.js';
import { missing } from './date/missing.js';
import { unanchoredRelative } from './date/unanchored-relative.js';
import { age } from './patient/age.js';
import { missingReason } from './directive/missing-reason.js';
import { conflictingCues } from './gender/conflicting-cues.js';
import { patientAgreement } from './gender/patient-agreement.js';
import { identifier } from './privacy/identifier.js';
import { sexSpecific } from './gender/sex-specific.js';
import { outOfRange } from './score/out-of-range.js';
import { repeatedWord } from './spelling/repeated-word.js';
import { unknownWord } from './spelling/unknown-word.js';
import type { Rule } from './rule.js';
import { ambiguousSeparator } from './unit/ambiguous-separator.js';
import { unitCase } from './unit/case.js';
import { decimalSeparator } from './unit/decimal-separator.js';
import { dimensions } from './unit/dimensions.js';
import { errorProne } from './unit/error-prone.js';
import { implausible } from './unit/implausible.js';
import { imperial } from './unit/imperial.js';
import { leadingZero } from './unit/leading-zero.js';
import { spacing } from './unit/spacing.js';
import { trailingZero } from './unit/trailing-zero.js';
import { unknown } from './unit/unknown.js';

export const RULES: Rule[] = [
  unknown,
  unitCase,
  spacing,
  decimalSeparator,
  trailingZero,
  ambiguousSeparator,
  leadingZero,
  errorProne,
  imperial,
  dimensions,
  implausible,
  outOfRange,
  patientAgreement,
  sexSpecific,
  conflictingCues,
  invalidDate,
  futureDate,
  chronology,
  unanchoredRelative,
  missing,
  age,
  identifier,
  missingReason,
  ambiguous,
  english,
  unknownWord,
  repeatedWord,
] as Rule[];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
