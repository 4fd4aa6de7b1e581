/** Hover: what a quantity or a date means once normalised, what a term or a drug is. */
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { convert } from '../knowledge/conversions.js';
import { isAbbreviation, rankSenses, type Category, type Glossary, type Sense } from '../knowledge/glossary.js';
import type { NoteModel } from '../note/model.js';
import { mayBeThousands, type NumberToken, type Quantity } from '../note/quantities.js';
import { termAt } from '../note/terms.js';
import { fold } from '../note/text.js';
import { frenchNumber, q } from '../rules/format.js';
import { toRange } from './convert.js';

/** A number's value in French; both readings of a dose's '1,500' (unit/ambiguous-separator). */
function readings(model: NoteModel, quantity: Quantity, n: NumberToken): string {
  return ambiguous(model, quantity, n) ? `${frenchNumber(n.value)} ou ${frenchNumber(n.thousands!)}` : frenchNumber(n.value);
}

function ambiguous(model: NoteModel, quantity: Quantity, n: NumberToken): boolean {
  return mayBeThousands(quantity, n) && model.isDose(quantity);
}

/** Said after the values when one of them has two readings. */
function ambiguityNote(model: NoteModel, quantity: Quantity): string {
  return quantity.numbers.some((n) => ambiguous(model, quantity, n)) ? ' — séparateur ambigu : décimale ou milliers' : '';
}

export function quantityHover(doc: TextDocument, model: NoteModel, offset: number): Hover | undefined {
  const q = model.quantities.find((x) => x.range.start <= offset && offset <= x.range.end);
  if (!q || !q.unit.known) return undefined;
  const written = model.text.slice(q.range.start, q.range.end);
  const values = q.numbers.map((n) => readings(model, q, n)).join(q.kind === 'ratio' ? '/' : q.kind === 'size' ? ' × ' : ' à ');
  const lines = [`**${written}**`, '', `Valeur normalisée : ${values} ${q.unit.canonical}${ambiguityNote(model, q)}`];
  if (q.unit.ucum) lines.push(`Code UCUM : \`${q.unit.ucum}\``);
  const mention = model.analyteOf(q);
  if (mention) {
    lines.push(`Mesure : ${mention.analyte.label}`);
    // 'leucocytes 12 g/L': read in the unit meant.
    const unit = mention.caseSlipFor ?? q.unit.canonical;
    if (mention.caseSlipFor) lines.push(`Unité voulue : ${unit} (« ${q.unit.text} » se lit grammes par litre)`);
    for (const other of mention.analyte.bounds) {
      if (other.unit === unit || q.kind === 'ratio') continue;
      const converted = q.numbers.map((n) => convert(n.value, unit, other.unit, mention.analyte.id));
      if (converted.every((v) => v !== undefined)) {
        lines.push(`Soit : ${converted.map((v) => frenchNumber(Math.round(v! * 100) / 100)).join(' à ')} ${other.unit}`);
      }
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('  \n') }, range: toRange(doc, q.range) };
}

const PRECISION_LABEL: Record<string, string> = { day: 'au jour', month: 'au mois', year: "à l'année" };
const UNIT_LABEL: Record<string, [string, string]> = {
  Y: ['an', 'ans'], M: ['mois', 'mois'], W: ['semaine', 'semaines'], D: ['jour', 'jours'], H: ['heure', 'heures'], MIN: ['minute', 'minutes'],
};

/** A time expression's normalised value and, for a relative date, what it was resolved from. */
export function dateHover(doc: TextDocument, model: NoteModel, offset: number): Hover | undefined {
  // The innermost expression: a range's end rather than the whole range.
  const e = model.timeExpressions
    .filter((x) => x.range.start <= offset && offset <= x.range.end)
    .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start))[0];
  if (!e) return undefined;
  const lines = [`**${e.text}**`, ''];
  const length = (o: NonNullable<typeof e.offset>) => {
    const [one, many] = UNIT_LABEL[o.unit];
    const main = o.amount === undefined ? `quelques ${many}` : `${frenchNumber(o.amount)} ${o.amount > 1 ? many : one}`;
    return o.extra ? `${main} et ${frenchNumber(o.extra.amount)} ${o.extra.amount > 1 ? UNIT_LABEL[o.extra.unit][1] : UNIT_LABEL[o.extra.unit][0]}` : main;
  };
  if (e.kind === 'date' && e.date) {
    lines.push(e.value ? `Date : ${e.value} (${PRECISION_LABEL[e.date.precision]})` : "Date impossible : ce jour n'existe pas.");
  } else if (e.kind === 'range' && e.ends) {
    lines.push(`Période : de ${e.ends[0].value ?? q(e.ends[0].text)} à ${e.ends[1].value ?? q(e.ends[1].text)}`);
  } else if (e.kind === 'duration' && e.offset) {
    lines.push(`Durée : ${length(e.offset)} (\`${e.value}\`)`);
  } else if (e.kind === 'relative') {
    const way = e.direction === -1 ? 'avant' : 'après';
    const gap = e.offset && e.offset.amount ? `${length(e.offset)} ${way} ` : '';
    if (e.value && e.anchor === 'reference') lines.push(`Date relative : ${gap}le jour de rédaction de la note → ${e.value}`);
    else if (e.value && e.anchor && e.anchor !== 'reference') lines.push(`Date relative : ${gap}${q(e.anchor.text)} → ${e.value}`);
    else if (e.eventRelative) lines.push(`Date comptée depuis un événement du soin (début du traitement, admission, grossesse)${e.offset?.amount !== undefined ? ` : ${length(e.offset)} ${way}` : ''} ; non datée dans la note.`);
    else if (e.fromReference) lines.push("Date comptée depuis le jour de rédaction, que la note ne donne pas (en-tête « date: AAAA-MM-JJ »).");
    else lines.push('Date relative : aucune date avant elle dans la note pour la situer.');
  }
  return { contents: { kind: 'markdown', value: lines.join('  \n') }, range: toRange(doc, e.range) };
}

const CATEGORY_LABEL: Record<Category, string> = {
  anatomie: 'anatomie', maladie: 'maladie', signe: 'signe ou symptôme', examen: 'examen', biologie: 'biologie',
  acte: 'acte ou geste', traitement: 'traitement', score: 'score ou classification', organisation: 'organisation des soins',
};

/**
 * A glossary term (expansion, definition, category; every sense of an ambiguous abbreviation, the
 * likelier first given the note's words) or a drug (class, ATC code, the dose written after it).
 */
export function termHover(doc: TextDocument, model: NoteModel, offset: number, glossary: Glossary): Hover | undefined {
  const match = termAt(model.text, offset, glossary);
  if (!match) return undefined;
  const lines: string[] = [];
  if (match.entry) {
    const entry = match.entry;
    const senses = entry.senses.length > 1 ? rankSenses(entry, model.foldedSlice(0, model.text.length)).map((r) => r.sense) : entry.senses;
    const english = (s: Sense) => (s.english ? ` (anglais : ${s.english})` : '');
    if (senses.length === 1) {
      const [s] = senses;
      lines.push(`**${match.text}**${s.expansion ? ` — ${s.expansion}` : ''}${english(s)}`, '', s.definition);
    } else {
      lines.push(`**${match.text}** — ${isAbbreviation(entry.term) ? 'abréviation ambiguë' : 'terme à plusieurs sens'}, ${senses.length} sens (le plus probable ici d'abord) :`, '');
      senses.forEach((s, i) => lines.push(`${i + 1}. ${s.expansion ? `**${s.expansion}**${english(s)} : ` : ''}${s.definition}`));
    }
    lines.push('', `*Catégorie : ${CATEGORY_LABEL[entry.category]}*`);
  } else {
    const drug = match.drug!;
    lines.push(`**${match.text}**${fold(match.text) !== fold(drug.inn) ? ` (${drug.inn})` : ''} — ${drug.class}`, '', `Code ATC : ${drug.atc.join(', ')}`);
    const dose = doseAfter(model, match.range.end);
    if (dose) {
      const written = model.text.slice(dose.range.start, dose.range.end);
      const values = dose.numbers.map((n) => readings(model, dose, n)).join(dose.kind === 'range' ? ' à ' : ' ; ');
      lines.push(`Dose dans la note : ${q(written)}, soit ${values} ${dose.unit.canonical}${dose.unit.ucum ? ` (UCUM \`${dose.unit.ucum}\`)` : ''}${ambiguityNote(model, dose)}`);
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('  \n') }, range: toRange(doc, match.range) };
}

/** The dose written just after a drug name ('imatinib 400 mg/j', 'imatinib à la dose de 400 mg'), on its line. */
function doseAfter(model: NoteModel, end: number) {
  const lineEnd = model.text.indexOf('\n', end);
  const limit = Math.min(end + 40, lineEnd < 0 ? model.text.length : lineEnd);
  return model.quantities.find((x) => x.range.start >= end && x.range.start <= limit && x.unit.known && x.unit.parts[0]?.atom.dose && !x.unit.parts[0].denominator);
}
