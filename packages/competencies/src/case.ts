import { type Language, localize, uuidV5 } from '@ruta/curriculum';
import { CompetencyError, issueAt } from './evidence';
import {
  type CompetencyArea,
  competencyAreaNames,
  competencyAreas,
  type Framework,
  levelNames,
} from './framework';

/** The fixed namespace of every name-based UUID the CASE export derives (never change it). */
export const caseNamespace = '142654ce-f88e-4835-a24b-2e6bf416ca48';
/** The base URI used when `toCase` is given none; set `baseUri` to where you publish the framework. */
export const defaultCaseBaseUri = 'https://ruta.example/ims/case/v1p1';

/** A link to a CASE node (`LinkGenURI` in CASE 1.1). */
export interface CFLink {
  title: string;
  identifier: string;
  uri: string;
}

export interface CFDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  description: string;
  subject: string[];
  language: Language;
  version: string;
  caseVersion: '1.1';
  adoptionStatus?: string;
}

export interface CFItem {
  identifier: string;
  fullStatement: string;
  abbreviatedStatement: string;
  CFItemType: 'Area' | 'Competency' | 'Proficiency level';
  humanCodingScheme: string;
  listEnumeration?: string;
  notes?: string;
  language: Language;
  uri: string;
  lastChangeDateTime: string;
}

export interface CFAssociation {
  identifier: string;
  associationType: 'isChildOf' | 'hasSkillLevel';
  sequenceNumber: number;
  uri: string;
  originNodeURI: CFLink;
  destinationNodeURI: CFLink;
  lastChangeDateTime: string;
}

/** A CASE 1.1 package (`getCFPackage` payload): what a CASE registry or another academy imports. */
export interface CFPackage {
  CFDocument: CFDocument;
  CFItems: CFItem[];
  CFAssociations: CFAssociation[];
}

export interface CaseOptions {
  /** The URI every `uri` field is built from: `${baseUri}/CFItems/${identifier}`. Default {@link defaultCaseBaseUri}. */
  baseUri?: string;
  /** The language of the statements (CASE 1.1 holds one language per document). Default `'es'`. */
  language?: Language;
  /** CASE `adoptionStatus` of the document, e.g. `'Draft'` or `'Adopted'`; omitted when not given. */
  adoptionStatus?: string;
}

const subject: Record<Language, string> = {
  es: 'Trata de personas',
  en: 'Trafficking in persons',
  fr: 'Traite des personnes',
};
const modulesNote: Record<Language, string> = {
  es: 'Módulos del programa que la enseñan',
  en: 'Curriculum modules that teach it',
  fr: 'Modules du programme qui l’enseignent',
};

/**
 * Exports a framework as a CASE 1.1 package: one CFDocument; CFItems for the areas, the competencies and
 * their three proficiency levels; `isChildOf` associations (child = origin, parent = destination: area →
 * document, competency → area, level → competency) and `hasSkillLevel` associations (competency → level).
 *
 * Identifiers are UUID v5 of stable names (framework id, language, area, competency and level ids) under
 * {@link caseNamespace}, and `lastChangeDateTime` is the framework's `versionDate`: exporting the same
 * framework twice gives byte-identical JSON, and an item keeps its identifier across framework versions.
 */
export function toCase(framework: Framework, options: CaseOptions = {}): CFPackage {
  const language = options.language ?? 'es';
  const baseUri = (options.baseUri ?? defaultCaseBaseUri).replace(/\/+$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(baseUri))
    throw new CompetencyError([
      issueAt(['baseUri'], `must be an absolute URI such as "${defaultCaseBaseUri}"`),
    ]);
  const lastChangeDateTime = `${framework.versionDate}T00:00:00Z`;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, language);
  const root = `${framework.id}/${language}`;
  const id = (name: string) => uuidV5(name, caseNamespace);

  const documentId = id(root);
  const document: CFDocument = {
    identifier: documentId,
    uri: `${baseUri}/CFDocuments/${documentId}`,
    creator: framework.creator,
    title: text(framework.title),
    lastChangeDateTime,
    description: text(framework.description),
    subject: [subject[language]],
    language,
    version: framework.version,
    caseVersion: '1.1',
    ...(options.adoptionStatus ? { adoptionStatus: options.adoptionStatus } : {}),
  };
  const documentLink: CFLink = { title: document.title, identifier: documentId, uri: document.uri };

  const items: CFItem[] = [];
  const associations: CFAssociation[] = [];
  const item = (
    name: string,
    fields: Omit<CFItem, 'identifier' | 'uri' | 'language' | 'lastChangeDateTime'>,
  ) => {
    const identifier = id(`${root}/${name}`);
    const uri = `${baseUri}/CFItems/${identifier}`;
    items.push({
      identifier,
      fullStatement: fields.fullStatement,
      abbreviatedStatement: fields.abbreviatedStatement,
      CFItemType: fields.CFItemType,
      humanCodingScheme: fields.humanCodingScheme,
      ...(fields.listEnumeration ? { listEnumeration: fields.listEnumeration } : {}),
      ...(fields.notes ? { notes: fields.notes } : {}),
      language,
      uri,
      lastChangeDateTime,
    });
    return { name, link: { title: fields.abbreviatedStatement, identifier, uri } };
  };
  const associate = (
    associationType: CFAssociation['associationType'],
    origin: { name: string; link: CFLink },
    destination: { name: string; link: CFLink },
    sequenceNumber: number,
  ) => {
    const identifier = id(`${root}/association/${associationType}/${origin.name}/${destination.name}`);
    associations.push({
      identifier,
      associationType,
      sequenceNumber,
      uri: `${baseUri}/CFAssociations/${identifier}`,
      originNodeURI: origin.link,
      destinationNodeURI: destination.link,
      lastChangeDateTime,
    });
  };

  const documentNode = { name: 'document', link: documentLink };
  const usedAreas = competencyAreas.filter((area) =>
    framework.competencies.some((competency) => competency.area === area),
  );
  usedAreas.forEach((area: CompetencyArea, a) => {
    const areaNode = item(`area/${area}`, {
      fullStatement: text(competencyAreaNames[area]),
      abbreviatedStatement: text(competencyAreaNames[area]),
      CFItemType: 'Area',
      humanCodingScheme: area,
    });
    associate('isChildOf', areaNode, documentNode, a + 1);
    framework.competencies
      .filter((competency) => competency.area === area)
      .forEach((competency, c) => {
        const competencyNode = item(`competency/${competency.id}`, {
          fullStatement: text(competency.description),
          abbreviatedStatement: text(competency.title),
          CFItemType: 'Competency',
          humanCodingScheme: competency.id,
          notes: `${modulesNote[language]}: ${competency.modules.join(', ')}`,
        });
        associate('isChildOf', competencyNode, areaNode, c + 1);
        for (const level of [...competency.levels].sort((x, y) => x.level - y.level)) {
          const levelNode = item(`competency/${competency.id}/level/${level.level}`, {
            fullStatement: level.behaviours.map(text).join(' '),
            abbreviatedStatement: `${level.level}. ${text(levelNames[level.level])}`,
            CFItemType: 'Proficiency level',
            humanCodingScheme: `${competency.id}.${level.level}`,
            listEnumeration: String(level.level),
          });
          associate('isChildOf', levelNode, competencyNode, level.level);
          associate('hasSkillLevel', competencyNode, levelNode, level.level);
        }
      });
  });

  return { CFDocument: document, CFItems: items, CFAssociations: associations };
}
