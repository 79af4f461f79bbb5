import type { Program } from './program';

/**
 * The RCM Regional Training Program on Trafficking in Persons, hosted by IOM's office in El Salvador: three
 * areas, the nine modules of the seed proposal in es/en/fr, 100 contact hours and the accreditation IOM and the
 * Government of El Salvador seek (1 unidad valorativa per 20 contact hours: 5 UV).
 * The hours and the credit rule are this library's proposal, not the seed's; see the README.
 */
export const regionalProgram: Program = {
  id: 'rcm-regional-trafficking-program',
  title: {
    es: 'Programa Regional de Capacitación sobre Trata de Personas',
    en: 'Regional Training Program on Trafficking in Persons',
    fr: 'Programme régional de formation sur la traite des personnes',
  },
  description: {
    es: 'Programa intensivo de capacitación e investigación de la Conferencia Regional sobre Migración (Proceso Puebla), con sede en la oficina de la OIM en El Salvador, para funcionarios clave y, donde corresponda, personal de organizaciones de la sociedad civil. Aborda la trata de personas desde la prevención, la protección a las víctimas y la persecución penal, y prepara a cada participante para replicar la capacitación con sus colegas.',
    en: 'An intensive training and research program of the Regional Conference on Migration (Puebla Process), hosted by the IOM office in El Salvador, for key officials and, where applicable, civil-society staff. It addresses trafficking in persons from the angles of prevention, victim protection and prosecution, and prepares each participant to replicate the training with colleagues.',
    fr: 'Programme intensif de formation et de recherche de la Conférence régionale sur les migrations (Processus de Puebla), accueilli par le bureau de l’OIM en El Salvador, destiné aux fonctionnaires clés et, le cas échéant, au personnel des organisations de la société civile. Il aborde la traite des personnes sous l’angle de la prévention, de la protection des victimes et des poursuites pénales, et prépare chaque participant à reproduire la formation auprès de ses collègues.',
  },
  languages: ['es', 'en', 'fr'],
  areas: ['prevention', 'protection', 'prosecution'],
  modules: [
    {
      id: 'M1',
      title: {
        es: 'Trata de personas: modus operandi y mapeo',
        en: 'Trafficking in persons: modus operandi and mapping',
        fr: 'Traite des personnes : modes opératoires et cartographie',
      },
      description: {
        es: 'Cómo operan las redes de trata en las rutas migratorias de la región: captación, traslado y explotación; mapeo de rutas, perfiles y formas de explotación, con el contexto regional e internacional y las tendencias globales.',
        en: 'How trafficking networks operate along the region’s migration routes: recruitment, transport and exploitation; mapping of routes, profiles and forms of exploitation, with the regional and international context and global trends.',
        fr: 'Comment les réseaux de traite opèrent le long des routes migratoires de la région : recrutement, transport et exploitation ; cartographie des itinéraires, des profils et des formes d’exploitation, avec le contexte régional et international et les tendances mondiales.',
      },
      learningObjectives: [
        {
          es: 'Distinguir la trata de personas del tráfico ilícito de migrantes según el acto, los medios y el fin de explotación.',
          en: 'Distinguish trafficking in persons from migrant smuggling by the act, the means and the purpose of exploitation.',
          fr: 'Distinguer la traite des personnes du trafic illicite de migrants selon l’acte, les moyens et la finalité d’exploitation.',
        },
        {
          es: 'Describir los modus operandi de captación, traslado y control de las víctimas en las rutas migratorias de la región.',
          en: 'Describe how traffickers recruit, move and control victims along the region’s migration routes.',
          fr: 'Décrire les modes opératoires de recrutement, de transport et de contrôle des victimes sur les routes migratoires de la région.',
        },
        {
          es: 'Reconocer los indicadores de trata de la OIT y la UNODC en situaciones de explotación sexual, explotación laboral y servidumbre doméstica.',
          en: 'Recognise ILO and UNODC trafficking indicators in situations of sexual exploitation, labour exploitation and domestic servitude.',
          fr: 'Reconnaître les indicateurs de traite de l’OIT et de l’ONUDC dans les situations d’exploitation sexuelle, d’exploitation par le travail et de servitude domestique.',
        },
        {
          es: 'Elaborar un mapeo de rutas, lugares de explotación y actores con datos nacionales, regionales e internacionales.',
          en: 'Map routes, places of exploitation and actors using national, regional and international data.',
          fr: 'Cartographier les itinéraires, les lieux d’exploitation et les acteurs à partir de données nationales, régionales et internationales.',
        },
      ],
      areas: ['prevention', 'protection', 'prosecution'],
      contactHours: 12,
      facilitatorProfile: {
        es: 'Especialista en análisis de la trata de personas y del crimen organizado, con experiencia de investigación en Centroamérica.',
        en: 'Specialist in trafficking and organised-crime analysis, with research experience in Central America.',
        fr: 'Spécialiste de l’analyse de la traite des personnes et de la criminalité organisée, ayant une expérience de recherche en Amérique centrale.',
      },
    },
    {
      id: 'M2',
      title: {
        es: 'Marco legal nacional e internacional',
        en: 'National and international legal framework',
        fr: 'Cadre juridique national et international',
      },
      description: {
        es: 'El Protocolo de Palermo y la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, los instrumentos regionales y las leyes nacionales de los países miembros de la CRM: tipificación del delito, derechos de las víctimas y cooperación judicial.',
        en: 'The Palermo Protocol and the United Nations Convention against Transnational Organized Crime, regional instruments and the national laws of RCM member countries: the offence, victims’ rights and judicial cooperation.',
        fr: 'Le Protocole de Palerme et la Convention des Nations Unies contre la criminalité transnationale organisée, les instruments régionaux et les lois nationales des pays membres de la CRM : l’infraction, les droits des victimes et la coopération judiciaire.',
      },
      learningObjectives: [
        {
          es: 'Aplicar la definición del artículo 3 del Protocolo de Palermo, incluida la irrelevancia del consentimiento y el caso de las personas menores de 18 años.',
          en: 'Apply the definition in article 3 of the Palermo Protocol, including the irrelevance of consent and the case of persons under 18.',
          fr: 'Appliquer la définition de l’article 3 du Protocole de Palerme, y compris l’indifférence du consentement et le cas des personnes de moins de 18 ans.',
        },
        {
          es: 'Comparar la tipificación de la trata en la legislación de los países miembros de la CRM con los estándares internacionales.',
          en: 'Compare how the laws of RCM member countries define trafficking with international standards.',
          fr: 'Comparer la définition de la traite dans les législations des pays membres de la CRM avec les normes internationales.',
        },
        {
          es: 'Identificar las garantías legales de las víctimas, como la no punibilidad y el período de recuperación y reflexión.',
          en: 'Identify victims’ legal safeguards, such as non-punishment and the recovery and reflection period.',
          fr: 'Identifier les garanties juridiques des victimes, telles que la non-sanction et le délai de rétablissement et de réflexion.',
        },
        {
          es: 'Utilizar los mecanismos de asistencia judicial recíproca y de extradición en casos transnacionales.',
          en: 'Use mutual legal assistance and extradition mechanisms in transnational cases.',
          fr: 'Recourir aux mécanismes d’entraide judiciaire et d’extradition dans les affaires transnationales.',
        },
      ],
      areas: ['protection', 'prosecution'],
      contactHours: 12,
      facilitatorProfile: {
        es: 'Jurista especializado/a en derecho penal internacional y en la legislación contra la trata de los países de la región.',
        en: 'Lawyer specialised in international criminal law and in the anti-trafficking laws of the region’s countries.',
        fr: 'Juriste spécialisé en droit pénal international et dans les législations contre la traite des pays de la région.',
      },
    },
    {
      id: 'M3',
      title: {
        es: 'Marco de derechos humanos',
        en: 'Human-rights framework',
        fr: 'Cadre des droits de l’homme',
      },
      description: {
        es: 'La trata como violación de los derechos humanos: enfoques de derechos, de género, de niñez y de migración; obligaciones de los Estados de prevenir, proteger y reparar.',
        en: 'Trafficking as a human-rights violation: rights-based, gender, child and migration perspectives; the duties of states to prevent, protect and provide redress.',
        fr: 'La traite en tant que violation des droits de l’homme : approches fondées sur les droits, le genre, l’enfance et la migration ; obligations des États de prévenir, de protéger et de réparer.',
      },
      learningObjectives: [
        {
          es: 'Explicar las obligaciones de los Estados en materia de derechos humanos frente a la trata de personas.',
          en: 'Explain the human-rights obligations of states regarding trafficking in persons.',
          fr: 'Expliquer les obligations des États en matière de droits de l’homme face à la traite des personnes.',
        },
        {
          es: 'Aplicar el principio del interés superior del niño, incluida la presunción de minoría de edad en caso de duda.',
          en: 'Apply the best interests of the child, including the presumption of minority when age is in doubt.',
          fr: 'Appliquer le principe de l’intérêt supérieur de l’enfant, y compris la présomption de minorité en cas de doute sur l’âge.',
        },
        {
          es: 'Incorporar los enfoques de género y de diversidad cultural en el trabajo con personas migrantes y víctimas.',
          en: 'Integrate gender and cultural-diversity perspectives into work with migrants and victims.',
          fr: 'Intégrer les approches de genre et de diversité culturelle dans le travail auprès des personnes migrantes et des victimes.',
        },
        {
          es: 'Reconocer las prácticas institucionales que vulneran los derechos de las víctimas, como la detención o la deportación sin evaluación de riesgos.',
          en: 'Recognise institutional practices that violate victims’ rights, such as detention or deportation without a risk assessment.',
          fr: 'Reconnaître les pratiques institutionnelles qui portent atteinte aux droits des victimes, comme la détention ou l’expulsion sans évaluation des risques.',
        },
      ],
      areas: ['prevention', 'protection'],
      contactHours: 8,
      facilitatorProfile: {
        es: 'Especialista en derechos humanos con experiencia en la protección de personas migrantes y de la niñez.',
        en: 'Human-rights specialist with experience in the protection of migrants and children.',
        fr: 'Spécialiste des droits de l’homme ayant une expérience de la protection des personnes migrantes et des enfants.',
      },
    },
    {
      id: 'M4',
      title: {
        es: 'Victimología: trauma y víctimas como testigos',
        en: 'Victimology: trauma and victims as witnesses',
        fr: 'Victimologie : traumatisme et victimes en tant que témoins',
      },
      description: {
        es: 'Los efectos del trauma en las víctimas de trata y sus consecuencias para la identificación, la entrevista y el proceso penal; la víctima como testigo y su protección.',
        en: 'The effects of trauma on trafficking victims and what they mean for identification, interviewing and criminal proceedings; victims as witnesses and their protection.',
        fr: 'Les effets du traumatisme sur les victimes de la traite et leurs conséquences pour l’identification, l’entretien et la procédure pénale ; la victime en tant que témoin et sa protection.',
      },
      learningObjectives: [
        {
          es: 'Reconocer las reacciones al trauma que pueden afectar el relato y el comportamiento de una víctima.',
          en: 'Recognise trauma reactions that can affect a victim’s account and behaviour.',
          fr: 'Reconnaître les réactions au traumatisme qui peuvent affecter le récit et le comportement d’une victime.',
        },
        {
          es: 'Conducir entrevistas informadas sobre el trauma, con consentimiento informado, confidencialidad e intérpretes calificados.',
          en: 'Conduct trauma-informed interviews with informed consent, confidentiality and qualified interpreters.',
          fr: 'Mener des entretiens tenant compte du traumatisme, avec consentement éclairé, confidentialité et interprètes qualifiés.',
        },
        {
          es: 'Evitar la revictimización, en particular no haciendo repetir el relato sin necesidad.',
          en: 'Avoid re-victimisation, in particular by not making victims repeat their story needlessly.',
          fr: 'Éviter la victimisation secondaire, notamment en ne faisant pas répéter le récit inutilement.',
        },
        {
          es: 'Aplicar medidas de protección de víctimas y testigos durante la investigación y el juicio.',
          en: 'Apply victim and witness protection measures during investigation and trial.',
          fr: 'Appliquer des mesures de protection des victimes et des témoins pendant l’enquête et le procès.',
        },
        {
          es: 'Reunir pruebas más allá del testimonio de la víctima (financieras, digitales, testigos) para que el caso no dependa de un testimonio revictimizante.',
          en: 'Gather evidence beyond the victim’s testimony (financial, digital, witnesses) so that the case does not rest on re-traumatising testimony.',
          fr: 'Réunir des preuves au-delà du témoignage de la victime (financières, numériques, témoins) afin que l’affaire ne repose pas sur un témoignage retraumatisant.',
        },
      ],
      areas: ['protection', 'prosecution'],
      contactHours: 12,
      facilitatorProfile: {
        es: 'Psicólogo/a o victimólogo/a con experiencia clínica en trauma y en el acompañamiento de víctimas en procesos judiciales.',
        en: 'Psychologist or victimologist with clinical experience of trauma and of supporting victims through court proceedings.',
        fr: 'Psychologue ou victimologue ayant une expérience clinique du traumatisme et de l’accompagnement des victimes dans les procédures judiciaires.',
      },
    },
    {
      id: 'M5',
      title: {
        es: 'Opciones de política pública',
        en: 'Public-policy options',
        fr: 'Options de politiques publiques',
      },
      description: {
        es: 'Alternativas de política pública para prevenir la trata y proteger a las víctimas: migración regular, protección social, coordinación interinstitucional, presupuesto y evaluación.',
        en: 'Public-policy alternatives to prevent trafficking and protect victims: regular migration, social protection, inter-agency coordination, budgeting and evaluation.',
        fr: 'Options de politiques publiques pour prévenir la traite et protéger les victimes : migration régulière, protection sociale, coordination interinstitutionnelle, budget et évaluation.',
      },
      learningObjectives: [
        {
          es: 'Analizar las opciones de política pública frente a la trata y sus efectos esperados en las personas en situación de vulnerabilidad.',
          en: 'Analyse public-policy options against trafficking and their expected effects on people in situations of vulnerability.',
          fr: 'Analyser les options de politiques publiques contre la traite et leurs effets attendus sur les personnes en situation de vulnérabilité.',
        },
        {
          es: 'Identificar las causas estructurales de la trata (pobreza, falta de oportunidades laborales, marginación y violencia) que una política de prevención debe atender.',
          en: 'Identify the root causes of trafficking (poverty, lack of job opportunities, marginalisation and violence) that a prevention policy must address.',
          fr: 'Identifier les causes profondes de la traite (pauvreté, manque de débouchés professionnels, marginalisation et violence) auxquelles une politique de prévention doit répondre.',
        },
        {
          es: 'Diseñar campañas de prevención dirigidas a poblaciones en riesgo sin estigmatizar a las personas migrantes.',
          en: 'Design prevention campaigns aimed at at-risk populations without stigmatising migrants.',
          fr: 'Concevoir des campagnes de prévention ciblant les populations à risque sans stigmatiser les personnes migrantes.',
        },
        {
          es: 'Proponer indicadores para dar seguimiento a una política contra la trata y evaluarla.',
          en: 'Propose indicators to monitor and evaluate an anti-trafficking policy.',
          fr: 'Proposer des indicateurs pour suivre et évaluer une politique de lutte contre la traite.',
        },
      ],
      areas: ['prevention', 'protection'],
      contactHours: 8,
      facilitatorProfile: {
        es: 'Especialista en políticas públicas y gestión gubernamental con experiencia en políticas migratorias o de seguridad.',
        en: 'Public-policy and public-management specialist with experience in migration or security policy.',
        fr: 'Spécialiste des politiques publiques et de la gestion publique ayant une expérience des politiques migratoires ou de sécurité.',
      },
    },
    {
      id: 'M6',
      title: {
        es: 'El delito desde el punto de vista de la demanda',
        en: 'Demand-side factors behind the crime',
        fr: 'Les facteurs liés à la demande à l’origine du crime',
      },
      description: {
        es: 'Los factores que, desde la demanda, dan contexto a la trata: demanda de servicios sexuales, de mano de obra barata y de servidumbre doméstica, cadenas de suministro y tolerancia social a la explotación.',
        en: 'The demand-side factors that give trafficking its context: demand for commercial sex, cheap labour and domestic servitude, supply chains and social tolerance of exploitation.',
        fr: 'Les facteurs liés à la demande qui donnent son contexte à la traite : demande de services sexuels, de main-d’œuvre bon marché et de servitude domestique, chaînes d’approvisionnement et tolérance sociale de l’exploitation.',
      },
      learningObjectives: [
        {
          es: 'Explicar cómo la demanda de servicios sexuales, de mano de obra barata y de trabajo doméstico sostiene la trata.',
          en: 'Explain how demand for commercial sex, cheap labour and domestic work sustains trafficking.',
          fr: 'Expliquer comment la demande de services sexuels, de main-d’œuvre bon marché et de travail domestique entretient la traite.',
        },
        {
          es: 'Identificar los riesgos de trabajo forzoso en las cadenas de suministro de sectores clave de la región.',
          en: 'Identify forced-labour risks in the supply chains of key sectors in the region.',
          fr: 'Identifier les risques de travail forcé dans les chaînes d’approvisionnement des secteurs clés de la région.',
        },
        {
          es: 'Analizar las normas sociales y culturales que toleran o normalizan la explotación.',
          en: 'Analyse the social and cultural norms that tolerate or normalise exploitation.',
          fr: 'Analyser les normes sociales et culturelles qui tolèrent ou banalisent l’exploitation.',
        },
        {
          es: 'Proponer medidas para reducir la demanda, como la inspección laboral y la colaboración con el sector privado.',
          en: 'Propose measures to reduce demand, such as labour inspection and cooperation with the private sector.',
          fr: 'Proposer des mesures pour réduire la demande, telles que l’inspection du travail et la coopération avec le secteur privé.',
        },
      ],
      areas: ['prevention'],
      contactHours: 8,
      facilitatorProfile: {
        es: 'Investigador/a en ciencias sociales o en economía laboral, especialista en explotación laboral y sexual.',
        en: 'Social-science or labour-economics researcher specialising in labour and sexual exploitation.',
        fr: 'Chercheur en sciences sociales ou en économie du travail, spécialiste de l’exploitation par le travail et de l’exploitation sexuelle.',
      },
    },
    {
      id: 'M7',
      title: {
        es: 'Planes de acción y estrategias nacionales',
        en: 'National action plans and strategies',
        fr: 'Plans d’action et stratégies nationaux',
      },
      description: {
        es: 'Elaboración, ejecución y evaluación de planes de acción y estrategias nacionales contra la trata, con la participación de las instituciones del Estado y de la sociedad civil.',
        en: 'Drafting, implementing and evaluating national anti-trafficking action plans and strategies, with the participation of state institutions and civil society.',
        fr: 'Élaboration, mise en œuvre et évaluation des plans d’action et stratégies nationaux de lutte contre la traite, avec la participation des institutions de l’État et de la société civile.',
      },
      learningObjectives: [
        {
          es: 'Analizar los planes de acción y las estrategias nacionales vigentes en los países miembros de la CRM.',
          en: 'Analyse the national action plans and strategies in force in RCM member countries.',
          fr: 'Analyser les plans d’action et stratégies nationaux en vigueur dans les pays membres de la CRM.',
        },
        {
          es: 'Definir los objetivos, responsables, plazos y presupuesto de un plan de acción en prevención, protección y persecución penal.',
          en: 'Set the objectives, responsibilities, timelines and budget of an action plan covering prevention, protection and prosecution.',
          fr: 'Définir les objectifs, les responsabilités, les échéances et le budget d’un plan d’action couvrant la prévention, la protection et les poursuites.',
        },
        {
          es: 'Describir las funciones de un mecanismo nacional de derivación: identificación, asistencia, inclusión social y justicia penal.',
          en: 'Describe the functions of a national referral mechanism: identification, assistance, social inclusion and criminal justice.',
          fr: 'Décrire les fonctions d’un mécanisme national d’orientation : identification, assistance, inclusion sociale et justice pénale.',
        },
        {
          es: 'Diseñar el seguimiento de un plan nacional con indicadores y con la participación de la sociedad civil.',
          en: 'Design the monitoring of a national plan with indicators and civil-society participation.',
          fr: 'Concevoir le suivi d’un plan national à l’aide d’indicateurs et avec la participation de la société civile.',
        },
      ],
      areas: ['prevention', 'protection', 'prosecution'],
      contactHours: 8,
      facilitatorProfile: {
        es: 'Especialista en planificación estratégica que haya participado en la elaboración de planes nacionales contra la trata.',
        en: 'Strategic-planning specialist who has taken part in drafting national anti-trafficking plans.',
        fr: 'Spécialiste de la planification stratégique ayant participé à l’élaboration de plans nationaux de lutte contre la traite.',
      },
    },
    {
      id: 'M8',
      title: {
        es: 'Trabajo en equipo, coordinación y cooperación regional',
        en: 'Teamwork, coordination and regional cooperation',
        fr: 'Travail d’équipe, coordination et coopération régionale',
      },
      description: {
        es: 'Trabajo multidisciplinario e interinstitucional dentro de cada país y cooperación entre los países de la CRM: derivación transnacional, intercambio de información y retorno seguro de las víctimas.',
        en: 'Multidisciplinary, inter-agency work within each country and cooperation among RCM countries: transnational referral, information exchange and the safe return of victims.',
        fr: 'Travail pluridisciplinaire et interinstitutionnel dans chaque pays et coopération entre les pays de la CRM : orientation transnationale, échange d’informations et retour en sécurité des victimes.',
      },
      learningObjectives: [
        {
          es: 'Coordinar la respuesta a un caso entre las instituciones de migración, policía, fiscalía, justicia, trabajo, salud y servicios sociales.',
          en: 'Coordinate the response to a case among migration, police, prosecution, judicial, labour, health and social-service institutions.',
          fr: 'Coordonner la réponse à un cas entre les institutions chargées de la migration, de la police, des poursuites, de la justice, du travail, de la santé et des services sociaux.',
        },
        {
          es: 'Aplicar un mecanismo transnacional de derivación cuando la víctima es nacional de otro país de la región.',
          en: 'Apply a transnational referral mechanism when the victim is a national of another country in the region.',
          fr: 'Appliquer un mécanisme transnational d’orientation lorsque la victime est ressortissante d’un autre pays de la région.',
        },
        {
          es: 'Intercambiar información entre países respetando la confidencialidad y la protección de los datos de las víctimas.',
          en: 'Exchange information between countries while respecting victims’ confidentiality and data protection.',
          fr: 'Échanger des informations entre pays dans le respect de la confidentialité et de la protection des données des victimes.',
        },
        {
          es: 'Organizar el retorno seguro y voluntario de una víctima, con evaluación de riesgos y acompañamiento consular.',
          en: 'Organise a victim’s safe and voluntary return, with a risk assessment and consular support.',
          fr: 'Organiser le retour sûr et volontaire d’une victime, avec une évaluation des risques et un accompagnement consulaire.',
        },
        {
          es: 'Planificar la réplica de la capacitación con colegas de la propia institución y del propio país.',
          en: 'Plan how to replicate the training with colleagues in one’s own institution and country.',
          fr: 'Planifier la reproduction de la formation auprès de collègues de sa propre institution et de son pays.',
        },
      ],
      areas: ['prevention', 'protection', 'prosecution'],
      contactHours: 12,
      facilitatorProfile: {
        es: 'Profesional con experiencia en coordinación interinstitucional y en cooperación regional en el marco de la CRM o de mecanismos de derivación.',
        en: 'Professional experienced in inter-agency coordination and regional cooperation within the RCM or referral mechanisms.',
        fr: 'Professionnel expérimenté en coordination interinstitutionnelle et en coopération régionale dans le cadre de la CRM ou de mécanismes d’orientation.',
      },
    },
    {
      id: 'M9',
      title: {
        es: 'Principios básicos de atención a víctimas, manejo de albergues y reinserción social',
        en: 'Basic principles of victim assistance, shelter management and social reintegration',
        fr: 'Principes de base de l’assistance aux victimes, de la gestion des foyers d’hébergement et de la réinsertion sociale',
      },
      description: {
        es: 'Atención integral a las víctimas desde la primera asistencia hasta la reinserción: alojamiento seguro, salud, asistencia legal, manejo de albergues, planes de reinserción y atención a niñas, niños y adolescentes.',
        en: 'Comprehensive assistance to victims from first assistance to reintegration: safe accommodation, health care, legal aid, shelter management, reintegration plans and care for children and adolescents.',
        fr: 'Assistance globale aux victimes, de la première assistance à la réinsertion : hébergement sûr, santé, aide juridique, gestion des foyers, plans de réinsertion et prise en charge des enfants et des adolescents.',
      },
      learningObjectives: [
        {
          es: 'Aplicar los principios de no causar daño, consentimiento informado y confidencialidad en la atención a víctimas.',
          en: 'Apply the do-no-harm, informed-consent and confidentiality principles in victim assistance.',
          fr: 'Appliquer les principes « ne pas nuire », consentement éclairé et confidentialité dans l’assistance aux victimes.',
        },
        {
          es: 'Evaluar las necesidades y los riesgos de una víctima para darle acceso a alojamiento, salud, asistencia legal e interpretación.',
          en: 'Assess a victim’s needs and risks to give access to shelter, health care, legal aid and interpretation.',
          fr: 'Évaluer les besoins et les risques d’une victime afin de lui donner accès à l’hébergement, aux soins de santé, à l’aide juridique et à l’interprétation.',
        },
        {
          es: 'Gestionar un albergue con normas de seguridad, atención informada sobre el trauma y respeto de la autonomía de las personas.',
          en: 'Run a shelter with safety rules, trauma-informed care and respect for residents’ autonomy.',
          fr: 'Gérer un foyer d’hébergement avec des règles de sécurité, une prise en charge tenant compte du traumatisme et le respect de l’autonomie des personnes.',
        },
        {
          es: 'Elaborar junto con la víctima un plan de reinserción social y económica.',
          en: 'Draw up a social and economic reintegration plan together with the victim.',
          fr: 'Élaborer avec la victime un plan de réinsertion sociale et économique.',
        },
        {
          es: 'Adaptar la atención a niñas, niños y adolescentes conforme a su interés superior.',
          en: 'Adapt assistance to children and adolescents in line with their best interests.',
          fr: 'Adapter l’assistance aux enfants et aux adolescents conformément à leur intérêt supérieur.',
        },
      ],
      areas: ['protection'],
      contactHours: 20,
      facilitatorProfile: {
        es: 'Trabajador/a social o psicólogo/a con experiencia en la gestión de albergues y de programas de reinserción de víctimas de trata.',
        en: 'Social worker or psychologist with experience running shelters and reintegration programmes for trafficking victims.',
        fr: 'Travailleur social ou psychologue ayant une expérience de la gestion de foyers et de programmes de réinsertion pour les victimes de la traite.',
      },
    },
  ],
  accreditation: {
    status: 'sought',
    creditsPerHours: { hours: 20, credits: 1 },
    creditUnit: {
      es: 'unidades valorativas (UV)',
      en: 'credit units (unidades valorativas, UV)',
      fr: 'unités de valeur (unidades valorativas, UV)',
    },
    bodies: [
      {
        id: 'iom-el-salvador',
        name: {
          es: 'Organización Internacional para las Migraciones (OIM), oficina en El Salvador',
          en: 'International Organization for Migration (IOM), El Salvador office',
          fr: 'Organisation internationale pour les migrations (OIM), bureau d’El Salvador',
        },
        country: 'SV',
      },
      {
        id: 'government-of-el-salvador',
        name: {
          es: 'Gobierno de El Salvador',
          en: 'Government of El Salvador',
          fr: 'Gouvernement d’El Salvador',
        },
        country: 'SV',
      },
    ],
  },
};
