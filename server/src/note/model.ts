/** The note model: the text parsed once, read by every rule. */
import { bindAnalytes, type AnalyteMention } from './analytes.js';
import { findDirectives, type Directive } from './directives.js';
import { buildPatientSegments, statedSex, type PatientProfile, type PatientSegment } from './patient.js';
import { countConventions, scanQuantities, type Conventions, type Quantity } from './quantities.js';
import { findSections, flattenSections, type Section } from './sections.js';
import { parseParagraphs, type Paragraph } from './sentences.js';
import { LineIndex } from './text.js';

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

  constructor(
    readonly text: string,
    private readonly options: { patientSex?: 'homme' | 'femme' } = {},
  ) {
    this.index = new LineIndex(text);
    this.quantities = scanQuantities(text);
    this.sections = findSections(this.index);
    this.directives = findDirectives(text);
  }

  /** The note's patients: one, or one per case of a series, each with its stretch of text (built on first use). */
  get patients(): PatientSegment[] {
    this.patientSegments ??= buildPatientSegments(
      this.text,
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
    this.analyteMap ??= bindAnalytes(this.text, this.index, this.quantities);
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
    let found: Section | undefined;
    for (const s of this.allSections) if (s.range.start <= offset && offset <= s.range.end) found = s;
    return found;
  }

  /** How this note writes its numbers: the author's own convention, against which slips stand out. */
  get conventions(): Conventions {
    this.writingConventions ??= countConventions(this.quantities);
    return this.writingConventions;
  }

  /** Is the line holding `offset` written all in capitals (a typing convention, not a slip)? */
  lineIsUpperCase(offset: number): boolean {
    const text = this.index.lineText(this.index.lineAt(offset));
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 12 && letters === letters.toUpperCase();
  }
}

export type { AnalyteMention, Conventions, Directive, Paragraph, Quantity, Section };
