/** How rules quote the note's words and numbers back to the clinician, in French typography. */

/** French guillemets with no-break spaces. */
export const q = (s: string) => `«\u00a0${s}\u00a0»`;

/** A number as French writes it: decimal comma ('2,5'), as typed otherwise. */
export function frenchNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6).replace('.', ',');
}
