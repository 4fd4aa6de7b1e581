/** What the note says about its patient. Filled by the patient-profile issue; present now so rules can read it. */
import type { Range } from '../findings.js';

export type Sex = 'male' | 'female';

export interface Evidence<T> {
  value: T;
  range: Range;
}

export interface PatientProfile {
  sex?: Sex;
  /** 0 (no cue) to 1 (explicit). */
  sexConfidence: number;
  sexEvidence: Evidence<Sex>[];
  ages: Evidence<number>[];
}

export function emptyPatient(): PatientProfile {
  return { sexConfidence: 0, sexEvidence: [], ages: [] };
}
