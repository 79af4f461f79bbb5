/**
 * The interface strings of the records and verification pages (merged into the lab's messages): Spanish,
 * English, French. ICU syntax.
 */
export const recordsRows = {
  'lab.nav.records': ['Resultados', 'Results', 'Résultats'],
  'lab.nav.verify': ['Verificar', 'Verify', 'Vérifier'],
  'lab.records.title': [
    'Resultados para la oficina del programa',
    'Results for the program office',
    'Résultats pour le bureau du programme',
  ],
  'lab.records.intro': [
    'Sus resultados se quedan en este equipo. Para que la oficina del programa los cuente y certifique, exporte el archivo de resultados y entrégueselo. La oficina repite cada partida para verificarla: un archivo editado no se acepta. Los intentos de práctica no se incluyen.',
    'Your results stay on this computer. For the program office to count and certify them, export the results file and hand it over. The office replays every play to verify it: an edited file is not accepted. Practice attempts are not included.',
    'Vos résultats restent sur cet ordinateur. Pour que le bureau du programme les compte et les certifie, exportez le fichier de résultats et remettez-le-lui. Le bureau rejoue chaque partie pour la vérifier : un fichier modifié n’est pas accepté. Les tentatives d’entraînement ne sont pas incluses.',
  ],
  'lab.records.person': ['Quién es usted', 'Who you are', 'Qui vous êtes'],
  'lab.records.name': ['Nombre completo', 'Full name', 'Nom complet'],
  'lab.records.id': [
    'Identificador (minúsculas y guiones, p. ej. ana-perez)',
    'Identifier (lowercase and hyphens, e.g. ana-perez)',
    'Identifiant (minuscules et tirets, p. ex. ana-perez)',
  ],
  'lab.records.cohortId': [
    'Cohorte (se la da la oficina, p. ej. rcm-2026-gt-1)',
    'Cohort (the office gives it, e.g. rcm-2026-gt-1)',
    'Cohorte (donnée par le bureau, p. ex. rcm-2026-gt-1)',
  ],
  'lab.records.plannedHours': [
    'Horas previstas de la cohorte',
    'Planned hours of the cohort',
    'Heures prévues de la cohorte',
  ],
  'lab.records.modules': ['Módulos de la cohorte', 'Modules of the cohort', 'Modules de la cohorte'],
  'lab.records.problem.name': [
    'Escriba su nombre completo (hasta 200 caracteres).',
    'Enter your full name (up to 200 characters).',
    'Saisissez votre nom complet (200 caractères au plus).',
  ],
  'lab.records.problem.id': [
    'El identificador usa solo minúsculas sin acentos, cifras y guiones (p. ej. ana-perez).',
    'The identifier uses only lowercase letters without accents, digits and hyphens (e.g. ana-perez).',
    'L’identifiant n’utilise que des minuscules sans accents, des chiffres et des tirets (p. ex. ana-perez).',
  ],
  'lab.records.problem.cohortId': [
    'La cohorte usa solo minúsculas sin acentos, cifras y guiones.',
    'The cohort uses only lowercase letters without accents, digits and hyphens.',
    'La cohorte n’utilise que des minuscules sans accents, des chiffres et des tirets.',
  ],
  'lab.records.problem.modules': [
    'Marque al menos un módulo.',
    'Tick at least one module.',
    'Cochez au moins un module.',
  ],
  'lab.records.problem.plannedHours': [
    'Las horas previstas son un número mayor que cero.',
    'The planned hours are a number greater than zero.',
    'Les heures prévues sont un nombre supérieur à zéro.',
  ],
  'lab.records.count': [
    '{count, plural, =0 {Aún no hay resultados que cuenten.} one {# resultado cuenta} other {# resultados cuentan}}{practice, plural, =0 {} one { (# intento de práctica queda fuera)} other { (# intentos de práctica quedan fuera)}}.',
    '{count, plural, =0 {No results count yet} one {# result counts} other {# results count}}{practice, plural, =0 {} one { (# practice attempt left out)} other { (# practice attempts left out)}}.',
    '{count, plural, =0 {Aucun résultat ne compte encore} one {# résultat compte} other {# résultats comptent}}{practice, plural, =0 {} one { (# tentative d’entraînement exclue)} other { (# tentatives d’entraînement exclues)}}.',
  ],
  'lab.records.export': [
    'Exportar el archivo de resultados',
    'Export the results file',
    'Exporter le fichier de résultats',
  ],
  'lab.records.exported': [
    'Archivo {file} listo: entrégueselo a la oficina del programa.',
    'File {file} ready: hand it to the program office.',
    'Fichier {file} prêt : remettez-le au bureau du programme.',
  ],
  'lab.records.fix': [
    'Corrija lo señalado antes de exportar.',
    'Fix what is marked before exporting.',
    'Corrigez ce qui est signalé avant d’exporter.',
  ],
  'lab.records.xapi': ['Declaraciones xAPI', 'xAPI statements', 'Déclarations xAPI'],
  'lab.records.xapiIntro': [
    'Para un sistema de registro de aprendizaje (LRS): las declaraciones xAPI 1.0.3 de los mismos resultados. Cada una tiene un identificador fijo, así que importarlas dos veces no las duplica.',
    'For a learning record store (LRS): the xAPI 1.0.3 statements of the same results. Each has a fixed id, so importing them twice does not duplicate them.',
    'Pour un système d’enregistrement de l’apprentissage (LRS) : les déclarations xAPI 1.0.3 des mêmes résultats. Chacune a un identifiant fixe : les importer deux fois ne les duplique pas.',
  ],
  'lab.records.xapiExport': [
    'Exportar las declaraciones xAPI',
    'Export the xAPI statements',
    'Exporter les déclarations xAPI',
  ],
  'lab.records.xapiExported': [
    '{count, plural, one {# declaración exportada} other {# declaraciones exportadas}} en {file}.',
    '{count, plural, one {# statement exported} other {# statements exported}} to {file}.',
    '{count, plural, one {# déclaration exportée} other {# déclarations exportées}} dans {file}.',
  ],
  'lab.verify.title': ['Verificar un certificado', 'Verify a certificate', 'Vérifier un certificat'],
  'lab.verify.intro': [
    'Pegue el certificado (el texto que empieza por eyJ) o abra su archivo. Se verifica en este equipo, sin conexión, con las claves de los emisores de confianza.',
    'Paste the certificate (the text that starts with eyJ) or open its file. It is verified on this computer, offline, against the keys of the trusted issuers.',
    'Collez le certificat (le texte qui commence par eyJ) ou ouvrez son fichier. Il est vérifié sur cet ordinateur, hors ligne, avec les clés des émetteurs de confiance.',
  ],
  'lab.verify.credential': ['Certificado', 'Certificate', 'Certificat'],
  'lab.verify.open': [
    'Abrir un archivo de certificado',
    'Open a certificate file',
    'Ouvrir un fichier de certificat',
  ],
  'lab.verify.check': ['Verificar', 'Verify', 'Vérifier'],
  'lab.verify.empty': [
    'Pegue o abra un certificado primero.',
    'Paste or open a certificate first.',
    'Collez ou ouvrez d’abord un certificat.',
  ],
  'lab.verify.holder': ['Titular', 'Holder', 'Titulaire'],
  'lab.verify.until': ['Válido hasta', 'Valid until', 'Valable jusqu’au'],
  'lab.verify.noExpiry': ['Sin vencimiento', 'Does not expire', 'Sans expiration'],
  'lab.verify.issued': ['Emitido', 'Issued', 'Délivré'],
  'lab.verify.issuers': ['Emisores de confianza', 'Trusted issuers', 'Émetteurs de confiance'],
  'lab.verify.noIssuers': [
    'Aún no hay emisores de confianza: añada la clave pública del emisor abajo.',
    'No trusted issuers yet: add the issuer’s public key below.',
    'Aucun émetteur de confiance : ajoutez la clé publique de l’émetteur ci-dessous.',
  ],
  'lab.verify.program': ['del programa', 'the program’s', 'du programme'],
  'lab.verify.added': ['añadida en este equipo', 'added on this computer', 'ajoutée sur cet ordinateur'],
  'lab.verify.remove': ['Quitar la clave {label}', 'Remove the key {label}', 'Retirer la clé {label}'],
  'lab.verify.addKey': ['Añadir una clave de emisor', 'Add an issuer key', 'Ajouter une clé d’émetteur'],
  'lab.verify.issuerId': [
    'Identificador del emisor (https://… o did:…)',
    'Issuer id (https://… or did:…)',
    'Identifiant de l’émetteur (https://… ou did:…)',
  ],
  'lab.verify.jwk': ['Clave pública (JWK)', 'Public key (JWK)', 'Clé publique (JWK)'],
  'lab.verify.add': ['Añadir la clave', 'Add the key', 'Ajouter la clé'],
  'lab.verify.keyAdded': ['Clave añadida.', 'Key added.', 'Clé ajoutée.'],
  'lab.verify.problem.json': ['La clave no es JSON.', 'The key is not JSON.', 'La clé n’est pas du JSON.'],
  'lab.verify.problem.private': [
    'Esta es una clave privada: nunca la comparta. Pegue la clave pública (sin el campo "d").',
    'This is a private key: never share it. Paste the public key (without the "d" field).',
    'Ceci est une clé privée : ne la partagez jamais. Collez la clé publique (sans le champ « d »).',
  ],
  'lab.verify.problem.not-a-key': [
    'No es una clave pública Ed25519 ni RSA.',
    'This is not an Ed25519 or RSA public key.',
    'Ce n’est pas une clé publique Ed25519 ni RSA.',
  ],
  'lab.verify.problem.issuer': [
    'Indique el identificador del emisor (https://… o did:…).',
    'Give the issuer id (https://… or did:…).',
    'Indiquez l’identifiant de l’émetteur (https://… ou did:…).',
  ],
} as const satisfies Record<string, readonly [string, string, string]>;
