/** The note model: the text parsed once, read by every rule. */
import { glossaryWith, type Glossary, type GlossaryEntry } from '../knowledge/glossary.js';
import { bindAnalytes, type AnalyteMention } from './analytes.js';
import { findDates, frontMatterDate, type DateMention } from './dates.js';
import { findDirectives, type Directive } from './directives.js';
import { buildPatientSegments, statedSex, type PatientProfile, type PatientSegment } from './patient.js';
import { countConventions, scanQuantities, type Conventions, type Quantity } from './quantities.js';
import { findSections, flattenSections, type Section } from './sections.js';
import { parseParagraphs, type Paragraph } from './sentences.js';
import { findTimeExpressions, type TimeExpression } from './timex.js';
import { findWordsWithCapital, type WrittenWord } from './terms.js';
import { foldSameLength, isLetter, LineIndex } from './text.js';

export class NoteModel {
  readonly index: LineIndex;
  readonly quantities: Quantity[];
  readonly sections: Section[];
  readonly directives: Directive[];
  private patientSegments?: PatientSegment[];
  private analyteMap?: Map<Quantity, AnalyteMention>;
  private paragraphList?: Paragraph[];
  private flatSections?: Section[];
  private writingConventions?: Conventions;
  private lowered?: string;
  private folded?: string;
  private dateList?: DateMention[];
  private timexList?: TimeExpression[];
  private capitalWords?: WrittenWord[];
  private readonly upperCaseLines = new Map<number, boolean>();

  constructor(
    readonly text: string,
    private readonly options: { patientSex?: 'homme' | 'femme'; referenceDate?: string; glossary?: GlossaryEntry[]; dictionary?: string[] } = {},
  ) {
    this.index = new LineIndex(text);
    this.quantities = scanQuantities(text);
    this.sections = findSections(this.index);
    this.directives = findDirectives(text);
  }

  /** The workspace's own words (.clinlint/dictionnaire.txt), for the spell check. */
  get userDictionary(): string[] | undefined {
    return this.options.dictionary;
  }

  /** The built-in glossary with the workspace's entries over it. */
  get glossary(): Glossary {
    return glossaryWith(this.options.glossary);
  }

  /**
   * The words with a capital ('IR', 'HbA1c', 'TEP-TDM', 'Durand'), hyphenated ones whole, in text
   * order: where abbreviations are looked for (read once for every rule that looks).
   */
  get wordsWithCapital(): WrittenWord[] {
    this.capitalWords ??= findWordsWithCapital(this.text);
    return this.capitalWords;
  }

  /** Absolute dates, in order (found on first use). */
  get dates(): DateMention[] {
    this.dateList ??= findDates(this.text, this.lowerText);
    return this.dateList;
  }

  /** Every time expression (dates, durations, relative dates resolved against their anchor), in order. */
  get timeExpressions(): TimeExpression[] {
    this.timexList ??= findTimeExpressions(this.text, this.lowerText, this.dates, this.referenceDate);
    return this.timexList;
  }

  /** The day the note was written: a 'date:' front-matter line, else the configured date; undefined if neither. */
  get referenceDate(): Date | undefined {
    const configured = this.options.referenceDate ? new Date(`${this.options.referenceDate}T00:00:00Z`) : undefined;
    return frontMatterDate(this.text) ?? (configured && !Number.isNaN(configured.getTime()) ? configured : undefined);
  }

  /** The note's patients: one, or one per case of a series, each with its stretch of text (built on first use). */
  get patients(): PatientSegment[] {
    this.patientSegments ??= buildPatientSegments(
      this.text,
      this.lowerText,
      (offset) => this.sectionAt(offset)?.kind === 'antecedents-familiaux',
      statedSex(this.text, this.options.patientSex),
    );
    return this.patientSegments;
  }

  /** The (first) patient: sex with its evidence, ages. */
  get patient(): PatientProfile {
    return this.patients[0].profile;
  }

  /** What a quantity measures, when the words before it say so. */
  analyteOf(q: Quantity): AnalyteMention | undefined {
    this.analyteMap ??= bindAnalytes(this, this.quantities);
    return this.analyteMap.get(q);
  }

  /** Paragraphs with their sentences and words (parsed on first use). */
  get paragraphs(): Paragraph[] {
    this.paragraphList ??= parseParagraphs(this.index);
    return this.paragraphList;
  }

  /** Every section and subsection, depth first. */
  get allSections(): Section[] {
    this.flatSections ??= flattenSections(this.sections);
    return this.flatSections;
  }

  /** The innermost section holding an offset. */
  sectionAt(offset: number): Section | undefined {
    // Sections are in document order, each after its parent: the innermost one holding the offset
    // is the last that starts at or before it and still holds it (binary search, then walk back).
    const all = this.allSections;
    let lo = 0;
    let hi = all.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].range.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = last; i >= 0; i--) if (all[i].range.end >= offset) return all[i];
    return undefined;
  }

  /**
   * The text in lower case, offsets unchanged (the text itself where lower-casing would shift
   * them). Case-insensitive Unicode regexes are several times slower in V8: match this instead.
   */
  get lowerText(): string {
    if (this.lowered === undefined) {
      const lower = this.text.toLowerCase();
      this.lowered = lower.length === this.text.length ? lower : this.text;
    }
    return this.lowered;
  }

  /**
   * A stretch of the text in lower case without accents, offsets unchanged: for matching
   * vocabulary ('hemoglobine'). The whole text is folded once, on first use: rules read stretches
   * before every quantity and abbreviation, some from the start of the note.
   */
  foldedSlice(start: number, end: number): string {
    this.folded ??= foldSameLength(this.lowerText);
    return this.folded.slice(start, end);
  }

  /** How this note writes its numbers: the author's own convention, against which slips stand out. */
  get conventions(): Conventions {
    this.writingConventions ??= countConventions(this.quantities);
    return this.writingConventions;
  }

  /** Is the line holding `offset` written all in capitals (a typing convention, not a slip)? */
  lineIsUpperCase(offset: number): boolean {
    // Once per line: asked for each unit of a long line, the answer cost the line's length each time.
    const line = this.index.lineAt(offset);
    let upper = this.upperCaseLines.get(line);
    if (upper === undefined) {
      upper = isUpperCaseText(this.index.lineText(line));
      this.upperCaseLines.set(line, upper);
    }
    return upper;
  }
}

export type { TimeExpression };
export type { AnalyteMention, Conventions, Directive, Paragraph, Quantity, Section };

/** Twelve letters or more and none in lower case (read until the first lower-case letter: most lines stop at once). */
function isUpperCaseText(line: string): boolean {
  let letters = 0;
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false;
      if (code >= 0x41 && code <= 0x5a) letters++;
    } else if (isLetter(ch)) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 12;
}
