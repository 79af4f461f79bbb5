import type { ModuleId } from '@ruta/curriculum';
import type { Competency, CompetencyArea, Framework, FrameworkText, RoleProfile } from './framework';
import { deepFreeze } from './freeze';
import type { CompetencyId } from './ids';

const t = (es: string, en: string, fr: string): FrameworkText => ({ es, en, fr });

function competency(
  id: CompetencyId,
  area: CompetencyArea,
  modules: ModuleId[],
  title: FrameworkText,
  description: FrameworkText,
  awareness: FrameworkText[],
  practitioner: FrameworkText[],
  specialist: FrameworkText[],
): Competency {
  return {
    id,
    title,
    description,
    area,
    modules,
    levels: [
      { level: 1, behaviours: awareness },
      { level: 2, behaviours: practitioner },
      { level: 3, behaviours: specialist },
    ],
  };
}

const competencies: Competency[] = [
  competency(
    'recognise-indicators',
    'protection',
    ['M1', 'M4'],
    t(
      'Reconocer indicadores de trata',
      'Recognise indicators of trafficking',
      'Reconnaître les indicateurs de la traite',
    ),
    t(
      'Detecta en personas, documentos, lugares y relatos los indicadores de trata (los 11 indicadores de trabajo forzoso de la OIT y las listas de la UNODC) y reconoce cuándo hay motivos razonables para tratar a alguien como presunta víctima.',
      'Spots the indicators of trafficking in people, documents, places and accounts (the ILO’s 11 forced-labour indicators and UNODC’s lists) and recognises when there are reasonable grounds to treat someone as a presumed victim.',
      'Repère les indicateurs de la traite chez les personnes, dans les documents, les lieux et les récits (les 11 indicateurs du travail forcé de l’OIT et les listes de l’ONUDC) et reconnaît quand il existe des motifs raisonnables de traiter quelqu’un comme victime présumée.',
    ),
    [
      t(
        'Nombra los indicadores generales más frecuentes (retención de documentos, deuda, restricción de movimiento, engaño) y sabe a quién avisar si los observa.',
        'Names the most common general indicators (retained documents, debt, restricted movement, deception) and knows whom to alert on noticing them.',
        'Cite les indicateurs généraux les plus fréquents (documents retenus, dette, liberté de mouvement restreinte, tromperie) et sait qui alerter s’il les observe.',
      ),
    ],
    [
      t(
        'En una entrevista o inspección real, registra los indicadores presentes sin anotar falsos positivos, los relaciona con el tipo de explotación y concluye si hay motivos razonables.',
        'In a real interview or inspection, records the indicators present without false notes, links them to the form of exploitation and concludes whether reasonable grounds exist.',
        'Lors d’un entretien ou d’une inspection réels, consigne les indicateurs présents sans faux signalement, les relie à la forme d’exploitation et conclut à l’existence ou non de motifs raisonnables.',
      ),
    ],
    [
      t(
        'Adapta las listas de indicadores a las modalidades regionales emergentes (captación en línea, criminalidad forzada) y enseña a sus colegas a usarlas con casos prácticos.',
        'Adapts indicator lists to emerging regional patterns (online recruitment, forced criminality) and teaches colleagues to use them through case exercises.',
        'Adapte les listes d’indicateurs aux nouvelles formes régionales (recrutement en ligne, criminalité forcée) et apprend à ses collègues à les utiliser au moyen d’études de cas.',
      ),
    ],
  ),
  competency(
    'apply-trafficking-definition',
    'cross-cutting',
    ['M2', 'M1'],
    t(
      'Aplicar la definición de trata',
      'Apply the definition of trafficking',
      'Appliquer la définition de la traite',
    ),
    t(
      'Aplica el artículo 3 del Protocolo de Palermo y la ley nacional: acto, medio y finalidad de explotación; la irrelevancia del consentimiento cuando se usó un medio, y que para un niño bastan el acto y la finalidad.',
      'Applies article 3 of the Palermo Protocol and national law: act, means and purpose of exploitation; the irrelevance of consent once a means was used, and that for a child the act and purpose suffice.',
      'Applique l’article 3 du Protocole de Palerme et la loi nationale : acte, moyen et finalité d’exploitation ; l’absence d’effet du consentement lorsqu’un moyen a été utilisé, et le fait que pour un enfant l’acte et la finalité suffisent.',
    ),
    [
      t(
        'Explica con sus palabras los tres elementos de la definición y por qué el consentimiento de la víctima no excluye la trata.',
        'Explains in their own words the three elements of the definition and why the victim’s consent does not rule out trafficking.',
        'Explique avec ses propres mots les trois éléments de la définition et pourquoi le consentement de la victime n’exclut pas la traite.',
      ),
    ],
    [
      t(
        'Analiza un caso concreto elemento por elemento, distingue a un niño de un adulto en el análisis y fundamenta por escrito si los hechos constituyen trata según la ley nacional.',
        'Analyses a specific case element by element, treats a child differently from an adult in the analysis and sets out in writing whether the facts amount to trafficking under national law.',
        'Analyse un cas concret élément par élément, distingue l’enfant de l’adulte dans l’analyse et motive par écrit si les faits constituent une traite au regard de la loi nationale.',
      ),
    ],
    [
      t(
        'Resuelve casos límite (explotación laboral grave, matrimonio forzado, criminalidad forzada), armoniza criterios entre instituciones y forma a otros en la aplicación de la definición.',
        'Resolves borderline cases (severe labour exploitation, forced marriage, forced criminality), aligns criteria across institutions and trains others to apply the definition.',
        'Tranche les cas limites (exploitation grave par le travail, mariage forcé, criminalité forcée), harmonise les critères entre institutions et forme d’autres personnes à l’application de la définition.',
      ),
    ],
  ),
  competency(
    'distinguish-smuggling',
    'protection',
    ['M2', 'M1'],
    t(
      'Distinguir trata y tráfico ilícito de migrantes',
      'Distinguish trafficking from smuggling',
      'Distinguer la traite du trafic illicite de migrants',
    ),
    t(
      'Distingue la trata (delito contra la persona con fines de explotación) del tráfico ilícito de migrantes (delito contra la frontera que termina con la llegada) y reconoce cuándo un tráfico se convierte en trata.',
      'Tells trafficking (a crime against the person, aimed at exploitation) from migrant smuggling (a crime against a border that ends on arrival) and recognises when smuggling turns into trafficking.',
      'Distingue la traite (crime contre la personne, visant l’exploitation) du trafic illicite de migrants (crime contre la frontière qui prend fin à l’arrivée) et reconnaît quand un trafic se transforme en traite.',
    ),
    [
      t(
        'Enumera las diferencias de consentimiento, finalidad, transnacionalidad y relación posterior con el autor.',
        'Lists the differences in consent, purpose, border crossing and ongoing relationship with the offender.',
        'Énumère les différences de consentement, de finalité, de franchissement de frontière et de relation ultérieure avec l’auteur.',
      ),
    ],
    [
      t(
        'Ante un grupo de migrantes en un puesto fronterizo, detecta a quien sigue bajo control de un tercero (deuda, documentos retenidos, amenazas) y lo trata como presunta víctima y no como infractor.',
        'Faced with a group of migrants at a border post, spots the person still under a third party’s control (debt, retained documents, threats) and treats them as a presumed victim, not an offender.',
        'Face à un groupe de migrants à un poste-frontière, repère la personne encore sous le contrôle d’un tiers (dette, documents retenus, menaces) et la traite comme victime présumée et non comme contrevenante.',
      ),
    ],
    [
      t(
        'Asesora a fiscales y jueces sobre la calificación jurídica de casos mixtos y elabora criterios de actuación para los puestos fronterizos.',
        'Advises prosecutors and judges on the legal classification of mixed cases and drafts operating guidance for border posts.',
        'Conseille procureurs et juges sur la qualification juridique des cas mixtes et rédige des lignes directrices pour les postes-frontières.',
      ),
    ],
  ),
  competency(
    'trauma-informed-interviewing',
    'protection',
    ['M4', 'M3'],
    t(
      'Entrevistar con enfoque informado sobre el trauma',
      'Trauma-informed interviewing',
      'Entretien tenant compte des traumatismes',
    ),
    t(
      'Conduce entrevistas que dan seguridad, explican su propósito, respetan los tiempos de la persona y evitan la revictimización, entendiendo los efectos del trauma sobre la memoria y el relato.',
      'Conducts interviews that provide safety, explain their purpose, respect the person’s pace and avoid re-victimisation, understanding how trauma affects memory and the account.',
      'Mène des entretiens qui assurent la sécurité, expliquent leur but, respectent le rythme de la personne et évitent la revictimisation, en comprenant les effets du traumatisme sur la mémoire et le récit.',
    ),
    [
      t(
        'Reconoce reacciones de trauma (silencio, contradicciones, desconfianza) y evita preguntas culpabilizadoras o repetidas.',
        'Recognises trauma reactions (silence, inconsistencies, mistrust) and avoids blaming or repeated questions.',
        'Reconnaît les réactions traumatiques (silence, incohérences, méfiance) et évite les questions culpabilisantes ou répétées.',
      ),
    ],
    [
      t(
        'Prepara y conduce una entrevista en un lugar privado, obtiene el consentimiento informado, deja que la persona marque el ritmo, no promete lo que no puede cumplir y registra el relato para que no deba repetirse.',
        'Prepares and conducts an interview in a private place, obtains informed consent, lets the person set the pace, promises nothing that cannot be kept and records the account so it need not be repeated.',
        'Prépare et mène un entretien dans un lieu privé, obtient le consentement éclairé, laisse la personne fixer le rythme, ne promet rien qui ne puisse être tenu et consigne le récit pour qu’il n’ait pas à être répété.',
      ),
    ],
    [
      t(
        'Conduce entrevistas complejas (niños, víctimas de violencia sexual, testigos amenazados), supervisa y retroalimenta a otros entrevistadores y diseña protocolos de entrevista única.',
        'Conducts complex interviews (children, survivors of sexual violence, threatened witnesses), supervises and gives feedback to other interviewers and designs single-interview protocols.',
        'Mène des entretiens complexes (enfants, victimes de violences sexuelles, témoins menacés), supervise et conseille d’autres intervieweurs et conçoit des protocoles d’entretien unique.',
      ),
    ],
  ),
  competency(
    'work-with-interpreters',
    'protection',
    ['M4', 'M8'],
    t('Trabajar con intérpretes', 'Work with interpreters', 'Travailler avec des interprètes'),
    t(
      'Asegura una comunicación fiel y segura con personas que no dominan el idioma, mediante intérpretes calificados, imparciales y aceptados por la víctima, nunca la persona que la acompaña.',
      'Secures faithful and safe communication with people who do not master the language, through qualified, impartial interpreters the victim accepts, never the person accompanying them.',
      'Assure une communication fidèle et sûre avec les personnes qui ne maîtrisent pas la langue, grâce à des interprètes qualifiés, impartiaux et acceptés par la victime, jamais la personne qui l’accompagne.',
    ),
    [
      t(
        'Sabe que un acompañante, familiar o niño no debe interpretar y pide un intérprete calificado cuando hace falta.',
        'Knows that a companion, relative or child must not interpret and asks for a qualified interpreter when needed.',
        'Sait qu’un accompagnateur, un proche ou un enfant ne doit pas interpréter et demande un interprète qualifié au besoin.',
      ),
    ],
    [
      t(
        'Prepara al intérprete (confidencialidad, vocabulario, rol), le habla a la víctima y no al intérprete, y verifica la comprensión sin dejar que se filtre información.',
        'Briefs the interpreter (confidentiality, vocabulary, role), speaks to the victim rather than the interpreter, and checks understanding without letting information leak.',
        'Prépare l’interprète (confidentialité, vocabulaire, rôle), s’adresse à la victime et non à l’interprète, et vérifie la compréhension sans laisser fuiter l’information.',
      ),
    ],
    [
      t(
        'Organiza listas de intérpretes verificados en lenguas indígenas y extranjeras de la región y capacita a intérpretes en trata y trauma.',
        'Maintains rosters of vetted interpreters in the region’s indigenous and foreign languages and trains interpreters on trafficking and trauma.',
        'Tient des listes d’interprètes vérifiés dans les langues autochtones et étrangères de la région et forme les interprètes à la traite et aux traumatismes.',
      ),
    ],
  ),
  competency(
    'child-protection',
    'protection',
    ['M3', 'M4', 'M9'],
    t('Proteger a niñas, niños y adolescentes', 'Protect child victims', 'Protéger les enfants victimes'),
    t(
      'Pone el interés superior del niño en el centro: aviso inmediato a la autoridad de protección, tutela, entrevista adaptada, cuidado alternativo y soluciones duraderas, sin exigir medios para reconocer la trata de un menor.',
      'Puts the child’s best interests at the centre: immediate alert to the child-protection authority, guardianship, child-friendly interviewing, alternative care and durable solutions, without requiring means to recognise the trafficking of a minor.',
      'Place l’intérêt supérieur de l’enfant au centre : alerte immédiate de l’autorité de protection, tutelle, entretien adapté, prise en charge alternative et solutions durables, sans exiger de moyens pour reconnaître la traite d’un mineur.',
    ),
    [
      t(
        'Reconoce que una persona menor de 18 años es un niño con derechos específicos y avisa a la autoridad de protección de la niñez.',
        'Recognises that a person under 18 is a child with specific rights and alerts the child-protection authority.',
        'Reconnaît qu’une personne de moins de 18 ans est un enfant doté de droits spécifiques et alerte l’autorité de protection de l’enfance.',
      ),
    ],
    [
      t(
        'Actúa ante un niño no acompañado o separado: no lo entrega a quien dice ser familiar sin verificar, asegura un tutor y un lugar seguro, y participa en la determinación de su interés superior.',
        'Acts for an unaccompanied or separated child: does not hand them to a claimed relative without verification, secures a guardian and a safe place, and takes part in the best-interests determination.',
        'Agit pour un enfant non accompagné ou séparé : ne le remet pas à un prétendu parent sans vérification, obtient un tuteur et un lieu sûr et participe à la détermination de son intérêt supérieur.',
      ),
    ],
    [
      t(
        'Dirige procesos de determinación del interés superior, coordina con autoridades de otros países para soluciones duraderas y forma a equipos en protección infantil.',
        'Leads best-interests determination processes, coordinates with other countries’ authorities on durable solutions and trains teams in child protection.',
        'Dirige les procédures de détermination de l’intérêt supérieur, coordonne avec les autorités d’autres pays les solutions durables et forme les équipes à la protection de l’enfance.',
      ),
    ],
  ),
  competency(
    'risk-assessment',
    'protection',
    ['M4', 'M9'],
    t('Evaluar riesgos', 'Assess risks', 'Évaluer les risques'),
    t(
      'Evalúa, antes de cada decisión y de forma continua, los riesgos para la víctima, su familia y el personal (represalias, fuga, autolesión, revictimización) y adopta medidas proporcionales de seguridad.',
      'Assesses, before each decision and on an ongoing basis, the risks to the victim, their family and staff (reprisals, absconding, self-harm, re-victimisation) and adopts proportionate safety measures.',
      'Évalue, avant chaque décision et de façon continue, les risques pour la victime, sa famille et le personnel (représailles, fuite, automutilation, revictimisation) et prend des mesures de sécurité proportionnées.',
    ),
    [
      t(
        'Identifica riesgos evidentes para la seguridad de la persona y no actúa de forma que la exponga (p. ej., confrontarla delante del explotador).',
        'Identifies obvious risks to the person’s safety and does not act in ways that expose them (e.g. confronting them in front of the exploiter).',
        'Identifie les risques évidents pour la sécurité de la personne et n’agit pas de manière à l’exposer (par ex. l’interroger devant l’exploiteur).',
      ),
    ],
    [
      t(
        'Aplica una herramienta de evaluación de riesgos, documenta el resultado, elabora un plan de seguridad con la víctima y lo revisa cuando cambian las circunstancias.',
        'Applies a risk-assessment tool, documents the result, draws up a safety plan with the victim and reviews it when circumstances change.',
        'Applique un outil d’évaluation des risques, documente le résultat, élabore un plan de sécurité avec la victime et le révise lorsque la situation change.',
      ),
    ],
    [
      t(
        'Evalúa riesgos transnacionales (familia en el país de origen, redes activas), diseña protocolos institucionales de seguridad y supervisa evaluaciones de otros.',
        'Assesses transnational risks (family in the country of origin, active networks), designs institutional safety protocols and supervises others’ assessments.',
        'Évalue les risques transnationaux (famille dans le pays d’origine, réseaux actifs), conçoit des protocoles institutionnels de sécurité et supervise les évaluations d’autrui.',
      ),
    ],
  ),
  competency(
    'refer-to-services',
    'protection',
    ['M8', 'M9'],
    t('Derivar a servicios', 'Refer to services', 'Orienter vers les services'),
    t(
      'Deriva a las presuntas víctimas, con su consentimiento, a los servicios del Mecanismo Nacional de Derivación (albergue, salud, asistencia legal, interpretación, protección de la niñez) y da seguimiento a la derivación.',
      'Refers presumed victims, with their consent, to the services of the National Referral Mechanism (shelter, health, legal aid, interpretation, child protection) and follows the referral up.',
      'Oriente les victimes présumées, avec leur consentement, vers les services du mécanisme national d’orientation (hébergement, santé, aide juridique, interprétation, protection de l’enfance) et assure le suivi de l’orientation.',
    ),
    [
      t(
        'Conoce la ruta nacional de derivación y los contactos de emergencia, y sabe que la asistencia no depende de que la víctima denuncie.',
        'Knows the national referral pathway and emergency contacts, and knows that assistance does not depend on the victim reporting.',
        'Connaît le parcours national d’orientation et les contacts d’urgence, et sait que l’assistance ne dépend pas d’une plainte de la victime.',
      ),
    ],
    [
      t(
        'Deriva el caso a la institución adecuada con la información mínima necesaria, obtiene el consentimiento informado y confirma que la persona fue recibida.',
        'Refers the case to the right institution with the minimum information needed, obtains informed consent and confirms the person was received.',
        'Oriente le dossier vers l’institution adéquate avec le minimum d’informations nécessaire, obtient le consentement éclairé et confirme que la personne a été accueillie.',
      ),
    ],
    [
      t(
        'Mantiene y mejora el directorio de derivación, resuelve cuellos de botella entre instituciones y forma a puntos focales en los procedimientos de derivación.',
        'Maintains and improves the referral directory, resolves bottlenecks between institutions and trains focal points in referral procedures.',
        'Tient à jour et améliore le répertoire d’orientation, résout les blocages entre institutions et forme les points focaux aux procédures d’orientation.',
      ),
    ],
  ),
  competency(
    'shelter-case-management',
    'protection',
    ['M9', 'M4'],
    t(
      'Gestionar casos en albergues',
      'Shelter case management',
      'Gestion de dossiers en centre d’hébergement',
    ),
    t(
      'Gestiona la estancia de una víctima en un albergue con un plan individual de atención: seguridad, salud física y mental, asistencia legal, participación de la persona y reglas que protegen sin privar de libertad.',
      'Manages a victim’s stay in a shelter through an individual care plan: safety, physical and mental health, legal aid, the person’s participation and rules that protect without depriving of liberty.',
      'Gère le séjour d’une victime en centre d’hébergement au moyen d’un plan de prise en charge individuel : sécurité, santé physique et mentale, aide juridique, participation de la personne et règles qui protègent sans priver de liberté.',
    ),
    [
      t(
        'Conoce las normas mínimas de un albergue seguro y las necesidades básicas de una víctima al ingresar.',
        'Knows the minimum standards of a safe shelter and a victim’s basic needs on arrival.',
        'Connaît les normes minimales d’un centre d’hébergement sûr et les besoins essentiels d’une victime à son arrivée.',
      ),
    ],
    [
      t(
        'Elabora y revisa con la persona un plan individual, coordina servicios, registra el caso de forma confidencial y evita que sea entrevistada una y otra vez.',
        'Draws up and reviews an individual plan with the person, coordinates services, keeps confidential case records and prevents repeated interviews.',
        'Élabore et révise avec la personne un plan individuel, coordonne les services, tient un dossier confidentiel et évite les entretiens à répétition.',
      ),
    ],
    [
      t(
        'Dirige la gestión de casos de un albergue, supervisa al personal, establece protocolos y mide la calidad de la atención.',
        'Leads a shelter’s case management, supervises staff, sets protocols and measures the quality of care.',
        'Dirige la gestion des dossiers d’un centre, supervise le personnel, établit des protocoles et mesure la qualité de la prise en charge.',
      ),
    ],
  ),
  competency(
    'reintegration-planning',
    'protection',
    ['M9'],
    t('Planificar la reintegración', 'Plan reintegration', 'Planifier la réinsertion'),
    t(
      'Planifica con la víctima su inclusión social a largo plazo (vivienda, educación, empleo, salud mental, red de apoyo), ya sea en el país de destino, de origen o en un tercer país.',
      'Plans with the victim their long-term social inclusion (housing, education, employment, mental health, support network), whether in the country of destination, origin or a third country.',
      'Planifie avec la victime son inclusion sociale à long terme (logement, éducation, emploi, santé mentale, réseau de soutien), que ce soit dans le pays de destination, d’origine ou un pays tiers.',
    ),
    [
      t(
        'Comprende que la reintegración es un proceso de largo plazo que reduce el riesgo de volver a ser víctima.',
        'Understands that reintegration is a long-term process that reduces the risk of being trafficked again.',
        'Comprend que la réinsertion est un processus de long terme qui réduit le risque d’être de nouveau victime.',
      ),
    ],
    [
      t(
        'Elabora con la persona un plan de reintegración con metas, servicios y plazos realistas, y lo ajusta según sus avances.',
        'Draws up with the person a reintegration plan with realistic goals, services and timelines, and adjusts it as they progress.',
        'Élabore avec la personne un plan de réinsertion aux objectifs, services et délais réalistes et l’ajuste selon ses progrès.',
      ),
    ],
    [
      t(
        'Articula programas de empleo, educación y vivienda para sobrevivientes, evalúa sus resultados y forma a otros en planificación de la reintegración.',
        'Brings together employment, education and housing programmes for survivors, evaluates their results and trains others in reintegration planning.',
        'Fédère des programmes d’emploi, d’éducation et de logement pour les survivants, en évalue les résultats et forme d’autres personnes à la planification de la réinsertion.',
      ),
    ],
  ),
  competency(
    'evidence-beyond-testimony',
    'prosecution',
    ['M2', 'M4'],
    t(
      'Obtener pruebas más allá del testimonio',
      'Gather evidence beyond testimony',
      'Réunir des preuves au-delà du témoignage',
    ),
    t(
      'Construye casos que no descansan solo en la declaración de la víctima: pruebas documentales, financieras, digitales, periciales y testigos que corroboran los hechos.',
      'Builds cases that do not rest on the victim’s statement alone: documentary, financial, digital and forensic evidence and witnesses that corroborate the facts.',
      'Construit des affaires qui ne reposent pas sur la seule déclaration de la victime : preuves documentaires, financières, numériques, médico-légales et témoins qui corroborent les faits.',
    ),
    [
      t(
        'Sabe qué otras fuentes de prueba existen y por qué un caso basado solo en el testimonio expone a la víctima.',
        'Knows what other sources of evidence exist and why a case based on testimony alone exposes the victim.',
        'Sait quelles autres sources de preuve existent et pourquoi une affaire fondée sur le seul témoignage expose la victime.',
      ),
    ],
    [
      t(
        'Planifica la investigación con un plan probatorio que incluye registros, comunicaciones, movimientos de dinero y testigos, y preserva la cadena de custodia.',
        'Plans the investigation with an evidence plan covering records, communications, money flows and witnesses, and preserves the chain of custody.',
        'Planifie l’enquête avec un plan de preuve couvrant registres, communications, flux financiers et témoins, et préserve la chaîne de traçabilité.',
      ),
    ],
    [
      t(
        'Dirige investigaciones proactivas que llegan a juicio sin depender del testimonio de la víctima y forma a investigadores y fiscales en este enfoque.',
        'Leads proactive investigations that reach trial without depending on the victim’s testimony and trains investigators and prosecutors in this approach.',
        'Dirige des enquêtes proactives qui aboutissent au procès sans dépendre du témoignage de la victime et forme enquêteurs et procureurs à cette approche.',
      ),
    ],
  ),
  competency(
    'financial-investigation',
    'prosecution',
    ['M1', 'M2'],
    t('Investigar el rastro financiero', 'Financial investigation', 'Enquête financière'),
    t(
      'Sigue el dinero de la trata: ganancias, deudas impuestas, remesas, cuentas y bienes, para probar el delito, identificar a la red y permitir el decomiso y la reparación.',
      'Follows the money of trafficking: profits, imposed debts, remittances, accounts and assets, to prove the offence, identify the network and enable confiscation and redress.',
      'Suit l’argent de la traite : profits, dettes imposées, transferts, comptes et biens, pour prouver l’infraction, identifier le réseau et permettre la confiscation et la réparation.',
    ),
    [
      t(
        'Reconoce señales financieras de trata (pagos de deudas, cuentas controladas por terceros, transferencias a captadores) y sabe a qué unidad comunicarlas.',
        'Recognises financial signs of trafficking (debt payments, accounts controlled by third parties, transfers to recruiters) and knows which unit to report them to.',
        'Reconnaît les signes financiers de la traite (remboursements de dettes, comptes contrôlés par des tiers, virements aux recruteurs) et sait à quelle unité les signaler.',
      ),
    ],
    [
      t(
        'Solicita y analiza información bancaria y de remesas, trabaja con la unidad de inteligencia financiera e incorpora los hallazgos al expediente.',
        'Requests and analyses bank and remittance records, works with the financial intelligence unit and brings the findings into the case file.',
        'Demande et analyse des relevés bancaires et de transferts, travaille avec la cellule de renseignement financier et verse les résultats au dossier.',
      ),
    ],
    [
      t(
        'Dirige investigaciones patrimoniales paralelas y transnacionales, logra medidas cautelares sobre bienes y forma a otros en análisis financiero.',
        'Leads parallel and transnational asset investigations, secures freezing orders over assets and trains others in financial analysis.',
        'Dirige des enquêtes patrimoniales parallèles et transnationales, obtient des mesures conservatoires sur les biens et forme d’autres personnes à l’analyse financière.',
      ),
    ],
  ),
  competency(
    'victim-witness-protection',
    'prosecution',
    ['M4', 'M2'],
    t(
      'Proteger a víctimas y testigos en el proceso',
      'Protect victims and witnesses in proceedings',
      'Protéger les victimes et témoins dans la procédure',
    ),
    t(
      'Protege a la víctima que participa en el proceso penal: medidas de protección, declaración anticipada o por medios que eviten la confrontación, acompañamiento, reserva de identidad y respeto de su período de reflexión.',
      'Protects the victim taking part in criminal proceedings: protection measures, pre-recorded or remote testimony that avoids confrontation, support, identity protection and respect for the reflection period.',
      'Protège la victime qui participe à la procédure pénale : mesures de protection, déposition anticipée ou à distance évitant la confrontation, accompagnement, anonymat et respect du délai de réflexion.',
    ),
    [
      t(
        'Conoce las medidas de protección que prevé la ley y sabe que la víctima no debe enfrentarse al acusado sin resguardo.',
        'Knows the protection measures the law provides and that the victim must not face the accused without safeguards.',
        'Connaît les mesures de protection prévues par la loi et sait que la victime ne doit pas faire face à l’accusé sans protection.',
      ),
    ],
    [
      t(
        'Solicita o aplica las medidas adecuadas al riesgo (cámara Gesell, declaración anticipada, reserva de identidad) y coordina el acompañamiento psicosocial durante el proceso.',
        'Requests or applies measures suited to the risk (one-way mirror room, pre-trial testimony, identity protection) and coordinates psychosocial support during proceedings.',
        'Demande ou applique les mesures adaptées au risque (salle d’audition protégée, déposition anticipée, anonymat) et coordonne l’accompagnement psychosocial pendant la procédure.',
      ),
    ],
    [
      t(
        'Garantiza en audiencias complejas que toda la actuación judicial evite la revictimización, resuelve conflictos entre los derechos de la defensa y la protección, y forma a operadores de justicia.',
        'Ensures in complex hearings that the whole judicial process avoids re-victimisation, resolves conflicts between defence rights and protection, and trains justice officials.',
        'Veille, lors d’audiences complexes, à ce que l’ensemble de la procédure évite la revictimisation, arbitre entre droits de la défense et protection et forme les acteurs de la justice.',
      ),
    ],
  ),
  competency(
    'apply-non-punishment',
    'protection',
    ['M2', 'M3'],
    t(
      'Aplicar el principio de no sanción',
      'Apply the non-punishment principle',
      'Appliquer le principe de non-sanction',
    ),
    t(
      'Evita que las víctimas sean detenidas, procesadas o sancionadas por delitos o faltas que se vieron obligadas a cometer (ingreso irregular, documentos falsos, trabajo sexual, criminalidad forzada).',
      'Prevents victims from being detained, prosecuted or penalised for offences they were compelled to commit (irregular entry, false documents, sex work, forced criminality).',
      'Empêche que les victimes soient détenues, poursuivies ou sanctionnées pour des infractions qu’elles ont été contraintes de commettre (entrée irrégulière, faux documents, travail du sexe, criminalité forcée).',
    ),
    [
      t(
        'Explica el principio de no sanción y reconoce situaciones en que una víctima podría ser tratada como infractora.',
        'Explains the non-punishment principle and recognises situations in which a victim could be treated as an offender.',
        'Explique le principe de non-sanction et reconnaît les situations où une victime risque d’être traitée comme une contrevenante.',
      ),
    ],
    [
      t(
        'Suspende o evita medidas sancionatorias (multa, detención migratoria, deportación, imputación) cuando hay motivos razonables de trata y deja constancia de la decisión.',
        'Suspends or avoids punitive measures (fines, immigration detention, deportation, charges) when there are reasonable grounds of trafficking and records the decision.',
        'Suspend ou évite les mesures répressives (amende, rétention administrative, expulsion, mise en examen) lorsqu’il existe des motifs raisonnables de traite et consigne la décision.',
      ),
    ],
    [
      t(
        'Resuelve en sede fiscal o judicial la aplicación del principio en casos de criminalidad forzada, fija criterios institucionales y forma a otros operadores.',
        'Decides, as prosecutor or judge, on applying the principle in forced-criminality cases, sets institutional criteria and trains other officials.',
        'Statue, au parquet ou au siège, sur l’application du principe dans les affaires de criminalité forcée, fixe des critères institutionnels et forme d’autres acteurs.',
      ),
    ],
  ),
  competency(
    'multi-agency-cooperation',
    'cross-cutting',
    ['M8'],
    t('Cooperar entre instituciones', 'Multi-agency cooperation', 'Coopération interinstitutionnelle'),
    t(
      'Trabaja en equipo con las demás instituciones del Mecanismo Nacional de Derivación y la sociedad civil, con roles claros, información compartida de forma segura y decisiones coordinadas.',
      'Works as a team with the other institutions of the National Referral Mechanism and civil society, with clear roles, safely shared information and coordinated decisions.',
      'Travaille en équipe avec les autres institutions du mécanisme national d’orientation et la société civile, avec des rôles clairs, une information partagée en sécurité et des décisions coordonnées.',
    ),
    [
      t(
        'Conoce el mandato de las instituciones que intervienen en un caso de trata y su propio papel en la ruta.',
        'Knows the mandate of the institutions involved in a trafficking case and their own role in the pathway.',
        'Connaît le mandat des institutions qui interviennent dans une affaire de traite et son propre rôle dans le parcours.',
      ),
    ],
    [
      t(
        'Participa en reuniones de caso y operativos conjuntos, comparte información según los protocolos y evita duplicar entrevistas o intervenciones.',
        'Takes part in case conferences and joint operations, shares information according to protocols and avoids duplicate interviews or interventions.',
        'Participe aux réunions de cas et aux opérations conjointes, partage l’information selon les protocoles et évite les entretiens ou interventions en double.',
      ),
    ],
    [
      t(
        'Coordina mesas interinstitucionales, negocia protocolos y acuerdos de cooperación y facilita ejercicios de simulación multiagencia.',
        'Coordinates inter-agency working groups, negotiates protocols and cooperation agreements and facilitates multi-agency simulation exercises.',
        'Coordonne des groupes de travail interinstitutionnels, négocie protocoles et accords de coopération et anime des exercices de simulation multi-agences.',
      ),
    ],
  ),
  competency(
    'transnational-cooperation',
    'cross-cutting',
    ['M8', 'M2'],
    t('Cooperar entre países', 'Transnational cooperation', 'Coopération transnationale'),
    t(
      'Coopera con autoridades de otros países de la CRM y con los consulados: Mecanismo Transnacional de Derivación, asistencia jurídica mutua, equipos conjuntos de investigación y retorno seguro.',
      'Cooperates with authorities of other RCM countries and with consulates: Transnational Referral Mechanism, mutual legal assistance, joint investigation teams and safe return.',
      'Coopère avec les autorités des autres pays de la CRM et avec les consulats : mécanisme transnational d’orientation, entraide judiciaire, équipes communes d’enquête et retour en sécurité.',
    ),
    [
      t(
        'Sabe que la víctima encontrada en un país suele ser nacional de otro y conoce los canales básicos (consulado, punto focal regional).',
        'Knows that a victim found in one country is often a national of another and knows the basic channels (consulate, regional focal point).',
        'Sait qu’une victime découverte dans un pays est souvent ressortissante d’un autre et connaît les canaux de base (consulat, point focal régional).',
      ),
    ],
    [
      t(
        'Tramita una derivación transnacional o una solicitud de asistencia mutua con la información y el consentimiento necesarios, y da seguimiento con la contraparte.',
        'Handles a transnational referral or a mutual legal assistance request with the information and consent required, and follows up with the counterpart.',
        'Traite une orientation transnationale ou une demande d’entraide judiciaire avec les informations et le consentement requis, et assure le suivi avec l’homologue.',
      ),
    ],
    [
      t(
        'Dirige casos transnacionales complejos, impulsa acuerdos bilaterales o regionales y forma a puntos focales de otros países.',
        'Leads complex transnational cases, drives bilateral or regional agreements and trains focal points from other countries.',
        'Dirige des affaires transnationales complexes, promeut des accords bilatéraux ou régionaux et forme des points focaux d’autres pays.',
      ),
    ],
  ),
  competency(
    'confidentiality-data-protection',
    'cross-cutting',
    ['M3', 'M9'],
    t(
      'Confidencialidad y protección de datos',
      'Confidentiality and data protection',
      'Confidentialité et protection des données',
    ),
    t(
      'Protege la identidad y los datos de las víctimas en registros, comunicaciones, medios y cooperación entre instituciones y países, compartiendo solo lo necesario, con consentimiento y por canales seguros.',
      'Protects victims’ identity and data in records, communications, the media and cooperation between institutions and countries, sharing only what is needed, with consent and through secure channels.',
      'Protège l’identité et les données des victimes dans les registres, les communications, les médias et la coopération entre institutions et pays, en ne partageant que le nécessaire, avec consentement et par des canaux sûrs.',
    ),
    [
      t(
        'No divulga nombres, fotos ni ubicaciones de víctimas y sabe qué datos son sensibles.',
        'Does not disclose victims’ names, photos or whereabouts and knows which data are sensitive.',
        'Ne divulgue ni noms, ni photos, ni lieux de séjour des victimes et sait quelles données sont sensibles.',
      ),
    ],
    [
      t(
        'Aplica reglas de minimización y acceso restringido a los expedientes, pide consentimiento antes de compartir datos y usa canales seguros.',
        'Applies data minimisation and restricted access to case files, asks for consent before sharing data and uses secure channels.',
        'Applique la minimisation des données et l’accès restreint aux dossiers, demande le consentement avant tout partage et utilise des canaux sûrs.',
      ),
    ],
    [
      t(
        'Diseña protocolos de gestión de datos de casos y acuerdos de intercambio de información que cumplen la normativa, y audita su aplicación.',
        'Designs case-data management protocols and information-sharing agreements that meet the law, and audits their use.',
        'Conçoit des protocoles de gestion des données de dossiers et des accords d’échange d’informations conformes au droit, et en contrôle l’application.',
      ),
    ],
  ),
  competency(
    'trend-analysis',
    'prevention',
    ['M1'],
    t(
      'Analizar modus operandi y tendencias',
      'Analyse modus operandi and trends',
      'Analyser les modes opératoires et les tendances',
    ),
    t(
      'Mapea las formas de captación, rutas, perfiles de víctimas y explotadores y las tendencias regionales, internacionales y globales de la trata, para orientar la prevención y la detección.',
      'Maps recruitment methods, routes, victim and exploiter profiles and regional, international and global trafficking trends, to guide prevention and detection.',
      'Cartographie les méthodes de recrutement, les itinéraires, les profils des victimes et des exploiteurs ainsi que les tendances régionales, internationales et mondiales de la traite, pour orienter la prévention et la détection.',
    ),
    [
      t(
        'Describe las principales modalidades de trata en la región y las rutas más usadas.',
        'Describes the main forms of trafficking in the region and the most used routes.',
        'Décrit les principales formes de traite dans la région et les itinéraires les plus utilisés.',
      ),
    ],
    [
      t(
        'Recoge y analiza datos de casos y fuentes abiertas para identificar patrones locales y los comunica a su institución.',
        'Collects and analyses case data and open sources to identify local patterns and reports them to their institution.',
        'Recueille et analyse des données de dossiers et des sources ouvertes pour dégager des tendances locales et les communique à son institution.',
      ),
    ],
    [
      t(
        'Produce diagnósticos y mapas de riesgo nacionales o regionales que sustentan políticas, y forma a analistas.',
        'Produces national or regional assessments and risk maps that inform policy, and trains analysts.',
        'Produit des diagnostics et des cartes des risques nationaux ou régionaux qui éclairent les politiques, et forme des analystes.',
      ),
    ],
  ),
  competency(
    'awareness-raising',
    'prevention',
    ['M1', 'M6'],
    t('Sensibilizar e informar', 'Raise awareness', 'Sensibiliser'),
    t(
      'Informa a comunidades, personas migrantes, empleadores y escuelas sobre los riesgos de la trata, los derechos y las vías de ayuda, con mensajes que no estigmatizan ni revictimizan.',
      'Informs communities, migrants, employers and schools about the risks of trafficking, rights and where to get help, with messages that neither stigmatise nor re-victimise.',
      'Informe les communautés, les personnes migrantes, les employeurs et les écoles des risques de la traite, des droits et des recours, par des messages qui ne stigmatisent ni ne revictimisent.',
    ),
    [
      t(
        'Transmite información básica sobre trata, migración segura y líneas de ayuda.',
        'Passes on basic information about trafficking, safe migration and helplines.',
        'Transmet des informations de base sur la traite, la migration sûre et les lignes d’assistance.',
      ),
    ],
    [
      t(
        'Organiza actividades de sensibilización dirigidas a un grupo en riesgo, adaptadas a su idioma y cultura, y mide su alcance.',
        'Runs awareness activities for a group at risk, adapted to its language and culture, and measures their reach.',
        'Organise des actions de sensibilisation destinées à un groupe à risque, adaptées à sa langue et à sa culture, et en mesure la portée.',
      ),
    ],
    [
      t(
        'Diseña y evalúa campañas basadas en evidencia junto con sobrevivientes y medios, y forma a replicadores comunitarios.',
        'Designs and evaluates evidence-based campaigns with survivors and the media, and trains community multipliers.',
        'Conçoit et évalue des campagnes fondées sur des données probantes avec des survivants et les médias, et forme des relais communautaires.',
      ),
    ],
  ),
  competency(
    'demand-side-prevention',
    'prevention',
    ['M6'],
    t(
      'Prevenir actuando sobre la demanda',
      'Demand-side prevention',
      'Prévention par l’action sur la demande',
    ),
    t(
      'Actúa sobre los factores de demanda que alimentan la trata: consumo de explotación sexual, mano de obra barata en cadenas de suministro, reclutamiento abusivo y tolerancia social.',
      'Addresses the demand factors that fuel trafficking: demand for sexual exploitation, cheap labour in supply chains, abusive recruitment and social tolerance.',
      'Agit sur les facteurs de la demande qui alimentent la traite : demande d’exploitation sexuelle, main-d’œuvre bon marché dans les chaînes d’approvisionnement, recrutement abusif et tolérance sociale.',
    ),
    [
      t(
        'Explica cómo la demanda de bienes, servicios y mano de obra baratos sostiene la explotación.',
        'Explains how demand for cheap goods, services and labour sustains exploitation.',
        'Explique comment la demande de biens, de services et de main-d’œuvre bon marché entretient l’exploitation.',
      ),
    ],
    [
      t(
        'Promueve con empleadores, agencias de reclutamiento o compradores medidas de debida diligencia y reclutamiento ético en su sector.',
        'Promotes due diligence and ethical recruitment with employers, recruitment agencies or buyers in their sector.',
        'Promeut auprès des employeurs, des agences de recrutement ou des acheteurs de son secteur la diligence raisonnable et le recrutement éthique.',
      ),
    ],
    [
      t(
        'Diseña intervenciones de reducción de la demanda (compras públicas responsables, regulación del reclutamiento) y evalúa su efecto.',
        'Designs demand-reduction measures (responsible public procurement, regulation of recruitment) and evaluates their effect.',
        'Conçoit des mesures de réduction de la demande (marchés publics responsables, régulation du recrutement) et en évalue l’effet.',
      ),
    ],
  ),
  competency(
    'worksite-inspection',
    'prevention',
    ['M6', 'M1'],
    t(
      'Inspeccionar centros de trabajo',
      'Inspect worksites for forced labour',
      'Inspecter les lieux de travail',
    ),
    t(
      'Detecta trabajo forzoso y trata con fines de explotación laboral en fincas, fábricas, obras, barcos y hogares mediante inspecciones planificadas y seguras, y actúa sin exponer a los trabajadores.',
      'Detects forced labour and trafficking for labour exploitation on farms, factories, building sites, vessels and in households through planned, safe inspections, and acts without exposing workers.',
      'Détecte le travail forcé et la traite aux fins d’exploitation par le travail dans les exploitations agricoles, usines, chantiers, navires et ménages par des inspections planifiées et sûres, et agit sans exposer les travailleurs.',
    ),
    [
      t(
        'Reconoce en un lugar de trabajo los indicadores de trabajo forzoso de la OIT (salarios retenidos, servidumbre por deudas, horas extra excesivas).',
        'Recognises the ILO forced-labour indicators at a workplace (withheld wages, debt bondage, excessive overtime).',
        'Reconnaît sur un lieu de travail les indicateurs de travail forcé de l’OIT (salaires retenus, servitude pour dettes, heures supplémentaires excessives).',
      ),
    ],
    [
      t(
        'Planifica y realiza una inspección con entrevistas privadas a trabajadores, revisa nóminas y contratos, y deriva a las presuntas víctimas a protección y el caso a la fiscalía.',
        'Plans and carries out an inspection with private worker interviews, checks payrolls and contracts, and refers presumed victims to protection and the case to prosecutors.',
        'Planifie et mène une inspection avec des entretiens privés des travailleurs, vérifie fiches de paie et contrats, et oriente les victimes présumées vers la protection et le dossier vers le parquet.',
      ),
    ],
    [
      t(
        'Dirige operativos conjuntos en sectores de alto riesgo, elabora guías de inspección y forma a inspectores.',
        'Leads joint operations in high-risk sectors, writes inspection guidance and trains inspectors.',
        'Dirige des opérations conjointes dans les secteurs à haut risque, rédige des guides d’inspection et forme des inspecteurs.',
      ),
    ],
  ),
  competency(
    'public-policy-design',
    'prevention',
    ['M5', 'M3'],
    t('Diseñar políticas públicas', 'Design public policy', 'Concevoir des politiques publiques'),
    t(
      'Analiza y diseña opciones de política pública contra la trata con enfoque de derechos humanos, género y niñez: marcos normativos, instituciones, presupuesto y mecanismos de rendición de cuentas.',
      'Analyses and designs public-policy options against trafficking with a human-rights, gender and child-sensitive approach: legal frameworks, institutions, budget and accountability mechanisms.',
      'Analyse et conçoit des options de politique publique contre la traite selon une approche fondée sur les droits humains, le genre et l’enfance : cadres normatifs, institutions, budget et mécanismes de redevabilité.',
    ),
    [
      t(
        'Conoce la política nacional contra la trata y el papel de su institución en ella.',
        'Knows the national anti-trafficking policy and their institution’s role in it.',
        'Connaît la politique nationale de lutte contre la traite et le rôle de son institution.',
      ),
    ],
    [
      t(
        'Formula recomendaciones de política sustentadas en datos y en las obligaciones internacionales del país, y las presenta a quien decide.',
        'Drafts policy recommendations grounded in data and the country’s international obligations, and presents them to decision-makers.',
        'Formule des recommandations fondées sur les données et les obligations internationales du pays, et les présente aux décideurs.',
      ),
    ],
    [
      t(
        'Lidera la formulación o reforma de políticas y leyes, compara opciones de la región y asesora a otros países de la CRM.',
        'Leads the drafting or reform of policies and laws, compares options across the region and advises other RCM countries.',
        'Pilote l’élaboration ou la réforme de politiques et de lois, compare les options de la région et conseille d’autres pays de la CRM.',
      ),
    ],
  ),
  competency(
    'action-plan-design',
    'prevention',
    ['M7', 'M5'],
    t(
      'Diseñar y dar seguimiento a planes de acción',
      'Design and monitor action plans',
      'Concevoir et suivre des plans d’action',
    ),
    t(
      'Elabora, ejecuta y evalúa planes y estrategias nacionales contra la trata: objetivos, responsables, indicadores, presupuesto y participación de la sociedad civil y de sobrevivientes.',
      'Drafts, implements and evaluates national anti-trafficking action plans and strategies: objectives, lead agencies, indicators, budget and participation of civil society and survivors.',
      'Élabore, met en œuvre et évalue les plans et stratégies nationaux de lutte contre la traite : objectifs, responsables, indicateurs, budget et participation de la société civile et des survivants.',
    ),
    [
      t(
        'Conoce los objetivos del plan nacional de acción y las metas que corresponden a su institución.',
        'Knows the national action plan’s objectives and the targets assigned to their institution.',
        'Connaît les objectifs du plan d’action national et les cibles qui incombent à son institution.',
      ),
    ],
    [
      t(
        'Traduce el plan en un plan operativo institucional con indicadores y reporta su avance.',
        'Turns the plan into an institutional work plan with indicators and reports on progress.',
        'Décline le plan en un plan opérationnel institutionnel doté d’indicateurs et rend compte des progrès.',
      ),
    ],
    [
      t(
        'Coordina la elaboración o evaluación del plan nacional con todas las instituciones y lo alinea con los compromisos regionales de la CRM.',
        'Coordinates drafting or evaluating the national plan with all institutions and aligns it with RCM regional commitments.',
        'Coordonne l’élaboration ou l’évaluation du plan national avec toutes les institutions et l’aligne sur les engagements régionaux de la CRM.',
      ),
    ],
  ),
  competency(
    'age-assessment',
    'protection',
    ['M4', 'M3'],
    t('Determinar la edad', 'Age assessment', 'Détermination de l’âge'),
    t(
      'Determina la edad de una persona cuando hay dudas mediante un proceso multidisciplinario, respetuoso y proporcional, y la trata como niño mientras persista la duda.',
      'Assesses a person’s age when in doubt through a multidisciplinary, respectful and proportionate process, and treats them as a child while doubt remains.',
      'Détermine l’âge d’une personne en cas de doute par une démarche pluridisciplinaire, respectueuse et proportionnée, et la traite comme un enfant tant que le doute subsiste.',
    ),
    [
      t(
        'Sabe que, si la edad es dudosa, se presume que la persona es menor y se activa la protección de la niñez.',
        'Knows that when age is in doubt the person is presumed to be a child and child protection is triggered.',
        'Sait qu’en cas de doute sur l’âge la personne est présumée mineure et que la protection de l’enfance est déclenchée.',
      ),
    ],
    [
      t(
        'Reúne indicios documentales y entrevistas para estimar la edad, evita exámenes invasivos como única base y registra el margen de error a favor del niño.',
        'Gathers documentary evidence and interviews to estimate age, avoids invasive examinations as the sole basis and records the margin of error in the child’s favour.',
        'Réunit des éléments documentaires et des entretiens pour estimer l’âge, évite les examens invasifs comme seule base et consigne la marge d’erreur en faveur de l’enfant.',
      ),
    ],
    [
      t(
        'Coordina procedimientos multidisciplinarios de determinación de edad, revisa decisiones impugnadas y forma a otros profesionales.',
        'Coordinates multidisciplinary age-assessment procedures, reviews contested decisions and trains other professionals.',
        'Coordonne les procédures pluridisciplinaires de détermination de l’âge, réexamine les décisions contestées et forme d’autres professionnels.',
      ),
    ],
  ),
  competency(
    'return-and-reintegration',
    'protection',
    ['M9', 'M8'],
    t('Retorno seguro y reintegración', 'Safe return and reintegration', 'Retour en sécurité et réinsertion'),
    t(
      'Organiza, solo si la víctima lo quiere y tras evaluar los riesgos, un retorno voluntario, seguro y digno al país de origen, con documentos, acompañamiento y continuidad de la asistencia al llegar.',
      'Organises, only if the victim wishes and after assessing the risks, a voluntary, safe and dignified return to the country of origin, with documents, escort and continued assistance on arrival.',
      'Organise, seulement si la victime le souhaite et après évaluation des risques, un retour volontaire, sûr et digne dans le pays d’origine, avec documents, accompagnement et continuité de l’assistance à l’arrivée.',
    ),
    [
      t(
        'Sabe que el retorno de una víctima es voluntario, no una deportación, y que requiere evaluar riesgos en el país de origen.',
        'Knows that a victim’s return is voluntary, not a deportation, and requires assessing risks in the country of origin.',
        'Sait que le retour d’une victime est volontaire, qu’il ne s’agit pas d’une expulsion, et qu’il exige d’évaluer les risques dans le pays d’origine.',
      ),
    ],
    [
      t(
        'Prepara un retorno asistido con el consulado y los servicios del país de origen: documentos de viaje, evaluación de riesgos, recepción y derivación a la llegada.',
        'Prepares an assisted return with the consulate and services in the country of origin: travel documents, risk assessment, reception and referral on arrival.',
        'Prépare un retour assisté avec le consulat et les services du pays d’origine : documents de voyage, évaluation des risques, accueil et orientation à l’arrivée.',
      ),
    ],
    [
      t(
        'Gestiona retornos complejos (niños, víctimas amenazadas, testigos en proceso) y mejora los procedimientos regionales de retorno.',
        'Manages complex returns (children, threatened victims, witnesses in ongoing proceedings) and improves regional return procedures.',
        'Gère des retours complexes (enfants, victimes menacées, témoins dans une procédure en cours) et améliore les procédures régionales de retour.',
      ),
    ],
  ),
  competency(
    'human-rights-based-approach',
    'cross-cutting',
    ['M3', 'M2'],
    t('Enfoque de derechos humanos', 'Human-rights-based approach', 'Approche fondée sur les droits humains'),
    t(
      'Aplica en cada actuación los derechos de las víctimas y de las personas migrantes según los instrumentos internacionales y regionales, con perspectiva de género, interculturalidad y no discriminación.',
      'Applies the rights of victims and migrants under international and regional instruments in every action, with attention to gender, culture and non-discrimination.',
      'Applique dans chaque action les droits des victimes et des personnes migrantes au titre des instruments internationaux et régionaux, en tenant compte du genre, de l’interculturalité et de la non-discrimination.',
    ),
    [
      t(
        'Nombra los derechos básicos de una víctima de trata (asistencia, protección, información, reparación) con independencia de su situación migratoria.',
        'Names a trafficking victim’s basic rights (assistance, protection, information, redress) regardless of migration status.',
        'Cite les droits fondamentaux d’une victime de la traite (assistance, protection, information, réparation) quel que soit son statut migratoire.',
      ),
    ],
    [
      t(
        'Identifica en un caso qué derechos están en juego y ajusta su actuación para respetarlos, incluidas las necesidades de mujeres, personas LGBTI e indígenas.',
        'Identifies which rights are at stake in a case and adjusts their action to respect them, including the needs of women, LGBTI and indigenous persons.',
        'Identifie les droits en jeu dans une affaire et adapte son action pour les respecter, y compris les besoins des femmes, des personnes LGBTI et autochtones.',
      ),
    ],
    [
      t(
        'Revisa protocolos y prácticas institucionales con enfoque de derechos y forma a otros en su aplicación.',
        'Reviews institutional protocols and practice from a rights perspective and trains others to apply it.',
        'Examine les protocoles et pratiques institutionnels sous l’angle des droits et forme d’autres personnes à leur application.',
      ),
    ],
  ),
  competency(
    'digital-investigation',
    'prosecution',
    ['M1', 'M2'],
    t('Investigar en entornos digitales', 'Digital investigation', 'Enquête numérique'),
    t(
      'Obtiene y preserva pruebas digitales de la captación y la explotación (anuncios, redes sociales, mensajería, teléfonos) respetando la ley y la cadena de custodia.',
      'Obtains and preserves digital evidence of recruitment and exploitation (adverts, social media, messaging, phones) in line with the law and the chain of custody.',
      'Obtient et préserve les preuves numériques du recrutement et de l’exploitation (annonces, réseaux sociaux, messageries, téléphones) dans le respect de la loi et de la chaîne de traçabilité.',
    ),
    [
      t(
        'Reconoce la captación en línea y sabe que las pruebas digitales deben preservarse antes de que desaparezcan.',
        'Recognises online recruitment and knows that digital evidence must be preserved before it disappears.',
        'Reconnaît le recrutement en ligne et sait que les preuves numériques doivent être préservées avant qu’elles ne disparaissent.',
      ),
    ],
    [
      t(
        'Solicita la preservación y obtención de datos a plataformas y operadores, asegura dispositivos y documenta la cadena de custodia.',
        'Requests data preservation and production from platforms and providers, secures devices and documents the chain of custody.',
        'Demande la conservation et la communication de données aux plateformes et opérateurs, sécurise les appareils et documente la chaîne de traçabilité.',
      ),
    ],
    [
      t(
        'Dirige investigaciones digitales transnacionales, analiza grandes volúmenes de datos y forma a investigadores.',
        'Leads transnational digital investigations, analyses large volumes of data and trains investigators.',
        'Dirige des enquêtes numériques transnationales, analyse de grands volumes de données et forme des enquêteurs.',
      ),
    ],
  ),
  competency(
    'compensation-and-redress',
    'prosecution',
    ['M2', 'M9'],
    t('Reparación e indemnización', 'Compensation and redress', 'Indemnisation et réparation'),
    t(
      'Hace efectivo el derecho de la víctima a la reparación: indemnización, restitución de salarios, decomiso de bienes del tratante y acceso a fondos de asistencia.',
      'Makes the victim’s right to redress effective: compensation, back wages, confiscation of the trafficker’s assets and access to assistance funds.',
      'Rend effectif le droit de la victime à réparation : indemnisation, rappel de salaires, confiscation des biens du trafiquant et accès aux fonds d’assistance.',
    ),
    [
      t(
        'Sabe que la víctima tiene derecho a reparación y que debe ser informada de cómo solicitarla.',
        'Knows that the victim has a right to redress and must be told how to claim it.',
        'Sait que la victime a droit à réparation et doit être informée de la manière de la demander.',
      ),
    ],
    [
      t(
        'Cuantifica daños y salarios adeudados, solicita medidas cautelares sobre bienes y acompaña a la víctima en la reclamación.',
        'Quantifies damages and wages owed, requests freezing of assets and supports the victim in the claim.',
        'Chiffre les préjudices et salaires dus, demande le gel des avoirs et accompagne la victime dans sa demande.',
      ),
    ],
    [
      t(
        'Obtiene o dicta reparaciones integrales en casos complejos, incluso transnacionales, y forma a operadores de justicia.',
        'Secures or orders comprehensive redress in complex, including transnational, cases and trains justice officials.',
        'Obtient ou prononce une réparation intégrale dans des affaires complexes, y compris transnationales, et forme les acteurs de la justice.',
      ),
    ],
  ),
  competency(
    'training-replication',
    'cross-cutting',
    ['M8'],
    t('Replicar la formación', 'Replicate the training', 'Démultiplier la formation'),
    t(
      'Replica la formación con colegas de su país y su institución (formación de formadores), para mantener un grupo de personal capacitado pese a la rotación.',
      'Replicates the training with colleagues in their own country and institution (train-the-trainer), to keep a pool of trained staff despite rotation.',
      'Démultiplie la formation auprès de collègues de son pays et de son institution (formation de formateurs), afin de maintenir un vivier de personnel formé malgré la rotation.',
    ),
    [
      t(
        'Comparte con su equipo los materiales y aprendizajes principales del curso.',
        'Shares the course’s main materials and lessons with their team.',
        'Partage avec son équipe les principaux supports et enseignements du cours.',
      ),
    ],
    [
      t(
        'Imparte una sesión de réplica adaptada a su institución, con ejercicios prácticos, y registra la asistencia y los resultados.',
        'Delivers a replication session adapted to their institution, with practical exercises, and records attendance and results.',
        'Anime une session de démultiplication adaptée à son institution, avec des exercices pratiques, et consigne la participation et les résultats.',
      ),
    ],
    [
      t(
        'Diseña y facilita cursos completos, incluidos ejercicios de simulación, y acompaña a nuevos formadores.',
        'Designs and facilitates full courses, including simulation exercises, and mentors new trainers.',
        'Conçoit et anime des cours complets, y compris des exercices de simulation, et accompagne de nouveaux formateurs.',
      ),
    ],
  ),
];

type RequirementRow = [CompetencyId, 1 | 2 | 3, 'essential' | 'important' | 'useful'];

function profile(role: RoleProfile['role'], summary: FrameworkText, rows: RequirementRow[]): RoleProfile {
  return {
    role,
    summary,
    requirements: rows.map(([competency, level, importance]) => ({ competency, level, importance })),
  };
}

const roleProfiles: RoleProfile[] = [
  profile(
    'migration-officer',
    t(
      'Primer contacto en fronteras, aeropuertos y estaciones migratorias: identifica presuntas víctimas entre las personas migrantes, no las sanciona y las deriva.',
      'First contact at borders, airports and migration stations: identifies presumed victims among migrants, does not penalise them and refers them.',
      'Premier contact aux frontières, aéroports et centres migratoires : identifie les victimes présumées parmi les migrants, ne les sanctionne pas et les oriente.',
    ),
    [
      ['recognise-indicators', 2, 'essential'],
      ['distinguish-smuggling', 2, 'essential'],
      ['apply-trafficking-definition', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['apply-non-punishment', 2, 'essential'],
      ['age-assessment', 2, 'important'],
      ['child-protection', 2, 'important'],
      ['work-with-interpreters', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['trauma-informed-interviewing', 1, 'important'],
      ['risk-assessment', 1, 'important'],
      ['multi-agency-cooperation', 1, 'useful'],
      ['transnational-cooperation', 1, 'useful'],
      ['human-rights-based-approach', 1, 'useful'],
      ['trend-analysis', 1, 'useful'],
    ],
  ),
  profile(
    'labour-inspector',
    t(
      'Detecta trabajo forzoso y trata laboral en centros de trabajo, protege a los trabajadores y remite los casos a la fiscalía.',
      'Detects forced labour and labour trafficking at worksites, protects workers and passes cases to prosecutors.',
      'Détecte le travail forcé et la traite à des fins d’exploitation par le travail sur les lieux de travail, protège les travailleurs et transmet les dossiers au parquet.',
    ),
    [
      ['worksite-inspection', 2, 'essential'],
      ['recognise-indicators', 2, 'essential'],
      ['apply-trafficking-definition', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['compensation-and-redress', 2, 'important'],
      ['demand-side-prevention', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['evidence-beyond-testimony', 1, 'important'],
      ['work-with-interpreters', 1, 'important'],
      ['risk-assessment', 1, 'important'],
      ['child-protection', 1, 'important'],
      ['trend-analysis', 1, 'useful'],
      ['awareness-raising', 1, 'useful'],
    ],
  ),
  profile(
    'police-investigator',
    t(
      'Investiga a las redes de trata con pruebas que no dependen solo de la víctima, y la protege durante la investigación.',
      'Investigates trafficking networks with evidence that does not depend on the victim alone, and protects the victim during the investigation.',
      'Enquête sur les réseaux de traite avec des preuves qui ne dépendent pas de la seule victime, et la protège pendant l’enquête.',
    ),
    [
      ['evidence-beyond-testimony', 2, 'essential'],
      ['financial-investigation', 2, 'essential'],
      ['digital-investigation', 2, 'essential'],
      ['recognise-indicators', 2, 'essential'],
      ['apply-trafficking-definition', 2, 'essential'],
      ['trauma-informed-interviewing', 2, 'essential'],
      ['victim-witness-protection', 2, 'essential'],
      ['risk-assessment', 2, 'important'],
      ['work-with-interpreters', 2, 'important'],
      ['apply-non-punishment', 2, 'important'],
      ['distinguish-smuggling', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['transnational-cooperation', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['child-protection', 1, 'important'],
      ['trend-analysis', 2, 'useful'],
    ],
  ),
  profile(
    'prosecutor',
    t(
      'Dirige la persecución penal centrada en la víctima: califica los hechos, construye la prueba, protege a los testigos y aplica la no sanción.',
      'Leads victim-centred prosecution: classifies the facts, builds the evidence, protects witnesses and applies non-punishment.',
      'Conduit des poursuites centrées sur la victime : qualifie les faits, construit la preuve, protège les témoins et applique la non-sanction.',
    ),
    [
      ['apply-trafficking-definition', 3, 'essential'],
      ['evidence-beyond-testimony', 3, 'essential'],
      ['victim-witness-protection', 3, 'essential'],
      ['apply-non-punishment', 3, 'essential'],
      ['financial-investigation', 2, 'essential'],
      ['distinguish-smuggling', 2, 'important'],
      ['transnational-cooperation', 2, 'important'],
      ['compensation-and-redress', 2, 'important'],
      ['digital-investigation', 2, 'important'],
      ['trauma-informed-interviewing', 2, 'important'],
      ['child-protection', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['human-rights-based-approach', 2, 'useful'],
      ['work-with-interpreters', 1, 'useful'],
    ],
  ),
  profile(
    'judge',
    t(
      'Juzga los casos de trata garantizando un proceso sin revictimización, la no sanción de las víctimas y su reparación.',
      'Tries trafficking cases, guaranteeing proceedings without re-victimisation, non-punishment of victims and redress.',
      'Juge les affaires de traite en garantissant une procédure sans revictimisation, la non-sanction des victimes et leur réparation.',
    ),
    [
      ['victim-witness-protection', 3, 'essential'],
      ['apply-non-punishment', 3, 'essential'],
      ['apply-trafficking-definition', 3, 'essential'],
      ['distinguish-smuggling', 2, 'important'],
      ['evidence-beyond-testimony', 2, 'important'],
      ['compensation-and-redress', 2, 'important'],
      ['child-protection', 2, 'important'],
      ['human-rights-based-approach', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['trauma-informed-interviewing', 1, 'important'],
      ['work-with-interpreters', 1, 'useful'],
      ['transnational-cooperation', 1, 'useful'],
    ],
  ),
  profile(
    'social-worker',
    t(
      'Acompaña a la víctima desde la identificación hasta la reintegración: evalúa necesidades y riesgos, deriva y planifica con ella.',
      'Supports the victim from identification to reintegration: assesses needs and risks, refers and plans with the person.',
      'Accompagne la victime de l’identification à la réinsertion : évalue besoins et risques, oriente et planifie avec elle.',
    ),
    [
      ['trauma-informed-interviewing', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['risk-assessment', 2, 'essential'],
      ['reintegration-planning', 2, 'essential'],
      ['child-protection', 2, 'essential'],
      ['recognise-indicators', 2, 'important'],
      ['shelter-case-management', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['work-with-interpreters', 2, 'important'],
      ['human-rights-based-approach', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['return-and-reintegration', 1, 'important'],
      ['apply-trafficking-definition', 1, 'useful'],
      ['awareness-raising', 1, 'useful'],
    ],
  ),
  profile(
    'shelter-staff',
    t(
      'Ofrece a las víctimas un lugar seguro y una atención que respeta su autonomía, su confidencialidad y su recuperación.',
      'Offers victims a safe place and care that respects their autonomy, confidentiality and recovery.',
      'Offre aux victimes un lieu sûr et une prise en charge respectueuse de leur autonomie, de leur confidentialité et de leur rétablissement.',
    ),
    [
      ['shelter-case-management', 2, 'essential'],
      ['risk-assessment', 2, 'essential'],
      ['confidentiality-data-protection', 2, 'essential'],
      ['trauma-informed-interviewing', 1, 'essential'],
      ['child-protection', 1, 'important'],
      ['reintegration-planning', 1, 'important'],
      ['refer-to-services', 1, 'important'],
      ['recognise-indicators', 1, 'important'],
      ['work-with-interpreters', 1, 'important'],
      ['multi-agency-cooperation', 1, 'useful'],
      ['human-rights-based-approach', 1, 'useful'],
    ],
  ),
  profile(
    'consular-officer',
    t(
      'Asiste a connacionales víctimas en el extranjero: documentación, protección, enlace con el país de origen y retorno seguro.',
      'Assists nationals who are victims abroad: documents, protection, liaison with the country of origin and safe return.',
      'Assiste les ressortissants victimes à l’étranger : documents, protection, liaison avec le pays d’origine et retour en sécurité.',
    ),
    [
      ['recognise-indicators', 2, 'essential'],
      ['transnational-cooperation', 2, 'essential'],
      ['return-and-reintegration', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['confidentiality-data-protection', 2, 'important'],
      ['apply-trafficking-definition', 2, 'important'],
      ['distinguish-smuggling', 2, 'important'],
      ['risk-assessment', 2, 'important'],
      ['human-rights-based-approach', 2, 'important'],
      ['trauma-informed-interviewing', 1, 'important'],
      ['child-protection', 1, 'important'],
      ['multi-agency-cooperation', 1, 'important'],
      ['compensation-and-redress', 1, 'useful'],
      ['awareness-raising', 1, 'useful'],
    ],
  ),
  profile(
    'health-worker',
    t(
      'Detecta señales de trata en la consulta o la emergencia, atiende con enfoque de trauma, documenta las lesiones y deriva con confidencialidad.',
      'Spots signs of trafficking in consultations or emergencies, gives trauma-informed care, documents injuries and refers confidentially.',
      'Repère les signes de traite en consultation ou aux urgences, soigne en tenant compte des traumatismes, documente les lésions et oriente en toute confidentialité.',
    ),
    [
      ['recognise-indicators', 2, 'essential'],
      ['confidentiality-data-protection', 2, 'essential'],
      ['trauma-informed-interviewing', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['risk-assessment', 1, 'important'],
      ['child-protection', 1, 'important'],
      ['age-assessment', 1, 'important'],
      ['work-with-interpreters', 1, 'important'],
      ['evidence-beyond-testimony', 1, 'important'],
      ['human-rights-based-approach', 1, 'important'],
      ['multi-agency-cooperation', 1, 'useful'],
    ],
  ),
  profile(
    'child-protection-officer',
    t(
      'Garantiza los derechos de niñas, niños y adolescentes víctimas: determina su edad e interés superior, los protege y busca soluciones duraderas.',
      'Upholds the rights of child victims: determines their age and best interests, protects them and seeks durable solutions.',
      'Garantit les droits des enfants victimes : détermine leur âge et leur intérêt supérieur, les protège et recherche des solutions durables.',
    ),
    [
      ['child-protection', 3, 'essential'],
      ['age-assessment', 2, 'essential'],
      ['trauma-informed-interviewing', 2, 'essential'],
      ['risk-assessment', 2, 'essential'],
      ['refer-to-services', 2, 'essential'],
      ['return-and-reintegration', 2, 'important'],
      ['reintegration-planning', 2, 'important'],
      ['recognise-indicators', 2, 'important'],
      ['confidentiality-data-protection', 2, 'important'],
      ['apply-non-punishment', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['work-with-interpreters', 2, 'important'],
      ['transnational-cooperation', 1, 'important'],
      ['human-rights-based-approach', 2, 'useful'],
      ['awareness-raising', 1, 'useful'],
    ],
  ),
  profile(
    'ngo-caseworker',
    t(
      'Acompaña a sobrevivientes desde la sociedad civil: detección en la comunidad, gestión de casos, reintegración e incidencia.',
      'Supports survivors from civil society: detection in the community, case management, reintegration and advocacy.',
      'Accompagne les survivants depuis la société civile : détection dans la communauté, gestion de dossiers, réinsertion et plaidoyer.',
    ),
    [
      ['refer-to-services', 2, 'essential'],
      ['trauma-informed-interviewing', 2, 'essential'],
      ['recognise-indicators', 2, 'essential'],
      ['risk-assessment', 2, 'essential'],
      ['reintegration-planning', 2, 'essential'],
      ['confidentiality-data-protection', 2, 'important'],
      ['multi-agency-cooperation', 2, 'important'],
      ['human-rights-based-approach', 2, 'important'],
      ['awareness-raising', 2, 'important'],
      ['shelter-case-management', 1, 'important'],
      ['return-and-reintegration', 1, 'important'],
      ['compensation-and-redress', 1, 'important'],
      ['transnational-cooperation', 1, 'useful'],
      ['public-policy-design', 1, 'useful'],
      ['action-plan-design', 1, 'useful'],
      ['training-replication', 1, 'useful'],
    ],
  ),
];

/**
 * The regional competency framework of the RCM training program on trafficking in persons: 29
 * competencies across the three areas (and cross-cutting ones), taught by modules M1–M9, each described at
 * three proficiency levels, and the profile of each of the 11 trainee roles. Every text in es, en and fr.
 * Deeply frozen: copy it (`structuredClone`) to derive a national variant.
 */
export const regionalFramework: Framework = deepFreeze({
  id: 'rcm-regional',
  version: '1.0.0',
  versionDate: '2026-11-28',
  creator:
    'Regional Conference on Migration (RCM) regional training program on trafficking in persons, IOM El Salvador',
  title: t(
    'Marco regional de competencias contra la trata de personas',
    'Regional competency framework on trafficking in persons',
    'Référentiel régional de compétences contre la traite des personnes',
  ),
  description: t(
    'Competencias que el programa regional de la Conferencia Regional sobre Migración desarrolla en funcionarias, funcionarios y personal de la sociedad civil para prevenir la trata, proteger a las víctimas y perseguir el delito, con los niveles de desempeño esperados para cada rol.',
    'The competencies that the Regional Conference on Migration’s regional program builds in officials and civil-society staff to prevent trafficking, protect victims and prosecute the crime, with the proficiency expected of each role.',
    'Les compétences que le programme régional de la Conférence régionale sur les migrations développe chez les fonctionnaires et le personnel de la société civile pour prévenir la traite, protéger les victimes et poursuivre le crime, avec le niveau attendu pour chaque rôle.',
  ),
  competencies,
  roleProfiles,
});
