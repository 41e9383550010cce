import type { CategoryDefinition, PromptOption } from './config-schema.js';

const days = (en: string, es: string): PromptOption => ({ value: en.toLowerCase().replace(/\W+/g, '-'), label: { en, es } });

/**
 * The default catalog: the six clinical tasks patients message about in the studied
 * portals, plus "something else". Prompts ask for what a clinician needs to act; only what the
 * care team cannot act without is required (the medicine and the pharmacy for a refill, the
 * problem for a question). The rest is asked, and named again on review if left empty.
 */
export const DEFAULT_CATEGORIES: CategoryDefinition[] = [
  {
    id: 'prescription',
    label: { en: 'Prescription or refill', es: 'Receta o resurtido' },
    description: {
      en: 'Ask for a refill or a question about a medicine you take.',
      es: 'Pida un resurtido o haga una pregunta sobre un medicamento que toma.',
    },
    examples: [
      { en: 'I need more of my blood pressure medicine.', es: 'Necesito más de mi medicina para la presión.' },
      { en: 'My pharmacy changed and I need my refill sent there.', es: 'Cambié de farmacia y necesito que envíen mi resurtido allí.' },
    ],
    routeTo: 'pharmacy',
    notice: {
      en: 'For controlled medicines (such as opioids or ADHD medicines), please call the office.',
      es: 'Para medicamentos controlados (como opioides o medicinas para el TDAH), llame a la oficina.',
    },
    prompts: [
      { id: 'medication', kind: 'text', required: true, summarizes: true, label: { en: 'Medicine name', es: 'Nombre del medicamento' }, hint: { en: 'As it is written on the label.', es: 'Como aparece en la etiqueta.' } },
      { id: 'dose', kind: 'text', label: { en: 'Dose or strength', es: 'Dosis o concentración' }, hint: { en: 'For example: 10 mg, once a day.', es: 'Por ejemplo: 10 mg, una vez al día.' } },
      { id: 'pharmacy', kind: 'text', required: true, label: { en: 'Pharmacy', es: 'Farmacia' }, hint: { en: 'Name and street or city.', es: 'Nombre y calle o ciudad.' } },
      { id: 'days-left', kind: 'number', label: { en: 'Days of medicine left', es: 'Días de medicamento que le quedan' } },
    ],
  },
  {
    id: 'medical-question',
    label: { en: 'Non-urgent medical question', es: 'Pregunta médica no urgente' },
    description: {
      en: 'Ask about a symptom or health concern that can wait a few days.',
      es: 'Pregunte sobre un síntoma o problema de salud que puede esperar unos días.',
    },
    examples: [
      { en: 'I have felt tired for two weeks. Should I come in?', es: 'Me siento cansado desde hace dos semanas. ¿Debo ir a consulta?' },
      { en: 'My home blood pressure readings are higher than usual.', es: 'Mi presión en casa está más alta de lo normal.' },
    ],
    routeTo: 'clinician',
    prompts: [
      { id: 'concern', kind: 'textarea', required: true, summarizes: true, label: { en: 'What is going on?', es: '¿Qué le está pasando?' } },
      { id: 'since', kind: 'text', label: { en: 'When did it start?', es: '¿Cuándo empezó?' }, hint: { en: 'For example: 3 days ago.', es: 'Por ejemplo: hace 3 días.' } },
      { id: 'change', kind: 'text', label: { en: 'How has it changed?', es: '¿Cómo ha cambiado?' } },
      { id: 'tried', kind: 'text', label: { en: 'What have you tried?', es: '¿Qué ha probado?' } },
      { id: 'readings', kind: 'text', label: { en: 'Readings, if you have them', es: 'Mediciones, si las tiene' }, hint: { en: 'Blood pressure, blood sugar, temperature or weight.', es: 'Presión, azúcar en la sangre, temperatura o peso.' } },
      { id: 'question', kind: 'text', label: { en: 'Your question', es: 'Su pregunta' }, hint: { en: 'One clear question helps us answer faster.', es: 'Una pregunta clara nos ayuda a responder más rápido.' } },
    ],
  },
  {
    id: 'test-results',
    label: { en: 'Test results', es: 'Resultados de pruebas' },
    description: {
      en: 'Ask about a lab test, scan or other result.',
      es: 'Pregunte sobre un análisis, una imagen u otro resultado.',
    },
    examples: [
      { en: 'What does my cholesterol result mean?', es: '¿Qué significa mi resultado de colesterol?' },
      { en: 'I had an X-ray last week and have not heard back.', es: 'Me hicieron una radiografía la semana pasada y no sé el resultado.' },
    ],
    routeTo: 'clinician',
    prompts: [
      { id: 'test', kind: 'text', required: true, summarizes: true, label: { en: 'Which test?', es: '¿Qué prueba?' } },
      { id: 'test-date', kind: 'date', label: { en: 'When was it done?', es: '¿Cuándo se la hicieron?' } },
      { id: 'question', kind: 'textarea', required: true, label: { en: 'Your question', es: 'Su pregunta' } },
    ],
  },
  {
    id: 'scheduling',
    label: { en: 'Appointments', es: 'Citas' },
    description: {
      en: 'Make, change or cancel a visit.',
      es: 'Hacer, cambiar o cancelar una cita.',
    },
    examples: [
      { en: 'I need to move my visit next Tuesday.', es: 'Necesito cambiar mi cita del próximo martes.' },
      { en: 'I would like a yearly check-up.', es: 'Quisiera mi chequeo anual.' },
    ],
    routeTo: 'scheduling',
    prompts: [
      {
        id: 'visit-type', kind: 'select', required: true, summarizes: true, label: { en: 'What do you need?', es: '¿Qué necesita?' },
        options: [
          { value: 'new', label: { en: 'A new visit', es: 'Una cita nueva' } },
          { value: 'change', label: { en: 'Change a visit', es: 'Cambiar una cita' } },
          { value: 'cancel', label: { en: 'Cancel a visit', es: 'Cancelar una cita' } },
        ],
      },
      { id: 'reason', kind: 'text', label: { en: 'Reason for the visit', es: 'Motivo de la cita' } },
      {
        id: 'preferred-days', kind: 'select', label: { en: 'Best days for you', es: 'Mejores días para usted' },
        options: [days('Weekdays', 'Entre semana'), days('Mornings', 'Por las mañanas'), days('Afternoons', 'Por las tardes'), days('Any time', 'Cualquier momento')],
      },
      { id: 'times', kind: 'text', label: { en: 'Dates or times that work', es: 'Fechas u horas que le convienen' } },
    ],
  },
  {
    id: 'referral',
    label: { en: 'Referral', es: 'Referencia a especialista' },
    description: {
      en: 'Ask to see a specialist or about a referral you have.',
      es: 'Pida ver a un especialista o pregunte por una referencia.',
    },
    examples: [
      { en: 'I would like to see a skin doctor about a mole.', es: 'Quisiera ver a un dermatólogo por un lunar.' },
      { en: 'My insurance needs a new referral for physical therapy.', es: 'Mi seguro necesita una nueva referencia para terapia física.' },
    ],
    routeTo: 'referrals',
    prompts: [
      { id: 'specialty', kind: 'text', required: true, summarizes: true, label: { en: 'Which kind of specialist?', es: '¿Qué tipo de especialista?' } },
      { id: 'reason', kind: 'textarea', required: true, label: { en: 'Why do you need to see them?', es: '¿Por qué necesita verlo?' } },
      {
        id: 'seen-before', kind: 'select', label: { en: 'Is this a new problem?', es: '¿Es un problema nuevo?' },
        options: [
          { value: 'new', label: { en: 'Yes, it is new', es: 'Sí, es nuevo' } },
          { value: 'seen-before', label: { en: 'No, a specialist has seen it before', es: 'No, ya lo vio un especialista' } },
        ],
      },
    ],
  },
  {
    id: 'follow-up',
    label: { en: 'Visit follow-up', es: 'Seguimiento de una consulta' },
    description: {
      en: 'Give an update or ask a question after a recent visit.',
      es: 'Dé noticias o haga una pregunta después de una consulta reciente.',
    },
    examples: [
      { en: 'My readings since I started the new medicine.', es: 'Mis mediciones desde que empecé la medicina nueva.' },
      { en: 'A question about the plan from my last visit.', es: 'Una pregunta sobre el plan de mi última consulta.' },
    ],
    routeTo: 'clinician',
    prompts: [
      { id: 'visit', kind: 'text', required: true, summarizes: true, label: { en: 'Which visit?', es: '¿Qué consulta?' }, hint: { en: 'Date or doctor’s name.', es: 'Fecha o nombre del médico.' } },
      { id: 'update', kind: 'textarea', required: true, label: { en: 'What has changed since then?', es: '¿Qué ha cambiado desde entonces?' } },
      { id: 'readings', kind: 'text', label: { en: 'Readings, if you have them', es: 'Mediciones, si las tiene' } },
    ],
  },
  {
    id: 'other',
    label: { en: 'Something else', es: 'Otro asunto' },
    description: {
      en: 'Billing, forms, letters or anything not listed.',
      es: 'Facturas, formularios, cartas u otro asunto.',
    },
    examples: [
      { en: 'I need a form filled out for work.', es: 'Necesito que llenen un formulario para mi trabajo.' },
      { en: 'A question about my bill.', es: 'Una pregunta sobre mi factura.' },
    ],
    routeTo: 'staff',
    prompts: [{ id: 'topic', kind: 'text', required: true, summarizes: true, label: { en: 'What is it about?', es: '¿De qué se trata?' } }],
  },
];
