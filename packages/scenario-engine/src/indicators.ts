import type { Text } from '@ruta/curriculum';

/**
 * The built-in indicator catalogue every pack may use without declaring: the 11 ILO indicators of forced
 * labour, the age indicator `child-under-18`, and further signs from UNODC's indicator lists, grouped as UNODC
 * groups them (general, children, domestic servitude, sexual exploitation, labour exploitation, begging and
 * petty crime). A pack's own indicators add to it and may not reuse these ids.
 */

export const indicatorGroups = [
  'ilo-forced-labour',
  'general',
  'children',
  'domestic-servitude',
  'sexual-exploitation',
  'labour-exploitation',
  'begging-and-petty-crime',
] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

export interface BuiltinIndicator {
  readonly id: string;
  readonly group: IndicatorGroup;
  readonly label: Required<Pick<Text, 'es' | 'en' | 'fr'>>;
}

export const indicatorGroupNames: Record<IndicatorGroup, Required<Pick<Text, 'es' | 'en' | 'fr'>>> = {
  'ilo-forced-labour': {
    es: 'Indicadores de trabajo forzoso (OIT)',
    en: 'Forced-labour indicators (ILO)',
    fr: 'Indicateurs du travail forcé (OIT)',
  },
  general: { es: 'Indicadores generales', en: 'General indicators', fr: 'Indicateurs généraux' },
  children: { es: 'Niñas, niños y adolescentes', en: 'Children', fr: 'Enfants' },
  'domestic-servitude': { es: 'Servidumbre doméstica', en: 'Domestic servitude', fr: 'Servitude domestique' },
  'sexual-exploitation': { es: 'Explotación sexual', en: 'Sexual exploitation', fr: 'Exploitation sexuelle' },
  'labour-exploitation': {
    es: 'Explotación laboral',
    en: 'Labour exploitation',
    fr: 'Exploitation par le travail',
  },
  'begging-and-petty-crime': {
    es: 'Mendicidad y delitos menores',
    en: 'Begging and petty crime',
    fr: 'Mendicité et petite délinquance',
  },
};

const entry = (id: string, group: IndicatorGroup, es: string, en: string, fr: string): BuiltinIndicator => ({
  id,
  group,
  label: { es, en, fr },
});

/** Every built-in indicator, in catalogue order (ILO first, then `child-under-18`, then UNODC's groups). */
export const builtinIndicators: readonly BuiltinIndicator[] = [
  entry(
    'ilo-abuse-of-vulnerability',
    'ilo-forced-labour',
    'Abuso de una situación de vulnerabilidad',
    'Abuse of vulnerability',
    'Abus de vulnérabilité',
  ),
  entry('ilo-deception', 'ilo-forced-labour', 'Engaño', 'Deception', 'Tromperie'),
  entry(
    'ilo-restriction-of-movement',
    'ilo-forced-labour',
    'Restricción de la libertad de movimiento',
    'Restriction of movement',
    'Restriction de la liberté de mouvement',
  ),
  entry('ilo-isolation', 'ilo-forced-labour', 'Aislamiento', 'Isolation', 'Isolement'),
  entry(
    'ilo-physical-sexual-violence',
    'ilo-forced-labour',
    'Violencia física y sexual',
    'Physical and sexual violence',
    'Violences physiques et sexuelles',
  ),
  entry(
    'ilo-intimidation-threats',
    'ilo-forced-labour',
    'Intimidación y amenazas',
    'Intimidation and threats',
    'Intimidation et menaces',
  ),
  entry(
    'ilo-retention-of-documents',
    'ilo-forced-labour',
    'Retención de documentos de identidad',
    'Retention of identity documents',
    "Rétention des documents d'identité",
  ),
  entry(
    'ilo-withholding-of-wages',
    'ilo-forced-labour',
    'Retención de salarios',
    'Withholding of wages',
    'Retenue des salaires',
  ),
  entry(
    'ilo-debt-bondage',
    'ilo-forced-labour',
    'Servidumbre por deudas',
    'Debt bondage',
    'Servitude pour dettes',
  ),
  entry(
    'ilo-abusive-conditions',
    'ilo-forced-labour',
    'Condiciones de trabajo y de vida abusivas',
    'Abusive working and living conditions',
    'Conditions de travail et de vie abusives',
  ),
  entry(
    'ilo-excessive-overtime',
    'ilo-forced-labour',
    'Horas extraordinarias excesivas',
    'Excessive overtime',
    'Heures supplémentaires excessives',
  ),
  entry(
    'child-under-18',
    'children',
    'Persona menor de 18 años (o edad dudosa)',
    'Person under 18 (or age uncertain)',
    'Personne de moins de 18 ans (ou âge incertain)',
  ),
  // UNODC: general indicators
  entry(
    'no-control-of-documents',
    'general',
    'No tiene en su poder sus documentos de identidad o de viaje',
    'Not in possession of own identity or travel documents',
    "N'a pas en sa possession ses documents d'identité ou de voyage",
  ),
  entry(
    'coached-story',
    'general',
    'Relato aprendido o idéntico al de otras personas',
    'Story seems coached or identical to others',
    "Récit appris ou identique à celui d'autres personnes",
  ),
  entry(
    'accompanied-controlled',
    'general',
    'Acompañada por alguien que habla por ella o la controla',
    'Accompanied by someone who speaks for or controls the person',
    "Accompagnée d'une personne qui parle à sa place ou la contrôle",
  ),
  entry(
    'fear-of-authorities',
    'general',
    'Miedo a las autoridades o a ser deportada',
    'Fear of authorities or of deportation',
    "Peur des autorités ou d'être expulsée",
  ),
  entry(
    'fear-for-family',
    'general',
    'Teme por la seguridad de su familia',
    'Fears for the safety of family members',
    'Craint pour la sécurité de sa famille',
  ),
  entry(
    'signs-of-injury',
    'general',
    'Lesiones o signos de maltrato',
    'Injuries or signs of abuse',
    'Blessures ou signes de mauvais traitements',
  ),
  entry(
    'unaware-of-location',
    'general',
    'No conoce su dirección ni el lugar donde se encuentra',
    'Does not know own address or whereabouts',
    'Ne connaît pas son adresse ni le lieu où elle se trouve',
  ),
  entry(
    'travel-arranged-by-others',
    'general',
    'Viaje y trámites pagados o gestionados por terceros',
    'Travel and papers arranged or paid for by others',
    'Voyage et démarches organisés ou payés par des tiers',
  ),
  entry(
    'false-job-offer',
    'general',
    'Oferta de empleo falsa o condiciones distintas de las prometidas',
    'False job offer or conditions different from those promised',
    "Fausse offre d'emploi ou conditions différentes de celles promises",
  ),
  entry(
    'no-access-to-earnings',
    'general',
    'No dispone de sus ingresos',
    'No access to own earnings',
    "N'a pas accès à ses revenus",
  ),
  // UNODC: children
  entry(
    'child-without-guardian',
    'children',
    'Niña, niño o adolescente sin madre, padre ni tutor',
    'Child without a parent or guardian',
    'Enfant sans parent ni tuteur',
  ),
  entry(
    'child-working',
    'children',
    'Niña, niño o adolescente trabajando o sin escolarizar',
    'Child working or out of school',
    'Enfant qui travaille ou non scolarisé',
  ),
  entry(
    'child-with-unrelated-adult',
    'children',
    'Viaja con una persona adulta que no es familiar',
    'Travelling with an unrelated adult',
    'Voyage avec un adulte sans lien de parenté',
  ),
  entry(
    'child-sexualised',
    'children',
    'Conducta o vestimenta sexualizada impropia de su edad',
    'Sexualised behaviour or clothing beyond the age',
    'Comportement ou tenue sexualisés inadaptés à son âge',
  ),
  // UNODC: domestic servitude
  entry(
    'lives-with-employer',
    'domestic-servitude',
    'Vive con la familia empleadora y no sale sola',
    'Lives with the employing family and never goes out alone',
    'Vit chez la famille employeuse et ne sort jamais seule',
  ),
  entry(
    'no-private-space',
    'domestic-servitude',
    'No tiene un espacio privado; duerme en áreas comunes',
    'No private space; sleeps in shared areas',
    "Pas d'espace privé ; dort dans les pièces communes",
  ),
  entry(
    'eats-leftovers',
    'domestic-servitude',
    'Come sola o solo las sobras de la familia',
    "Eats alone or only the family's leftovers",
    'Mange seule ou seulement les restes de la famille',
  ),
  entry(
    'never-leaves-house',
    'domestic-servitude',
    'Nunca o casi nunca sale de la casa',
    'Never or rarely leaves the house',
    'Ne quitte jamais ou rarement la maison',
  ),
  // UNODC: sexual exploitation
  entry(
    'moved-between-venues',
    'sexual-exploitation',
    'La trasladan con frecuencia entre locales o ciudades',
    'Frequently moved between venues or cities',
    'Déplacée souvent entre établissements ou villes',
  ),
  entry(
    'works-long-hours-in-venue',
    'sexual-exploitation',
    'Trabaja muchas horas y duerme en el local',
    'Works long hours and sleeps at the venue',
    'Travaille de longues heures et dort sur place',
  ),
  entry(
    'branding-tattoos',
    'sexual-exploitation',
    'Tatuajes o marcas que indican «propiedad»',
    'Tattoos or marks indicating "ownership"',
    'Tatouages ou marques signalant une « appartenance »',
  ),
  entry(
    'earnings-to-controller',
    'sexual-exploitation',
    'Entrega todo o casi todo lo que gana a otra persona',
    'Hands over all or most earnings to someone else',
    "Remet tout ou presque tout ce qu'elle gagne à quelqu'un d'autre",
  ),
  // UNODC: labour exploitation
  entry(
    'housed-at-worksite',
    'labour-exploitation',
    'Vive en el lugar de trabajo en condiciones precarias',
    'Housed at the worksite in poor conditions',
    'Logée sur le lieu de travail dans de mauvaises conditions',
  ),
  entry(
    'no-safety-equipment',
    'labour-exploitation',
    'Sin equipo de protección ni contrato',
    'No protective equipment or contract',
    'Sans équipement de protection ni contrat',
  ),
  entry(
    'pays-for-tools-food',
    'labour-exploitation',
    'Debe pagar herramientas, comida o alojamiento al empleador',
    'Must pay the employer for tools, food or housing',
    "Doit payer à l'employeur outils, nourriture ou logement",
  ),
  entry(
    'transported-to-work-by-employer',
    'labour-exploitation',
    'El empleador la traslada en grupo hacia y desde el trabajo',
    'Transported in groups to and from work by the employer',
    "Transportée en groupe vers et depuis le travail par l'employeur",
  ),
  // UNODC: begging and petty crime
  entry(
    'begging-in-groups',
    'begging-and-petty-crime',
    'Mendiga en grupos bajo la vigilancia de un adulto',
    'Begs in groups watched by an adult',
    "Mendie en groupe sous la surveillance d'un adulte",
  ),
  entry(
    'punished-for-low-earnings',
    'begging-and-petty-crime',
    'Castigada si no entrega una cuota mínima',
    'Punished for not bringing in a minimum amount',
    'Punie si elle ne rapporte pas un montant minimum',
  ),
  entry(
    'forced-criminality',
    'begging-and-petty-crime',
    'Obligada a cometer delitos (hurtos, venta de drogas)',
    'Forced to commit offences (theft, drug selling)',
    'Contrainte à commettre des délits (vols, vente de drogue)',
  ),
];

const byId: ReadonlyMap<string, BuiltinIndicator> = new Map(builtinIndicators.map((i) => [i.id, i]));

/** The ids of the built-in catalogue. */
export const builtinIndicatorIds: ReadonlySet<string> = new Set(byId.keys());

/** The built-in indicator with this id, if any. */
export function builtinIndicator(id: string): BuiltinIndicator | undefined {
  return byId.get(id);
}
