/**
 * Spanish urgency rules. Patterns run on normalised text (see `normalize.ts`): lower case, no
 * accents or tildes ("respiración" → "respiracion", "niño" → "nino"), no apostrophes, hyphens as
 * spaces, one white-space character between words.
 */
import { anyOf, events, GAP_NEGATION, ifSentence, notLongAgo, rule, unlessSentence } from './rule-helpers.js';
import type { LocaleContext, LocaleRules, MatchScope, UrgencyRule } from './types.js';
import { extremeGlucose, highTemperature } from './values.js';

const R = String.raw;

// ---- word families -------------------------------------------------------------------------
const PECHO = R`(?:pecho|pexo|pechp|pcho|pech|torax|torx|peito)`;
const DOLOR = R`(?:dolor|dolores|dolo|dolr|dlor|doler|dor)`;
const RESPIRAR = R`(?:respirar|respiar|respirrar|resprar|respira|respiro|respirando|respiracion|respirr|respirer|resirar)`;
const LADO = R`(?:izquierd[oa]|isquierd[oa]|derech[oa]|derecha)`;
/** "sangre" that is not a lab test, a blood pressure or a blood sugar. */
const SANGRE = R`(?<!(?:analisis|examen|examenes|prueba|pruebas|estudio|estudios|muestra|muestras|presion|azucar|tipo|grupo|donar|donacion|conteo|nivel|niveles) de )(?:sangre|sangra|sangrado|sangrando)(?! (?:en ayunas|de laboratorio|para (?:el|los) (?:analisis|examen|examenes)))`;
const ACCIDENTE = R`(?! (?:el|la|los|las|mi|mis|un|una|al|con|en|cocinando|afeitando|jugando|trabajando|sin querer|por accidente|mientras|cuando|haciendo|levantando|cargando|pelando|cortando|rasurando|rasurandome|arreglando))`;
const MORIR_IDIOM = R`(?! (?:de (?:la |el )?(?:verguenza|risa|ganas|hambre|sueno|pena|envidia|calor|frio|aburrimiento|amor|nervios|curiosidad|emocion|gusto|cansancio|sed)|con (?:este|esta|el|la|tanto|tanta) (?:calor|frio|trafico|tarea|examen|chamba|humedad)|en paz|tranquil[oa]|en (?:mi|su) casa))`;

// ---- sentence checks used by some rules ------------------------------------------------------
const NO_ICTUS = /\b(?:espalda|ciatica|cadera|rodilla|pie|pies|dedos?|muneca|tunel carpiano|nervio|neuropatia|diabetes|diabetic[oa]|en las noches|por las noches|en la noche|al dormir|dormido|durmiendo|(?:desde hace|por) (?:\w+ )?(?:semanas|meses|anos)|cronic\w*|inyeccion|vacuna|anestesia|dentista)\b/;
const NO_SANGRADO_GRAVE = /\b(?:encias?|cepill\w*|hilo dental|reglas|periodos|cada mes|mis menstruaciones|hemorroides?|almorranas)\b/;
const SINTOMAS_AZUCAR = /\b(?:tembl\w*|sud\w*|confundid[oa]|confusion|marea\w*|mareo|desmay\w*|vomit\w*|somnolient[oa]|adormilad[oa]|no despierta|debil|debilidad|vision borrosa|no se le entiende|raro|rara|sed|orina mucho|convulsi\w*)\b/;
const SINTOMAS_AZUCAR_GRAVES = /\b(?:confundid[oa]|confusion|desmay\w*|no despierta|no responde|convulsi\w*|no se le entiende|vomit\w*|inconsciente)\b/;
/** Pausas al respirar dormido: una pregunta para un estudio del sueño, no una emergencia. */
const APNEA = /\b(?:ronc\w*|apnea|cpap|dormid[oa]|durmiendo|estudio del sueno|en la noche|por la noche|en las noches|mientras duerme)\b/;
const DOLOR_CRONICO = /\b(?:cronic\w*|de siempre|desde hace (?:anos|meses)|como siempre|artritis|fibromialgia|usual|habitual|de costumbre)\b/;
const NO_PERSONA = /\b(?:mensajes?|correos?|llamadas?|portal|pagina|aplicacion|app|telefono|oficina|clinica|farmacia|consultorio|tratamiento|medicamentos?|medicinas?|antibioticos?|doctor|doctora|medico|medica|enfermer[oa]|nadie|sistema|computadora)\b/;

function notAboutMessages(scope: MatchScope): boolean {
  return !NO_PERSONA.test(scope.before) && !NO_PERSONA.test(scope.after);
}

export const ES_RULES: readonly UrgencyRule[] = [
  // ---- emergencia ----------------------------------------------------------------------------
  rule('chest-pain', R`${DOLOR} (?:\w+ ){0,4}?${PECHO}(?! ?(?:rayos x|radiografia|placa))`),
  rule('chest-pain', R`${anyOf('presion', 'precion', 'opresion', 'oprecion', 'apreton', 'peso', 'ardor', 'punzadas?', 'molestias?', 'piquetes?', 'tension', 'apretado', 'dolencia')} (?:\w+ ){0,3}?(?:en|de|del|sobre) (?:el |mi |la |su )?(?:\w+ )?${PECHO}`),
  rule('chest-pain', R`(?:duele|duelen|dolia|dolio|doliendo|arde|aprieta|apretando|apreto|oprime|oprimiendo|pesa|pesando|punza|quema|quemando) (?:\w+ ){0,2}?(?:el |mi |la |su )?${PECHO}`),
  rule('chest-pain', R`(?:piedra|peso|elefante|losa|ladrillo) (?:\w+ ){0,2}?(?:encima|sobre) (?:\w+ ){0,2}?${PECHO}|${PECHO} (?:\w+ ){0,4}?(?:como si tuviera (?:una piedra|un peso)|se me va al brazo|se me pasa al brazo|pal brazo)`),
  rule('chest-pain', R`${PECHO} (?:\w+ ){0,2}?(?:apretado|oprimido|pesado|adolorido|me duele|le duele|duele|me arde|me aprieta)`),
  rule('chest-pain', R`(?:dolor toracico|angina)`),
  ...events(rule('heart-attack', R`(?<!casi (?:me |le |nos )?(?:da|dio|daba|dan|va a dar) (?:un |una )?)(?:infarto|infartando|infartado|ataque (?:al|del) corazon|ataque cardiaco|ataque cardiac[oa]|paro cardiaco|paro cardio\w*|preinfarto)(?! cerebral)`, notLongAgo)),

  rule('trouble-breathing', R`(?:no|casi no|apenas|ya no) (?:puedo|puede|podia|pude|pudo|podemos|puedes|logro|logra|podiamos|(?:he|ha|hemos|han) (?:podido|logrado)) (?:\w+ )?${RESPIRAR}`),
  rule('trouble-breathing', R`(?:no|casi no|apenas|ya no) (?:puedo|puede|podia|pude|pudo|podemos|logro|logra|(?:he|ha|hemos|han) (?:podido|logrado)) (?:agarrar|tomar|jalar|meter|coger|recuperar) (?:el |bien el |suficiente )?(?:aire|aliento)`),
  rule('trouble-breathing', R`(?:cuesta|costaba|cuestra|dificulta|cuesto|costando) (?:mucho |trabajo |muchisimo )?${RESPIRAR}`),
  rule('trouble-breathing', R`(?:dificultad|dificultades|dificulta|problemas?|trabajo|batallo|batalla|batallando) (?:\w+ )?(?:para|al|en la|de|a la hora de) ${RESPIRAR}`),
  rule('trouble-breathing', R`(?:dificultad respiratoria|insuficiencia respiratoria|falta de respiracion|sin poder respirar)`),
  rule('trouble-breathing', R`(?:falta|faltaba|falto|fata|falra|faltando) (?:de |el |la )?(?:aire|respiracion|aliento)`),
  rule('trouble-breathing', R`(?:quedo|queda|quede|quedaba|quedando|quedo) sin (?:aire|aliento)`),
  rule('trouble-breathing', R`(?:ahogo|ahoga|ahogan|ahogando|ahogandome|ahogandose|ahogaba|ahogue)`),
  rule('trouble-breathing', R`(?:labios|unas|dedos|cara|boca|boquita|trompita) (?:\w+ ){0,2}?(?:morad[oa]s?|moradit[oa]s?|azul|azules|azulad[oa]s?)|(?:morad[oa]s?|moradit[oa]s?|azulad[oa]s?) (?:de|en) (?:la |los |su )?(?:boca|boquita|labios|cara|trompita)`),
  rule('trouble-breathing', R`(?:ataque|crisis) (?:de )?asma`),
  rule('trouble-breathing', R`inhalador (?:\w+ ){0,2}?no (?:me |le )?(?:ayuda|funciona|sirve|hace efecto)`),
  rule('trouble-breathing', R`(?:no|dejo de|deja de|dejando de) respira(?:r)?`, unlessSentence(APNEA)),
  rule('trouble-breathing', R`respiracion (?:\w+ )?(?:dificil|agitada|entrecortada|forzada|con mucho esfuerzo)`),
  rule('trouble-breathing', R`asfixi\w*`),
  rule('trouble-breathing', R`(?:ahogarme|ahogarse|ahogandose|ahogadit[oa]|ahogad[oa])`),
  rule('trouble-breathing', R`(?:se (?:le|me) (?:hunde|hunden|marcan|marca|jala|jalan|sume|sumen)) (?:\w+ ){0,4}?(?:costillas|costillitas|cuello|huequito|pecho|pancita|panza|barriga)`),
  rule('trouble-breathing', R`(?:ruido como de foca|tos de perro|le silba el pecho|me silba el pecho|silbido en el pecho|(?:quejido|quejando|pujando) (?:\w+ ){0,2}?(?:al respirar|cuando respira))`),
  rule('trouble-breathing', R`(?:respira|respirando|respiracion) (?:\w+ ){0,2}?(?:rapidisimo|rapidito|muy rapido|bien rapido|muy lento|bien lento|muy despacio|con ruido|agitad\w*|hondo y rapido|rapido y hondo)`, unlessSentence(/\b(?:ansiedad|panico|nervios|ejercicio|correr|corriendo)\b/)),
  rule('trouble-breathing', R`(?:no puedo|no puede) (?:acostarme|acostarse) (?:\w+ ){0,2}?(?:sin (?:ahogarme|ahogarse)|porque (?:me ahogo|se ahoga|me falta el aire|le falta el aire))|(?:tengo|tiene) que dormir sentad[oa] (?:\w+ ){0,3}?(?:ahog\w*|aire)|espuma (?:rosada|rosadita|rosa|rosita|rosado|color rosa)|no (?:puede|puedo) (?:tragar|pasar) (?:ni )?(?:la )?saliva`),

  rule('stroke-signs', R`(?:cara|boca|sonrisa|labio|parpado|rostro) (?:\w+ ){0,3}?(?:caid[oa]|chuec[oa]|torcid[oa]|torci[oa]|de lado|paralizad[oa]|colgad[oa]|ladead[oa]|desviad[oa]|jalad[oa])`),
  rule('stroke-signs', R`(?:habla|hablando|habla como) (?:\w+ ){0,2}?(?:enredad[oa]|enreda[oa]|trabad[oa]|trabando|raro|rara|arrastrando)|(?:dificultad|problemas?) para (?:articular|hablar|pronunciar)|no (?:me |le )?(?:puede|puedo) (?:apretar|agarrar|levantar|mover) (?:\w+ ){0,2}?(?:la mano|el brazo|la pierna|el vaso|la taza)`),
  rule('stroke-signs', R`(?:debilidad|fuerza) (?:\w+ ){0,3}?(?:en )?(?:el brazo y la pierna|la pierna y el brazo|brazo y pierna|un lado)|(?:se me|se le) (?:nublo|fue|apago) (?:\w+ ){0,2}?(?:la vista|el ojo|la vision|todo del ojo)|(?:mano|brazo|cara|pierna) (?:\w+ ){0,2}?${LADO} (?:\w+ ){0,2}?dormid[oa]`),
  rule('stroke-signs', R`(?:cayo|cae|cayendo|caia|callo|torcio|tuerce) (?:\w+ ){0,2}?(?:lado de (?:la|su|mi) )?(?:cara|boca)`),
  rule(
    'stroke-signs',
    R`(?:debilidad|entumecimiento|entumid[oa]|adormecimiento|adormecid[oa]|dormid[oa]|paralisis|paralizad[oa]|sin fuerza|no (?:puedo|puede) mover|no siento|no siente) (?:\w+ ){0,3}?(?:(?:el |la |del |de la |de |en el |en la )?(?:brazo|pierna|lado|cuerpo|cara|mitad) (?:\w+ )?${LADO}|un lado|(?:la )?mitad del cuerpo)`,
    unlessSentence(NO_ICTUS),
  ),
  rule('stroke-signs', R`(?<=\bse (?:me|le) )(?:durmio|duerme|entumio|entumecio|adormecio|paralizo) (?:(?:el |la |todo el |toda la )?(?:brazo|pierna|lado|cara) ${LADO}|(?:la )?mitad (?:del|de su|de mi|de la) (?:cuerpo|cara))`, unlessSentence(NO_ICTUS)),
  rule('stroke-signs', R`(?:brazo|pierna|lado) ${LADO} (?:\w+ ){0,3}?(?:dormid[oa]|debil|entumid[oa]|adormecid[oa]|sin fuerza|paralizad[oa]|no (?:lo |la )?(?:puede|puedo) mover)`, unlessSentence(NO_ICTUS)),
  rule('stroke-signs', R`(?:habla|hablar|hablando|pronuncia) (?:\w+ ){0,2}?(?:arrastrad[oa]|arrastrando|enredad[oa]|trabad[oa]|incoherente|sin sentido|mal pronunciad\w*|raro|rara|extrano|extrana)`),
  rule('stroke-signs', R`arrastra(?:ndo)? (?:las )?palabras`),
  // Habla como borracho sin haber tomado; la baba que cae de un solo lado de la boca.
  rule('stroke-signs', R`(?:habla|hablaba|hablando|se oye|se escucha|suena) (?:\w+ ){0,1}?como (?:si (?:estuviera|anduviera|hubiera) (?:tomad[oa] |bebid[oa] )?)?(?:borrach[oa]|tomad[oa]|ebri[oa]|pedo|tomadit[oa])|(?:cae|cayendo|escurre|sale|babea\w*) (?:\w+ ){0,2}?(?:baba )?(?:de|por) un (?:solo )?(?:lado|costado)`),
  rule('stroke-signs', R`no (?:puede|puedo|podia|pudo) hablar (?:bien|claro|normal|con claridad)`),
  rule('stroke-signs', R`(?:dificultad|problemas?) para hablar`),
  rule('stroke-signs', R`no (?:se le|se me|le|me) (?:entiende|salen las palabras|sale la voz)`),
  rule('stroke-signs', R`(?:(?<=\bde )(?:repente|pronto)|repentinamente|subitamente|derrepente) (?:\w+ ){0,4}?(?:confundid[oa]|desorientad[oa]|confusion|confus[oa])`),
  rule('stroke-signs', R`(?:confundid[oa]|desorientad[oa]|confusion) (?:\w+ ){0,3}?(?:de repente|de pronto|repentin[oa]|subit[oa])`),
  rule('stroke-signs', R`(?:perdi|perdio|perdida|perdiendo|pierdo|pierde) (?:\w+ ){0,2}?(?:la )?(?:vista|vision)`),
  rule('stroke-signs', R`no (?:puedo|puede|veo|ve) (?:ver )?(?:nada )?(?:de|con|por) (?:un|el|mi|su) ojo`),
  rule('stroke-signs', R`(?<=\bde )(?:repente|pronto) (?:\w+ ){0,3}?(?:no veo|no ve|vision doble|vista doble|veo doble|ciego|ciega|vision borrosa)`),
  // Clinicians' words for a stroke's signs, unless said to be old ("hemiparesia residual").
  rule('stroke-signs', R`(?:hemiparesia|hemiplejia|disartria)(?! (?:\w+,? ){0,3}?(?:residual|cronica|secuelar|secuela|previa|conocida|de base|desde hace|estable))`),
  rule('stroke-signs', R`(?:ojo|vista|vision) (?:\w+,? ){0,4}?como (?:si (?:\w+ ){1,3}?)?(?:una |un )?(?:cortina|telon|sombra negra)`),
  rule('stroke-signs', R`(?:cortina|sombra) (?:\w+ ){0,3}?(?:ojo|vista|vision)|se (?:me|le) oscurecio (?:\w+ ){0,3}?(?:ojo|vista|vision)|(?:bajara|baja|bajo|cayo) una cortina`),
  ...events(rule('stroke-signs', R`(?:derrame cerebral|embolia|ataque cerebral|infarto cerebral|accidente cerebrovascular|acv|ictus)`, notLongAgo)),
  ...events(rule('stroke-signs', R`(?<=\b(?:dio|da|dando|dar|tuvo|tiene|tenga|teniendo|dado|sufrio|sufriendo) (?:un |una )?)derrame(?! (?:en el ojo|en los ojos|ocular|pleural|de ojo|en un ojo|sinovial))`, notLongAgo)),

  ...events(rule('fainting', R`(?:desmay\w*|desmall\w*|desmaiy\w*|desvanec\w*|inconsciente|inconciente|sincope)`)),
  ...events(rule('fainting', R`(?:perdi|perdio|perdimos|perdida de|perdida del|perder el|perder la) (?:el |la |del |de )?(?:conocimiento|sentido|conciencia)`)),

  ...events(rule('seizure', R`(?:se (?:puso|quedo) ties[oa] (?:\w+ ){0,2}?(?:temblando|sacudiendose|brincando)|le dio un (?:patatus|ataque) (?:\w+ ){0,3}?(?:ties[oa]|temblando|sacudi\w*|espuma))`)),
  ...events(rule('seizure', R`(?:convulsi\w*|convulci\w*|combulsi\w*|ataques? (?:de )?epilep\w*|crisis (?:epileptica|convulsiva)s?|ataque epileptico)`)),

  rule('severe-bleeding', R`(?:sangrando|sangrado|sangra|sangran|sangro|sangraba|sangrar|sangrada) (?:\w+ ){0,2}?(?:mucho|muchisimo|demasiado|bastante|sin parar|a chorros|abundante\w*|sin control|que no para|y no para|y no se detiene)`, unlessSentence(NO_SANGRADO_GRAVE)),
  rule('severe-bleeding', R`(?:sangrado|hemorragia) (?:\w+ )?(?:abundante|fuerte|grave|severo|severa|masivo|masiva|muy fuerte|incontrolable|que no (?:para|se detiene|se quita))`, unlessSentence(NO_SANGRADO_GRAVE)),
  rule('severe-bleeding', R`hemorragia(?! (?:subconjuntival|en el ojo|ocular|nasal leve))`, unlessSentence(NO_SANGRADO_GRAVE)),
  rule('severe-bleeding', R`no (?:para|paro|deja|dejo|se detiene|se detuvo|puedo parar|puedo detener|se le para|se me para|podemos parar|le para|me para|se corta) (?:de )?(?:sangrar|el sangrado|la sangre|la hemorragia)`),
  rule('severe-bleeding', R`(?:sangre|sangrado) (?:\w+ ){0,4}?no (?:para|se detiene|se quita|se corta|se controla|deja de salir)`),
  rule('severe-bleeding', R`(?:sangre|sangrando|sangra|sale) (?:\w+ ){0,2}?a chorros?|chorro de sangre|(?:traspase|traspaso|empape|empapo) (?:\w+ ){0,3}?(?:toallas?|sabana|ropa|pantalon)`),
  rule('severe-bleeding', R`(?:mucha|muchisima|bastante|tanta) sangre|sangre por todos lados|charco de sangre`),
  rule('severe-bleeding', R`(?:empap\w*|llen\w*) (?:\w+ ){0,3}?(?:toallas?|compresas?|toallitas|tampones|gasas|vendas)`),

  rule('coughing-vomiting-blood', R`(?:vomit\w*|vomiet\w*|tos\w*|tose|toso|escup\w*|arroj\w*|devolv\w*|devuelv\w*|gomit\w*) (?:\w+ ){0,3}?${SANGRE}`, unlessSentence(/\b(?:encias?|cepill\w*|nariz)\b/)),
  rule('coughing-vomiting-blood', R`sangre (?:en|al) (?:el |la |mi |su )?(?:vomito|vomitar|tos|toser|escupir|flema|flemas|saliva|esputo|gargajo)`),
  rule('coughing-vomiting-blood', R`vomito (?:\w+ ){0,3}?(?:como )?(?:cafe|borra de cafe|pozos de cafe)`),
  rule('coughing-vomiting-blood', R`(?:hematemesis|hemoptisis|(?:obrando|obra|obro|evacuando|haciendo del dos) (?:\w+ ){0,2}?(?:pura )?sangre)`),

  rule('allergic-reaction', R`(?:cierra|cerrando|cerro|cerrandose) la garganta`),
  rule('allergic-reaction', R`garganta (?:\w+ ){0,2}?(?:cerrando|cerrada|se cierra|se me cierra|se le cierra|apretada|cerrandose)`),
  rule('allergic-reaction', R`(?:hinchazon|hinch\w*|inflamo|inflamaron) (?:\w+ ){0,3}?(?:la |el |los |las |su |mi |sus |mis )?(?:cara|labios?|lengua|garganta|boca|parpados)`),
  rule('allergic-reaction', R`(?:cara|labios?|lengua|boca) (?:\w+ ){0,2}?(?:hinchad[oa]s?|inflamad[oa]s?|muy grande|como un globo)`),
  rule('allergic-reaction', R`(?:reacci\w* alergic\w*(?! (?:leve|pequena|ligera|menor))|reaccion alerjica|alergia (?:muy )?(?:fuerte|grave|severa)|anafila\w*|shock anafilactico|choque anafilactico)`),
  rule('allergic-reaction', R`(?:use|usamos|uso|puse|pusimos|puesto|inyecte|inyectado|aplique|aplicado|ponerle|inyectarle|pinche|pinchado|pincharme|pincho|clave|clavado) (?:\w+ ){0,2}?(?:epipen|epi pen|epinefrina|adrenalina|autoinyector|jext|anapen|emerade|auvi q|auviq)`),

  rule('overdose-poisoning', R`(?<!(?:pensando en|quiero|voy a|planeo|ganas de|pienso) (?:una )?)sobre ?dosis`),
  rule('overdose-poisoning', R`(?:tome|tomo|trague|trago|se tomo|se trago|tomaron|ingirio|ingeri|consumio|bebio|bebi|me tome) (?:\w+ ){0,3}?(?:demasiad[oa]s?|de mas|un frasco|una caja|el frasco|la caja|un punado|muchas pastillas|muchas pildoras|toda la caja|todo el frasco|todas las pastillas)`),
  // A small child found with an open blister or bottle of someone's pills.
  rule('overdose-poisoning', R`encontr\w* (?:a )?(?:mi |su |la |el )?(?:hij[oa]|nin[oa]|niet[oa]|bebe|nene|nena|sobrin[oa]|chiquit[oa]) (?:\w+ ){0,4}?con (?:el|un|una|la|las) (?:blister|frasco|pastillero|bote|caja|tira) (?:\w+ ){0,5}?(?:pastillas|pildoras|tabletas|capsulas|medicina|medicamentos?)`),
  rule(
    'overdose-poisoning',
    R`(?:hij[oa]|nin[oa]|bebe|nene|nena|niet[oa]|sobrin[oa]|chiquit[oa]|pequen[oa]|hijit[oa]|chamaquit[oa]|guirr[oa]|cipot[ea]|(?<=\b\d{1,2} )(?:anos|meses)) (?:\w+ ){0,8}?(?:se trago|trago|se comio|comio|se tomo|bebio|se bebio|agarro|se metio|mastico|chupo) (?:\w+ ){0,7}?(?:pastillas|pildoras|tabletas|medicina|medicinas|medicamentos?|cloro|lavandina|lejia|blanqueador|destapa\w*|soda caustica|acido muriatico|gasolina|thinner|anticongelante|detergente|veneno|pilas?|capsulas|vitaminas|jabon|gomitas|jarabe(?! (?:para la tos|que le (?:recet|di)\w*)))`,
  ),
  rule('overdose-poisoning', R`(?:se )?(?:trago|tomo|bebio|comio|ingirio|trague|tome|bebi|comi) (?:\w+ ){0,3}?(?:cloro|veneno|detergente|raticida|matarratas|anticongelante|pesticida|insecticida|gasolina|thinner|limpiador|lejia|pila de boton|imanes)`),
  rule('overdose-poisoning', R`(?:envenen\w*|intoxica\w*(?! (?:alimentari\w*|por (?:alimentos|comida)))|monoxido de carbono)`),
  rule('overdose-poisoning', R`(?:se tomo|me tome|tomo|se trago|trago|se comio|comio|agarro) (?:como |unas |unos |mas de |casi )?(?:\d{2,3}|veinte|treinta|cuarenta|cincuenta|un punado de|todas (?:las|sus|mis)|el frasco|todo el (?:frasco|pastillero|blister)|el pastillero) (?:\w+ ){0,3}?(?:pastillas|pildoras|tabletas|capsulas|tylenol|paracetamol|ibuprofeno|xanax|clonazepam|medicinas|medicamentos|de)?`),
  rule('overdose-poisoning', R`(?:trago|trag[oó]|tomo|comio|bebio) (?:\w+ ){0,4}?(?:liquido (?:de|para) limpiar|limpiador|cloro|pinol|fabuloso|clorox|maestro limpio|lejia|aguarras|thinner|gasolina|insecticida|raid)`),
  rule('overdose-poisoning', R`(?:destapador|destapacanos|limpiador de (?:canos|hornos)|sosa caustica|pila de boton|pilitas|imanes|liquido (?:del|de) (?:parabrisas|limpiaparabrisas)|anticongelante)(?:\w| ){0,40}?(?:trago|tomo|comio|se metio|bebio|chupo)|(?:trago|tomo|comio|se metio|bebio|chupo) (?:\w+ ){0,5}?(?:destapador|destapacanos|sosa|pila de boton|pilitas|imanes|liquido (?:del|de) (?:parabrisas|limpiaparabrisas))`),

  rule('severe-headache', R`peor dolor de cabeza`),
  rule('severe-headache', R`peor (?:cefalea|jaqueca|migrana)|(?:dolor de cabeza|cefalea|jaqueca|migrana),? (?:\w+,? ){0,3}?(?:el |la )?peor (?:\w+ ){0,5}?(?:vida|nunca)`),
  rule('severe-headache', R`dolor de cabeza (?:\w+ ){0,3}?(?:repentino|subito|de repente|de golpe|explosivo|como nunca|como un trueno|el peor)`),
  rule('severe-headache', R`(?:(?<=\bde )(?:repente|golpe|pronto)|repentinamente|subitamente|repentino|subito) (?:\w+ ){0,3}?dolor de cabeza`),
  rule('severe-headache', R`cabeza (?:\w+ ){0,3}?(?:va a explotar|me va a estallar|le va a estallar|a explotar|a estallar)`),
  rule('severe-headache', R`dolor de cabeza (?:\w+ ){0,6}?(?:cuello (?:rigido|tieso|duro))`),

  rule('blood-sugar-extreme', R`(?:azucar|glucosa|glicemia|glucemia|glucometro|glucometro)(?: en la sangre)? (?:\w+ ){0,6}?\d{2,4}`, extremeGlucose),
  rule('blood-sugar-extreme', R`(?:azucar|glucosa|glucometro|aparat\w*|medidor|maquinita) (?:\w+ ){0,4}?(?:dice|marca|sale|salio|da|muestra|lee|marcaba|decia) (?:\w+ )?(?:hi|high|lo|low)`),
  rule('blood-sugar-extreme', R`(?:cetonas|tiras? de cetonas) (?:\w+ ){0,6}?(?:altas|alto|muy altas|oscur\w*|moderad\w*|positiv\w*|grandes|el color mas oscuro)`),
  rule('blood-sugar-extreme', R`(?:azucar|glucosa) (?:\w+ ){0,3}?(?:muy|bien|demasiado|super|peligrosamente|extremadamente|altisim[oa]|bajisim[oa]) ?(?:baja|alta|bajo|alto)?`, ifSentence(SINTOMAS_AZUCAR)),
  rule('blood-sugar-extreme', R`(?:se me|se le) (?:bajo|subio|bajo mucho|subio mucho) (?:mucho |muchisimo )?(?:el |la )?(?:azucar|glucosa)`, ifSentence(SINTOMAS_AZUCAR)),
  rule('blood-sugar-extreme', R`(?:hipoglucemia|hiperglucemia|hipoglicemia|hiperglicemia|azucar baja|azucar alta)`, ifSentence(SINTOMAS_AZUCAR_GRAVES)),
  rule('blood-sugar-extreme', R`(?:cetoacidosis|coma diabetico)`),

  rule(
    'pregnancy-bleeding',
    R`(?:embarazada|embarazo|embarasada|enbarazada|embarazda|encinta|semanas de gestacion|gestacion|aborto espontaneo|perdiendo (?:el|al|a mi) bebe|perder (?:el|al|a mi) bebe)(?:[^\w.!?;\n]{1,6}(?!${GAP_NEGATION}\b)\w+){0,10}?[^\w.!?;\n]{1,6}(?:${SANGRE}|hemorragia|coagulos)`,
  ),
  rule('pregnancy-bleeding', R`(?:sangrando|sangrado|sangro|sangre|hemorragia|coagulos)(?:[^\w.!?;\n]{1,6}(?!${GAP_NEGATION}\b)\w+){0,8}?[^\w.!?;\n]{1,6}(?:embarazada|embarazo|embarasada|enbarazada|encinta|gestacion)`),

  rule('unresponsive', R`no (?:responde|reacciona|despierta|se despierta|respondia|reaccionaba|se despertaba)(?! (?:a |al |los |las |mis |mi |sus |su |el |la |nuestros )?(?:mensajes?|llamadas?|correos?|tratamiento|medicamentos?|medicina|antibioticos?|terapia|telefono|portal))`, notAboutMessages),
  rule('unresponsive', R`no (?:lo|la|los|las) (?:puedo|podemos|pude|pudimos) despertar`),
  rule('unresponsive', R`tirad[oa] (?:\w+ ){0,4}?(?:y )?no (?:contesta|responde|se mueve|reacciona)`),
  rule('unresponsive', R`(?:no vuelve en si|no ha vuelto en si|no hay (?:manera|forma) de despertarl[oa]|no abre los ojos|(?:se quedo|esta|se puso|quedo) (?:\w+ )?(?:como (?:un )?trapito|aguadit[oa]|guangu?it[oa]|desguanzad[oa])|no (?:me |nos |le )?(?:contesta|responde) (?:bien|nada)|(?:muy|bien) (?:dormilon[oa]|dormid[oa]) (?:\w+ ){0,4}?(?:no despierta|no quiere abrir)|lento para (?:contestar|responder))`),
  rule('unresponsive', R`no (?:puedo|podemos|pude|pudimos) despertarl[oa]s?`),
  rule('unresponsive', R`no (?:puedo|podemos|pude|pudimos|logro|logramos) despertar a (?:mi|su|el|la|nuestro|nuestra|los|las) \w+`),

  ...events(rule('serious-injury', R`hueso (?:\w+ ){0,3}?(?:salido|saliendo|afuera|expuesto|de fuera)`)),
  ...events(rule('serious-injury', R`fractura expuesta`)),
  ...events(rule('serious-injury', R`(?:machetazo|hachazo|(?:pico|picado|picadura de) (?:\w+ ){0,2}?alacran|alacran (?:\w+ ){0,2}?(?:pico|lo pico|la pico)|descarga (?:fuerte|de luz|de corriente|electrica)|(?:mordio|mordida de|lo mordio|la mordio) (?:\w+ ){0,2}?(?:perro|pitbull|pit bull|rottweiler)|se (?:le|me) ve (?:el hueso|por dentro|la grasa)|piel (?:\w+ ){0,2}?(?:se (?:le|me) (?:cae|despega|desprende)|ampollas))`)),
  ...events(rule('serious-injury', R`(?:se (?:le|me) (?:cortaron|corto|arranco|arrancaron|vol[oa]) (?:\w+ ){0,2}?(?:dedos?|mano|pie)|amputa\w*|(?:mordio|pico|picado|mordida de) (?:\w+ ){0,2}?(?:vibora|vibora|serpiente|culebra|cascabel|coralillo)|(?:no (?:puede|puedo) (?:mover|sentir) (?:las piernas|los brazos|nada)))`)),
  // Una caída que deja en el piso, o una cadera rota: la pierna más corta y volteada hacia afuera.
  rule('serious-injury', R`no (?:me |se |lo |la )?(?:puedo|puede|pudo|pude|ha podido|he podido|podemos|pudimos) (?:levantar|parar)(?:me|se|lo|la)? (?:\w+ ){0,2}?del (?:piso|suelo)|pierna (?:\w+ ){0,5}?(?:mas cort[oa]|mas cortit[oa]|cortit[oa]|(?:volteada|virada|girada|torcida) (?:para |hacia )?(?:a)?fuera)`),
  ...events(rule('serious-injury', R`(?:cortada|herida|corte|cortadura) (?:\w+ )?(?:profund[oa]|grande|fe[oa]|muy fe[oa]|enorme)`)),
  ...events(rule('serious-injury', R`accidente (?:de|en) (?:carro|coche|auto|moto|motocicleta|transito|trafico|bicicleta|camion|camioneta)`)),
  ...events(rule('serious-injury', R`(?:atropell\w*|choque (?:de|en) (?:carro|coche|auto|moto))`)),
  ...events(rule('serious-injury', R`(?:balazo|herida de bala|dispararon|disparo|apunal\w*|acuchill\w*|navajazo|herida de cuchillo)`)),
  ...events(rule('serious-injury', R`golpe (?:\w+ ){0,2}?(?:fuerte )?en la cabeza`)),
  ...events(rule('serious-injury', R`(?:se )?(?:cayo|cai|caida|callo) (?:\w+ ){0,5}?(?:golpe\w*|pego|pegue) (?:\w+ ){0,2}?cabeza`)),
  ...events(rule('serious-injury', R`(?:se )?(?:cayo|cai|callo|caida) (?:\w+ ){0,8}?no (?:se )?(?:puede|puedo|pudo|pude|ha podido|he podido|podia|podemos) (?:levantar|parar|poner de pie|caminar|mover|apoyar)`)),
  ...events(rule('serious-injury', R`quemadura\w* (?:\w+ ){0,2}?(?:grave|graves|grande|fuerte|seria|de tercer grado|de segundo grado)`)),
  ...events(rule('serious-injury', R`se quemo (?:\w+ ){0,3}?(?:mucho|grave|feo|gravemente)`)),
  ...events(rule('serious-injury', R`(?:electrocut\w*|descarga electrica)`)),
  ...events(rule('serious-injury', R`se cayo (?:de|del|por) (?:la |el |las )?(?:techo|escalera|escaleras|balcon|segundo piso|arbol|caballo|andamio)`)),
  ...events(rule('serious-injury', R`(?:traumatismo|trauma) (?:craneal|en la cabeza)|contusion cerebral|conmocion cerebral`)),

  // ---- crisis --------------------------------------------------------------------------------
  rule('suicidal-thoughts', R`(?:suicid\w*|sucid\w*|suisid\w*|suicd\w*)`),
  rule('suicidal-thoughts', R`(?:matarme|matandome|(?<=\bme (?:(?:voy a|quiero|quisiera) )?)(?:matar|mato|mataria|matare))(?! (?:trabajando|estudiando|de risa))`),
  rule('suicidal-thoughts', R`(?:quiero|quisiera|ganas de|deseo|prefiero|gustaria) morir(?:me)?${MORIR_IDIOM}`),
  rule('suicidal-thoughts', R`(?:quisiera|prefiero|preferiria|me gustaria|ojala) (?:estar )?muert[oa]`),
  rule('suicidal-thoughts', R`ojala (?:me )?(?:muriera|no despertara|no me despertara|desapareciera)`),
  rule('suicidal-thoughts', R`(?:quitarme|quitar|terminar con|acabar con) (?:la|mi) (?:propia )?vida`),
  rule('suicidal-thoughts', R`(?:acabar|terminar) con todo`),
  rule('suicidal-thoughts', R`no quiero (?:seguir )?(?:vivir|viviendo|despertar|estar aqui|existir|seguir adelante)(?! (?:en|cerca|sol[oa]|lejos|alla|ahi))`),
  rule('suicidal-thoughts', R`no (?:vale|tiene sentido) (?:la pena )?(?:vivir|seguir viviendo|seguir)|la vida no (?:vale|tiene sentido)|no tengo (?:razon|razones|motivos?) para vivir`),
  rule('suicidal-thoughts', R`(?:estarian|estaria|estaran|estara|estan|vivirian|vivirian) mejor sin mi`),
  rule('suicidal-thoughts', R`pensamientos (?:de|sobre) (?:morir|muerte|quitarme|matarme|acabar)`),

  rule('self-harm', R`(?:hacerme|(?<=\bme (?:(?:he|estoy|quiero|voy a|he estado) )?)(?:hago|hice|hecho|haciendo|hacer)) (?:algo de |mucho )?dano(?! (?:en|al|jugando|con el|cuando|mientras|trabajando|haciendo|levantando|cargando))`),
  rule('self-harm', R`(?:lastimarme|cortarme|quemarme|golpearme|(?<=\bme (?:(?:estoy|he|he estado) )?)(?:lastimo|lastimando|lastime|corto|cortando|cortado|corte|quemo a proposito))${ACCIDENTE}`),
  rule('self-harm', R`(?:autolesi\w*|auto lesi\w*|autolastim\w*|autoagre\w*)`),
  // Clinicians' shorthand: a self-inflicted wound; active ideation, an attempt ("IAE", "intento autolítico").
  rule('self-harm', R`(?:herida|heridas|lesion|lesiones|cortes?) (?:\w+ ){0,3}?autoinfligid\w*`),
  rule('suicidal-thoughts', R`(?:ideacion|ideas?) (?:suicida |autolitica |de muerte )?(?:activa|con plan|estructurada|persiste|persistente)|persiste (?:la )?ideacion|(?<!tras (?:un |el |su )?)(?:intento|gesto|conducta)s? autolitic\w*|\biae\b`),

  rule(
    'overdose-plan',
    R`(?<=\b(?:voy a|quiero|pienso|pensando en|planeo|ganas de|quisiera) )(?:tomarme|tragarme|tomar|tragar|beberme) (?:tod[oa]s (?:las|mis|los) |un frasco de |el frasco de |la caja de |un punado de |todo el frasco de )(?:pastillas|pildoras|medicinas|medicamentos|tabletas|frasco|pastillas para dormir)(?! (?:para el viaje|a la cita|con (?:comida|agua|el desayuno|la cena)|en la (?:manana|noche)|juntas|al mismo tiempo|como me|antes|despues|de la manana|de la noche))`,
  ),
  rule('overdose-plan', R`(?:pensando en|quiero|voy a|planeo|ganas de|pienso) (?:una |tomar una |hacerme una )?sobre ?dosis`),
  rule('overdose-plan', R`(?:pensado|pensando|pienso|voy a|quiero|planeo) (?:\w+ ){0,1}?(?:tomarmelas|tomarmelos|tragarmelas|tragarmelos|tomarme todas|tragarme todas) (?:todas|todos)?`),
  // A clinician's "plan de ingesta medicamentosa"; a vehicle driven off a cliff "conmigo adentro".
  rule('overdose-plan', R`plan (?:\w+ ){0,2}?(?:de )?(?:ingesta|sobreingesta|intoxicacion) (?:\w+ ){0,2}?(?:medicament\w*|de medicacion|de pastillas|farmacologica)`),
  rule('crisis-signs', R`(?:tirar|aventar|estrellar|chocar|echar)\w* (?:\w+ ){0,4}?conmigo (?:adentro|dentro)`),

  rule('someone-else-suicidal', R`(?<=\bse (?:esta|ha estado|ha|anda|sigue) )(?:(?:haciendo|hecho) (?:mucho )?dano|lastimando|cortando)${ACCIDENTE}`),
  rule('someone-else-suicidal', R`(?:matarse|suicidarse|quitarse la vida|morirse|lastimarse|cortarse|hacerse dano|acabar con su vida|terminar con su vida|(?<=\bse (?:(?:quiere|va a|quiso|queria) )?)(?:matar|suicidar|quitar la vida|morir|hacer dano|corta|lastima))${ACCIDENTE}`),
  // Ending it "para siempre" or "de una vez"; waiting on the tracks; poison bought "para los dos".
  rule('crisis-signs', R`(?:terminar|acabar|termino|acabo|terminare|acabare) con (?:esto|todo esto|este dolor|este sufrimiento|mi sufrimiento) (?:de una vez|para siempre)`),
  rule('crisis-signs', R`(?:via|vias) del (?:tren|metro) (?:\w+ ){0,3}?esperando`),
  rule('crisis-signs', R`(?:compre|compro|tengo|consegui|consiguio) (?:el |un |una )?veneno (?:\w+ ){0,2}?para (?:los dos|las dos|ambos|nosotros|mi|matarme|morir)`),
  // Someone who says they will throw themselves from a height; what someone looked up ("cómo ahorcarse").
  rule('someone-else-suicidal', R`se (?:va a|quiere|queria|quiso) (?:tirar|aventar|lanzar|arrojar) (?:\w+ ){0,2}?(?:del|de la|por la|desde el|desde la) (?:balcon|ventana|puente|azotea|techo|terraza|edificio)`),
  rule('crisis-signs', R`(?:busc\w*|busqueda|buscaba|googl\w*|investig\w*|historial) (?:\w+ ){0,4}?como (?:ahorcarse|ahorcarme|colgarse|colgarme|matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida)`),
  rule('someone-else-suicidal', R`(?:dice|dijo|habla|hablaba|hablando|menciona|menciono|escribio|publico|amenaza|amenazo) (?:\w+ ){0,3}?(?:que )?(?:se quiere morir|quiere morir|quiere matarse|se quiere matar|suicid\w*|quitarse la vida|no quiere vivir|no quiere seguir viviendo|desaparecer para siempre)`),

  // ---- urgente -------------------------------------------------------------------------------
  rule('high-fever', R`(?:fiebre|calentura|temperatura|temp|fibre|fievre|fiebr) (?:\w+ ){0,4}?\d{2,3}(?:[.,]\d{1,2})?`, highTemperature),
  rule('high-fever', R`(?:fiebre|calentura|temperatura|fibre) (?:muy |bien |super |demasiado )?(?:alta|altisima|fuerte)`),
  rule('high-fever', R`(?:fiebre|calentura) (?:\w+ ){0,3}?que no (?:baja|se quita|cede|se va|para|le baja|me baja|se le quita)`),
  rule('high-fever', R`(?:fiebre|calentura) no (?:le |me |se le |se me )?(?:baja|se quita|cede|se va)`),
  rule('high-fever', R`(?:fiebre|calentura) (?:desde hace|por|de|hace) (?:\d|tres|cuatro|cinco|seis|varios) dias`),

  rule(
    'infant-fever',
    R`(?:bebe|bebita|bebito|recien nacid[oa]|(?<=\b(?:\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once) )(?:semanas?|mes|meses|dias) de (?:nacid[oa]|edad|vida)) (?:\w+ ){0,5}?(?:fiebre|calentura|temperatura (?:de |alta|\d)|caliente|ardiendo|fibre|(?:termometro|temperatura) (?:\w+ ){0,2}?(?:3[89]|4[0-2]))`,
  ),
  rule('infant-fever', R`(?:fiebre|calentura) (?:\w+ ){0,4}?(?:mi|el|la|nuestro|nuestra|su) (?:bebe|bebita|bebito|recien nacid[oa])`),

  rule('spreading-infection', R`(?:enrojecimiento|rojez|lo rojo|hinchazon|infeccion|mancha roja|roncha|lo colorado|la parte roja) (?:\w+ ){0,5}?(?:se (?:esta )?(?:extendiendo|extiende|extendio|esparciendo|esparce|agrandando|agranda|expandiendo)|crece|creciendo|mas grande|avanza|avanzando|sube|subiendo)`),
  rule('spreading-infection', R`(?:rayas|lineas|lineas|rayitas) rojas`),
  rule('spreading-infection', R`(?:herida|incision|cortada|puntos|cicatriz|picadura|mordida|operacion|grapas) (?:(?!${GAP_NEGATION} )\w+,? ){0,4}?(?:pus|infectad[oa]|caliente|supura\w*|roja e hinchada|hinchada y roja|huele mal|se abrio|mal olor)`),
  rule('spreading-infection', R`(?<=\b(?:sale|saliendo|tiene|con|echando|supura) )pus`),
  rule('spreading-infection', R`(?:celulitis infecciosa|absceso|abseso|flemon)`),
  rule('spreading-infection', R`(?:fiebre|escalofrios) (?:\w+ ){0,3}?(?:despues de|desde) (?:la |mi |su )?(?:cirugia|operacion|cesarea|parto|procedimiento)`),

  // A baby's sunken soft spot: dehydration ("se le cayó la mollera" is how many families say it).
  rule('baby-dehydration', R`(?:mollera|mollerita|fontanela) (?:\w+ ){0,3}?(?:hundid[ao]|sumid[ao]|caid[ao]|hundiendo|hundiendose)|(?:se le|se me) (?:hundio|cayo|esta cayendo|esta hundiendo) la (?:mollera|mollerita|fontanela)`),
  rule('cant-keep-fluids', R`no (?:puedo|puede|podemos|pude|pudo) (?:retener|mantener|tolerar|aguantar|tomar|beber|pasar|dejar) (?:ni )?(?:liquidos|agua|nada|comida|suero|el agua|el suero)(?! de (?:vista|lado))`),
  rule('cant-keep-fluids', R`no (?:retiene|retengo|tolera|tolero|aguanta|aguanto|mantiene) (?:ni )?(?:liquidos|agua|nada|comida|suero|el agua|el suero|la leche|el biberon)`),
  rule('cant-keep-fluids', R`vomit\w* (?:\w+ ){0,3}?(?:todo|todo el dia|toda la noche|sin parar|cada vez|desde ayer|desde anoche|\d+ veces|muchas veces|cada hora)`),
  rule('cant-keep-fluids', R`(?:devuelve|devuelvo|vomita|vomito|arroja|arrojo) todo`),
  rule('cant-keep-fluids', R`no (?:ha|he|han) (?:orinado|hecho pipi|mojado (?:el|los|ningun) panal\w*|hecho del uno)`),

  rule('severe-pain', R`${DOLOR} (?:\w+ ){0,3}?(?:insoportable|intenso|intensisimo|terrible|horrible|muy fuerte|fortisimo|severo|espantoso|tremendo|insufrible|de 10|de diez)`, unlessSentence(DOLOR_CRONICO)),
  rule('severe-pain', R`(?:terrible|horrible|tremendo|intenso|insoportable|fuertisimo|espantoso) ${DOLOR}`, unlessSentence(DOLOR_CRONICO)),
  rule('severe-pain', R`${DOLOR} (?:de |del )?(?:10|diez) (?:de|sobre) (?:10|diez)`, unlessSentence(DOLOR_CRONICO)),
  rule('testicle-pain', R`(?:testiculo|testiculos|huevos|huevo|bolas|escroto|los bajos) (?:\w+ ){0,6}?(?:hinchad\w*|subido|mas arriba|torcid\w*|terrible|horrible|muy fuerte|vomit\w*)`),
  rule('testicle-pain', R`(?:dolor|dolor muy fuerte|dolor horrible|dolor terrible) (?:\w+ ){0,3}?(?:en (?:un|el|los) )?(?:testiculo|testiculos|huevos|escroto)`),

  // ---- crisis velada: sin decir "suicidio" ---------------------------------------------------
  rule('crisis-signs', R`(?:no quiero|ya no quiero|no quisiera) (?:\w+ ){0,2}?(?:estar aqui|estar aca|seguir|seguir aqui|seguir asi|vivir mas|despertar|despertarme|existir|estar en este mundo)(?! (?:en|con|cerca|sol[oa]|lejos|alla|ahi|trabajando|tomando|esperando|yendo))`),
  rule('crisis-signs', R`(?:(?:estarian|estaria|estaran|estara|estan|vivirian|seria|serian|sera|estarias) (?:\w+ ){0,2}?mejor (?:sin mi|con otra|con otro|si yo no|si no estuviera|si me muero|si me fuera)|mejor (?:sin mi|muert[oa]|no despertar(?:me)?|que me muera|me muero|me voy|me fuera antes|yo me fuera)|(?:sin mi|si yo no estuviera) (?:\w+ ){0,2}?(?:seria|serian|estaria|estarian) (?:libres?|mejor|tranquil\w*))`),
  rule('crisis-signs', R`(?:soy|ser|siento que soy|me siento) (?:\w+ ){0,1}?(?:una carga|un estorbo|un peso)`),
  rule('crisis-signs', R`(?:desaparecer|irme|largarme|acabar) (?:\w+ )?(?:para siempre|de todo|de este mundo)|(?:que se acabe|acabar con|terminar con|quitarme de en medio|quitarme del camino) (?:todo|esto|mi sufrimiento)`),
  rule('crisis-signs', R`(?:no le (?:hallo|encuentro|veo) (?:caso|sentido)|para que sigo|para que seguir|ya no (?:aguanto|puedo) mas|no aguanto mas|ya no (?:le )?(?:veo|encuentro|hallo) (?:sentido|caso|razon)|no (?:valgo|sirvo) (?:nada|pa nada|para nada)|mi vida (?:ya )?no vale (?:nada|la pena))`),
  rule('crisis-signs', R`(?:desvivir\w*|desvivirme|morirme|me quiero ir con (?:ella|el|dios)|que dios me (?:lleve|recoja)|que se (?:la|lo|me) lleve pronto|ya me quiero ir|acostarme y no levantarme|acostarse y no levantarse|no levantarse mas|no despertar mas|ya no despertar|no volver a despertar|para (?:ya )?no sentir (?:esto|nada|mas))`),
  rule('crisis-signs', R`(?:formas?|maneras?) de (?:morir|matarse|matarme|hacerlo|quitarse la vida)|(?:sin que duela|que no duela)|(?:como|cuando) (?:\w+ ){0,2}?(?:lo haria|hacerlo|lo voy a hacer)(?! (?:con la|en la|para la|el tramite))|ya se (?:como|cuando) (?:lo )?(?:haria|hacerlo|lo voy a hacer)|(?:he estado pensando|pensando|ya se) (?:en )?como(?= (?:hacerlo|lo haria|matarme|acabar|irme|\.|$))`, ifSentence(/\b(?:morir|hacerlo|haria|matar\w*|carga|sin mi|pastillas|arma|pistola|puente|duela|plan|se como|como|cuando|quitar)\b/)),
  rule('crisis-signs', R`(?:cuantas|cuanto|cuantos|que dosis|que cantidad) (?:\w+ ){0,6}?(?:se necesitan?|necesito|alcanzan?|serian?|hacen falta|tardaria|mata|matan|te matan?|para (?:no despertar|ya no despertar|morir|que sea mortal|matarme|que se pare))|(?:dosis|cantidad) (?:letal|mortal|mortales|letales)|(?:seria|sea|es) (?:mortal|letal)`),
  rule('crisis-signs', R`(?:juntando|junte|junto|guardando|guarde|guardadas?|guardados?|escondid[oa]s?|escondiendo|ahorrando|contadas|contando|tengo (?:guardad\w*|escondid\w*|juntad\w*)) (?:\w+ ){0,5}?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|insulina|morfina|tramadol\w*|frascos?|clonazepam|pastillas para dormir|todas)`, ifSentence(/\b(?:suficientes|todas|meses|semanas|por si|noche|listo|lista|ya|frascos?|completos?|alcanzan|sabe|cajon|bolsita|ropero|mochila)\b/)),
  rule('crisis-signs', R`(?:ya (?:elegi|escogi|decidi|tengo) (?:el dia|la fecha|el lugar|mi plan|el plan|todo (?:planeado|listo|decidido))|ya lo tengo (?:decidido|planeado)|(?:tengo|ya tengo) (?:todo|mi plan|el plan) (?:planeado|hecho|listo|decidido)|plan hecho|estoy (?:tranquil[oa]|en paz) con (?:eso|mi decision|ello)|dejando todo (?:ordenadito|en orden|arreglado|listo)|(?:escribi|deje|escribiendo|dejando|tengo) (?:\w+ ){0,2}?cartas? (?:para|a) (?:mis|todos|mi|la|el|cada)|cartas? de despedida|despedirme de|(?:lista|listas) de (?:\w+ ){0,3}?(?:despedir|despide)|hoy es la noche|esta (?:semana|noche) es la ultima)`),
  rule('crisis-signs', R`(?:las voces|una voz|la voz|dios|alguien|algo|el diablo|un demonio|el demonio|el maligno|satanas) (?:\w+ ){0,4}?(?:me|le|nos) (?:dicen?|dijo|ordenan?|manda|mandan) (?:\w+ ){0,3}?(?:que )?(?:me |se )?(?:(?:tengo|tiene|debo|debe) que )?(?:haga dano|hacerme dano|hacer dano|mate|matarme|tire|tirarme|corte|cortarme|ahogue|ahogarme|sacrifique|sacrificar|mueras?|muera|lastime|lastimarme|queme|quemarme|cuelgue|ponga (?:la|las|mi|mis) manos? (?:en|sobre)|poner (?:la|las|mi|mis) manos? (?:en|sobre))`),
  rule('crisis-signs', R`(?:sacrificarme|me tengo que sacrificar|se tiene que sacrificar)`),
  // A way to die made ready, a threat, a dose "with no way back": said without "suicidio".
  rule('crisis-signs', R`amenaz\w* con (?:tirarse|aventarse|lanzarse|matarse|colgarse|ahorcarse|cortarse|suicidarse|quitarse la vida|pegarse un tiro|tomarse todo)|(?:dosis|cantidad) (?:\w+ ){0,4}?(?:no tiene vuelta atras|sin vuelta atras)|(?:beber|beberme|tomar|tomarme|tragar|tragarme) (?:\w+ ){0,5}?para (?:terminar|acabar|morir|no despertar)(?! (?:el|la|los|las|mi|su|de|con el|con la) )`),
  rule('crisis-signs', R`(?:ya no (?:voy|vamos|va|van) a ser (?:mas )?(?:un |una )?(?:problema|carga|estorbo)|(?:manana|despues de hoy|pronto|esta noche) ya no (?:(?:voy a|vas a|va a) (?:ser|estar)|estare|estara|seguire)|si me muero nadie (?:lo )?(?:notaria|notaria|se daria cuenta)|nadie (?:lo )?(?:notaria|extranaria|se daria cuenta) si (?:me muero|no estoy|me voy)|si me voy,? cuid\w*|esto es una despedida|ultima vez que (?:le |les )?escribo|(?:prefiero|preferiria) lo segundo|a ver si (?:pasa algo|me mato|choco)|(?:ir|cortarme|voy a ir) mas profundo|(?:me la pongo|me pongo la pistola|me pongo el arma) en (?:la cabeza|la sien|la boca)|no he jalado el gatillo|me he acercado (?:mucho )?al borde|me (?:paro|quedo|quede) (?:\w+ ){0,4}?(?:viendo|mirando) (?:el agua|para abajo|pa abajo|las vias))`),
  rule('crisis-signs', R`(?:que pasa|que le pasa|cuanto tarda|que tan rapido|en cuanto tiempo) (?:\w+ ){0,6}?(?:todo el frasco|todas las pastillas|todo el blister|una sobredosis|todas juntas|todas de una|las del mes)`),
  rule('crisis-signs', R`(?:me (?:quemo|corto|rasguno|pego|lastimo) (?:\w+ ){0,3}?(?:los brazos|las piernas|las munecas|con|otra vez|todas las noches|cuando)|me (?:volvi|vuelvo) a cortar|(?:cortes|cortadas|marcas|quemaduras) (?:en|de) (?:mis|los|las) (?:brazos|piernas|munecas|muslos))`),
  // Thinking of jumping, with the height it would be from ("saltar" alone also skips a dose).
  rule('crisis-signs', R`(?:terraza|balcon|azotea|puente|ventana|techo|edificio|barranco|precipicio) (?:\w+ ){0,6}?(?:pensando en|pense en|ganas de|queriendo|a punto de) (?:saltar|brincar)|(?:pensando en|pense en|ganas de|a punto de) (?:saltar|brincar) (?:\w+ ){0,3}?(?:de|desde) (?:la |el |un |una |mi )?(?:terraza|balcon|azotea|puente|ventana|techo|edificio|barranco|precipicio)`),
  rule('crisis-signs', R`(?:pienso|pensando|pense|penso|piensa|he pensado|ganas de|quisiera|quiero) (?:\w+ ){0,2}?(?:en )?(?:tirarme|aventarme|lanzarme|colgarme|ahorcarme|dejarme caer|caerme y ya|pegarme un tiro|darme un tiro|meterme al (?:canal|rio|mar)|cortarme las venas|tomarme todo|tomarmelo|tomarmelas|tragarme todo|dejarme llevar|irme para siempre)`),
  rule('crisis-signs', R`(?:se va a pegar un tiro|se va a matar|si lo dejo se mata|me voy a pegar un tiro|(?:debi|debia|tendria que) (?:ser|haber sido) yo|(?:pronto|ya) me voy con (?:ella|el|ellos|mi \w+)|le dije que pronto me voy|me lo llevo conmigo a ver(?:la|lo)|ya no les voy a dar (?:lata|problemas|molestias)|no creo que llegue a|(?:apurarle|apurarlo|adelantarlo) (?:por mi cuenta|yo)|vale mas que yo|(?:me he|he) dejado de comer a proposito|ya (?:no )?(?:voy a )?estar (?:aqui|mucho tiempo) (?:\w+ ){0,2}?(?:para|cuando))`),
  rule('lethal-means', R`(?:pistola|pistolas|arma|armas|rifle|revolver|escopeta|fusil|gatillo|balas?|soga|sogas|cuerda|lazo|mecate|cinturon|puente|balcon|azotea|techo|ventana|vias del (?:tren|metro)|anden|tren|borde|orilla|barranco|canal|rio|mar|edificio|piso \d+|noveno piso|veneno|raticida|cloro|carbon|cuchillo|navaja|cuchilla|navajas|pastillas|pildoras|frasco|frascos|botiquin|insulina|morfina|potasio|paracetamol|tylenol|litio|amitriptilina|clonazepam|tramadol\w*|pastillas para dormir|a millon|mil por hora)`),
  // La carta que alguien va a encontrar; una cuerda o extensión probada en una viga; la naloxona rechazada de antemano.
  // Cada una con las palabras que la hacen serlo: mi carta, probar la cuerda (no colgar una hamaca), la naloxona rechazada para uno mismo.
  rule('crisis-signs', R`(?:va a|van a|vas a) encontrar mi carta|(?:encontrara|encontraran) mi carta|(?:probando|probo|probaba) (?:\w+ ){0,2}?(?:extension|cuerda|soga|cable|cinturon|lazo|mecate) (?:\w+ ){0,4}?(?:viga|vigas|ventilador|barandal|closet)|(?:amarrando|amarro|atando|ato) (?:\w+ ){0,2}?(?:soga|cinturon) (?:\w+ ){0,4}?(?:viga|vigas|ventilador|barandal|closet)|no me (?:pongan|den|usen|pongas|des) (?:el |la )?(?:narcan|naloxona)`),
  rule('giving-away', R`(?:ha|han|habia) (?:regalado|repartido|dado) (?:\w+ ){0,3}?(?:sus|todas sus|todos sus) (?:cosas|muebles|herramientas|animales|animalitos|perros|libros|ropa|joyas|pertenencias)`),
  rule('giving-away', R`(?:regale|reparti|le deje|les deje|deje arreglado|devolvi|ya cancele|le di (?:\w+ ){0,2}?(?:mis|mi|el|la)) (?:\w+ ){0,4}?(?:cosas|herramientas|troca|carro|perr\w*|gat\w*|llaves|entierro|funeraria|libros|ropa|joyas|anillo|reloj|terreno|casa|guitarra|gimnasio)|(?:lo del|el) (?:entierro|velorio|funeral) (?:\w+ ){0,3}?(?:pagado|arreglado|listo|por adelantado)|(?:escribi|deje|escribiendo|tengo) (?:\w+ ){0,2}?(?:una )?carta (?:\w+ ){0,3}?(?:en (?:mi|el|la) (?:mochila|cajon|cuarto|escritorio)|para (?:mis|todos|mi))|que se la den a|que se lo den a|se las pueden dar a alguien`),
  rule('farewell', R`(?:no (?:\w+ )?(?:voy a|va a|vamos a) (?:ocupar|necesitar|seguir con)|ya no me van a ver|ya no (?:voy|vengo) a (?:venir|volver)|no doy mas|no se molesten|(?:me paro|me quedo|me quede|camine) (?:\w+ ){0,6}?(?:puente|borde|escalera|orilla|anden)|no me tire|no dejo de volver|pa ver que se siente|para ver que se siente)`),
  rule('farewell', R`se (?:ha |habia )?despedid[oa] (?:\w+ ){0,3}?(?:uno por uno|una por una|de todos|de cada uno)|se despidio (?:\w+ ){0,3}?(?:uno por uno|de todos|de cada uno)`),
  rule('farewell', R`(?:gracias por todo|gracias (?:\w+ ){0,2}?por (?:intentarlo|todo lo que|cuidarme|estos anos)|ya no (?:va a hacer|hace|hara|me va a hacer) falta|no (?:lo |la |los |las )?(?:voy a|creo que (?:lo |la )?vaya a) necesitar|(?:cancelen|cancelar|quiten|quitenme|saquenme) (?:\w+ ){0,4}?(?:todas|el resto|del ano|del grupo|las citas)|ultima (?:receta|vez|cita)|ultimo mensaje|regale|le deje|les deje|deje (?:el|la|los|las|mi|mis) (?:\w+ ){0,2}?a (?:mi|mis)|seguro de vida|testamento|contrasenas|perdon(?:ame|enme)? por todo|cuiden? (?:a|de) (?:mi|mis|la|el)|despedida|despedirme|adios|que dios (?:los|les) bendiga|por si acaso)`),
  rule('distress', R`(?:no (?:le |les )?digan? a mis (?:papas|papas|padres)|no doy mas|ya estoy cansad[oa]|nadie lo notaria|no siento nada|cansad[oa] de (?:todo|vivir|esto|luchar|la vida)|muy cansad[oa]|tan cansad[oa]|agotad[oa]|sin esperanza|desesperad[oa]|deprimid[oa]|depresion|perdi (?:el|mi) (?:trabajo|empleo|negocio|casa)|me (?:corrieron|despidieron)|se me (?:quebro|murio|fue)|sol[oa]|soledad|tomando|bebiendo|borracho|no duermo|no he dormido|no puedo dormir|debo|deudas?|divorcio|me dejo|se fue|murio|fallecio|no puedo vivir asi|me odio|no sirvo|inutil|verguenza|fracas\w*|nadie (?:me )?(?:quiere|visita|nota|extrana)|ya no (?:puedo|aguanto)|todo se me vino encima|perdi todo|no tengo (?:nada|a nadie)|me siento vaci[oa]|no le hallo)`),

  // ---- conceptos: hechos que solo juntos hacen un hallazgo (ver combinations.ts) -------------
  rule('fever', R`(?:fiebre|fibre|fievre|fiebr|calentura|febril|ardiendo|hirviendo|destemplad[oa]|caliente|calientito|calientita)`),
  // "¿Cómo le tomo la temperatura?" no es fiebre; una medición después se lee por sí sola.
  rule('fever', R`(?<!\b(?:tomar|tomarle|toma|tomo|tomamos|tome|tomarla|medir|medirle|mide|mido|medi|checar|checarle|checo|cheque|revisar|revisarle)(?: bien)?(?: (?:la|le|su|mi))? )(?:temperatura|temp)`),
  rule('fever', R`(?<!(?:azucar|glucosa|glucemia|glicemia|sugar|glucose|bs|bg|presion|pressure|bp|ta|peso|weight|pulso|pulse|hr|oxigeno|oxygen|o2|sat|sats|saturacion) (?:de |of |is |es |en |at |was )?)(?:3[89][.,]\d|4[01][.,]\d|3[89] ?(?:c|grados)|100[.,][4-9]|10[1-7](?:[.,]\d)?)(?![\/\d])`),
  rule('pregnant', R`(?:embarazada|embarazo|embarasada|enbarazada|embarazda|encinta|prenada|panzona|esperando (?:un |mi |a mi )?bebe|trimestre|semanas de gestacion|semanas de embarazo|meses de embarazo)`),
  rule('after-birth', R`(?:di a luz|dio a luz|parto|parí|pari|cesarea|cesaria|posparto|postparto|post parto|puerperio|cuarentena|me alivie|me aliviane|se alivio|nacio (?:el|mi|nuestro|la|mi) (?:bebe|nino|nina|hij[oa])|despues de (?:tener|que naci\w*) (?:al|a mi|el|mi) (?:bebe|nino|nina))`),
  rule('bleeding', R`(?:${SANGRE}|sangre|sangro|hemorragia|coagulos|cuajos|cuajarones)`),
  rule('heavy-flow', R`(?:a chorros?|traspase|traspaso|coagulos|cuajos|cuajarones|empap\w* (?:\w+ ){0,3}?(?:toallas?|compresas?|panales|sabanas|ropa)|(?:sangr\w*|sangre) (?:\w+ ){0,2}?(?:mucho|a chorros|demasiado|bastante|muchisimo|sin parar|como llave)|chorro de sangre|mucha sangre)`),
  rule('belly-pain', R`${DOLOR} (?:\w+ ){0,2}?(?:fuerte|muy fuerte|intenso|horrible|terrible|insoportable|tremendo|espantoso) (?:de|en el|en la|del) (?:vientre|panza|barriga|estomago|abdomen|bajo vientre|pancita|matriz)`),
  rule('belly-pain', R`(?:fuerte|terrible|horrible|tremendo|intenso|insoportable) ${DOLOR} (?:de|en el|en la|del) (?:vientre|panza|barriga|estomago|abdomen|bajo vientre|pancita|matriz)`),
  rule('belly-pain', R`${DOLOR} (?:de|en el|en la|del) (?:vientre|panza|barriga|estomago|abdomen|bajo vientre|pancita|matriz) (?:\w+ ){0,2}?(?:muy fuerte|fuerte|insoportable|horrible|terrible|que no se quita|que no para)`),
  rule('belly-pain', R`(?:panza|barriga|vientre|abdomen|pancita|estomago|matriz) (?:\w+ ){0,3}?(?:dura|duro|como piedra|como una piedra|tiesa|tieso|bien dura|muy dura)`),
  rule('belly-pain', R`(?:contracciones|colicos|retorcijones|calambres) (?:\w+ ){0,3}?(?:muy fuertes|fuertes|que no paran|sin parar|cada)`),
  rule('bad-headache', R`dolor de cabeza (?:\w+ ){0,2}?(?:muy fuerte|fuerte|horrible|terrible|intenso|que no se quita|que no se me quita|insoportable|tremendo)`),
  rule('bad-headache', R`(?:fuerte|terrible|horrible|tremendo|intenso|insoportable) dolor de cabeza|jaqueca (?:muy )?fuerte|me (?:explota|estalla|revienta|va a explotar) la cabeza`),
  rule('vision-change', R`(?:vision borrosa|vista borrosa|veo borroso|ve borroso|veo (?:lucecitas|luces|estrellitas|manchas|puntos|destellos|doble|nublado|todo nublado)|se me nubla la vista|vista nublada|vision doble|no veo bien)`),
  rule('black-stool', R`(?:popo|heces|excremento|caca|evacuaciones|evacuacion|deposiciones|deposicion|pupu|eses|excremento|del dos) (?:\w+ ){0,3}?(?:negr[oa]s?|como chapopote|como brea|como alquitran|con sangre|con mucha sangre)`),
  rule('black-stool', R`(?:melena|(?:obr\w*|hago|hace|haciendo) (?:\w+ ){0,2}?negro|(?:negr[oa]s?) como (?:chapopote|brea|alquitran|carbon|petroleo)|sangre (?:en|con) (?:la |el |las |mi |su )?(?:popo|heces|excremento|caca|evacuacion|evacuaciones|deposiciones))`),
  rule('dizzy-weak', R`(?:marea\w*|maree\w*|mareo\w*|desvanec\w*|debil|debilidad|sin fuerzas|palid[oa]|amarill[oa] (?:y|de)|me voy a desmayar|(?:siento|sentia) que me desmay\w*|vahido|sudor frio|sudando frio|todo me da vueltas)`),
  rule('very-high-pressure-words', R`(?:presion|presion arterial|tension) (?:\w+ ){0,3}?(?:muy alta|altisima|por las nubes|bien alta|super alta|hasta el cielo|disparada|alta alta|hasta arriba)`),
  rule('very-high-pressure-words', R`crisis hipertensiva`),
  rule('pregnant', R`(?<=\b(?:tengo|tiene|estoy de|esta de|con|ya tengo|ya voy en|voy en|casi) )\d{1,2} semanas\b`),
  rule('waters-broke', R`(?:se (?:me|le) (?:rompio|reventó|revento) (?:la )?(?:fuente|bolsa)|rompi fuente|rompio fuente|(?:sale|saliendo|sale mucho|se sale) (?:\w+ ){0,2}?(?:liquido|agua)|(?:el )?bebe (?:\w+ ){0,3}?(?:no se mueve|ya no se mueve|se mueve menos|dejo de moverse|no lo siento moverse))`),
  // El bebé se mueve menos (con semanas de embarazo, ver combinations.ts): "no se ha movido desde ayer", "no lo siento patear";
  // no los primeros movimientos que aún no se sienten.
  rule('baby-still', R`(?:bebe|nene|nena|bebito|bebita) (?:\w+ ){0,2}?(?:no (?:se )?(?:ha movido|he sentido|mueve|se mueve|patea|ha pateado|se siente)|dejo de moverse|ya no se mueve)|no (?:lo |la |le )?(?:siento|sentimos|he sentido|hemos sentido|senti|noto|notamos|he notado) (?:\w+ ){0,3}?(?:moverse|mover|se mueva|se mueve|patear|patee)|(?:menos|pocos|casi no hay|no hay) movimientos`, unlessSentence(/\b(?:todavia|aun|empez\w*|primera vez)\b/)),
  // A pain that runs up to the jaw or the left arm ("me sube a la mandíbula").
  rule('heart-spread', R`(?:sube|subia|se va|se corre|se pasa|se me pasa|irradia|corre) (?:\w+ ){0,2}?(?:a la |al |hacia la |hacia el |hasta la |hasta el )?(?:mandibula|quijada|brazo izquierdo|hombro izquierdo)`),
  rule('heart-spread', R`(?:brazo izquierdo|hombro izquierdo|quijada|mandibula|mandibula|entre (?:las )?(?:paletas|escapulas|omoplatos)|boca del estomago) (?:\w+ ){0,3}?(?:pesado|pesada|dormido|adormecido|duele|dolor|me duele|le duele|entumid[oa])|(?:dolor|peso|molestia|presion) (?:\w+ ){0,5}?(?:brazo izquierdo|quijada|mandibula|cuello|entre (?:las )?(?:paletas|escapulas))`),
  rule('cold-sweat', R`(?:(?:tod[oa]|muy|bien) (?:transpirad[oa]|sudad[oa]|empapad[oa])|sudor frio|sudando frio|sudando frio|sudor helado|frio y (?:mojado|sudado|sudando)|banado en sudor|empapado de sudor|sudando (?:\w+ ){0,3}?(?:vomit\w*|nause\w*|ganas de vomitar|mareado)|(?:nause\w*|ganas de vomitar) (?:\w+ ){0,3}?sudando)`),
  rule('head-hit', R`(?:se (?:ha )?(?:dado|pegado|golpeado) (?:\w+ ){0,3}?(?:con|en) la cabeza|se (?:pego|golpeo|dio) (?:\w+ ){0,3}?(?:en )?la (?:cabeza|nuca|frente)|golpe (?:\w+ ){0,2}?(?:en|de) la (?:cabeza|nuca|frente)|(?:me|se) (?:pegue|pego|golpee|golpeo) (?:\w+ ){0,3}?cabeza|cayo de cabeza|(?:se cayo|se cai|me cai|se resbalo) (?:\w+ ){0,6}?(?:cabeza|piso|suelo|cama|mesa|litera|escalera)|chichon)`),
  rule('blood-thinner', R`(?:warfarina|coumadin|cumadin|eliquis|apixaban|xarelto|rivaroxaban|sintrom|acenocumarol|pradaxa|clopidogrel|plavix|anticoagula\w*|adelgazar la sangre|para la sangre|pastilla para (?:la )?sangre rala)`),
  rule('head-injury-sign', R`(?:vomit\w*|devolvio|confundid[oa]|desorientad[oa]|repite|se le olvida|dormilon[oa]|mucho sueno|muy dormid[oa]|no quiere abrir|pupila|sin responder|perdio el conocimiento|se desmayo|lento para contestar|no se acuerda|habla raro)`),
  rule('confusion', R`(?:atarantad[oa]|aturdid[oa]|confundid[oa]|confusion|desorientad[oa]|delirando|delira|no sabe (?:donde|quien)|no reconoce|no nos reconoce|incoherencias|incoherente|como perdid[oa]|ida|ido|no (?:me |nos )?contesta bien|habla cosas sin sentido|confused)`),
  rule('stiff-neck', R`(?:cuello (?:\w+ )?(?:tieso|rigido|duro)|no (?:lo )?(?:puede|puedo) doblar (?:\w+ ){0,2}?(?:cuello|pa abajo|para abajo))`),
  rule('purple-rash', R`(?:manch\w*|puntit\w*|punt\w*|ronch\w*) (?:\w+ ){0,2}?(?:morad\w*|moretones|como moretes)|(?:manch\w*|puntit\w*) (?:\w+ ){0,6}?no se (?:quitan|borran|van) (?:\w+ ){0,4}?(?:aprieto|aprieta|apretar|vaso)`),
  rule('chemo', R`(?:quimio|quimioterapia|neutropeni\w*|defensas (?:muy )?bajas|tratamiento (?:de|para el|contra el) cancer)`),
  rule('hives', R`(?:ronchas|habones|urticaria|salpullido por todo|ronchitas por todo)`),
  rule('wheeze', R`(?:silb\w*|garganta (?:\w+ ){0,2}?(?:cerrada|apretada|rara|picando)|le cuesta respirar|tose y tose|tosiendo|ojos (?:\w+ ){0,2}?hinchad\w*|voz ronca)`),
];

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const ES_CONTEXT: LocaleContext = {
  negationWords: words('no sin nunca jamas ni tampoco niega niego nego niegan ningun ninguna ninguno negativo negativa descarta descartaron descartado'),
  negationPairs: new Set(['ya no', 'nada de', 'libre de', 'negativo para', 'ausencia de']),
  fillers: words(`tengo tiene tienes tenemos tienen tenia tenido tuve tuvo he ha has han hemos hay habia hubo siento sentido senti
    sintio siente sentia presentado presenta presento notado note noto el la los las un una unos unas mi mis su sus tu tus de
    del con me le te nos les lo mas ningun ninguna ninguno algun alguna alguno tipo signo signos sintoma sintomas senal
    senales se problema problemas pensamientos pensamiento ideas idea episodio episodios estoy esta es era fue son estado sido
    voy va a quiero quiere pienso piensa creo cree que sea sean haya ya otra otro nuevo nueva realmente nada tanto mucho muy
    yo ella ellos ellas usted nunca jamas hoy ahora actualmente aun todavia pensado en ganas nada na eso querido intencion
    agudo aguda agudos datos evidencia`),
  disjunctions: words('o u ni'),
  listNegationWords: words('niega niego nego niegan sin negativo negativa'),
  conjunctions: words('y e'),
  clauseBreak: /\b(?:pero|sin embargo|aunque|excepto|sino|mas bien|y ahora|ahora|luego|porque|ya que|pues|mientras|hasta que|desde que|que ahora)\b/g,
  negationAfter: /^ ?(?:[:=] ?(?:no|ninguno|ninguna|nada|negativo|niega)\b|,? (?:y )?(?:me |nos |le )?(?:dijo|dice|juro|contesto|respondio) que no\b| (?:fue|ha sido) descartad[oa]\b)/,
  unlikeBefore: /\b(?:como este|como esta|como esto|como ese|asi de|tan fuerte|tan intenso|tan malo|asi|como nunca|como ahora|como hoy|hasta ahora|hasta hoy)\b/,
  past: new RegExp(
    [
      R`(?<!(?:desde|durante|en|por|todo) )(?:el|la) (?:mes|ano|semana|verano|invierno|otono|primavera|vez) pasad[oa]`,
      R`(?<!desde )hace (?:\w+ )?(?:anos|meses|ano|mes|semanas|decadas|tiempo|mucho)`,
      R`(?:en|del|desde|durante) (?:el (?:ano )?)?(?:19|20)\d\d`,
      R`(?:el|este|ese|del) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:pasado )?(?:me|le|lo|la|nos|fui|fue|fuimos|tuvo|tuve|estuve|estuvo)`,
      R`de (?:nin[oa]|chic[oa]|pequen[oa]|joven|bebe|adolescente)`,
      R`cuando (?:era|estaba|tenia|fui|eramos) `,
      R`en el pasado`,
      R`anteriormente`,
      R`solia`,
      R`antes (?:yo )?(?:tenia|estaba|me daba|me subia|me bajaba|andaba|llegaba|me llegaba|lo tenia|la tenia|los tenia)`,
      R`murio (?:de|por)`,
      R`fallecio (?:de|por)`,
      R`a los \d{1,2} anos`,
      R`(?:en|desde|el|del|a principios de|a finales de|a mediados de) (?:\d{1,2} de )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`,
      R`(?:me|le|nos) (?:dieron|dan) de alta`,
      R`(?:fui|fue|fuimos|me llevaron|lo llevaron|la llevaron|nos llevaron|lo llevamos|la llevamos|llevamos|estuve|estuvo|ingreso|ingrese) (?:\w+ ){0,2}?(?:a |en )?(?:urgencias|emergencias|la sala de emergencia|el hospital|hospitalizad[oa]|internad[oa])`,
      R`una (?:sola )?vez`,
      R`(?:ya )?(?:evaluad[oa]|valorad[oa]|revisad[oa])`,
      R`de (?:chic[oa]|nin[oa]|pequen[oa]|joven)`,
      R`(?:resulto|resulta) (?:que|ser)`,
    ]
      .map((p) => `\\b${p}`)
      .join('|'),
  ),
  resolved: new RegExp(
    [
      // "Se me pasó por la cabeza" is a thought that crossed the mind, "se me pasó a la espalda" a
      // pain that spread, "ya fue 4 veces" a count: none is something that went away.
      R`ya (?:se (?:me |le |nos )?)?(?:quito|paso(?! por (?:la |mi |su )?(?:cabeza|mente)| (?:a|al|hacia|para) )|fue(?! (?:\d+|una|dos|tres|cuatro|cinco|seis|varias|muchas) (?:veces|vez))|detuvo|calmo|resolvio|curo|termino|paro|mejoro|desaparecio|compuso)`,
      R`se (?:me |le |nos )?(?:quito|paso(?! por (?:la |mi |su )?(?:cabeza|mente)| (?:a|al|hacia|para) )|resolvio|curo|desaparecio)`,
      R`(?:ya )?(?:estoy|esta|estamos) (?:recuperad[oa]|(?:bien|mejor)(?= ?(?:[,.!;\n]|$|y |ya |gracias|de (?:la|el|salud|eso)|del |desde|ahora|otra vez)))`,
      R`descartad[oa]s?`,
      R`descartaron`,
      R`se recupero`,
      R`me recupere`,
      R`(?:bien |muy bien )?controlad[oa]s?`,
      R`bajo control`,
      // "Dice que se siente bien" is what he says, not that it is over (an overdose can feel fine for hours).
      R`(?<!dice que |dicen que |segun (?:el|ella) )(?:me siento|se siente|estoy|esta|anda|ando) (?:mucho |ya )?(?:mejor|bien)(?= ?(?:[,.!;\n]|$|y |ya |gracias|de (?:la|el|salud|eso)|del |desde|ahora|otra vez|gracias a))`,
      R`no (?:me|le) ha vuelto a (?:pasar|dar)`,
      R`nunca mas (?:me |le )?(?:paso|volvio|la tome|lo tome)`,
      R`desde entonces`,
      R`todo (?:bien|salio bien|normal|en orden)`,
      R`salio bien`,
      // "Más confundida que su basal" is a change from the usual, not a return to it.
      R`(?<!que (?:su |mi |la |el )?)(?:situacion )?basal`,
      R`lleva (?:\w+ ){0,2}?(?:meses|semanas|anos|dias) sin`,
      R`va muy bien`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  recurrence: /\b(?:todavia|aun|sigue|sigo|siguen|otra vez|de nuevo|nuevamente|volvio|volvieron|regreso|regresaron|vuelve|otro|otra|peor|empeor\w*)\b/,
  ongoing: /\b(?:vengo|llevo|he estado|todavia|aun|sigue|sigo|siguen|otra vez|de nuevo|nuevamente|volvio|volvieron|regreso|regresaron|vuelve|otro|otra|peor|empeor\w*|empezo|empece|comenzo|comence|inicio|desde (?!entonces)|por (?:\d+|dos|tres|varios|unos) dias|ahora mismo|cada dia|todos los dias|constante\w*|hoy|esta manana|esta noche|anoche)\b/,
  pastBefore: /(?:\b(?:antecedentes?|historial|historia) de|\bmi (?:anterior|ultima|ultimo|pasada|pasado|primer|primera)|\b(?:despues|luego) de (?:mi|su|la|el)|\bdesde (?:mi|su))(?: \w+)? $/,
  hypothetical: new RegExp(
    [
      R`riesgos?`,
      R`probabilidad\w*`,
      R`posibilidad\w*`,
      R`prevenir`,
      R`evitar`,
      R`reducir`,
      R`en caso de`,
      R`por si`,
      R`que pasa si`,
      R`y si`,
      R`si (?:me|le|te) (?:da|dan|diera|llega|vuelve|pasa|empieza|llegara|vuelva)`,
      R`si (?:tengo|tiene|tienes|tuviera|siento|siente|presento|presenta|noto|nota|llego a|llega a|vuelvo a|vuelve a|empiezo a|empieza a)`,
      R`(?:puede|pueden|podria|podrian|suele|suelen) (?:\w+ ){0,2}?(?:causar|provocar|dar|producir|ocasionar)`,
      R`(?:causa|causan|provoca|provocan|produce|producen|ocasiona)`,
      R`efectos? secundarios?`,
      R`(?:miedo|temor|preocupa\w*|asusta\w*|nervios\w*) (?:de|a|por|que) (?:\w+ ){0,2}?(?:tener|sufrir|me de|le de|que me de|que le de|padecer)`,
      R`senales de alarma`,
      R`cuando (?:debo|tengo que|hay que|debemos) (?:ir|llamar|preocupar\w*)`,
      R`que (?:hago|debo hacer|hacer|hacemos) (?:si|cuando|en caso)`,
      R`como (?:se|puedo|sabe|saber|podemos) (?:\w+ )?(?:sabe|saber|reconocer|reconoce|identificar|distinguir)`,
      R`como (?:se|sabre|sabemos|puedo saber|podemos saber|saber) si`,
      R`antecedentes? familiares`,
      R`en mi familia`,
      R`pruebas? (?:de|para) detectar`,
      R`para descartar`,
      R`precauciones`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  notNow: new RegExp(
    [
      // A whole sentence about "if it ever happens": "si mi bebé de 2 meses llega a tener fiebre, ¿a dónde lo llevo?".
      R`si (?:\w+ ){0,6}?(?:llega a tener|llegara a tener|llegase a tener|le llega a dar|le llegara a dar|le diera)`,
      String.raw`si (?:\w+ ){0,3}?(?:algun dia|alguna vez|algun momento|llegara|llegase|llega a)`,
      String.raw`(?:que|como) (?:hago|debo hacer|hacemos|debemos hacer|tengo que hacer|hacer) (?:si|cuando|en caso)`,
      String.raw`(?:para tenerlo (?:claro|anotado|presente)|para estar preparad[oa]s?|para saber(?:lo)? (?:antes|de antemano)|por si (?:acaso|algun dia|las dudas)|de antemano|con tiempo|antes de que (?:pase|nazca|llegue))`,
      String.raw`(?:solo|nada mas|nomas) (?:quiero|queria|quisiera) (?:saber|estar preparad[oa]|tener claro)`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  laughter: new RegExp(
    // Salvo que la cláusula diga que no es broma ("pero ya en serio, …" después de la risa pasa a la pregunta).
    String.raw`(?<!\b(?:no es broma|no estoy bromeando|no es chiste|en serio|de verdad|neta)\b.*)\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|xd)(?![a-z0-9])(?!.*\b(?:no es broma|no estoy bromeando|no es chiste|neta)\b)|😂|🤣|🤦|😅|🙄`,
  ),
  questionCue: /\b(?:senales|signos|sintomas|senas|signo|sintoma|senal) (?:de|del)\b|\bdiferencia entre\b|\bque (?:es|son) (?:un |una |el |la )?$|\b(?:a partir de|a) (?:que|cuant[ao]s?) $|\bcuanta $|\bque (?:temperatura|temp) (?:es|se considera|seria) $|\b(?:se considera|considera|considerad[oa]|cuenta como|eso es|es eso) (?:una? |como )?$/,
  questionStart: /^ ?(?:que|cual|cuales|como|cuando|por que|debo|deberia|puede|puedo|es|son|hay)\b/,
  documentBefore: /\b(?:prevencion|riesgo|prueba|pruebas|examen|examenes|estudio|estudios|resultados?|radiografia|rayos x|placa|tomografia|resonancia|electro|electrocardiograma|ecocardiograma|analisis|medicamentos?|medicinas?|pastillas|pildoras|receta|recetas|resurtido|formulario|cuestionario|folleto|clase|programa|tratamiento|informacion)(?: \w+)? (?:de|del|para|sobre|contra|por) (?:la |el |las |los |mi |mis |su |sus |un |una )?$/,
  documentAfter: /^ (?:prueba|resultados?|examen|estudio|clinica|programa|formulario|cuestionario|folleto|prevencion|riesgo)\b/,
};

export const ES: LocaleRules = { rules: ES_RULES, context: ES_CONTEXT };
