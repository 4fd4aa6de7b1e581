/** How unit rules quote numbers and units back to the clinician. */
import type { NumberToken, Quantity, UnitToken } from '../../note/quantities.js';

/** French guillemets with no-break spaces. */
export const q = (s: string) => `«\u00a0${s}\u00a0»`;

/** A number as French writes it: decimal comma ('2,5'), as typed otherwise. */
export function frenchNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6).replace('.', ',');
}

export function numberAndUnit(n: NumberToken, unit: UnitToken): string {
  return `${n.text} ${unit.canonical}`;
}

export function quantityText(text: string, quantity: Quantity): string {
  return text.slice(quantity.range.start, quantity.range.end);
}
