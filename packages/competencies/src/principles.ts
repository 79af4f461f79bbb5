import { z } from 'zod';
import { CompetencyError, issueAt } from './evidence';
import { FrameworkText } from './framework';
import { deepFreeze } from './freeze';
import { CompetencyId, PrincipleId, principleIds } from './ids';

/** A principle a decision upholds or breaks, as debriefs cite it. */
export const Principle = z.strictObject({
  id: PrincipleId,
  title: FrameworkText,
  /** One paragraph: what the principle asks of an official and why. */
  explanation: FrameworkText,
  /** The competencies of the regional framework that put the principle into practice. */
  competencies: z.array(CompetencyId).min(1),
});
export type Principle = z.infer<typeof Principle>;

/** The catalogue of the 12 principles, in the order of `principleIds`. */
export const principles: readonly Principle[] = deepFreeze([
  {
    id: 'do-no-harm',
    title: { es: 'No causar daño', en: 'Do no harm', fr: 'Ne pas nuire' },
    explanation: {
      es: 'Toda intervención debe evitar que la situación de la persona empeore. Antes de actuar —un rescate, una entrevista, un contacto con la familia, una denuncia— se evalúan los riesgos para la víctima y para su entorno (represalias de la red, estigma, pérdida de ingresos, revictimización) y se elige la opción que los reduce. Si no se puede proteger a la persona, la intervención se aplaza o se replantea.',
      en: 'Every intervention must avoid making the person’s situation worse. Before acting —a rescue, an interview, contacting the family, filing a report— officials assess the risks to the victim and to those around them (reprisals by the network, stigma, loss of income, re-victimisation) and choose the option that reduces them. If the person cannot be kept safe, the intervention is postponed or rethought.',
      fr: 'Toute intervention doit éviter d’aggraver la situation de la personne. Avant d’agir —une opération de sauvetage, un entretien, un contact avec la famille, un signalement— on évalue les risques pour la victime et son entourage (représailles du réseau, stigmatisation, perte de revenus, revictimisation) et l’on choisit l’option qui les réduit. Si la sécurité de la personne ne peut être assurée, l’intervention est reportée ou repensée.',
    },
    competencies: ['risk-assessment', 'trauma-informed-interviewing', 'victim-witness-protection'],
  },
  {
    id: 'non-punishment',
    title: { es: 'No sanción', en: 'Non-punishment', fr: 'Non-sanction' },
    explanation: {
      es: 'Las víctimas de trata no deben ser detenidas, procesadas ni sancionadas por delitos o faltas que se vieron obligadas a cometer como consecuencia directa de la trata: ingreso o estancia irregular, uso de documentos falsos, trabajo sexual o criminalidad forzada. Basta con motivos razonables para aplicar el principio; castigar a la víctima la aleja de la protección y beneficia a los tratantes.',
      en: 'Victims of trafficking must not be detained, prosecuted or penalised for offences they were compelled to commit as a direct consequence of being trafficked: irregular entry or stay, use of false documents, sex work or forced criminality. Reasonable grounds are enough to apply the principle; punishing the victim drives them away from protection and serves the traffickers.',
      fr: 'Les victimes de la traite ne doivent être ni détenues, ni poursuivies, ni sanctionnées pour des infractions qu’elles ont été contraintes de commettre en conséquence directe de la traite : entrée ou séjour irréguliers, usage de faux documents, travail du sexe ou criminalité forcée. Des motifs raisonnables suffisent pour appliquer le principe ; punir la victime l’éloigne de la protection et sert les trafiquants.',
    },
    competencies: ['apply-non-punishment', 'distinguish-smuggling', 'apply-trafficking-definition'],
  },
  {
    id: 'reflection-period',
    title: {
      es: 'Período de recuperación y reflexión',
      en: 'Recovery and reflection period',
      fr: 'Délai de rétablissement et de réflexion',
    },
    explanation: {
      es: 'Una presunta víctima tiene derecho a un período de recuperación y reflexión antes de decidir si coopera con las autoridades. Durante ese tiempo recibe asistencia y no puede ser expulsada ni devuelta. La asistencia no se condiciona a que declare o denuncie: una decisión tomada sin presión y con información es también la base de un testimonio más sólido.',
      en: 'A presumed victim is entitled to a recovery and reflection period before deciding whether to cooperate with the authorities. During that time they receive assistance and may not be expelled or returned. Assistance is never made conditional on giving a statement or pressing charges: a decision made without pressure and with information is also the basis of sounder testimony.',
      fr: 'Une victime présumée a droit à un délai de rétablissement et de réflexion avant de décider si elle coopère avec les autorités. Pendant ce délai, elle reçoit une assistance et ne peut être ni expulsée ni renvoyée. L’assistance n’est jamais subordonnée à une déposition ou à une plainte : une décision prise sans pression et en connaissance de cause est aussi la base d’un témoignage plus solide.',
    },
    competencies: ['refer-to-services', 'victim-witness-protection', 'shelter-case-management'],
  },
  {
    id: 'informed-consent',
    title: { es: 'Consentimiento informado', en: 'Informed consent', fr: 'Consentement éclairé' },
    explanation: {
      es: 'Cada entrevista, examen médico, remisión, intercambio de datos o retorno requiere el consentimiento libre de la persona, dado después de explicarle, en un idioma que entienda, qué se hará, para qué, quién tendrá la información y qué consecuencias puede tener. La persona puede negarse o retirar su consentimiento en cualquier momento sin perder la asistencia básica.',
      en: 'Every interview, medical examination, referral, data sharing or return requires the person’s free consent, given after explaining, in a language they understand, what will be done, why, who will hold the information and what the consequences may be. The person may refuse or withdraw consent at any time without losing basic assistance.',
      fr: 'Chaque entretien, examen médical, orientation, échange de données ou retour exige le consentement libre de la personne, donné après lui avoir expliqué, dans une langue qu’elle comprend, ce qui sera fait, pourquoi, qui détiendra l’information et quelles peuvent en être les conséquences. La personne peut refuser ou retirer son consentement à tout moment sans perdre l’assistance de base.',
    },
    competencies: ['trauma-informed-interviewing', 'refer-to-services', 'confidentiality-data-protection'],
  },
  {
    id: 'confidentiality',
    title: { es: 'Confidencialidad', en: 'Confidentiality', fr: 'Confidentialité' },
    explanation: {
      es: 'La identidad, la ubicación y la historia de la víctima se protegen: solo se comparten con quien las necesita para asistirla o protegerla, con su consentimiento y por canales seguros. Una filtración puede exponerla a represalias de la red, al estigma en su comunidad o a la persecución de su familia en el país de origen.',
      en: 'The victim’s identity, whereabouts and story are protected: they are shared only with those who need them to assist or protect the person, with consent and through secure channels. A leak can expose the victim to reprisals by the network, to stigma in their community or to threats against their family in the country of origin.',
      fr: 'L’identité, le lieu de séjour et l’histoire de la victime sont protégés : ils ne sont communiqués qu’à ceux qui en ont besoin pour l’assister ou la protéger, avec son consentement et par des canaux sûrs. Une fuite peut l’exposer aux représailles du réseau, à la stigmatisation dans sa communauté ou à des menaces contre sa famille dans son pays d’origine.',
    },
    competencies: ['confidentiality-data-protection', 'victim-witness-protection', 'shelter-case-management'],
  },
  {
    id: 'best-interests-of-child',
    title: {
      es: 'Interés superior de la niña, niño o adolescente',
      en: 'Best interests of the child',
      fr: 'Intérêt supérieur de l’enfant',
    },
    explanation: {
      es: 'Cuando la víctima es menor de 18 años, su interés superior guía cada decisión: se avisa de inmediato a la autoridad de protección de la niñez, se designa un tutor, se busca una solución duradera y no se la devuelve sin evaluar los riesgos. Para un niño no hace falta probar medios: el acto y la finalidad de explotación bastan. Si la edad es dudosa, se presume que es menor.',
      en: 'When the victim is under 18, the child’s best interests guide every decision: the child-protection authority is alerted at once, a guardian is appointed, a durable solution is sought and no return takes place without a risk assessment. For a child no means need be shown: the act and the purpose of exploitation suffice. When age is in doubt, the person is presumed to be a child.',
      fr: 'Lorsque la victime a moins de 18 ans, son intérêt supérieur guide chaque décision : l’autorité de protection de l’enfance est avertie immédiatement, un tuteur est désigné, une solution durable est recherchée et aucun retour n’a lieu sans évaluation des risques. Pour un enfant, il n’est pas nécessaire de prouver les moyens : l’acte et la finalité d’exploitation suffisent. En cas de doute sur l’âge, la personne est présumée mineure.',
    },
    competencies: ['child-protection', 'age-assessment', 'return-and-reintegration'],
  },
  {
    id: 'trauma-informed',
    title: {
      es: 'Atención informada sobre el trauma',
      en: 'Trauma-informed practice',
      fr: 'Pratique tenant compte des traumatismes',
    },
    explanation: {
      es: 'La trata deja huellas de trauma que afectan la memoria, la confianza y la conducta. La práctica informada sobre el trauma prioriza la seguridad, la confianza y la transparencia, el apoyo entre pares, la colaboración, el empoderamiento, la voz y la elección, y la atención a la cultura y al género. Evita que la víctima repita su historia sin necesidad y entiende las contradicciones como efecto del trauma, no como mentira.',
      en: 'Trafficking leaves trauma that affects memory, trust and behaviour. Trauma-informed practice puts first safety; trust and transparency; peer support; collaboration; empowerment, voice and choice; and attention to culture and gender. It spares the victim from repeating their story needlessly and reads inconsistencies as an effect of trauma, not as lies.',
      fr: 'La traite laisse des traumatismes qui affectent la mémoire, la confiance et le comportement. Une pratique tenant compte des traumatismes privilégie la sécurité ; la confiance et la transparence ; le soutien par les pairs ; la collaboration ; l’autonomisation, la parole et le choix ; et l’attention à la culture et au genre. Elle évite à la victime de répéter inutilement son récit et lit les incohérences comme un effet du traumatisme, non comme un mensonge.',
    },
    competencies: ['trauma-informed-interviewing', 'shelter-case-management', 'victim-witness-protection'],
  },
  {
    id: 'qualified-interpreter',
    title: { es: 'Intérprete calificado', en: 'Qualified interpreter', fr: 'Interprète qualifié' },
    explanation: {
      es: 'Si la persona no domina el idioma de la entrevista, se recurre a un intérprete calificado, imparcial y obligado a la confidencialidad, aceptado por la víctima (en lo posible del género que prefiera). Nunca interpreta quien la acompaña, un familiar, otro migrante ni un niño: puede ser parte de la red, filtrar la información o impedir que hable con libertad.',
      en: 'When the person does not master the language of the interview, a qualified, impartial interpreter bound by confidentiality is used, one the victim accepts (where possible of the gender they prefer). The person accompanying them, a relative, another migrant or a child never interprets: they may belong to the network, leak information or keep the victim from speaking freely.',
      fr: 'Lorsque la personne ne maîtrise pas la langue de l’entretien, on fait appel à un interprète qualifié, impartial et tenu à la confidentialité, que la victime accepte (si possible du genre qu’elle préfère). La personne qui l’accompagne, un proche, un autre migrant ou un enfant n’interprète jamais : il peut appartenir au réseau, divulguer l’information ou empêcher la victime de parler librement.',
    },
    competencies: ['work-with-interpreters', 'trauma-informed-interviewing'],
  },
  {
    id: 'no-false-promises',
    title: { es: 'No hacer falsas promesas', en: 'No false promises', fr: 'Pas de fausses promesses' },
    explanation: {
      es: 'No se promete lo que no se puede garantizar: un permiso de residencia, una indemnización, la condena del tratante, un empleo o el reencuentro con la familia. Las víctimas fueron captadas con engaños; una promesa incumplida destruye la confianza, puede llevarlas a abandonar la asistencia y debilita su testimonio. Se explican con honestidad las opciones reales y sus plazos.',
      en: 'Nothing that cannot be guaranteed is promised: a residence permit, compensation, the trafficker’s conviction, a job or reunion with the family. Victims were recruited through deception; a broken promise destroys trust, may lead them to leave assistance and weakens their testimony. Real options and their timelines are explained honestly.',
      fr: 'On ne promet rien qui ne puisse être garanti : un titre de séjour, une indemnisation, la condamnation du trafiquant, un emploi ou le regroupement familial. Les victimes ont été recrutées par la tromperie ; une promesse non tenue détruit la confiance, peut les conduire à quitter l’assistance et affaiblit leur témoignage. Les options réelles et leurs délais sont expliqués honnêtement.',
    },
    competencies: ['trauma-informed-interviewing', 'refer-to-services', 'reintegration-planning'],
  },
  {
    id: 'multi-agency-cooperation',
    title: {
      es: 'Cooperación interinstitucional',
      en: 'Multi-agency cooperation',
      fr: 'Coopération interinstitutionnelle',
    },
    explanation: {
      es: 'Ninguna institución puede sola identificar, proteger, reintegrar y hacer justicia. El Mecanismo Nacional de Derivación organiza quién hace qué: migración, policía, fiscalía, inspección laboral, protección de la niñez, salud, albergues y sociedad civil trabajan con protocolos comunes, comparten la información necesaria y evitan duplicar entrevistas. Entre países, el Mecanismo Transnacional de Derivación y los consulados dan continuidad al caso.',
      en: 'No institution alone can identify, protect, reintegrate and deliver justice. The National Referral Mechanism organises who does what: migration, police, prosecution, labour inspection, child protection, health, shelters and civil society work to shared protocols, share the information needed and avoid duplicate interviews. Across borders, the Transnational Referral Mechanism and consulates keep the case going.',
      fr: 'Aucune institution ne peut à elle seule identifier, protéger, réintégrer et rendre justice. Le mécanisme national d’orientation organise qui fait quoi : migration, police, parquet, inspection du travail, protection de l’enfance, santé, centres d’hébergement et société civile travaillent selon des protocoles communs, partagent l’information nécessaire et évitent les entretiens en double. Entre pays, le mécanisme transnational d’orientation et les consulats assurent la continuité du dossier.',
    },
    competencies: ['multi-agency-cooperation', 'transnational-cooperation', 'refer-to-services'],
  },
  {
    id: 'evidence-beyond-testimony',
    title: {
      es: 'Pruebas más allá del testimonio',
      en: 'Evidence beyond testimony',
      fr: 'Preuves au-delà du témoignage',
    },
    explanation: {
      es: 'Una persecución centrada en la víctima no descansa solo en su declaración. Se reúnen pruebas financieras, digitales, documentales, periciales y de otros testigos para corroborar el delito, de modo que el caso no dependa de un testimonio que la retraumatiza y que la red puede intentar quebrar mediante amenazas.',
      en: 'Victim-centred prosecution does not rest on the victim’s statement alone. Financial, digital, documentary and forensic evidence and other witnesses are gathered to corroborate the offence, so that the case does not depend on testimony that re-traumatises the victim and that the network may try to break through threats.',
      fr: 'Des poursuites centrées sur la victime ne reposent pas sur sa seule déclaration. On réunit des preuves financières, numériques, documentaires, médico-légales et d’autres témoins pour corroborer l’infraction, afin que l’affaire ne dépende pas d’un témoignage qui retraumatise la victime et que le réseau peut tenter de briser par des menaces.',
    },
    competencies: ['evidence-beyond-testimony', 'financial-investigation', 'digital-investigation'],
  },
  {
    id: 'presumption-of-victim-status',
    title: {
      es: 'Presunción de la condición de víctima',
      en: 'Presumption of victim status',
      fr: 'Présomption de la qualité de victime',
    },
    explanation: {
      es: 'Para tratar a una persona como presunta víctima bastan motivos razonables, no pruebas. Desde ese momento tiene acceso a protección y asistencia, aunque la investigación siga abierta o no se identifique al tratante. Su consentimiento inicial es irrelevante si se usó alguno de los medios del Protocolo de Palermo, y quien puede ser menor de 18 años se trata como niño.',
      en: 'Reasonable grounds, not proof, are enough to treat a person as a presumed victim. From that moment they have access to protection and assistance, even while the investigation is open or the trafficker is unknown. Their initial consent is irrelevant once any of the Palermo Protocol’s means was used, and a person who may be under 18 is treated as a child.',
      fr: 'Des motifs raisonnables, et non des preuves, suffisent pour traiter une personne comme victime présumée. Dès ce moment, elle a accès à la protection et à l’assistance, même si l’enquête est en cours ou que le trafiquant n’est pas identifié. Son consentement initial est sans effet dès lors qu’un des moyens du Protocole de Palerme a été utilisé, et une personne qui pourrait avoir moins de 18 ans est traitée comme un enfant.',
    },
    competencies: ['recognise-indicators', 'apply-trafficking-definition', 'age-assessment'],
  },
]);

const byId = new Map<string, Principle>(principles.map((entry) => [entry.id, entry]));

/**
 * The principle `id` of the catalogue, e.g. `principle('non-punishment').title.es` → `'No sanción'`.
 * Throws a {@link CompetencyError} for an id outside {@link principleIds}.
 */
export function principle(id: PrincipleId): Principle {
  const found = byId.get(id);
  if (!found)
    throw new CompetencyError([
      issueAt(['id'], `no principle "${String(id)}"; the principles are ${principleIds.join(', ')}`),
    ]);
  return found;
}
