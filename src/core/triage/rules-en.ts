/**
 * English urgency rules. Patterns run on normalised text (see `normalize.ts`): lower case, no
 * accents, no apostrophes ("can't" → "cant"), hyphens as spaces, one white-space character between
 * words. A literal space in a pattern matches one white-space character.
 *
 * Common misspellings are listed as alternatives ("pian", "breth", "shortnes"). Gaps between words
 * are bounded (`(?:\w+ ){0,3}`) so matching stays linear.
 */
import { anyOf, events, GAP_NEGATION, ifSentence, notLongAgo, rule, unlessSentence } from './rule-helpers.js';
import type { LocaleContext, LocaleRules, MatchScope, UrgencyRule } from './types.js';
import { extremeGlucose, highTemperature } from './values.js';

const R = String.raw;

// ---- word families -------------------------------------------------------------------------
const CHEST = R`(?:chest|chets|chset|chesst|cheast|chestt|chst|ches)`;
const PAIN_WORD = R`(?:pains?|pian|pians|painn|paim|payn|paine|pani|ache|aches|aching|discomfort|pressure|presure|pressur|preasure|tightness|tigthness|tightnes|thightness|tight|heaviness|heavy|squeezing|squeezed|crushing|burning|hurts?|hurting|killing me|on fire)`;
const BREATHE = R`(?:breathe|breath|breth|brethe|breathing|brething|breathin|breating|breahting|breething|breeth|breate|breat|brathe|breathes|breaths)`;
const CANT = R`(?:can(?:t|not| not| t)(?: (?:even|hardly|barely|seem to))?|can (?:hardly|barely)|could(?:nt| not)(?: (?:even|seem to))?|could (?:hardly|barely)|cnt|unable to|not able to|(?:havent|hasnt|hadnt|have not|has not|had not|not|never) been able to|barely|hardly)`;
const BLOOD = R`(?:blood|bood|blod)(?! ?(?:test|tests|testing|work|pressure|pressures|sugar|sugars|draw|drawn|drawing|results?|panel|panels|count|counts|levels?|type|thinners?|bank|donation|donor|glucose|cells?|orange|oxygen|oxygen levels?|pressure))`;
const CATCH_BREATH = R`(?:catch|get|take) (?:my |his |her |a |their |enough |any |a deep )?(?:breath|breth|air|oxygen)`;
const HEADACHE = R`(?:headache|headaches|head ache|head aches|headach|hedache|hedaches|headake|headace|haedache|headahce|head pain|migraine|migrane)`;
const SELF = R`(?:my ?self|myslef|myelf|meself|mysef)`;
const THEMSELF = R`(?:himself|herself|themselves|themself|hisself|him self|her self)`;
const PERSON = R`(?:he|she|they|him|her|them|baby|babys|son|sons|daughter|daughters|husband|husbands|wife|wifes|mom|moms|mother|mothers|dad|dads|father|fathers|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|child|childs|kid|kids|toddler|infant|partner|partners|brother|brothers|sister|sisters|friend|friends|roommate|boyfriend|girlfriend|someone|somebody|person|man|woman|neighbor|uncle|aunt|cousin|spouse|teen|teenager|patient|hes|shes|theyre)`;
const ACCIDENT_AFTER = R`(?! (?:while|when|on(?! purpose)|at|in|during|with|lifting|playing|working|cooking|shaving|chopping|slicing|cutting|gardening|moving|exercising|running|falling|by accident|accidentally|trying|opening|doing|carrying|picking|the other|badly at|at work|last|yesterday|a little|a bit|pretty|this (?:morning|week|weekend)))`;
const FUTURE_DIE = R`(?! (?:my|your|his|her|the|their|our|it|hair|of (?:embarrassment|shame|laughter|boredom|curiosity)|laughing|at home|in peace|peacefully))`;

// ---- sentence checks used by some rules ------------------------------------------------------
/** Chronic, positional or nerve numbness is not a stroke sign. */
const NOT_STROKE = /\b(?:back|sciatica|hip|knee|foot|feet|toes?|fingers?|hands?|wrists?|carpal|nerve|neuropathy|diabetes|diabetic|for (?:weeks|months|years)|chronic|every night|at night|when i sleep|in the morning|wake up|sleeping|sitting|shot|injection|vaccine|numbing|dentist|novocaine)\b/;
/** Bleeding gums, chronic heavy periods, a scraped knee. */
const NOT_SEVERE_BLEEDING = /\b(?:gums?|brush\w*|floss\w*|periods|every month|each month|my cycles?|hemorrhoids?|paper cut|shaving|(?:blood|lab) (?:draw|test|work)|injection|shot|iv)\b/;
const SUGAR_SYMPTOMS = /\b(?:shak\w*|trembl\w*|sweat\w*|confus\w*|dizz\w*|faint\w*|pass(?:ed|ing)? out|vomit\w*|throw\w* up|threw up|drows\w*|sleepy|lethargic|wont wake|cant wake|weak|blurr?y|slurr\w*|acting (?:weird|strange|drunk|funny)|not making sense|fruity|breathing fast|cant think|seiz\w*|unresponsive|thirsty|peeing|urinating)\b/;
const SEVERE_SUGAR_SYMPTOMS = /\b(?:confus\w*|faint\w*|pass(?:ed|ing)? out|wont wake|cant wake|unresponsive|seiz\w*|slurr\w*|acting (?:weird|strange|drunk|funny)|not making sense|cant think|vomit\w*)\b/;
/** Pauses in breathing during sleep are a question for a sleep study, not an emergency. */
const SLEEP_APNEA = /\b(?:snor\w*|apnea|cpap|bipap|sleep study|in (?:his|her|my|their) sleep|while (?:sleeping|asleep)|at night)\b/;
const CHRONIC_PAIN = /\b(?:chronic|usual|usually|always|for (?:years|months)|ongoing|as usual|same as always|arthritis|fibromyalgia|pain management|pain clinic|pain contract)\b/;
const NOT_A_PERSON_AFTER = /^ (?:to (?:(?:my|our|your|the|his|her|any|these|those|this|that) )?(?:\w+ )?(?:messages?|emails?|calls?|texts?|treatment|medications?|medicines?|meds|antibiotics?|therapy|steroids?|inhalers?|portal|requests?|letters?|voicemails?)|on (?:the )?(?:phone|portal|app))\b/;
const MACHINE_BEFORE = /\b(?:portal|app|website|site|page|computer|phone|system|link|button|office|pharmacy|clinic|server|printer|screen)\b/;

/** "he won't wake up", "my dad is not responding": a person, not the portal or a treatment. */
function personNotResponding(scope: MatchScope): boolean {
  const personBefore = new RegExp(R`\b${PERSON}\b`).test(scope.before);
  return personBefore && !MACHINE_BEFORE.test(scope.before) && !NOT_A_PERSON_AFTER.test(scope.after);
}

export const EN_RULES: readonly UrgencyRule[] = [
  // ---- emergency ------------------------------------------------------------------------------
  rule('chest-pain', R`${CHEST} (?:\w+ ){0,2}?${PAIN_WORD}(?! ?(?:x ?rays?|xray|ct|scan|mri))`),
  rule('chest-pain', R`${anyOf('pains?', 'pian', 'pressure', 'presure', 'tightness', 'heaviness', 'ache', 'discomfort', 'squeezing', 'crushing', 'burning', 'weight', 'elephant')} (?:\w+ ){0,2}?(?:in|on|across|over|around|of|under|behind|into) (?:\w+ ){0,4}?${CHEST}`),
  rule('chest-pain', R`(?:angina|substernal|retrosternal|(?<=\b(?:c o|co|with|having|had|has|new|crushing|substernal|radiating|severe|acute|sudden) )cp|cp (?:\w+ ){0,2}?(?:radiating|to (?:the |my |his |her )?(?:jaw|arm|back)))`),
  rule('chest-pain', R`(?:something|weight|an? \w+) (?:\w+ ){0,2}?(?:sitting|standing|pressing|pushing|parked|squeezing) on (?:my|his|her) chest|(?:behind|under) (?:my|his|her|the) (?:breastbone|breast bone|sternum)`),
  rule('chest-pain', R`(?:ache|aching|pain|pressure|discomfort|hurts?|hurting) (?:\w+ ){0,4}?(?:jaw|between (?:my|his|her|the) shoulder blades|left arm|left shoulder)(?:\w| )*?(?:sweat\w*|clammy|nause\w*|short of breath|sick to (?:my|his|her) stomach)`),
  ...events(rule('heart-attack', R`(?<!(?:nearly|almost|practically|about to|gonna|going to|could have|would have|wouldve|couldve|gave me|give me|giving me) (?:have |had |give me |gave me )?(?:a |an )?)(?:heart attack|heart attacks|hart attack|heart atack|hearth attack|heartattack|heart attak|cardiac arrest|myocardial infarction)`, notLongAgo)),

  rule(
    'trouble-breathing',
    R`(?:${CANT} (?:(?!(?:wait|help|stop|afford|believe)\b)\w+ ){0,2}?(?:${BREATHE}|${CATCH_BREATH})|not (?:\w+ ){0,2}?${CATCH_BREATH})`,
  ),
  rule('trouble-breathing', R`(?:trouble|difficulty|difficulties|dificulty|difficulity|problems?|hard time|struggling|struggle|struggles|struggled|labou?red|fighting) (?:with |in |to |for )?${BREATHE}`),
  rule('trouble-breathing', R`(?:hard|difficult|hurts|painful|tough|impossible|harder|struggle) to ${BREATHE}`),
  rule('trouble-breathing', R`(?:short|shortness|shortnes|shortess|shotness|shortnss|shrtness|shortnness|shorness|sortness|shortne|shortnes|shot) (?:of|o|off|if) (?:breath|breth|breathe|breat|brath|breathing|air|bretah)`),
  rule('trouble-breathing', R`(?:hard time|trouble|difficulty|struggling|struggle|problems?) (?:catching|getting|taking) (?:my |his |her |a |their |enough |any )?(?:breath|breth|air|oxygen)`),
  rule('trouble-breathing', R`(?:gasping|gasps|gasped|gasp)(?: for (?:air|breath))?`, unlessSentence(SLEEP_APNEA)),
  rule('trouble-breathing', R`(?:lips|face|fingers|fingernails|nails|skin) (?:\w+ ){0,2}?(?:blue|bluish|purple|grey|gray)`),
  rule('trouble-breathing', R`(?:not|isnt|stopped|stops|wasnt|quit|stop) ${BREATHE}`, unlessSentence(SLEEP_APNEA)),
  rule('trouble-breathing', R`(?<=\b(?:hes|shes|is|was|im|started|keeps|theyre) )choking`),
  rule('trouble-breathing', R`${BREATHE} (?:is |has been |was |got |gets |getting |feels |seems |sounds )?(?:very |really |so |more |super )?(?:difficult|labou?red|shallow and fast|fast and shallow|rapid and shallow)`),
  rule('trouble-breathing', R`(?:asthma|ashtma|asma) (?:attack|atack|attak|flare)`),
  rule('trouble-breathing', R`inhaler (?:\w+ ){0,2}?(?:not|isnt|doesnt|wont|didnt|stopped) (?:help|helping|working|work)`),
  rule('trouble-breathing', R`(?:suffocating|suffocate|suffocation)`),
  rule('trouble-breathing', R`(?:ribs|between (?:his|her|the|their) ribs|under (?:his|her|the) ribs|chest|belly|neck|skin) (?:\w+ ){0,5}?(?:sucking|sucks|pulling|pulls|caving|caves|sinking|sinks|pulled) in`),
  rule('trouble-breathing', R`(?:grunting|grunts|nostrils (?:are )?flaring|flaring (?:his|her) nostrils|seal bark|barking (?:and )?(?:\w+ ){0,2}?stridor|stridor|retractions)`),
  rule('trouble-breathing', R`(?:breathing|breaths|breath) (?:is |are |has been |seems |sounds )?(?:very |really |super |so |too |kind of )?(?:fast|rapid|slow|shallow|noisy|raspy)(?! (?:when|while|after|during) (?:i |he |she )?(?:run|exercis|workout))`, unlessSentence(/\b(?:anxiety|panic|anxious|exercise|running|workout|gym)\b/)),
  rule('trouble-breathing', R`(?:(?:hurts|painful|hard) to (?:take )?(?:a )?(?:deep )?breath|winded (?:just )?(?:walking|sitting|talking|getting up|lying)|(?:cant|cannot|can not) get (?:more than )?(?:\w+ )?(?:words|word) out|drowning (?:\w+ ){0,3}?(?:night|bed|lying|sitting)|waking up (?:\w+ ){0,3}?gasping)`),
  rule('trouble-breathing', R`(?:barely breathing|(?:cant|cannot|can not|couldnt) (?:finish|complete|get out) (?:a |my |his |her )?(?:sentence|sentences|words)|(?:cant|cannot) swallow (?:my |his |her )?(?:own )?(?:spit|saliva)|winded (?:just )?(?:sitting|resting|lying)|out of breath (?:just )?(?:sitting|resting|lying|talking)|(?:cant|cannot|can not|couldnt) (?:lie|lay|sleep|be) (?:down )?flat)`),
  rule('trouble-breathing', R`(?:cant stop|cannot stop|wont stop|nonstop|non stop|constant|constantly|severe|severely|really bad|very bad|bad) wheez\w*`),
  rule('trouble-breathing', R`wheez\w* (?:\w+ ){0,2}?(?:badly|really bad|nonstop|non stop|and (?:cant|cannot|can barely|can hardly) (?:talk|speak|breathe|breath))`),

  rule('stroke-signs', R`(?:face|mouth|smile|lip|lips|eyelid|side of (?:my|his|her|the|their) face) (?:\w+ ){0,3}?(?:droop\w*|drupe\w*|crooked|lopsided|sagging|saggy)`),
  rule('stroke-signs', R`droop\w* (?:\w+ ){0,2}?(?:face|mouth|smile|lip|lips|eyelid)`),
  rule(
    'stroke-signs',
    R`(?:weak\w*|numb\w*|paraly\w*|limp|cant move|cannot move|can not move|couldnt move|cant feel|cannot feel|cant lift|cannot lift|cant use) (?:\w+ ){0,2}?(?:in |on |of )?(?:my |his |her |the |their )?(?:whole )?(?:left|right|one) (?:arm|leg|side|half)`,
    unlessSentence(NOT_STROKE),
  ),
  rule(
    'stroke-signs',
    R`(?:left|right|one) (?:arm|leg|side of (?:my|his|her|the|their) (?:body|face)) (?:\w+ ){0,3}?(?:numb|weak|dead|limp|heavy|paralyzed|gave out|wont move|not moving|stopped working)`,
    unlessSentence(NOT_STROKE),
  ),
  rule('stroke-signs', R`(?:slurr\w*|slured|sluring)`),
  // Speech like a drunk person's in someone who has not been drinking, and drool from one side of the mouth.
  rule('stroke-signs', R`(?:talking|talks|talked|sounds|sounded|speaking|speaks|speech) (?:\w+ ){0,1}?like (?:(?:he|she|they|i|hes|shes|theyre|im) (?:is |was |are |were |had |been )*)?(?:drunk|wasted|had a few)|drool\w* (?:\w+ ){0,2}?(?:out of|from|on) one side`),
  rule('stroke-signs', R`(?:(?:left|right|one) (?:hand|arm|leg|side)|hand|arm) (?:\w+ ){0,2}?(?:feels |is |went |gone )?(?:clumsy|useless|wont work|wouldnt work|not working|dead)`, unlessSentence(NOT_STROKE)),
  rule('stroke-signs', R`(?:${CANT}|not) (?:hold|holding|lift|lifting|grip|gripping|raise|squeeze) (?:\w+ ){0,3}?(?:cup|glass|arm|fork|spoon|hand|phone|coffee)`, unlessSentence(NOT_STROKE)),
  rule('stroke-signs', R`(?:words|speech) (?:\w+ ){0,3}?(?:come out wrong|coming out wrong|came out wrong|all wrong|mixed up|wrong words)|(?:saying|says|said) (?:the )?wrong words`),
  rule('stroke-signs', R`(?:speech|talking|words) (?:\w+ ){0,2}?(?:garbled|jumbled|gibberish|not making sense|doesnt make sense)`),
  rule(
    'stroke-signs',
    R`(?:${CANT}|trouble|difficulty|difficulties|problems?) (?:(?:to|in|with) )?(?:(?:speak|talk|talking|speaking) (?:clearly|properly|normally|straight)|(?:get|getting|find|finding|form|forming) (?:\w+ )?(?:words|sentences)(?: out)?)`,
  ),
  rule('stroke-signs', R`(?:sudden|suddenly|all of a sudden|out of nowhere) (?:\w+ ){0,3}?(?:confus\w*|disorient\w*)`),
  rule('stroke-signs', R`(?:confused|disoriented) (?:\w+ ){0,3}?(?:suddenly|all of a sudden|out of nowhere)`),
  rule('stroke-signs', R`(?:lost|loss of|losing|lose|lost all|lost the) (?:\w+ ){0,2}?(?:vision|sight|eyesight)`),
  rule('stroke-signs', R`(?:${CANT}|not) see (?:\w+ ){0,2}?(?:of|from|with|in) (?:my|his|her|one|the|their) (?:left |right )?eye`),
  rule('stroke-signs', R`(?:sudden|suddenly|all of a sudden) (?:\w+ ){0,2}?(?:blind|double vision|cant see|cannot see|vision loss)`),
  rule('stroke-signs', R`went blind`),
  rule('stroke-signs', R`(?<!(?:residual|chronic|old|known|baseline|prior|previous|longstanding) )(?:hemiparesis|hemiplegia|dysarthria)(?! (?:\w+ ){0,2}?(?:residual|chronic|baseline|known|since|from (?:his|her|their|my) (?:old|prior|previous)))`),
  rule('stroke-signs', R`(?:curtain|shade|shadow) (?:\w+ ){0,3}?(?:over|across|coming down over|down over) (?:my|his|her|the|their) (?:left |right )?(?:eye|vision)`),
  ...events(rule('stroke-signs', R`(?<!heat |sun |brush |back |swim |swimming |breast |golf |tennis |paint |(?:give|gave|giving|given|gives) me (?:a )?)(?:strokes?|stoke|stroek|mini stroke|transient ischemic attack)(?! of (?:luck|genius|midnight))`, notLongAgo)),

  ...events(rule('fainting', R`(?:fainted|fainting|faints|fanted|feinted|fainter|passed out|passing out|(?<!could |would )pass out|passes out|past out|blacked out|blacking out|blacks out|lost consciousness|loss of consciousness|losing consciousness|lose consciousness|loses consciousness|out cold|went limp|syncope|syncopal)`)),
  ...events(rule('fainting', R`(?<=\b(?:feel|feeling|felt|feels|going to|gonna|about to|almost|nearly) )faint`)),
  ...events(rule('fainting', R`(?<!an |lung |vein |veins )(?:collapsed|collapsing|collapses)(?! (?:lung|vein|veins|disc|disk))`)),
  ...events(rule('fainting', R`(?:unconscious|unconcious|unconsious)(?! (?:bias|mind))`)),
  ...events(rule('fainting', R`(?:was|got|been) knocked out`)),

  ...events(rule('seizure', R`(?:(?:had|having|has) (?:a )?fit(?! (?:of|test|for))|jerking (?:all over|everywhere|his|her|their|arms|legs)|(?:went|goes) (?:stiff|rigid) (?:and|then) (?:\w+ ){0,2}?(?:shak|jerk|twitch)\w*)`)),
  ...events(rule('seizure', R`(?:seizure|seizures|siezure|siezures|seizre|seizur|sezure|sezures|seisure|seizuer|seazure|seizing|convulsion|convulsions|convulsing|convulsed|convulsive|grand mal|epileptic (?:fit|attack|episode)|shaking uncontrollably|jerking uncontrollably)`)),

  rule(
    'severe-bleeding',
    R`(?:bleeding|bleed|bleeds|bled|blooding) (?:\w+ ){0,2}?(?:a lot|heavily|heavy|badly|bad|profusely|nonstop|non stop|so much|really bad|like crazy|everywhere|all over|through|wont stop|will not stop|doesnt stop|does not stop|isnt stopping|is not stopping|wont quit|wont slow)(?! less)`,
    unlessSentence(NOT_SEVERE_BLEEDING),
  ),
  rule(
    'severe-bleeding',
    R`(?:heavy|severe|uncontrolled|uncontrollable|massive|lots of|a lot of|so much|profuse|major|serious|tons of) (?:\w+ )?(?:bleeding|blood loss|hemorrhag\w*|haemorrhag\w*|${BLOOD})`,
    unlessSentence(NOT_SEVERE_BLEEDING),
  ),
  rule('severe-bleeding', R`(?:${CANT}|wont|will not|doesnt|does not|isnt|is not|wouldnt|not) (?:get (?:it|the bleeding) to |make it )?(?:stop|stopping) (?:the )?(?:bleeding|blooding|${BLOOD})`),
  rule('severe-bleeding', R`(?:bleeding|${BLOOD}) (?:\w+ ){0,3}?(?:wont|will not|doesnt|does not|isnt|is not|not) (?:stop|stopping|slowing|slow down)`),
  rule('severe-bleeding', R`(?:bleeding|${BLOOD}) (?:is |keeps |still )?(?:gushing|pouring|spurting|squirting|pumping|everywhere|all over)`),
  rule('severe-bleeding', R`(?:gushing|pouring|spurting|squirting|pumping|pumpin) (?:out )?(?:\w+ ){0,2}?(?:blood|bleeding)`),
  rule('severe-bleeding', R`(?:soaked|soaking|bled) (?:right |all the way )?through (?:\w+ ){0,3}?(?:towels?|bandages?|gauze|shirt|dressing|twice|again)?`),
  rule('severe-bleeding', R`(?:nosebleed|nose bleed|bleeding|cut|wound|gash) (?:\w+ ){0,8}?(?:${CANT}|wont|will not|not) (?:get (?:it|them) to )?stop`),
  rule('severe-bleeding', R`(?:soak\w*|soaked) (?:\w+ ){0,3}?(?:pads?|tampons?|towels?|bandages?|gauze|sheets|clothes)`),
  rule('severe-bleeding', R`(?:hemorrhag\w*|haemorrhag\w*)`, unlessSentence(/\b(?:eye|eyes|subconjunctival|splinter)\b/)),

  rule(
    'coughing-vomiting-blood',
    R`(?:cough\w*|caugh\w*|vomit\w*|vomt\w*|throw\w* up|threw up|puk\w*|spit\w*|spat|hack\w* up|bring\w* up|brought up) (?:up )?(?:\w+ ){0,5}?${BLOOD}`,
    unlessSentence(/\b(?:gums?|brush\w*|floss\w*|nose ?bleeds?)\b/),
  ),
  rule('coughing-vomiting-blood', R`${BLOOD} (?:\w+ ){0,2}?(?:in|when|while) (?:my |his |her |the |their )?(?:vomit|vomiting|throw up|throwing up|puke|spit|sputum|phlegm|mucus|mucous|cough|coughing)`),
  rule('coughing-vomiting-blood', R`(?:vomit\w*|throw\w* up|threw up) (?:\w+ ){0,3}?coffee grounds?`),
  rule('coughing-vomiting-blood', R`(?:bloody|blood tinged|blood streaked) (?:vomit|phlegm|sputum|mucus|cough)`),
  rule('coughing-vomiting-blood', R`(?:hematemesis|hemoptysis|haematemesis|(?:pink|pinkish) (?:\w+ )?(?:frothy|foamy|foam|froth))`),

  rule('allergic-reaction', R`throat (?:\w+ ){0,3}?(?:closing|closes|close up|tightening|swelling shut|swelling up|swelled up|swollen shut|is swelling|feels tight|is tight)`),
  rule('allergic-reaction', R`(?:swelling|swollen|swell|swelled|swells|puffing up|puffed up|blew up|blowing up) (?:\w+ ){0,2}?(?:face|lips?|tongue|throat|mouth)`),
  rule('allergic-reaction', R`(?:face|lips?|tongue|mouth) (?:\w+ ){0,3}?(?:swelling|swollen|swelled|swell|blowing up|blown up|ballooning|puffing up|huge|enormous|twice (?:its|the) size)`),
  rule('allergic-reaction', R`(?:anaphyla\w*|anaphala\w*|anafala\w*|anaphalactic)`),
  rule('allergic-reaction', R`(?<!(?:mild|minor|small|slight|little|tiny|light) )(?:allergic|alergic|allergc) (?:reaction|reation|reaccion|reactions)`),
  rule('allergic-reaction', R`(?:used|use|using|gave|give|giving|injected|inject) (?:\w+ ){0,2}?(?:epi ?pens?|auvi q|auviq|epinephrine|adrenaline|jext|anapen|emerade|adrenaclick|symjepi|neffy)`),

  rule('overdose-poisoning', R`(?<!(?:think\w* (?:about|of)|thought (?:about|of)|plan(?:ning)? (?:to|on)|want to|wanna|going to|gonna|might|urge to|tempted to|about) )(?:overdos\w*|over dos\w*|overdoes|overdoesed)`),
  rule('overdose-poisoning', R`(?:took|taken|swallowed|ate|drank|injected|used) (?:\w+ ){0,4}?(?:too many|too much|way too much|way too many|(?:a|the|my|his|her|their|an) (?:whole|entire) (?:bottle|pack|box)|a handful|handfuls|a bunch of (?:pills|tablets|meds))`),
  rule('overdose-poisoning', R`(?:swallowed|swallow|swallows|ate|eat|eats|drank|drink|drinks|drunk|got into|chewed|chewing|licked|ingested|eaten|drinking|swallowing|sprayed) (?:\w+ ){0,4}?(?:bleach|detergent|laundry pods?|tide pods?|dishwasher pods?|cleaner|cleaning (?:fluid|solution|product|supplies)|antifreeze|rat poison|poison|pesticide|weed killer|lighter fluid|gasoline|lamp oil|button batter(?:y|ies)|batteries|battery|magnets?|drain cleaner|nail polish remover|hand sanitizer)`),
  rule(
    'overdose-poisoning',
    R`(?:son|daughter|child|kid|kids|baby|toddler|grandson|granddaughter|boy|girl|nephew|niece|little one|(?<=\b(?:\d{1,2}|one|two|three|four|five|six) )(?:year|yr|month|mo)s? old) (?:\w+ ){0,4}?(?:swallowed|ate|got into|chewed|chewed up|drank|may have swallowed|might have swallowed|might have eaten|may have eaten|may have taken|might have taken|got ahold of|found and ate|got hold of) (?:\w+ ){0,4}?(?:pills?|tablets?|meds|medicines?|medications?|gummies|vitamins|drugs|capsules|edibles?|bottle|iron (?:pills|tablets|supplements)|tylenol|advil|ibuprofen|benadryl|melatonin|clonidine|blister pack)`,
  ),
  rule('overdose-poisoning', R`(?<!food |blood )(?:poison|poisoned|poisoning|poisonous)(?! (?:ivy|oak|sumac))`),
  rule('overdose-poisoning', R`(?:carbon monoxide|co (?:alarm|detector))`),
  rule('overdose-poisoning', R`(?:took|taken|swallowed|ate|had|popped|downed|drank) (?:like |about |around |maybe |almost |over |nearly |at least )?(?:\d{2,3}|twenty|thirty|forty|fifty|a bunch of|a handful of|handfuls of|all (?:of )?(?:my|her|his|their|the|those)|the whole) (?:\w+ ){0,3}?(?:pills?|tablets?|caps|capsules?|benadryl|tylenol|advil|aleve|xanax|oxy\w*|percocet|vicodin|adderall|ambien|melatonin|sleeping pills|meds|gummies|diphenhydramine|acetaminophen|ibuprofen|lithium)`),
  rule('overdose-poisoning', R`(?:swallowed|ate|drank|got into|chewed|licked|ingested|sucked on) (?:\w+ ){0,5}?(?:button batter(?:y|ies)|magnets?|magnet balls|washer fluid|windshield|drain cleaner|bleach|antifreeze|lye|pods?|pesticide|lamp oil|blister pack|essential oils?|mouthwash|nicotine|vape juice|e liquid)`),
  // A button battery burns through the gullet within hours, even in a child who seems well.
  rule('overdose-poisoning', R`(?:swallowed|swallow|ate|chewed|sucked on) (?:\w+ ){0,5}?(?:round|little|small|tiny|coin|watch|button|flat|remote|hearing aid) batter(?:y|ies)|(?:put|stuck) (?:\w+ ){0,6}?batter(?:y|ies) (?:\w+ ){0,2}?in (?:his|her|their|my) (?:mouth|nose|ear)`),
  rule('overdose-poisoning', R`pinpoint pupils|(?:gave|give|giving|used|sprayed) (?:\w+ ){0,2}?(?:narcan|naloxone)`),
  rule('overdose-poisoning', R`(?:took|taken|swallowed|ate) (?:\w+ ){0,3}?(?:whole|entire|all) (?:\w+ ){0,2}?(?:weeks?|months?) (?:of |worth of )?(?:\w+ ){0,2}?(?:pills|meds|medicines?|tablets|worth)`),

  rule('severe-headache', R`(?:worst|wrost|worse|worstt) (?:\w+ ){0,2}?${HEADACHE} (?:\w+ ){0,4}?(?:life|ever)`),
  rule('severe-headache', R`${HEADACHE},? (?:\w+ ){0,2}?(?:the )?worst (?:\w+ ){0,4}?(?:ever|life)`),
  rule('severe-headache', R`(?:sudden|suddenly|thunderclap|explosive|exploding|instant) (?:\w+ ){0,3}?${HEADACHE}`),
  rule('severe-headache', R`${HEADACHE} (?:\w+ ){0,4}?(?:came on suddenly|started suddenly|hit (?:me )?suddenly|suddenly|all of a sudden|out of nowhere|like a thunderclap|like being hit|like i was hit|like a bomb)`),
  rule('severe-headache', R`(?:head|skull) (?:\w+ ){0,3}?(?:exploding|going to explode|about to explode|gonna explode)`),
  rule('severe-headache', R`${HEADACHE} (?:\w+ ){0,6}?stiff neck`),

  rule('blood-sugar-extreme', R`(?:blood sugars?|sugars?|glucose|bg|bgl|bs|glucometer|cgm|dexcom|libre|blood glucose|glucose level|sugar level|sugar levels) (?:\w+ ){0,4}?\d{2,4}`, extremeGlucose),
  rule('blood-sugar-extreme', R`(?:very|really|super|dangerously|extremely|crazy|way|so|scary) (?:low|high) (?:blood )?(?:sugars?|glucose|bg)`, ifSentence(SUGAR_SYMPTOMS)),
  rule('blood-sugar-extreme', R`(?:blood sugars?|sugars?|glucose|bg) (?:\w+ ){0,3}?(?:very|really|super|dangerously|extremely|so|way too|crazy|scary) (?:low|high)`, ifSentence(SUGAR_SYMPTOMS)),
  rule('blood-sugar-extreme', R`(?:hypoglycemi\w*|hyperglycemi\w*|low blood sugars?|low sugars?|insulin reaction|insulin shock)`, ifSentence(SEVERE_SUGAR_SYMPTOMS)),
  rule('blood-sugar-extreme', R`(?:ketoacidosis|dka|diabetic coma|diabetic shock)`),
  rule('blood-sugar-extreme', R`(?:meter|glucometer|monitor|cgm|dexcom|libre) (?:\w+ ){0,2}?(?:says|reads|shows|said|read|showed|displays|reading|showing|saying) (?:\w+ )?(?:hi|high|lo|low)`),
  rule('blood-sugar-extreme', R`(?:ketones|keto strips?|ketone strips?) (?:\w+ ){0,5}?(?:high|large|moderate|dark|darkest|purple|positive|through the roof)`),
  rule('blood-sugar-extreme', R`(?:sugr|suger|shugar|sugah) (?:\w+ ){0,4}?\d{2,4}`, extremeGlucose),

  rule(
    'pregnancy-bleeding',
    R`(?:pregnant|pregnancy|pregnat|pregant|prenant|pregnet|preggers|weeks along|expecting a baby|im expecting|i am expecting|miscarr\w*)(?:[^\w.!?;\n]{1,6}(?!${GAP_NEGATION}\b)\w+){0,10}?[^\w.!?;\n]{1,6}(?:bleeding|bleed|bled|${BLOOD}|hemorrhag\w*|passing clots|clots|gushing)`,
  ),
  rule(
    'pregnancy-bleeding',
    R`(?:bleeding|bleed|bled|passing clots)(?:[^\w.!?;\n]{1,6}(?!${GAP_NEGATION}\b)\w+){0,8}?[^\w.!?;\n]{1,6}(?:pregnant|pregnancy|pregnat|pregant|prenant|weeks along|miscarr\w*)`,
  ),

  rule('unresponsive', R`(?:unresponsive|unresponsve|not responsive|non responsive|nonresponsive|unarousable|barely responsive)`),
  rule('unresponsive', R`(?:wont|will not|doesnt|isnt|cant) (?:come round|come around|come to)|(?:floppy|limp|lethargic|listless|rag doll|ragdoll|like a noodle)(?! (?:hair|handshake|lettuce))|(?:hard|impossible|difficult) to (?:wake|keep awake|rouse)|(?:wont|will not|doesnt|not) (?:stay awake|keep (?:his|her|their) eyes open)`, ifSentence(new RegExp(R`\b(?:${PERSON}|resident|client|grandmother|lola|lolo|infant|newborn|he|she)\b`))),
  rule('unresponsive', R`(?:${CANT}|not able to|tried to) (?:wake|wake up|rouse|arouse) (?:him|her|them|my \w+|the baby|our baby|the kid|mom|dad|grandma|grandpa)`),
  rule('unresponsive', R`(?:wont|will not|isnt|is not|not|doesnt|does not|didnt|did not|stopped|hasnt) (?:\w+ )?(?:wake|waking|wake up|waking up|respond|responding|react|reacting)`, personNotResponding),

  ...events(rule('serious-injury', R`(?:bone|bones) (?:\w+ ){0,3}?(?:sticking out|stickin out|poking out|pokin out|coming out|through (?:the|his|her|my|their) skin|out (?:of )?(?:the|his|her|my|their) skin|showing)`)),
  // A fall that leaves someone on the floor, or a broken hip: the leg shorter and turned out.
  rule('serious-injury', R`(?:cant|cannot|can not|couldnt|unable to) (?:get|got) (?:\w+ ){0,1}?(?:up|off) (?:\w+ ){0,2}?(?:the )?floor|leg (?:\w+ ){0,4}?(?:turned out|turned outward|rotated out\w*|looks shorter|shorter than the other)`),
  ...events(rule('serious-injury', R`(?:can see|could see|see the|showing|exposed) (?:\w+ ){0,2}?(?:fat|bone|muscle|tendon)|(?:cut|sliced|chopped|severed|ripped|tore) (?:\w+ ){0,3}?(?:off|clean off)|amputat\w*|(?:bit|bitten) by (?:a |the )?(?:snake|rattlesnake|copperhead|cottonmouth|dog (?:\w+ ){0,3}?(?:face|neck|deep))`)),
  ...events(rule('serious-injury', R`(?:snake ?bite|rattlesnake|copperhead|cottonmouth|water moccasin)`)),
  ...events(rule('serious-injury', R`(?:blister\w*|skin (?:is )?(?:peeling|coming|falling) off) (?:\w+ ){0,4}?(?:chest|arm|arms|face|whole|body|back|legs?|belly|hands?)|(?:whole|entire) (?:chest|arm|back|leg|face|hand) (?:\w+ ){0,3}?blister\w*|(?:boiling|scalding) (?:water|oil|grease) (?:\w+ ){0,4}?(?:on|over) (?:him|her|himself|herself|myself|me|them)`)),
  ...events(rule('serious-injury', R`(?:cant|cannot|can not|couldnt) (?:feel|move) (?:\w+ ){0,2}?(?:legs|arms|anything below)`)),
  ...events(rule('serious-injury', R`(?:compound|open) fracture`)),
  ...events(rule('serious-injury', R`(?:deep|big|large|gaping|bad|huge|long) (?:\w+ )?(?:cut|gash|wound|laceration)(?! (?:on (?:my|his|her) finger|from a paper))`)),
  ...events(rule('serious-injury', R`(?:car|motorcycle|motorbike|bike|bicycle|auto|motor vehicle|traffic|truck) (?:accident|crash|wreck|collision)`)),
  ...events(rule('serious-injury', R`(?:hit|struck|run over) by (?:a |the )?(?:car|truck|vehicle|bus|train|motorcycle)`)),
  ...events(rule('serious-injury', R`(?:gunshot|got shot|was shot|been shot|shot wound|stabbed|stab wound|knife wound)`)),
  ...events(rule('serious-injury', R`(?:fell|fall|fallen|falling|tripped|slipped) (?:\w+ ){0,4}?(?:hit|hitting|banged|bumped|struck|smacked) (?:\w+ )?head`)),
  ...events(rule('serious-injury', R`(?:head (?:injury|trauma)|concussion)`)),
  ...events(rule('serious-injury', R`(?:hit|banged|bumped|struck|smacked) (?:my|his|her|their|the babys|the baby s) head (?:\w+ )?(?:hard|really hard|badly|very hard)`)),
  ...events(rule('serious-injury', R`(?:fell|fallen|fall|falls|falling) (?:\w+ ){0,8}?(?:${CANT}|unable to|cannot) (?:get up|stand|walk|move|bear weight|put weight)`)),
  ...events(rule('serious-injury', R`(?:bad|severe|serious|major|big|deep|third degree|second degree) (?:\w+ )?burns?`)),
  ...events(rule('serious-injury', R`burned (?:\w+ ){0,2}?(?:badly|really bad|severely)`)),
  ...events(rule('serious-injury', R`(?:electrocuted|electric shock|electrical shock)`)),
  ...events(rule('serious-injury', R`(?:fell|fall|fallen) (?:off|from|down) (?:a |the )?(?:roof|ladder|balcony|stairs|staircase|second floor|tree|horse|scaffold\w*|flight of stairs)`)),

  // ---- crisis --------------------------------------------------------------------------------
  rule('suicidal-thoughts', R`(?:suicid\w*|suicde|sucide|sucidal|suicdal|suiside|suiciadal|sucicide|suicidle)`),
  rule('suicidal-thoughts', R`(?:kill|killing|kil|kll|killed) ${SELF}`),
  rule('suicidal-thoughts', R`(?:end|ending|take|taking|took|ended) (?:my|my own) (?:own )?life`),
  rule('suicidal-thoughts', R`(?:end|ending) (?:it all|everything|my existence)`),
  rule('suicidal-thoughts', R`(?:want|wanna|wanted|wish|wishing|ready|trying|try|plan|planning|rather|like|prefer) (?:to )?(?:just )?die${FUTURE_DIE}`),
  rule('suicidal-thoughts', R`wish (?:i|id|i had|i could) (?:\w+ ){0,2}?(?:dead|never been born|not wake up|never wake up|disappear)`),
  rule('suicidal-thoughts', R`(?:dont|do not|doesnt|dnt|didnt) (?:really )?(?:want|wanna|wish) (?:to )?(?:live|be alive|be here|exist|wake up|go on|keep living|keep going)(?! (?:in|alone|near|there|at|far|here|with (?:my|him|her|them|you)))`),
  rule('suicidal-thoughts', R`no (?:reason|point|will) (?:to|in) (?:live|living|go on|going on|keep going|being alive)`),
  rule('suicidal-thoughts', R`(?:life|living) (?:is |isnt |is not |just )?(?:not )?worth (?:living|it anymore)`),
  rule('suicidal-thoughts', R`not worth living`),
  rule('suicidal-thoughts', R`(?:${CANT}|dont|do not|doesnt) see (?:the |any |a )?(?:point|reason) (?:in|of|to|for) (?:living|life|go on|going on|being alive|be alive|live|anything anymore)`),
  rule('suicidal-thoughts', R`(?:better off|happier|better|easier) (?:\w+ ){0,2}?(?:without me|dead|if i (?:was|were|wasnt|werent|am|m) (?:not |no longer )?(?:gone|here|around|dead|alive|in the picture))`),
  rule('suicidal-thoughts', R`(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up`),
  rule('suicidal-thoughts', R`(?:thoughts?|thinking|thought) (?:about|of) (?:ending (?:it|my life|everything)|dying|death|not being here|not waking up)`),

  rule('self-harm', R`(?<!accidentally |accidently |by accident )(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|injure|injuring|starve|starving|scratch|scratching) ${SELF}${ACCIDENT_AFTER}`),
  rule('self-harm', R`(?:self ?harm\w*|selfharm\w*|self ?injur\w*|self ?mutilat\w*)`),
  rule('self-harm', R`(?:cut|cutting|slit|slitting|slashed|slashing) my wrists?`),
  rule('someone-else-suicidal', R`(?:cut|cutting|slit|slitting|slashed|slashing) (?:his|her|their) wrists?`),

  rule(
    'overdose-plan',
    R`(?:going to|gonna|want to|wanna|plan to|planning to|planning on|thinking (?:about|of)|thought about|think about|decided to|ready to|urge to|tempted to|might just|will just) (?:just )?(?:take|taking|swallow|swallowing|down|downing|overdose|overdosing|od) (?:on )?(?:all|every|every one of|the whole bottle of|a whole bottle of|the rest of|a bunch of|a handful of|all of) (?:(?:my|the|these|those|his|her|our) )?(?:pills|meds|medication|medications|medicine|medicines|sleeping pills|pain pills|tablets|bottle|prescriptions|xanax|oxy\w*|insulin)(?! (?:with (?:me|us)|on (?:my|the|our)|to (?:my|the|our|your)|in the (?:morning|evening)|at (?:night|bedtime)|with (?:food|water|breakfast|lunch|dinner|a meal)|before|after|as prescribed|together|at the same time|every|each|in one))`,
  ),
  rule('overdose-plan', R`(?:think\w* (?:about|of)|thought (?:about|of)|plan(?:ning)? (?:to|on)|want to|wanna|going to|gonna|urge to|tempted to) (?:overdos\w*|od)(?:ing)?`),

  rule('someone-else-suicidal', R`(?<!accidentally |accidently |by accident )(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|burn|burning) ${THEMSELF}${ACCIDENT_AFTER}`),
  rule('someone-else-suicidal', R`(?:end|ending|take|taking|took|ended) (?:his|her|their) (?:own )?life`),
  rule(
    'someone-else-suicidal',
    R`(?<=\b(?:he|she|they|son|daughter|husband|wife|partner|friend|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|teen|teenager|kid|child) (?:(?!(?:doesnt|dont|didnt|never|not|no) )\w+ ){0,4})(?:wants|wanted|want|wishes|wished|would rather|ready) (?:to )?(?:die|be dead|disappear forever|not be here|not wake up)${FUTURE_DIE}`,
  ),
  rule(
    'someone-else-suicidal',
    R`(?:talks?|talking|talked|says|said|saying|keeps saying|mentioned|mentions|texted|posted|wrote|threatening|threatened|threatens) (?:\w+ ){0,3}?(?:about )?(?:ending (?:it|his life|her life|their life|everything)|killing ${THEMSELF}|not wanting to (?:live|be here|be alive)|(?:he|she|they) (?:wants?|wanted) to die|wanting to die|suicide)`,
  ),

  // ---- urgent --------------------------------------------------------------------------------
  rule('high-fever', R`(?:fever|fevers|feaver|fevor|fiever|temp|temps|temperature|temprature|tempature|temperture|thermometer) (?:\w+ ){0,4}?\d{2,3}(?:[.,]\d{1,2})?`, highTemperature),
  rule('high-fever', R`(?:10[3-9]|11[0-2])(?:[.,]\d)? ?(?:degrees?|deg|f)? ?(?:fever|temp|temperature)`),
  rule('high-fever', R`(?:high|very high|really high|spiking|spiked|raging|dangerous|dangerously high|super high) (?:fever|fevers|feaver|temp|temperature|temps)`),
  rule('high-fever', R`(?:fever|temp|temperature) (?:\w+ ){0,3}?(?:wont|will not|doesnt|does not|isnt|is not|not) (?:go|going|come|coming|break|breaking) ?(?:down)?`),
  rule('high-fever', R`(?:fever|temp|temperature) (?:\w+ ){0,2}?(?:for|over|more than) (?:\d|three|four|five|six|seven|several|a few) (?:days|day)`),

  rule(
    'infant-fever',
    R`(?:baby|babys|infant|infants|newborn|new born|(?<=\b(?:\d{1,2} ?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven) ))(?:week|wk|month|mo|day)s? old) (?:\w+ ){0,5}?(?:fever|feaver|feverish|fevers|burning up|hot to the touch|running a temp|(?:feels|is|felt|seems|feeling) (?:very |really |so )?(?:hot|warm)|(?:thermometer|temp|temperature) (?:\w+ ){0,2}?(?:10\d|3[89]|4[0-2])|temperature (?:of |is |was )?(?:10\d|3[89]|4[0-2]))`,
  ),
  rule('infant-fever', R`(?:fever|feverish) (?:\w+ ){0,4}?(?:in|for|with) (?:my|our|the|a) (?:baby|infant|newborn|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:week|month)s? old)`),

  rule('spreading-infection', R`(?:redness|red|rash|swelling|streaks?|streaking|infection|cellulitis|red area|red spot|red mark|red patch) (?:\w+ ){0,3}?(?:is |has |keeps |)(?:spreading|spread|getting bigger|growing|moving up|going up|expanding)`),
  rule('spreading-infection', R`red (?:streak|streaks|line|lines|streaking)`),
  rule('spreading-infection', R`(?:wound|incision|cut|stitches|site|bite|scar|sore|blister|burn|ingrown|staples) (?:(?!${GAP_NEGATION} )\w+,? ){0,4}?(?:pus|oozing|draining pus|leaking pus|hot to the touch|warm to the touch|infected|red and swollen|swollen and red|red and hot|hot and red|smells|smelly|foul|opened up|coming apart)`),
  rule('spreading-infection', R`(?:pus|oozing pus|yellow discharge|green discharge) (?:\w+ ){0,3}?(?:from|out of|coming out of|in) (?:\w+ ){0,2}?(?:wound|incision|cut|stitches|site|bite)`),
  rule('spreading-infection', R`(?:cellulitis|abscess|absess|abcess|absces)`),
  rule('spreading-infection', R`(?<=\b(?:theres|there is|with|some|has|have|draining|leaking|oozing|full of|filled with|coming out) )pus`),
  rule('spreading-infection', R`(?:fever|chills) (?:\w+ ){0,3}?(?:after|since) (?:my |the |his |her )?(?:surgery|procedure|operation|c section|delivery)`),

  // A baby's sunken soft spot: dehydration.
  rule('baby-dehydration', R`(?:soft spot|fontanelle|fontanel|fontanelles) (?:\w+ ){0,3}?(?:sunken|sunk|sinking|caved in|dipped|dipping)|sunken (?:soft spot|fontanelle|fontanel)`),
  rule('cant-keep-fluids', R`(?:${CANT}|wont|will not|isnt able to) (?:keep|hold|keeping) (?:\w+ ){0,2}?down`),
  rule('cant-keep-fluids', R`(?:${CANT}|wont|will not) (?:keep|keeping) (?:anything|any thing|any liquids?|liquids|fluids|water|any water|even water|food or water|formula|milk) (?:in|down)`),
  rule('cant-keep-fluids', R`(?:vomiting|throwing up|puking|threw up|vomited|throws up|vomits) (?:\w+ ){0,3}?(?:everything|all day|all night|nonstop|non stop|every time|every hour|since (?:yesterday|last night|this morning)|for (?:\d+|two|three|four|a couple of|several) (?:days|hours)|(?:\d+|five|six|seven|eight|ten|many|several) times)`),
  rule('cant-keep-fluids', R`(?:keeps?|kept|keep on) (?:on )?(?:vomiting|throwing up|puking)`),
  rule('cant-keep-fluids', R`(?:hasnt|has not|havent|have not|hadnt|not) (?:\w+ )?(?:peed|urinated|had a wet diaper|had any wet diapers|wet (?:a|his|her) diaper|made (?:any )?urine)`),
  rule('cant-keep-fluids', R`no wet diapers`),

  rule('severe-pain', R`(?:severe|extreme|excruciating|excrutiating|unbearable|unberable|intense|terrible|horrible|agonizing|crippling|debilitating|awful|worst) (?:\w+ ){0,2}?(?:pain|pains|pian|cramps|cramping)`, unlessSentence(CHRONIC_PAIN)),
  rule('severe-pain', R`(?:pain|pian) (?:\w+ ){0,3}?(?:unbearable|excruciating|excrutiating|severe|intolerable)`, unlessSentence(CHRONIC_PAIN)),
  rule('severe-pain', R`(?:pain|pian) (?:\w+ ){0,3}?(?:a |an )?(?:10|ten|9|nine) (?:out of|of|over|\/) ?(?:10|ten)`, unlessSentence(CHRONIC_PAIN)),
  rule('severe-pain', R`(?:10|ten) ?(?:out of|\/) ?(?:10|ten) pain`, unlessSentence(CHRONIC_PAIN)),
  rule('severe-pain', R`(?:worst|wrost) pain (?:\w+ ){0,4}?(?:life|ever)`),
  rule('testicle-pain', R`(?:testicle|testicles|testicular|testis|scrotum|ball|balls|nut|nuts) (?:\w+ ){0,6}?(?:swollen|swelling|higher|sitting high|twisted|killing|excruciating|terrible|worst|severe|really bad|so bad|throw\w* up|threw up|vomit\w*)`),
  rule('testicle-pain', R`(?:severe|terrible|horrible|excruciating|sudden|worst|bad|really bad) (?:\w+ ){0,3}?(?:pain|ache) (?:\w+ ){0,3}?(?:testicle|testicles|testicular|scrotum|ball|balls|nut|groin)`),

  // ---- veiled crisis: said without "suicide" --------------------------------------------------
  rule('crisis-signs', R`(?:(?:dont|do not|dnt|doesnt|does not|didnt) (?:really )?(?:want|wanna|wish) (?:to )?be (?:here|hear|around|alive) (?:anymore|any more|no more|much longer)|(?:i|she|he|they) (?:wont|will not|wouldnt) be (?:here|around) (?:anymore|much longer|after|for long|by|next)|wont be (?:a problem|a burden|bothering (?:you|anyone|anybody)) (?:\w+ ){0,3}?(?:much longer|for long|anymore|soon)|(?:dont|do not) (?:want|wanna) to be (?:a |such a )?(?:burden|bother) (?:to (?:\w+ ){1,2})?(?:anymore|any more|any longer))`),
  rule('crisis-signs', R`(?:better off|be better|happier|easier|be free) (?:\w+ ){0,3}?(?:without me|with(?:out)? (?:someone|somebody|a mom|a mother|a dad|another) (?:\w+ ){0,3}?(?:else|who isnt me|than me|not me)|if i (?:just )?(?:wasnt|werent|wasn t|was not|were not|didnt exist|was gone|were gone|disappeared)|if (?:i|me) (?:\w+ ){0,2}?(?:not )?(?:around|here) (?:anymore|any more))`),
  rule('crisis-signs', R`(?:im|i am|feel like|feel|being|be) (?:\w+ ){0,2}?(?:a )?(?:burden|dead weight)(?! of proof)`),
  rule('crisis-signs', R`(?:tired|sick) of being (?:a )?(?:burden|alive|here)`),
  rule('crisis-signs', R`(?:disappear|vanish|go away|be gone|leave) (?:\w+ )?(?:for good|forever|permanently)`),
  rule('crisis-signs', R`(?:thoughts?|thinking|think|urges?|feel like) (?:\w+ ){0,3}?(?:i should|to|of|about) (?:just )?(?:disappear|vanish|walk (?:\w+ ){0,2}?(?:onto|into|in front of) (?:the |a )?(?:highway|freeway|interstate|traffic|road|car|truck|bus|train))`),
  rule('crisis-signs', R`(?:no|dont see (?:a|the|any|much)|cant see (?:a|the|any)|whats (?:even )?the|what is (?:even )?the) (?:point|reason) (?:\w+ ){0,3}?(?:anything|anymore|keep going|keep living|going on|living|to live|to go on|in life|of life|of anything)`),
  rule('crisis-signs', R`(?:whats|what is) (?:even )?the point(?! of (?:the|this|that|my|a|an|taking|doing|getting|going|seeing|coming|having))`),
  rule('crisis-signs', R`(?:cant|cannot|can not|cant) (?:do|take|handle) (?:this|it) (?:no|any) ?more|cant go on|(?:so|im|i am) done with (?:life|living|everything|it all)|(?:end|ending) it(?! (?:early|now|with|there|here|at))`, unlessSentence(/\b(?:relationship|lease|contract|subscription|treatment|therapy|medication|pregnancy|call|meeting|conversation|game)\b/)),
  rule('crisis-signs', R`(?:unalive|kms|k m s|kill me now|off myself|offing myself|end myself|sewerslide|self delete|delete myself|catch the bus)`),
  rule('crisis-signs', R`(?:not|never|dont|didnt) (?:\w+ ){0,2}?wake up (?:\w+ ){0,4}?(?:hoping|hope|wish|pray|please)|(?:hoping|hope|wish|praying|pray) (?:\w+ ){0,3}?(?:not|never|dont|didnt|wont) wake up|(?:enough|make sure) (?:\w+ ){0,4}?(?:dont|do not|wont|not|never) wake up`),
  rule('crisis-signs', R`(?:ways|way|how) to (?:die|kill|end it|do it|unalive)|painless ways?|(?:ways|way) (?:\w+ )?(?:to go|out)|(?:how (?:id|i would|i d|to|i will|ill)|when and how|how and when) (?:\w+ ){0,2}?do it|(?:working out|figured out|figure out|planned|planning|thinking about|know exactly) how(?! to (?:pay|get|use|take care|fix|make|tell|handle|manage|cope|deal|schedule|book|find|apply|fill|afford|reach|contact|log|sign|read|set))`, ifSentence(/\b(?:die|kill|end|do it|burden|without me|pills|gun|bridge|painless|plan|it would|insulin|dose|accident|how)\b/)),
  rule('crisis-signs', R`(?:how many|how much|what dose|what amount|which dose|what quantity|maximum amount) (?:\w+ ){0,5}?(?:would (?:it )?(?:take|kill|do it|be fatal|be lethal|be too many|be too much|stop)|(?:will|to|would) (?:kill|stop my heart|not wake up)|is (?:fatal|lethal|deadly)|would be (?:fatal|lethal|deadly|too many))`),
  rule('crisis-signs', R`(?:lethal|fatal|deadly) (?:dose|doses|amount|overdose)`),
  rule('crisis-signs', R`(?:what|how long) (?:\w+ ){0,3}?(?:happens|would happen|does it take|would it take) (?:\w+ ){0,3}?(?:takes?|take|took|swallow\w*|overdos\w*|stop\w*) (?:\w+ ){0,4}?(?:whole bottle|all of (?:their|my|his|her)|all (?:my|their|his|her|the)|at once|entire bottle|the whole month)`),
  rule('crisis-signs', R`(?:stockpil\w*|hoard\w*|saved up|saving up|been saving|been collecting|collecting|counting|put aside|set aside|kept|keeping|hiding|hidden) (?:\w+ ){0,4}?(?:pills|meds|medications?|tablets|insulin|oxy\w*|morphine|seroquel|xanax|adderall|tramadol|sleeping pills|heart pills|painkillers|pain pills|them all|all (?:my|of my|her|his))`, ifSentence(/\b(?:enough|all|months?|weeks?|just in case|tonight|ready|when|saved|stockpil\w*|counting|hoard\w*|to end|so i can|on my own terms|someone to know|sure|instead of taking|drawer|\d{2,3})\b/)),
  rule('crisis-signs', R`(?:enough|sufficient) (?:\w+ ){0,4}?(?:to (?:end it|make sure|do it|go|die|not wake up)|that i can go)|on my own terms|(?:make|making) it look like an accident|speed(?:ing)? (?:it|things) up`),
  rule('crisis-signs', R`(?:tonight is the night|this (?:week|weekend) is it|(?:picked|chosen|chose|set|decided on|got) (?:the|a) (?:date|day|spot|place|time)|(?:put|putting|got|getting) (?:my )?affairs in order|tying up (?:some )?loose ends|see you on the other side|last message (?:to|on|here|from)|(?:(?:wrote|written|writing|leaving|left) (?:\w+ ){0,2}?(?:letters?|notes?|goodbyes?) (?:to|for) (?:my |all my |everyone|everybody|the )?(?:kids|children|family|friends|wife|husband|parents|mom|dad|son|daughter|everyone|everybody|people|brother|sister))|(?:note|letter|list) (?:\w+ ){0,7}?(?:saying goodbye|says goodbye|said goodbye|to say goodbye|goodbye to|of people (?:she|he|i) wants to say goodbye))`),
  rule('crisis-signs', R`(?:voices?|they|god|someone|something) (?:\w+ ){0,3}?(?:telling|tells|told|says|saying|keep telling|keeps telling|commanding|ordering) (?:\w+ ){0,3}?(?:to |i should |i have to |i must |i need to |i deserve to |that i (?:should|have to|must|need to|deserve to) )?(?:hurt|kill|cut|jump|die|drown|hang|burn|sacrifice|end|harm|walk (?:\w+ ){0,3}?(?:tracks|bridge|traffic|road)|stab|shoot|overdose|put (?:my |his |her |their )?(?:hand|hands|arm|fingers?|head|face) (?:on|in|into|under|through)|touch (?:the )?(?:stove|burner|fire|iron)|do (?:bad |worse |terrible )?things to (?:myself|himself|herself|me)|do worse things)`),
  rule('crisis-signs', R`sacrifice (?:myself|himself|herself)`),
  // A way to die made ready, a plan timed, a threat: said without "suicide".
  rule('crisis-signs', R`(?:pills|tablets|meds|capsules|pill bottles?) (?:\w+ ){0,2}?(?:lined up|counted out|laid out|poured out|in a pile)(?! (?:in|for) (?:the |my |a )?(?:organizer|pill ?box|week|weekly|days?|morning|evening))`),
  rule('crisis-signs', R`enough (?:\w+ ){0,5}?for what (?:i have|ive|i ve|i) (?:got )?planned|(?:wont|will not|isnt going to|is not going to) matter (?:\w+ ){0,2}?after (?:this weekend|this week|tonight|today|tomorrow|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`),
  rule('crisis-signs', R`threat\w* (?:\w+ ){0,2}?(?:to )?(?:jump|kill (?:him|her|them)self|hurt (?:him|her|them)self|end (?:his|her|their) life|overdose|shoot (?:him|her|them)self|hang (?:him|her|them)self)`),
  rule('crisis-signs', R`(?:\bsi\b|suicidal ideation|ideation) (?:\w+ ){0,4}?(?:plan|intent|access|means)|(?:cant|cannot|can not) be here (?:anymore|any more|no more)|(?:dont|do not) think (?:ill|i will|i ll) be (?:here|around) (?:after|by|for|much|next)|nobody would (?:even )?(?:notice|care|miss me) (?:if|when) (?:i|im)|(?:if|when) (?:i was|i were|im) gone(?! (?:on|for|to))`),
  rule('crisis-signs', R`(?:thinking|thinkin|thought|think|planning|plan) (?:about |bout |on )?(?:doing|doin) it (?:tonight|tonite|today|soon|this week|this weekend|when|again)|(?:thinking|thought) about (?:trying|doing it) again|(?:almost|nearly) did it|hoping (?:something|i|a truck|a car) (?:\w+ ){0,2}?(?:happens|crash\w*|hits? me|dont make it)|not braking|(?:engine|car) running (?:\w+ ){0,6}?(?:door|garage)|(?:id|i would|i d) (?:honestly |rather |actually )?prefer (?:the second|the latter|that one|it stops?)`),
  rule('crisis-signs', R`(?:(?:cut|cutting|cuttin|burned|burning|burn|hit|hitting|scratch\w*|carv\w*) (?:myself )?(?:again|deeper|more)|(?:marks|cuts|scars|burns) on my (?:thighs|arms|wrists|legs|stomach)|do it to feel (?:something|anything|better|in control)|(?:razor|razors|razor blades?|blades?) (?:\w+ ){0,3}?(?:in (?:her|his|my) (?:room|backpack|drawer|bag)|hidden))`),
  rule('crisis-signs', R`(?:deserve|deserved) to (?:die|be dead|suffer|not be alive|not exist)|(?:dont|do not) deserve to (?:live|be alive|be here|exist)`),
  rule('crisis-signs', R`(?:should|could) have been me|(?:joining|join|be with|going to be with|go be with) (?:her|him|them|my (?:wife|husband|son|daughter|mom|dad|mother|father)|harold|\w+) (?:soon|again soon|in heaven|very soon)`),
  rule('crisis-signs', R`(?:stopped|stop|quit|stopping) (?:eating|drinking|taking (?:all )?(?:my )?(?:meds|medicines|medications|insulin|dialysis)) (?:\w+ ){0,2}?(?:on purpose|for good|so i can|to die|to be done)|(?:stopped|stop) eating (?:\w+ ){0,3}?(?:on purpose|for good)`),
  rule('lethal-means', R`(?:gun|guns|pistol|pistols|rifle|rifles|revolver|shotgun|firearm|handgun|glock|service weapon|weapon|ammo|bullets?|rope|ropes|noose|belt|cord|bridge|overpass|ledge|edge|rooftop|roof|balcony|tracks|(?<!\blike (?:a |an |the )?(?:\w+ )?)train|platform|parking garage|tallest|jump|jumping|cliff|river|lake|engine running|garage|charcoal|tape|exhaust|razor|razors|blades?|knife|knives|pills|whole bottle|bottle|morphine|oxy\w*|insulin|potassium|tylenol|acetaminophen|sleeping pills|pain pills|heart pills|lithium|amitriptyline|seroquel|xanax|tramadol|fentanyl|drive into|driving (?:\w+ )?(?:fast|100)|not braking|into traffic|into a wall|into a tree|100 ?\+)`),
  // The letter or note someone is meant to find; a rope or cord tried on a beam; naloxone refused in advance.
  // Each needs the words that make it one: a person who will find it, trying a rope (not tying a
  // swing), naloxone refused for oneself (not a question about when to give it).
  rule('crisis-signs', R`(?:\b(?:he|she|they|someone|somebody)|my \w+) (?:will|is going to|are going to|gonna) find (?:my|the) (?:goodbye )?(?:letter|note)|(?:testing|tested|trying|tried) (?:\w+ ){0,2}?(?:rope|cord|extension cord|belt|noose) (?:\w+ ){0,3}?(?:beam|rafter|rafters|ceiling fan|closet rod|banister)|(?:tying|tied) (?:\w+ ){0,2}?(?:noose|belt) (?:\w+ ){0,3}?(?:beam|rafter|rafters|ceiling fan|closet rod|banister)|(?:dont|do not|not to|not) bother (?:with )?(?:the )?(?:narcan|naloxone)|(?:dont|do not) (?:give|use) (?:me (?:the )?(?:narcan|naloxone)|(?:the )?(?:narcan|naloxone) on me)`),
  rule('giving-away', R`(?:gave|given|giving|give) (?:away )?(?:\w+ ){0,4}?(?:to (?:my|our|the|a) (?:sister|brother|neighbou?rs?|son|daughter|friend|buddy|kids|cousin|nephew|niece)|away)|(?:written|wrote|made|updated|finished) (?:out )?(?:my|a) (?:will|last wishes)|found a new home for|(?:wrote|written|left|writing) (?:a |my )?(?:note|goodbye|letter) (?:\w+ ){0,3}?(?:drawer|desk|room|backpack|notebook|pillow|fridge|kitchen table|counter|mirror|dashboard|that says|saying|for (?:my|them|her|him|everyone))|told (?:\w+ ){0,3}?(?:gg|goodbye|bye forever)|(?:passwords|funeral|burial) (?:\w+ ){0,3}?(?:for|to|arranged|planned|paid)`),
  rule('farewell', R`(?:(?:made|make) (?:my|up my) (?:peace|decision|mind)|at peace with (?:it|my decision|that)|no need to refill|(?:stood|standing|sat|sitting|walked|went) (?:\w+ ){0,6}?(?:looking down|edge|ledge|middle of the bridge)|looking down|(?:didnt|did not|havent) (?:do it|jump|pull the trigger|go through with it)|keep going back|not doing it yet|(?:to )?see (?:what|how) it feels)`),
  rule('farewell', R`(?:thank(?:s| you) (?:\w+ ){0,3}?for (?:everything|trying|all (?:you|youve|you have) done|all these years|taking care)|(?:wont|will not|wouldnt|dont) (?:be )?(?:need|needing) (?:\w+ ){0,3}?(?:anymore|any more|appointments?|refills?|them|it|the follow up|my (?:medicines|meds|pills))|(?:cancel|take me off) (?:\w+ ){0,4}?(?:all|every|the rest|rest of the year)|last (?:refill|message)(?! (?:was|is|i|we|on|in|from))|gave (?:away )?(?:\w+ ){0,3}?(?:to (?:my|our|the|a) (?:sister|brother|neighbou?rs?|son|daughter|friend|buddy|kids))|giving (?:\w+ ){0,3}?away|given away|found a new home for|(?:my|a) will|life insurance|passwords|sorry for everything|(?:none of this|this) is (?:not |nt )?(?:her|his|your|their|anyone s|anyones) fault|take care of (?:\w+ ){0,2}?for me|say(?:ing)? goodbye|goodbye|good bye|im sorry|forgive me|god bless)`),
  rule('distress', R`(?:dont tell (?:my )?(?:parents|mom|dad|wife|husband|anyone)|(?:please )?dont call (?:my )?(?:parents|mom|dad|wife|husband)|no one would notice|nobody would notice|so tired|tired of (?:everything|it all|this|fighting|living|life)|exhausted|hopeless|hopelessness|depressed|depression|lost (?:my|his|her) (?:job|wife|husband|home|house|son|daughter)|got fired|laid off|fired (?:today|yesterday)|nobody (?:visits|cares|would|loves|notices)|no one (?:cares|would)|alone|lonely|drinking|drunk|cant sleep|havent slept|not sleeping|grief|widowed|passed away|since (?:she|he) died|died|owe|debt|divorce|left me|broke up|pain (?:is )?never|unbearable|cant live like this|hate myself|worthless|useless|failure|failing|ashamed|shame|hurts too much|too much|give up|given up|giving up|numb|empty|trapped|no way out|dont care anymore|nothing left|got nothing)`),

  // ---- concepts: facts that make a finding only together (see combinations.ts) ----------------
  rule('fever', R`(?:fever|fevers|feaver|fevor|fiever|feverish|febrile|burning up|hot to the touch|warm to the touch|running (?:a )?(?:temp|fever))`),
  // "How do I check her temperature?" is not a fever; a reading after it is read on its own.
  rule('fever', R`(?<!\b(?:check|checks|checking|checked|take|takes|taking|took|measure|measures|measuring|measured|read|reading)(?: (?:her|his|my|their|the|your|a|its|baby s|babys|the baby s))? )(?:temp|temperature|temprature|tempature|temperture)`),
  rule('fever', R`(?<=\b(?:feels|felt|is|was|seems|feeling|so|very|really|super) )(?:hot|warm)`),
  rule('fever', R`(?<!(?:azucar|glucosa|glucemia|glicemia|sugar|glucose|bs|bg|presion|pressure|bp|ta|peso|weight|pulso|pulse|hr|oxigeno|oxygen|o2|sat|sats|saturacion) (?:de |of |is |es |en |at |was )?)(?:100[.,][4-9]|10[1-7](?:[.,]\d)?|3[89][.,]\d|4[01][.,]\d|3[89] ?c)(?![\/\d])`),
  rule('pregnant', R`(?:pregnant|pregnancy|pregnat|pregant|prenant|pregnet|preggo|preggers|weeks along|expecting (?:a baby|twins)|im expecting|trimester)`),
  rule('pregnant', R`(?<=\b\d{1,2} ?)(?:weeks?|wks?|w) (?:pregnant|along|gestation|preg)`),
  rule('after-birth', R`(?:gave birth|given birth|giving birth|postpartum|post partum|pp day|c ?section|cesarean|caesarean|after (?:the |my |having (?:the |my )?)?(?:baby|birth|delivery)|had (?:my|the|our) baby|baby was born|since (?:the )?birth|delivered (?:my|our|the) (?:baby|son|daughter|twins)|(?:vaginal|natural) delivery)`),
  rule('bleeding', R`(?:bleeding|bleed|bled|bleeds|clots?|hemorrhag\w*|${BLOOD})`),
  rule('heavy-flow', R`(?:clots?|soak\w* (?:\w+ ){0,3}?(?:pads?|pad|through|diapers?|sheets)|gush\w*|heavy (?:bleeding|flow)|(?:bleeding|${BLOOD}) (?:\w+ ){0,2}?(?:a lot|heavily|heavy|so much|more and more|wont stop|like a faucet|everywhere)|(?:pad|pads) (?:\w+ ){0,3}?(?:every hour|an hour|each hour|soaked|full))`),
  rule('belly-pain', R`(?:severe|bad|really bad|terrible|sharp|horrible|intense|strong|constant|awful|worst|unbearable|stabbing) (?:\w+ )?(?:belly|stomach|abdominal|abdomen|tummy|lower belly|pelvic|uterus|uterine) (?:pain|cramps?|cramping|ache|pains)`),
  rule('belly-pain', R`(?:belly|stomach|abdomen|tummy|uterus|bump) (?:\w+ ){0,3}?(?:hard as a rock|rock hard|very hard|is hard|feels hard|so hard|tight and (?:painful|hurts)|hurts (?:so |really )?(?:bad|much)|is killing me)`),
  rule('belly-pain', R`(?:pain|cramps|cramping|contractions) (?:\w+ ){0,3}?(?:wont stop|doesnt stop|that doesnt go away|that wont go away|nonstop|non stop|every (?:\d|few|couple)|getting worse)`),
  rule('bad-headache', R`(?:severe|bad|really bad|terrible|horrible|pounding|splitting|intense|worst|awful|strong|killer|massive|crazy) ${HEADACHE}`),
  rule('bad-headache', R`${HEADACHE} (?:\w+ ){0,3}?(?:wont go away|that wont go away|doesnt go away|not going away|severe|really bad|pounding|all day|nothing helps|wont quit)`),
  rule('vision-change', R`(?:(?:blurry|blurred|blured|double|spotty|weird|fuzzy) (?:vision|eyesight)|seeing (?:spots|stars|flashes|flashing lights|sparkles|double)|(?:spots|flashes|sparkles|floaters) (?:in|across) (?:my|her|his) (?:eyes|vision)|vision (?:\w+ ){0,2}?(?:blurry|blurred|spotty|weird|off|going|fuzzy|dim)|(?:cant|cannot) see (?:well|clearly|right|straight))`),
  rule('black-stool', R`(?:black|tarry|tar like|like tar|dark black|jet black|coal black|maroon|blackish) (?:\w+ ){0,3}?(?:stool|stools|poop|poops|poo|bowel movements?|bms?|diarrhea|crap|shit)`),
  rule('black-stool', R`(?:stool|stools|poop|poo|bowel movements?|bms?|diarrhea) (?:\w+ ){0,3}?(?:black|tarry|like tar|maroon|bloody|full of blood)`),
  rule('black-stool', R`(?:melena|(?:pooping|passing|shitting) blood|(?:blood|bloody) (?:\w+ ){0,2}?(?:in (?:my|his|her|the) )?(?:stool|stools|poop|bowel movements?|diarrhea|toilet))`),
  rule('dizzy-weak', R`(?:dizz\w*|dizy|lightheaded|light headed|lite headed|woozy|room (?:is )?spinning|(?:about to|gonna|going to|almost|nearly|might) (?:pass out|faint)|faint|weak|weakness|pale|pasty|clammy|cold sweat)`),
  rule('very-high-pressure-words', R`(?:blood pressure|bp|pressure) (?:\w+ ){0,3}?(?:very|really|super|so|dangerously|extremely|crazy|sky|through the roof|way|off the charts) ?(?:high|up)?`, (scope) => /(?:very|really|super|so|dangerously|extremely|crazy|sky|through the roof|way|off the charts)/.test(scope.match)),
  rule('very-high-pressure-words', R`(?:sky high|very high|really high|dangerously high|super high|extremely high) (?:blood pressure|bp)`),
  rule('pregnant', R`(?<=\b(?:(?:im|i am|shes|she is) (?:only |just |almost |about |nearly )?|at |currently |now |almost |about ))\d{1,2} (?:weeks|wks|wk|w)\b`),
  rule('waters-broke', R`(?:water|waters) (?:\w+ ){0,2}?(?:broke|broken|breaking|leaking|gushing)|(?:leaking|gushing|trickle of|gush of|a gush|gush),? (?:\w+ ){0,2}?(?:fluid|water)`),
  // The baby moving less (with weeks of pregnancy, see combinations.ts): "hasn't moved since yesterday", "can't feel her kick";
  // not the first movements not felt yet.
  rule('baby-still', R`(?:baby|babys|baby s|she|he) (?:\w+ ){0,2}?(?:hasnt|has not|hadnt|isnt|is not|havent|stopped|wont|doesnt|does not|not) (?:really |been |even )?(?:moved|moving|move|kicked|kicking|kick)|(?:baby|she|he) (?:\w+ ){0,2}?(?:moving|kicking) (?:a lot |much |way )?less|(?:cant|cannot|can not|dont|do not|havent|have not|didnt|did not) (?:really )?(?:feel|felt) (?:the |my |our )?(?:baby|him|her) (?:move|moving|moved|kick|kicking|kicked)|(?:no|much less|way less|less|fewer|reduced|decreased) (?:fetal |baby )?(?:movement|movements|kicks)`, unlessSentence(/\b(?:yet|started|start|begin|first)\b/)),
  rule('heart-spread', R`(?:(?:left|both) (?:arm|shoulder)|jaw|between (?:my|his|her|the) shoulder ?blades|upper (?:back|belly)|pit of (?:my|his|her) stomach) (?:\w+ ){0,3}?(?:heavy|heaviness|ache|aching|hurts|hurting|pain|pressure|numb|tight)|(?:heavy|heaviness|ache|aching|pain|pressure|numbness|tightness) (?:\w+ ){0,4}?(?:(?:left|both) (?:arm|shoulder)|jaw|between (?:my|his|her|the) shoulder ?blades|upper back)`),
  rule('cold-sweat', R`(?:cold sweat|sweating buckets|drenched in sweat|soaked in sweat|clammy|sweaty and (?:sick|nauseous|pale)|sweating and (?:sick|nauseous|throwing up)|(?:sick|nauseous|queasy) (?:\w+ ){0,3}?sweat\w*|sweat\w* (?:\w+ ){0,3}?(?:sick to|nause\w*|queasy|throw\w* up))`),
  rule('head-hit', R`goose egg|(?:hit|hitting|banged|bumped|struck|smacked|whacked|cracked|knocked) (?:\w+ ){0,3}?(?:head|skull|forehead)|(?:head|skull) (?:\w+ ){0,3}?(?:on the|against|into|hit|struck)|(?:fell|fall|falls|tripped|slipped|rolled off|tumbled) (?:\w+ ){0,6}?(?:head|onto (?:the )?(?:floor|tile|concrete|ground)|off (?:the|a) (?:bed|table|changing table|bunk|couch|counter))|bell rung|helmet to helmet|head first|headfirst|head down`),
  rule('blood-thinner', R`(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lovenox|enoxaparin|heparin|blood thinners?|anticoagula\w*|plavix|clopidogrel)`),
  rule('head-injury-sign', R`(?:vomit\w*|threw up|throwing up|thrown up|throws up|confus\w*|forgetting|forgets|repeating (?:himself|herself|the same|questions)|keeps asking the same|sleepy|drowsy|hard to wake|wont wake|keeps falling asleep|falling asleep|pupils?|out for|knocked out|blacked out|passed out|seizure|slurr\w*|worst headache|not acting right|acting weird|really quiet)`),
  rule('confusion', R`(?:confus\w*|disoriented|delirious|not making sense|doesnt know where|dont know where|doesnt recognize|out of it|talking nonsense|not himself|not herself|(?:slow|hard) to (?:answer|respond)|very slow to)`),
  rule('stiff-neck', R`(?:stiff neck|neck (?:is |feels )?(?:stiff|rigid)|(?:cant|cannot) (?:bend|touch) (?:\w+ ){0,3}?chin)`),
  rule('purple-rash', R`(?:purple|purplish|dark red|bruise like|pinpoint) (?:\w+ ){0,2}?(?:rash|spots|dots|blotches)|(?:rash|spots) (?:\w+ ){0,4}?(?:doesnt|does not|wont|dont|do not) (?:fade|go away|blanch|disappear) (?:\w+ ){0,3}?(?:press|glass)`),
  rule('chemo', R`(?:chemo|chemotherapy|neutropeni\w*|on treatment for (?:cancer|leukemia|lymphoma)|infusion \d+ days ago|(?:low|no) white (?:blood )?(?:count|cells))`),
  rule('hives', R`(?:hives|welts|itchy (?:all over|rash)|rash all over|broke out (?:\w+ ){0,2}?(?:everywhere|all over))`),
  rule('wheeze', R`(?:wheez\w*|throat (?:\w+ ){0,2}?(?:scratchy|itchy|tight|funny|weird)|tight chest|chest (?:is |feels )?tight|(?:eyes|eye|face|lips?) (?:\w+ ){0,2}?swell\w* (?:shut|up)|coughing and|hoarse|voice (?:\w+ ){0,2}?(?:changed|different|hoarse))`),
];

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const EN_CONTEXT: LocaleContext = {
  negationWords: words(`no not dont doesnt didnt deny denies denied denying without never nor neither none havent hasnt hadnt
    isnt arent wasnt werent wont wouldnt nothing negative`),
  negationPairs: new Set(['free of', 'negative for', 'no longer', 'ruled out', 'rule out', 'absence of', 'not any', 'no more']),
  fillers: words(`a an the any my his her their our your some have has had having been be being get got gotten getting
    experience experienced experiencing feel felt feeling feels notice noticed noticing report reported reports complain
    complained complaining mention mentioned show shows showed showing sign signs symptom symptoms evidence episode
    episodes more further new other real actual significant major serious recent ever really currently at all much
    i he she they we it is was are were am im ive hes shes theyre think believe do did does that of with problem problems
    issue issues also going to gonna want wanted wanna plan planning would will could should thoughts thought current
    obvious longer anymore yet today lately recently again so too even kind sort acute intracranial territorial focal definite
    definitive suicidal active thinking about of swore says said`),
  disjunctions: words('or nor'),
  listNegationWords: words('denies denied deny denying without negative'),
  conjunctions: words('and'),
  clauseBreak: /\b(?:but|however|although|though|except|yet|whereas|and now|now i|now he|now she|now it|then|until|because|since|so now|which|who)\b/g,
  negationAfter: /^ ?(?:[:=] ?(?:none|no|negative|denied|absent|nope)\b|[:=-]? ?(?:0|zero)(?!\d|[.,]\d| ?(?:days?|times?|hours?|minutes?|mins?|x|%))|,? (?:and )?(?:she|he|they) (?:said|says|swore|promised) (?:no|not|she|he|they)| (?:is|was|were|has been) (?:absent|negative|ruled out)\b| ruled out\b)/,
  unlikeBefore: /\b(?:like this|like that|like it|this bad|so bad|that bad|this severe|this strong|this intense|this much|before now|until now|til now|like now|like today)\b/,
  past: new RegExp(
    [
      R`(?<!(?:for|over|during|in|since|the|past|from) )last (?:year|month|week|summer|winter|spring|fall|autumn|time|visit|christmas|thanksgiving)`,
      R`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|couple|\d+) (?:of )?(?:years?|months?|weeks?|decades?) ago`,
      R`(?:years|months|ages|long time|long) ago`,
      R`back in (?:the day|high school|college|my (?:teens|twenties|thirties|youth))`,
      R`in (?:19|20)\d\d`,
      R`as a (?:child|kid|teen|teenager|baby|toddler)`,
      R`when (?:i|he|she|they) (?:was|were) (?:a |little|young|younger|pregnant|\d+|in )`,
      R`in the past`,
      R`used to`,
      R`died (?:of|from|by)`,
      R`lost (?:\w+ ){0,3}?to suicide`,
      R`passed away`,
      R`at (?:the )?age (?:of )?\d{1,2}`,
      R`at \d{1,2} (?:years old|yrs old)`,
      R`childhood`,
      R`(?:in|during) (?:high school|college)`,
      R`(?:in|on|back in|since|from|last|early|late|mid) (?:jan|january|feb|february|march|april|may|june|july|aug|august|sept?|september|oct|october|nov|november|dec|december)(?: \d{1,2}(?:st|nd|rd|th)?)?`,
      R`on (?:the )?\d{1,2}(?:\/|\.)\d{1,2}`,
      R`(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:night|morning|evening) (?:and|it|its|still))`,
      R`(?:went|go|going|was|been|were|taken|brought|rushed) (?:\w+ ){0,2}?(?:to|in|at) (?:the )?(?:er|ed|emergency room|emergency department|hospital|urgent care)`,
      R`(?:er|ed|hospital|urgent care) (?:visit|stay|trip)`,
      R`turned out`,
      R`discharg\w*`,
      R`(?:was|were|been|got) (?:evaluated|checked out|cleared|admitted|seen)`,
      R`(?:one episode|one single time)`,
      R`(?:since|from|dated?|visit|seen) \d{1,2}(?:\/|\.)\d{1,2}(?:(?:\/|\.)\d{2,4})?`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  resolved: new RegExp(
    [
      R`(?:is|are|has|have|had|its|it s) (?:all )?gone`,
      R`gone away`,
      R`went away`,
      R`(?:has|have|had|it) resolved`,
      R`resolved`,
      R`got better`,
      R`cleared up`,
      // "Has stopped taking her pills" is not a symptom that stopped.
      R`(?:has|have|had) stopped(?! (?:taking|eating|using|drinking|going|talking|answering|sleeping|responding))`,
      R`no longer`,
      R`ruled out`,
      R`over it now`,
      R`all better`,
      R`(?:fully )?recovered`,
      R`(?:doing|feeling|feel|felt) (?:fine|great|better|good) now`,
      R`(?:well |under |in |good )control(?:led)?`,
      R`(?:are|is|been|stay|stayed|staying|remain|remained) controlled`,
      R`(?:doing|feeling|feel|felt|am|im|is|been) (?:really |so |very |totally |much )?(?:good|great|well|fine|better|okay|ok) (?:now|since|for (?:years|months|weeks))`,
      R`(?:doing|been doing) (?:really |so |very )?(?:good|great|well)`,
      R`(?:totally|all|completely|fully) (?:gone|fine|normal|resolved|cleared|healed)`,
      R`(?:nothing|none|no (?:symptoms|problems|issues|episodes|more)) since`,
      R`never (?:had|happened|had one|had another)(?: \w+)? (?:since|again)`,
      R`has never happened again`,
      R`back to normal`,
      R`(?:all|everything|came back|results? (?:was|were|came back)|tests? (?:was|were|came back)|were all|was all) (?:normal|negative|fine)`,
      R`checked out (?:fine|ok|okay|normal)`,
      R`baseline`,
      R`(?:fully |been )?cleared`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  recurrence: /\b(?:still|again|keeps?|kept|continu\w*|coming back|came back|comes back|is back|its back|back again|returned|returning|another|worse|worsening|getting worse|recurr\w*)\b/,
  ongoing: /\b(?:still|again|keeps?|kept|continu\w*|coming back|came back|comes back|is back|its back|back again|returned|returning|another|worse|worsening|getting worse|(?:it|this|that|they|pain|symptoms?|which|and) (?:all )?(?:started|began)|since(?! then| (?:19|20)\d\d| (?:jan|january|feb|february|march|april|may|june|july|aug|august|sept?|september|oct|october|nov|november|dec|december)\b| (?:i was|he was|she was|college|high school|childhood))|for the (?:past|last)|right now|every day|constantly|recurr\w*|on and off|off and on|this morning|tonight|(?<!ago )today)\b/,
  pastBefore: /(?:\b(?:history|hx) of|\bmy (?:previous|prior|last|old|past|first)|\b(?:since|after|following) (?:my|his|her|their)|\bprevious|\bprior)(?: \w+)? $/,
  hypothetical: new RegExp(
    [
      R`risks?`,
      R`chances?`,
      R`odds`,
      R`likelihood`,
      R`prevent\w*`,
      R`avoid\w*`,
      R`in case`,
      R`what if`,
      R`if (?:i|you|he|she|we|they|it|my \w+|someone|anyone|this|that|there|a person|your \w+)(?: \w+){0,2}?(?: ever)? (?:get|gets|getting|got|have|has|had|start|starts|develop|develops|experience|experiences|notice|notices|feel|feels|become|becomes|happen|happens|show|shows|take|takes|drops?|falls?|goes|reads?|hits?|reaches|spikes?|climbs?)`,
      R`(?:can|could|does|do|will|would|might|may) (?:\w+ ){0,3}?(?:cause|causes|give you|give me|lead to|trigger|increase|raise|make you)`,
      R`side effects?`,
      R`(?:worried|worry|worrying|afraid|scared|fear|concerned|nervous|anxious) (?:about|of|that) (?:\w+ ){0,2}?(?:getting|having|developing|a future|another|future)`,
      R`(?:worried|worry|worrying|scared|afraid|fear|fears|concerned|nervous|anxious) (?:about|of) (?:a |an |having a |getting a |having an |getting an )?$`,
      R`warning signs?`,
      R`what (?:to do|should i do|do i do|would i do|should we do|happens) (?:if|when)`,
      R`when (?:to|should i|should we|do i) (?:call|go|worry|seek)`,
      R`should i (?:call|go|worry) (?:if|when)`,
      R`how (?:do|would|can|could) (?:i|you|we) (?:know|tell|recognize|spot)`,
      R`family history`,
      R`runs in (?:my|the|our) family`,
      R`screen\w* for`,
      R`test\w* for`,
      R`check\w* for`,
      R`to rule out`,
      R`look\w* for signs`,
      R`precautions`,
      R`education about`,
      R`if (?:i|you|he|she|we|they|my \w+|someone|anyone|a person|your \w+)(?: \w+)?(?: ever)? (?:talk|talks|talked|said|says|say|mention|mentions|mentioned|tried|tries|does|did|is|was|were|starts?|goes|went)`,
      R`(?:watch|look out|looking out|watching) for`,
      R`would mean`,
      R`at what`,
      R`anything (?:over|above|higher than|greater than|more than|under|below|less than)`,
      R`how (?:do|should|can|would) (?:i|we) (?:ask|talk|bring up|help)`,
      R`(?:asks?|asked|asking|question) (?:about|if|whether)`,
      R`(?:give|gave|giving|given|gives) me (?:a |an )?`,
      R`(?:how|when) (?:do|should|would) (?:i|we|you) (?:use|give)`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  notNow: new RegExp(
    [
      String.raw`if (?:\w+ ){0,5}?(?:ever|someday|one day)`,
      String.raw`(?:what|how) (?:should|do|would|can) (?:i|we) (?:do|handle it) (?:if|when)`,
      String.raw`(?:ahead of time|in advance|before (?:winter|camp|it happens|season|the season|cold season|school starts)|just in case)`,
      String.raw`(?:just|only) (?:want|wanted|trying) to (?:know|be prepared|have (?:a|the) plan|understand|learn)`,
      String.raw`(?:want|wanted) to (?:know|have) (?:the rule|the number|a plan|it written)`,
    ]
      .map((p) => `\\b${p}(?![a-z0-9])`)
      .join('|'),
  ),
  laughter: new RegExp(
    // Unless the clause says it is no joke ("but seriously, …" after the laughter turns to the question).
    String.raw`(?<!\b(?:not joking|not kidding|not a joke|no joke|for real|fr|actually|seriously|i mean it)\b.*)\b(?:lol|lmao|lmfao|haha\w*|hehe|jk)(?![a-z0-9])(?!.*\b(?:not joking|not kidding|not a joke|no joke|for real|fr|i mean it)\b)|😂|🤣|🤦|😅|🙄`,
  ),
  questionCue: /\b(?:signs?|symptoms?|signals?|red flags?|indications?|sign|warning) (?:of|for)\b|\bdifference between\b|\bwhat (?:is|are|does|causes) (?:a |an |the )?$|\bwhat is (?:a |an |the )?\w+ (?:vs|versus|or) (?:a |an )?$|\bhow (?:high|much) (?:of )?(?:a )?$|\bconsidered (?:a |an )?$/,
  questionStart: /^ ?(?:what|how|which|when|why|should|can|could|would|is|are|does|do|will|may)\b/,
  documentBefore: /\b(?:(?:form|forms|questionnaire|screening|survey|phq ?9|phq|intake|label|labels|warning|warnings|insert|leaflet)(?: \w+){0,3} (?:asks?|asked|asking|warns?|warned|mentions?|lists?) (?:about |if |whether )?(?:\w+ ){0,4}$|(?:test|tests|testing|results?|x ?rays?|xray|scan|ct|cat scan|mri|ekg|ecg|echo|holter|workup|work up|class|classes|pamphlet|handout|brochure|medications?|medicines?|meds|pills|drugs?|prescriptions?|rx|refills?|questionnaire|form|screening|program|video|article|information|info)(?: \w+)? (?:for|of|about|on|regarding|re|to check for|to rule out|to evaluate|against|to prevent|to treat) (?:my |the |your |his |her |a |an |our |their |any )?(?:\w+ )?$)/,
  documentAfter: /^ (?:test|tests|testing|tested|x ?rays?|xray|scan|ct|mri|ultrasound|echo|results?|report|exam|evaluation|study|studies|panel|screening|questionnaire|survey|form|clinic|center|centre|unit|class|classes|education|prevention|awareness|pamphlet|handout|video|medications?|medicines?|meds|pills?|drugs?|prescriptions?|rx|refills?|protocol|action plan|plan|log|diary|journal|monitor|disorder|disorders|free|precautions|threshold|risk|risks|specialist|neurologist|program|survivor|survivors|rehab|rehabilitation|support group|kit|bracelet|alert|insurance|coverage|guidelines|warning signs|checklist|training|first aid|patients|research|history)\b/,
};

export const EN: LocaleRules = { rules: EN_RULES, context: EN_CONTEXT };
