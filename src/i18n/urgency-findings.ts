import type { UrgencyFindingId } from '../core/triage/index.js';
import { formatList } from './index.js';

/**
 * Plain-language names of what the urgency check noticed, for an inline notice such as
 * "We noticed: chest pain" / "Notamos: dolor en el pecho". Lower case, so they read well after a
 * colon or in a list; written for a patient, not a clinician.
 */
export const findingNames: Record<'en' | 'es', Record<UrgencyFindingId, string>> = {
  en: {
    'chest-pain': 'chest pain or pressure',
    'heart-attack': 'signs of a heart attack',
    'trouble-breathing': 'trouble breathing',
    'stroke-signs': 'signs of a stroke',
    fainting: 'fainting or passing out',
    seizure: 'a seizure',
    'severe-bleeding': 'heavy bleeding',
    'coughing-vomiting-blood': 'coughing or throwing up blood',
    'allergic-reaction': 'a serious allergic reaction or swelling',
    'overdose-poisoning': 'an overdose or poisoning',
    'severe-headache': 'a sudden, very bad headache',
    'blood-sugar-extreme': 'very low or very high blood sugar',
    'pregnancy-bleeding': 'bleeding during pregnancy',
    unresponsive: 'someone who will not wake up or respond',
    'serious-injury': 'a serious injury',
    'very-high-blood-pressure': 'blood pressure far too high or too low',
    'low-oxygen': 'a low oxygen level',
    'heart-rate-extreme': 'a very fast or very slow heartbeat',
    'newborn-fever': 'fever in a baby younger than 3 months',
    'pregnancy-warning': 'bad belly pain, a bad headache or trouble seeing during or just after pregnancy',
    'baby-moving-less': 'a baby moving less, or not at all, late in pregnancy',
    'baby-dehydration': 'a baby with a sunken soft spot (a sign of dehydration)',
    'after-birth-bleeding': 'heavy bleeding after giving birth',
    'black-stool-bleeding': 'black or bloody stool with dizziness or weakness',
    'sepsis-signs': 'a fever with confusion, a stiff neck, a purple rash or during cancer treatment',
    'testicle-pain': 'sudden, very bad pain or swelling in a testicle',
    'emergency-signs': 'words that often describe an emergency',
    'suicidal-thoughts': 'thoughts of suicide or of wanting to die',
    'self-harm': 'thoughts of hurting yourself',
    'overdose-plan': 'a plan to take too many pills',
    'someone-else-suicidal': 'someone who talks about ending their life',
    'crisis-signs': 'words that can mean thoughts of ending your life',
    'high-fever': 'a high fever',
    'infant-fever': 'fever in a baby',
    'spreading-infection': 'signs of an infection that is spreading',
    'cant-keep-fluids': 'not keeping fluids down',
    'severe-pain': 'new, very bad pain',
  },
  es: {
    'chest-pain': 'dolor o presión en el pecho',
    'heart-attack': 'señales de un infarto',
    'trouble-breathing': 'dificultad para respirar',
    'stroke-signs': 'señales de un derrame cerebral',
    fainting: 'desmayo o pérdida del conocimiento',
    seizure: 'una convulsión',
    'severe-bleeding': 'sangrado abundante',
    'coughing-vomiting-blood': 'tos o vómito con sangre',
    'allergic-reaction': 'una reacción alérgica grave o hinchazón',
    'overdose-poisoning': 'una sobredosis o intoxicación',
    'severe-headache': 'un dolor de cabeza repentino y muy fuerte',
    'blood-sugar-extreme': 'azúcar en la sangre muy baja o muy alta',
    'pregnancy-bleeding': 'sangrado durante el embarazo',
    unresponsive: 'una persona que no despierta o no responde',
    'serious-injury': 'una lesión grave',
    'very-high-blood-pressure': 'presión muy alta o muy baja',
    'low-oxygen': 'oxígeno bajo',
    'heart-rate-extreme': 'el corazón muy rápido o muy lento',
    'newborn-fever': 'fiebre en un bebé de menos de 3 meses',
    'pregnancy-warning': 'dolor fuerte de vientre, dolor de cabeza fuerte o problemas para ver durante el embarazo o después del parto',
    'baby-moving-less': 'el bebé se mueve menos, o nada, al final del embarazo',
    'baby-dehydration': 'un bebé con la mollera hundida (señal de deshidratación)',
    'after-birth-bleeding': 'sangrado abundante después del parto',
    'black-stool-bleeding': 'heces negras o con sangre con mareo o debilidad',
    'sepsis-signs': 'fiebre con confusión, cuello rígido, manchas moradas o durante un tratamiento contra el cáncer',
    'testicle-pain': 'dolor fuerte o hinchazón repentina en un testículo',
    'emergency-signs': 'palabras que suelen describir una emergencia',
    'suicidal-thoughts': 'pensamientos de suicidio o de querer morir',
    'self-harm': 'pensamientos de hacerse daño',
    'overdose-plan': 'un plan de tomar muchas pastillas',
    'someone-else-suicidal': 'alguien que habla de quitarse la vida',
    'crisis-signs': 'palabras que pueden significar pensamientos de quitarse la vida',
    'high-fever': 'fiebre alta',
    'infant-fever': 'fiebre en un bebé',
    'spreading-infection': 'señales de una infección que se extiende',
    'cant-keep-fluids': 'no poder retener líquidos',
    'severe-pain': 'un dolor nuevo y muy fuerte',
  },
};

/** "chest pain or pressure and trouble breathing": what was noticed, in plain words, as one phrase. */
export function describeFindings(ids: readonly string[], locale: 'en' | 'es'): string {
  const names: Record<string, string> = findingNames[locale];
  return formatList(
    ids.map((id) => names[id] ?? id),
    locale,
  );
}
