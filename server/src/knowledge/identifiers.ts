/**
 * Direct identifiers a shared case note must not carry, and how to recognise them.
 * Sources: the French NIR (numéro d'inscription au répertoire, INSEE) layout and its key
 * (97 − the 13-digit number modulo 97, Corsica's 2A/2B read as 19/18); the ARCEP numbering plan
 * for French phone numbers; the CNIL's list of direct identifiers in health data.
 */

/** Does a 15-digit NIR (spaces removed, 2A/2B allowed) carry a valid key? */
export function nirKeyValid(nir: string): boolean {
  const compact = nir.replace(/\s/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(compact)) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  return 97 - Number(BigInt(body) % 97n) === key;
}

/** Words that follow a title without being a name ('M. le Professeur', 'Dr en médecine'). */
export const NOT_A_NAME = new Set(['Le', 'La', 'Les', 'Un', 'Une', 'De', 'Du', 'Des', 'Et', 'X', 'Y', 'Z', 'N', 'H', 'S']);

export const PLACEHOLDERS = {
  name: '[NOM]',
  nir: '[NIR]',
  phone: '[TÉLÉPHONE]',
  email: '[COURRIEL]',
  birthDate: '[DATE DE NAISSANCE]',
  recordNumber: '[IPP]',
} as const;
