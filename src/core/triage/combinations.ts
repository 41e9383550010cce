/**
 * Red flags made of two facts, anywhere in the message and in any order: a baby's age and a
 * fever, weeks of pregnancy and bleeding or belly pain, days after giving birth and clots, black
 * stool and dizziness. Each fact is a concept found by the rules (and so already checked for
 * negation, the past and hypotheticals) or by an extractor (`readings.ts`).
 */
import type { UrgencyFindingId } from './findings.js';
import type { ConceptId } from './types.js';

/** Where a concept or finding was found, in normalised text. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** A finding that needs every concept of one of its `needs` lists. */
interface Combination {
  readonly finding: UrgencyFindingId;
  readonly needs: readonly (readonly (ConceptId | 'young-baby')[])[];
  /** A lesser finding it says better, which then goes ("fever in a baby" once the age makes it an emergency). */
  readonly replaces?: UrgencyFindingId;
}

/** A baby younger than this many days with a fever is an emergency (not a same-day call). */
export const YOUNG_BABY_DAYS = 90;

const COMBINATIONS: readonly Combination[] = [
  { finding: 'newborn-fever', needs: [['young-baby', 'fever']], replaces: 'infant-fever' },
  { finding: 'pregnancy-bleeding', needs: [['pregnant', 'bleeding']] },
  { finding: 'after-birth-bleeding', needs: [['after-birth', 'heavy-flow']] },
  { finding: 'baby-moving-less', needs: [['pregnant', 'baby-still']] },
  {
    finding: 'pregnancy-warning',
    needs: [
      ['pregnant', 'belly-pain'],
      ['pregnant', 'bad-headache'],
      ['pregnant', 'vision-change'],
      ['after-birth', 'bad-headache'],
      ['after-birth', 'vision-change'],
      ['pregnant', 'elevated-pressure'],
      ['after-birth', 'elevated-pressure'],
      ['pregnant', 'waters-broke'],
    ],
  },
  {
    finding: 'serious-injury',
    needs: [
      ['head-hit', 'blood-thinner'],
      ['head-hit', 'head-injury-sign'],
    ],
  },
  {
    finding: 'sepsis-signs',
    needs: [
      ['fever', 'confusion'],
      ['fever', 'stiff-neck'],
      ['fever', 'purple-rash'],
      ['fever', 'chemo'],
    ],
  },
  { finding: 'allergic-reaction', needs: [['hives', 'wheeze']] },
  // A heart attack without the words: the arm, jaw or upper belly with a cold sweat.
  { finding: 'heart-attack', needs: [['heart-spread', 'cold-sweat']] },
  { finding: 'black-stool-bleeding', needs: [['black-stool', 'dizzy-weak']] },
  // Veiled crisis: a way to die at hand, a goodbye, and despair, any two of the three.
  {
    finding: 'crisis-signs',
    needs: [
      ['lethal-means', 'farewell'],
      ['lethal-means', 'distress'],
      ['farewell', 'distress'],
      ['giving-away', 'farewell'],
      ['giving-away', 'distress'],
      ['giving-away', 'lethal-means'],
    ],
  },
  {
    finding: 'very-high-blood-pressure',
    needs: [
      ['very-high-pressure-words', 'bad-headache'],
      ['very-high-pressure-words', 'vision-change'],
      ['very-high-pressure-words', 'dizzy-weak'],
      ['elevated-pressure', 'bad-headache'],
      ['elevated-pressure', 'vision-change'],
      ['elevated-pressure', 'confusion'],
    ],
  },
];

/**
 * The findings that the concepts found make together; each is placed on the span of the concept
 * found last, so the notice points at the second fact.
 */
export function combine(concepts: ReadonlyMap<string, Span>): Map<UrgencyFindingId, { span: Span; replaces: UrgencyFindingId | undefined }> {
  const found = new Map<UrgencyFindingId, { span: Span; replaces: UrgencyFindingId | undefined }>();
  for (const { finding, needs, replaces } of COMBINATIONS) {
    for (const all of needs) {
      const spans = all.map((id) => concepts.get(id));
      if (spans.some((s) => s === undefined)) continue;
      const last = (spans as Span[]).reduce((a, b) => (b.from > a.from ? b : a));
      found.set(finding, { span: last, replaces });
      break;
    }
  }
  return found;
}
