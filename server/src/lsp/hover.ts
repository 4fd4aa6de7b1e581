/** Hover: what a quantity means once normalised. The glossary issue adds terms here. */
import ucum from '@lhncbc/ucum-lhc';
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NoteModel } from '../note/model.js';
import { frenchNumber } from '../rules/format.js';
import { toRange } from './convert.js';

let utils: ReturnType<typeof ucum.UcumLhcUtils.getInstance> | undefined;

/** UCUM spelling of the units clinlint writes in French. */
const UCUM_OF: Record<string, string> = {
  'g/dL': 'g/dL',
  'g/L': 'g/L',
  'mg/L': 'mg/L',
  'mg/dL': 'mg/dL',
  'µmol/L': 'umol/L',
  'mmol/L': 'mmol/L',
  'G/L': '10*9/L',
  '/mm³': '/mm3',
  '/µL': '/uL',
};

/** Molar masses (g/mol) for mass ↔ molar conversions, from the IUPAC atomic weights. */
const MOLAR_MASS: Record<string, number> = { creatinine: 113.12, glucose: 180.16, hemoglobin: 16114.5 / 4 };

function convert(value: number, from: string, to: string, analyteId: string): number | undefined {
  const a = UCUM_OF[from];
  const b = UCUM_OF[to];
  if (!a || !b) return undefined;
  utils ??= ucum.UcumLhcUtils.getInstance();
  const molarMass = MOLAR_MASS[analyteId];
  const r = molarMass
    ? utils.convertUnitTo(a, value, b, { molecularWeight: molarMass })
    : utils.convertUnitTo(a, value, b);
  return r.status === 'succeeded' && typeof r.toVal === 'number' ? r.toVal : undefined;
}

export function quantityHover(doc: TextDocument, model: NoteModel, offset: number): Hover | undefined {
  const q = model.quantities.find((x) => x.range.start <= offset && offset <= x.range.end);
  if (!q || !q.unit.known) return undefined;
  const written = model.text.slice(q.range.start, q.range.end);
  const values = q.numbers.map((n) => frenchNumber(n.value)).join(q.kind === 'ratio' ? '/' : q.kind === 'size' ? ' × ' : ' à ');
  const lines = [`**${written}**`, '', `Valeur normalisée : ${values} ${q.unit.canonical}`];
  if (q.unit.ucum) lines.push(`Code UCUM : \`${q.unit.ucum}\``);
  const mention = model.analyteOf(q);
  if (mention) {
    lines.push(`Mesure : ${mention.analyte.label}`);
    for (const other of mention.analyte.bounds) {
      if (other.unit === q.unit.canonical || q.kind === 'ratio') continue;
      const converted = q.numbers.map((n) => convert(n.value, q.unit.canonical, other.unit, mention.analyte.id));
      if (converted.every((v) => v !== undefined)) {
        lines.push(`Soit : ${converted.map((v) => frenchNumber(Math.round(v! * 100) / 100)).join(' à ')} ${other.unit}`);
      }
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('  \n') }, range: toRange(doc, q.range) };
}
