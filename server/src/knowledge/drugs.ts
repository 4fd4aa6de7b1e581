/**
 * Drugs: INN (DCI) and French brand names with their ATC code and class, from drugs/*.json
 * (schemas/drugs.schema.json; the file names its sources).
 */
import medicaments from './drugs/medicaments.json' with { type: 'json' };
import { fold } from '../note/text.js';

export interface Drug {
  inn: string;
  variants?: string[];
  brands?: string[];
  atc: string[];
  class: string;
}

export interface DrugFile {
  source: string;
  entries: Drug[];
}

export const DRUG_FILES: Record<string, DrugFile> = {
  'medicaments.json': medicaments as DrugFile,
};

/** Every name of a drug: INN, variants, brands. */
export function namesOf(drug: Drug): string[] {
  return [drug.inn, ...(drug.variants ?? []), ...(drug.brands ?? [])];
}

let byName: Map<string, Drug> | undefined;

/** Drugs by folded name (INN, variant or brand), indexed on first use. */
export function drugsByName(): Map<string, Drug> {
  if (!byName) {
    byName = new Map();
    for (const file of Object.values(DRUG_FILES)) for (const drug of file.entries) for (const name of namesOf(drug)) byName.set(fold(name), drug);
  }
  return byName;
}

export function findDrug(written: string): Drug | undefined {
  return drugsByName().get(fold(written.trim()));
}

/**
 * Every word of every drug name, lower-cased, with and without its accents: prescriptions often
 * write 'docetaxel' (for the spell check).
 */
export function drugWords(): Set<string> {
  const words = new Set<string>();
  for (const file of Object.values(DRUG_FILES)) {
    for (const drug of file.entries) {
      for (const name of namesOf(drug)) {
        for (const w of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
          if (!w) continue;
          words.add(w);
          words.add(w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
        }
      }
    }
  }
  return words;
}
