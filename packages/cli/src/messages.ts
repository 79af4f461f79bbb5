import { type Language, languageNames, languages } from '@ruta/curriculum';
import { usageError } from './failures';

/**
 * Every message of the CLI, in Spanish, English and French. The Spanish catalogue is the reference: the
 * others have exactly its keys (the type says so).
 */

const list = (items: readonly string[]) => (items.length === 0 ? '—' : items.join(', '));
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

interface CommandHelp {
  usage: string;
  summary: string;
  details: string;
}

const es = {
  usageWord: 'Uso',
  globalUsage: 'Uso: ruta <comando> [argumentos] [--lang es|en|fr]',
  commandsHeading: 'Comandos:',
  globalOptionsHelp:
    'Opciones de todos los comandos:\n  --lang es|en|fr  idioma de los mensajes (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, español)\n  --help, -h       explica el comando',
  exitCodesHelp:
    'Códigos de salida: 0 correcto; 1 una comprobación falló (paquete no válido, elección no ofrecida, credencial no válida); 2 error de uso (comando u opción desconocidos, archivo inexistente).\nMás: ruta <comando> --help',
  noCommand: 'falta el comando; «ruta --help» los enumera',
  unknownCommand: (name: string) => `comando desconocido «${name}»; «ruta --help» enumera los comandos`,
  unknownOption: (name: string) =>
    `opción desconocida «${name}»; «ruta <comando> --help» enumera las opciones`,
  optionNeedsValue: (name: string) => `a la opción ${name} le falta su valor`,
  optionTakesNoValue: (name: string) => `la opción ${name} no lleva valor`,
  badCommandLine: (detail: string) => `línea de comandos no válida: ${detail}`,
  unexpectedArgument: (arg: string) => `argumento de más: «${arg}»`,
  missingArgument: (name: string) => `falta el argumento ${name}`,
  missingOption: (name: string) => `falta la opción ${name}`,
  exclusiveOptions: (a: string, b: string) => `use ${a} o ${b}, no ambas`,
  badChoice: (option: string, value: string, allowed: readonly string[]) =>
    `${option} «${value}» no es válido; valores posibles: ${list(allowed)}`,
  badLanguage: (value: string) => `--lang «${value}» no es válido; idiomas: es, en, fr`,
  badPositiveInteger: (option: string, value: string) => `${option} «${value}» debe ser un entero positivo`,
  unexpectedError: (detail: string) =>
    `error inesperado (${detail}); por favor, avise a los mantenedores de Ruta`,
  argPack: '<paquete>',
  argDirectory: '<directorio>',
  argCredential: '<credencial.jwt>',
  argResults: '<resultados.json>',
  // files
  fileNotFound: (name: string) => `no existe el archivo «${name}»`,
  isDirectory: (name: string) => `«${name}» es un directorio, no un archivo`,
  notADirectory: (name: string) => `«${name}» existe y no es un directorio`,
  noSuchDirectory: (name: string) => `no existe el directorio «${name}»`,
  cannotRead: (name: string, code: string) => `no se puede leer «${name}» (${code})`,
  symlinkLoop: (name: string) => `«${name}» es un bucle de enlaces simbólicos (no lleva a ningún archivo)`,
  permissionDenied: (name: string) => `no se puede leer «${name}»: permiso denegado`,
  directoryUnreadable: (name: string) => `no se puede leer el directorio «${name}»: permiso denegado`,
  notRegularFile: (name: string, kind: string) =>
    `«${name}» no es un archivo normal (es ${kind}); indique un archivo`,
  fileKinds: {
    'character-device': 'un dispositivo de caracteres',
    'block-device': 'un dispositivo de bloques',
    fifo: 'una tubería con nombre',
    socket: 'un socket',
    other: 'un archivo especial',
  },
  cannotWrite: (name: string, code: string) => `no se puede escribir «${name}» (${code})`,
  fileTooLarge: (name: string, size: number, max: number) =>
    `«${name}» es demasiado grande (${mb(size)} MB; como máximo ${mb(max)} MB)`,
  notText: (name: string) => `«${name}» no es un archivo de texto UTF-8 (¿un archivo binario?)`,
  notJson: (name: string, place: string) => `«${name}» no es JSON válido (${place})`,
  // packs
  noPackInDirectory: (dir: string) =>
    `no hay pack.json en «${dir}» (ni exports["./pack.json"] en su package.json)`,
  packValid: (id: string, version: string, scenarios: number, langs: readonly string[]) =>
    `paquete ${id} ${version} válido: ${scenarios} ${scenarios === 1 ? 'escenario' : 'escenarios'}, idiomas ${langs.join(', ')}`,
  packInvalid: (name: string, issues: number) =>
    `«${name}» no es un paquete válido (${issues} ${issues === 1 ? 'problema' : 'problemas'}):`,
  unknownScenario: (pack: string, id: string, ids: readonly string[]) =>
    `el paquete ${pack} no tiene el escenario «${id}» (sus escenarios: ${list(ids)})`,
  unknownJourney: (pack: string, id: string, ids: readonly string[]) =>
    `el paquete ${pack} no tiene el recorrido «${id}» (sus recorridos: ${list(ids)})`,
  // analyze
  analysisTitle: (id: string, version: string) => `Análisis del paquete ${id} ${version}`,
  scenarioHeading: (id: string) => `Escenario ${id}`,
  colNodes: 'nodos',
  nodeCounts: (nodes: number, steps: number, endings: number) =>
    `${nodes} (${steps} pasos, ${endings} finales)`,
  colShortest: 'camino más corto',
  colLongest: 'camino más largo',
  moves: (n: number) => `${n} ${n === 1 ? 'movimiento' : 'movimientos'}`,
  unbounded: (moves: string) => `sin límite: se puede dar vueltas (${moves})`,
  colBest: 'mejor puntuación',
  colWorst: 'peor puntuación',
  colReachableEndings: 'finales alcanzables',
  colUnreachableEndings: 'finales inalcanzables',
  colErrors: 'errores',
  colExploration: 'exploración',
  colPaths: 'caminos',
  exhaustive: (states: number, transitions: number) =>
    `exhaustiva (${states} estados, ${transitions} transiciones)`,
  boundHit: (limit: string, states: number, transitions: number) =>
    `NO exhaustiva: se alcanzó el límite ${limit} tras ${states} estados y ${transitions} transiciones`,
  pathsNotExact: 'cifras de caminos no exactas: un límite las detuvo (las que faltan no se adivinan)',
  warningsHeading: (n: number) => `Advertencias (${n}):`,
  journeysNotExhaustive: (ids: readonly string[]) => `Recorridos no explorados por completo: ${list(ids)}`,
  analysisPassed: (n: number) =>
    `Correcto: ${n === 1 ? 'el escenario pasa' : `los ${n} escenarios pasan`} las comprobaciones estáticas.`,
  analysisFailed: (n: number) => `Falló: ${n} ${n === 1 ? 'error' : 'errores'} de comprobación estática.`,
  // play
  outcome: { protected: 'protegida', partial: 'parcial', harmed: 'dañada' },
  quality: { best: 'óptima', good: 'buena', poor: 'deficiente', harmful: 'dañina' },
  timeoutNotice: (seconds: number) => `(tiempo: ${seconds} s; si no elige, la historia sigue sin usted)`,
  playKeys: (timeout: boolean) =>
    `  número = elegir · n = anotar un indicador · u = quitar una nota${timeout ? ' · t = dejar pasar el tiempo' : ''} · q = salir`,
  timeRanOut: '⏱ Se acabó el tiempo.',
  textFallback: (shown: Language, wanted: Language) =>
    `Este paquete no tiene sus textos en ${languageNames.es[wanted]}: se muestran en ${languageNames.es[shown]}.`,
  textFallbackMark: (shown: Language) => `[en ${languageNames.es[shown]}]`,
  noTimeoutHere: 'Este paso no tiene límite de tiempo.',
  notAnOption: (answer: string, n: number) =>
    `«${answer}» no es una opción: escriba un número del 1 al ${n}, n, u o q`,
  whichToNote: 'Número o id del indicador que anota (Enter para cancelar):',
  whichToUnnote: 'Número o id de la nota que quita (Enter para cancelar):',
  noSuchIndicator: (answer: string) => `no hay tal indicador: «${answer}»`,
  noted: (id: string) => `Anotado: ${id}`,
  unnoted: (id: string) => `Nota quitada: ${id}`,
  notebookEmpty: 'La libreta está vacía.',
  nextJourneyStep: (id: string) => `Siguiente etapa del recorrido: ${id}`,
  playStopped: 'Jugada interrumpida antes de un final.',
  scriptUnfinished: (scenario: string, node: string) =>
    `los eventos terminan antes de un final (escenario «${scenario}», nodo «${node}»): jugada incompleta`,
  eventsNotAList: (name: string) =>
    `«${name}» debe contener una lista JSON de eventos (o un objeto con "events"), p. ej. [{"type":"CHOOSE","choiceId":"…"}]`,
  invalidEvent: (i: number) =>
    `events[${i}] no es un evento: se espera {"type":"CHOOSE","choiceId"}, {"type":"NOTE"|"UNNOTE","indicatorId"} o {"type":"TIMEOUT"}`,
  choiceNotOffered: (i: number, choice: string, node: string, offered: readonly string[]) =>
    `events[${i}]: la elección «${choice}» no se ofrece en el nodo «${node}» (se ofrecen: ${list(offered)})`,
  unknownIndicator: (i: number, id: string) =>
    `events[${i}]: indicador desconocido «${id}» (ni del catálogo ni del paquete)`,
  noTimeout: (i: number, node: string) => `events[${i}]: el nodo «${node}» no tiene límite de tiempo`,
  playOver: (i: number) => `events[${i}]: la jugada ya terminó; no se aceptan más eventos`,
  eventRefused: (i: number, detail: string) => `events[${i}] rechazado: ${detail}`,
  claimedScore: (claimed: number | null, actual: number | null) =>
    `puntuación global declarada ${claimed ?? '—'}, la reproducción da ${actual ?? '—'}`,
  claimedOutcome: (claimed: string | null, actual: string | null) =>
    `resultado declarado ${claimed ?? '—'}, la reproducción da ${actual ?? '—'}`,
  replayDisagrees: 'el resultado guardado no coincide con su reproducción (¿fue alterado?):',
  // debrief
  debriefHeading: (title: string) => `═══ Resumen: ${title} ═══`,
  debriefOutcome: (label: string) => `Resultado: ${label}`,
  debriefIncomplete: 'Resultado: sin final (jugada incompleta)',
  debriefOverall: (score: string) => `Puntuación global: ${score}`,
  debriefIdentification: (
    score: string,
    found: readonly string[],
    missed: readonly string[],
    falseNotes: readonly string[],
  ) =>
    `Identificación: ${score} (anotados y presentes: ${list(found)}; omitidos: ${list(missed)}; anotados sin estar presentes: ${list(falseNotes)})`,
  debriefCompetencies: (text: string) => `Competencias: ${text}`,
  debriefReferrals: (text: string) => `Derivaciones: ${text}`,
  debriefHarmful: (text: string) => `Elecciones dañinas: ${text}`,
  debriefDecisions: 'Decisiones:',
  debriefBest: (text: string, quality: string) => `Mejor opción (${quality}): ${text}`,
  journeySummary: (id: string, outcome: string, score: string) =>
    `Recorrido ${id}: resultado ${outcome}, puntuación media ${score}`,
  // new-pack
  badLanguageList: (value: string) =>
    `--lang «${value}»: idiomas distintos separados por comas, p. ej. es,en`,
  badPackId: (id: string) =>
    `id de paquete «${id}» no válido: minúsculas, cifras y guiones (kebab-case), como máximo 64 caracteres; use --id`,
  badPackageName: (name: string) => `«${name}» no es un nombre de paquete npm válido`,
  directoryNotEmpty: (dir: string) => `«${dir}» no está vacío; elija un directorio nuevo o vacío`,
  packScaffolded: (id: string, dir: string, files: readonly string[]) =>
    `Paquete ${id} creado en ${dir}: ${files.join(', ')}\nSiguiente: npx --no-install ruta validate ${dir} && npx --no-install ruta analyze ${dir} && npx --no-install ruta play ${dir} --scenario farm-inspection`,
  // keygen
  outIsDirectory: (out: string) =>
    `--out «${out}» es un directorio; dé un prefijo de archivo, p. ej. ${out.replace(/\/$/, '')}/emisor`,
  wouldOverwrite: (file: string) => `«${file}» ya existe; no se sobrescribe sin --force`,
  keysWritten: (alg: string, kid: string, privateFile: string, publicFile: string) =>
    `Claves ${alg} creadas (id ${kid}):\n  ${privateFile}  privada: guárdela en secreto (modo 600)\n  ${publicFile}  pública: entréguela a quien verifique`,
  // certify
  invalidDocument: (name: string, issues: number) =>
    `«${name}» no es válido (${issues} ${issues === 1 ? 'problema' : 'problemas'}):`,
  unknownField: 'campo desconocido',
  issuerShape: 'se espera un objeto {"id", "name", "url"?}',
  issuerId: 'debe ser una URL https:// o un DID (did:…) del emisor',
  issuerName: 'debe ser el nombre del emisor',
  issuerUrl: 'debe ser una URL http(s)',
  notPrivateKey: (name: string) => `«${name}» no es una clave privada JWK Ed25519 o RSA (¿la clave pública?)`,
  cannotSign: (name: string, detail: string) => `no se puede firmar con la clave «${name}»: ${detail}`,
  badDate: (option: string, value: string) => `${option} «${value}» no es una fecha válida (AAAA-MM-DD)`,
  packsNeeded:
    'no se encontraron los paquetes de Ruta para reproducir los resultados; indíquelos con --packs <dir|pack.json>…',
  cannotEvaluate: 'no se puede evaluar:',
  evaluationHeading: (person: string, scheme: string, version: string, asOf: string) =>
    `Evaluación de ${person} según ${scheme} ${version}, al ${asOf}`,
  resultsSummary: (verified: number, refused: number) =>
    `Resultados de escenarios: ${verified} verificados por reproducción, ${refused} rechazados`,
  eligible: 'obtenido',
  notEligible: 'no obtenido',
  missingLabel: 'Falta',
  credentialWritten: (kind: string, file: string) => `Certificado ${kind} firmado: ${file}`,
  nothingIssued: 'No se emitió ningún certificado.',
  cannotIssue: 'no se pudieron emitir algunos certificados:',
  // verify
  notPublicKey: (name: string) => `«${name}» no es una clave JWK (ni un conjunto {"keys": […]})`,
  credentialInvalid: (message: string, reason: string) => `certificado NO válido (${reason}): ${message}`,
  credentialValid: 'Certificado válido',
  holderLabel: 'Titular',
  holderHashed: '(identificador cifrado; compárelo con el expediente)',
  achievementLabel: 'Logro',
  issuerLabel: 'Emisor',
  validityLabel: 'Vigencia',
  noExpiry: 'sin vencimiento',
  credentialIdLabel: 'Id',
  signatureLabel: 'Firma',
  // xapi
  badActor: (value: string) =>
    `--actor «${value}» debe ser «homePage|nombre de cuenta», p. ej. https://lms.ejemplo.org|ana.perez`,
  badUuid: (option: string, value: string) => `${option} «${value}» no es un UUID`,
  notResults: (name: string) => `«${name}» no contiene resultados de jugadas (el JSON de «ruta play --json»)`,
  notAResult: (i: number) =>
    `resultado ${i}: no es un resultado de jugada (faltan packId, scenarioId, events, path o scores)`,
  resultOfOtherPack: (i: number, got: string, expected: string) =>
    `resultado ${i}: es de ${got}, no del paquete ${expected}`,
  resultNotReplayable: (i: number, detail: string) => `resultado ${i}: su reproducción falla: ${detail}`,
  registrationShared:
    'con --registration, un mismo escenario solo puede aparecer una vez (los ids de las sentencias coincidirían)',
  help: {
    validate: {
      usage: 'ruta validate <pack.json | directorio del paquete> [--json]',
      summary: 'Valida un paquete de escenarios ruta.pack/1.',
      details:
        'Lee el JSON (errores de sintaxis con línea:columna, claves repetidas), comprueba cada campo y cada regla del formato y hace las comprobaciones estáticas (cada nodo alcanzable, ningún paso sin salida, un final «protected» alcanzable): válido quiere decir las dos cosas.\nUn directorio: su pack.json, o el exports["./pack.json"] de su package.json.\n  --json  informe para herramientas: {"ok", "file", "pack"} o {"ok", "file", "issues"}\nSalida: 0 válido (una línea de resumen); 1 no válido (cada problema como «ruta: mensaje»); 2 error de uso.',
    },
    analyze: {
      usage: 'ruta analyze <paquete> [--scenario id] [--json] [--max-states n]',
      summary: 'Análisis estático: nodos, caminos, puntuaciones, finales alcanzables, bloqueos.',
      details:
        'Comprueba que cada nodo es alcanzable, que ningún paso deja sin opciones, que no hay bucles sin salida y que un final «protected» es alcanzable; da el camino más corto y el más largo, la mejor y la peor puntuación y los finales alcanzables.\n  --scenario id   solo ese escenario\n  --json          el informe completo del motor\n  --max-states n  estados explorados como máximo por escenario (200000 por defecto)\nSalida: 0 pasa; 1 una comprobación falla o el paquete no es válido; 2 error de uso.',
    },
    play: {
      usage:
        'ruta play <paquete> --scenario <id> [--lang es|en|fr] [--events <archivo|->|--choices a,b,c] [--json]',
      summary: 'Juega un escenario (o un recorrido) en la terminal, o reproduce una jugada registrada.',
      details:
        'Interactivo: texto del nodo y opciones numeradas; n anota un indicador (catálogo y paquete), u quita una nota, t deja pasar el tiempo, q sale; al final, el resumen: resultado, puntuaciones y cada decisión con su retroalimentación y la mejor opción.\n  --journey id           juega un recorrido (varios escenarios como un caso)\n  --events archivo|-     eventos JSON ([{"type":"CHOOSE","choiceId":"…"}, …] o un resultado con "events")\n  --choices a,b,c        los ids de las elecciones, en orden\n  --json                 imprime el resultado JSON\n  --untimed              el tiempo solo se acaba con t\nSalida: 0 jugada completa o reproducida; 1 un evento rechazado (p. ej. una elección no ofrecida) o jugada interrumpida o incompleta (los eventos terminan antes de un final); 2 error de uso.',
    },
    'new-pack': {
      usage: 'ruta new-pack <directorio> --country XX --lang es,en [--id nombre] [--name paquete-npm]',
      summary: 'Crea un paquete de escenarios con un escenario de ejemplo completo.',
      details:
        'Escribe package.json, pack.json (un escenario de 6 nodos que valida y pasa el análisis), src/index.ts, test/pack.test.ts, tsconfig, tsup, vitest y un README para autores.\n  --country XX  país miembro de la CRM (BZ CA CR DO SV GT HN MX NI PA US) o RCM\n  --lang es,en  idiomas del paquete, el primero por defecto (también el de los mensajes)\n  --id nombre   id del paquete (por defecto, el nombre del directorio)\n  --name npm    nombre del paquete npm (por defecto @ruta/pack-<id>)\nSalida: 0 creado; 1 directorio no vacío o no escribible; 2 error de uso.',
    },
    schema: {
      usage: 'ruta schema [pack|record|scheme]',
      summary:
        'Imprime el JSON Schema de un paquete ruta.pack/1, de un expediente o de un esquema de certificación.',
      details:
        '  pack    un paquete de escenarios ruta.pack/1 (por defecto)\n  record  el expediente de una persona, lo que lee «ruta certify --record»\n  scheme  un esquema de certificación, lo que lee «ruta certify --scheme»\nEjemplo: npx --no-install ruta schema record > record.schema.json\nSalida: 0; 2 error de uso.',
    },
    keygen: {
      usage: 'ruta keygen [--alg EdDSA|RS256] --out <prefijo> [--force]',
      summary: 'Crea el par de claves de un emisor de certificados.',
      details:
        'Escribe <prefijo>.private.jwk (modo 600: guárdela en secreto) y <prefijo>.public.jwk (para quienes verifican).\n  --alg EdDSA|RS256  algoritmo (EdDSA por defecto)\n  --force            sobrescribe archivos existentes\nSalida: 0 creadas; 1 los archivos ya existen; 2 error de uso.',
    },
    certify: {
      usage:
        'ruta certify --scheme <archivo|regional> --record <expediente.json> --key <privada.jwk> --issuer <perfil.json> [--packs <dir|pack.json>...] [--out dir] [--as-of fecha] [--json]',
      summary: 'Evalúa un expediente y emite los certificados (Open Badges 3.0) a los que da derecho.',
      details:
        'Verifica cada resultado reproduciendo sus eventos con los paquetes, explica cada criterio (cumplido o no, y qué falta) y escribe un JWT por cada tipo de certificado obtenido.\n  --scheme      esquema de certificación (JSON) o «regional»\n  --packs       paquetes para reproducir los resultados (por defecto, los del repositorio si se encuentran)\n  --out dir     dónde escribir los .jwt (por defecto, el directorio actual)\n  --as-of fecha fecha de la decisión AAAA-MM-DD (por defecto, hoy)\nSalida: 0 al menos un certificado emitido; 1 ninguno o datos no válidos; 2 error de uso.',
    },
    verify: {
      usage:
        'ruta verify <credencial.jwt> --trust <publica.jwk...> [--issuer id] [--revocations <archivo>] [--clock-tolerance s] [--json]',
      summary: 'Verifica un certificado sin conexión: firma, emisor, revocación y vigencia.',
      details:
        '  --trust        claves públicas de emisores de confianza (una o varias; nunca la privada)\n  --issuer id    vincula esas claves al emisor: sin ello se avisa que el nombre del emisor no se comprobó\n  --clock-tolerance s  margen de reloj en segundos (0 a 86400)\n  --revocations  lista de revocación (JSON o JWS firmado)\n  --at fecha     momento de la verificación (por defecto, ahora)\n  --json         el resultado para herramientas\nSalida: 0 válido (titular, logro, emisor, vigencia); 1 no válido, con el motivo; 2 error de uso.',
    },
    xapi: {
      usage: 'ruta xapi <resultados.json> --actor <homePage|nombre o cuenta> [--registration uuid]',
      summary: 'Convierte resultados de jugadas en sentencias xAPI para importarlas en un LRS.',
      details:
        '  --actor         cuenta del actor: «https://lms.ejemplo.org|ana.perez» (homePage|nombre)\n  --registration  UUID de la inscripción\nSalida: 0 sentencias impresas; 1 resultados no válidos; 2 error de uso.',
    },
  } satisfies Record<string, CommandHelp>,
};

export type Messages = typeof es;

const en: Messages = {
  usageWord: 'Usage',
  globalUsage: 'Usage: ruta <command> [arguments] [--lang es|en|fr]',
  commandsHeading: 'Commands:',
  globalOptionsHelp:
    'Options of every command:\n  --lang es|en|fr  language of the messages (default: LC_ALL, LC_MESSAGES or LANG; else Spanish)\n  --help, -h       explains the command',
  exitCodesHelp:
    'Exit codes: 0 done; 1 a check failed (invalid pack, choice not offered, invalid credential); 2 usage error (unknown command or option, missing file).\nMore: ruta <command> --help',
  noCommand: 'no command given; "ruta --help" lists them',
  unknownCommand: (name) => `unknown command "${name}"; "ruta --help" lists the commands`,
  unknownOption: (name) => `unknown option "${name}"; "ruta <command> --help" lists the options`,
  optionNeedsValue: (name) => `option ${name} needs a value`,
  optionTakesNoValue: (name) => `option ${name} takes no value`,
  badCommandLine: (detail) => `invalid command line: ${detail}`,
  unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
  missingArgument: (name) => `missing argument ${name}`,
  missingOption: (name) => `missing option ${name}`,
  exclusiveOptions: (a, b) => `use ${a} or ${b}, not both`,
  badChoice: (option, value, allowed) =>
    `${option} "${value}" is not valid; possible values: ${list(allowed)}`,
  badLanguage: (value) => `--lang "${value}" is not valid; languages: es, en, fr`,
  badPositiveInteger: (option, value) => `${option} "${value}" must be a positive whole number`,
  unexpectedError: (detail) => `unexpected error (${detail}); please tell the Ruta maintainers`,
  argPack: '<pack>',
  argDirectory: '<directory>',
  argCredential: '<credential.jwt>',
  argResults: '<results.json>',
  fileNotFound: (name) => `no such file "${name}"`,
  isDirectory: (name) => `"${name}" is a directory, not a file`,
  notADirectory: (name) => `"${name}" exists and is not a directory`,
  noSuchDirectory: (name) => `no such directory "${name}"`,
  cannotRead: (name, code) => `cannot read "${name}" (${code})`,
  symlinkLoop: (name) => `"${name}" is a loop of symbolic links (it leads to no file)`,
  permissionDenied: (name) => `cannot read "${name}": permission denied`,
  directoryUnreadable: (name) => `cannot read the directory "${name}": permission denied`,
  notRegularFile: (name, kind) => `"${name}" is not a regular file (it is ${kind}); give a file`,
  fileKinds: {
    'character-device': 'a character device',
    'block-device': 'a block device',
    fifo: 'a named pipe',
    socket: 'a socket',
    other: 'a special file',
  },
  cannotWrite: (name, code) => `cannot write "${name}" (${code})`,
  fileTooLarge: (name, size, max) => `"${name}" is too large (${mb(size)} MB; at most ${mb(max)} MB)`,
  notText: (name) => `"${name}" is not a UTF-8 text file (a binary file?)`,
  notJson: (name, place) => `"${name}" is not valid JSON (${place})`,
  noPackInDirectory: (dir) => `no pack.json in "${dir}" (nor exports["./pack.json"] in its package.json)`,
  packValid: (id, version, scenarios, langs) =>
    `pack ${id} ${version} is valid: ${scenarios} ${scenarios === 1 ? 'scenario' : 'scenarios'}, languages ${langs.join(', ')}`,
  packInvalid: (name, issues) =>
    `"${name}" is not a valid pack (${issues} ${issues === 1 ? 'issue' : 'issues'}):`,
  unknownScenario: (pack, id, ids) => `pack ${pack} has no scenario "${id}" (its scenarios: ${list(ids)})`,
  unknownJourney: (pack, id, ids) => `pack ${pack} has no journey "${id}" (its journeys: ${list(ids)})`,
  analysisTitle: (id, version) => `Analysis of pack ${id} ${version}`,
  scenarioHeading: (id) => `Scenario ${id}`,
  colNodes: 'nodes',
  nodeCounts: (nodes, steps, endings) => `${nodes} (${steps} steps, ${endings} endings)`,
  colShortest: 'shortest path',
  colLongest: 'longest path',
  moves: (n) => `${n} ${n === 1 ? 'move' : 'moves'}`,
  unbounded: (moves) => `unbounded: a trainee can loop (${moves})`,
  colBest: 'best score',
  colWorst: 'worst score',
  colReachableEndings: 'reachable endings',
  colUnreachableEndings: 'unreachable endings',
  colErrors: 'errors',
  colExploration: 'exploration',
  colPaths: 'paths',
  exhaustive: (states, transitions) => `exhaustive (${states} states, ${transitions} transitions)`,
  boundHit: (limit, states, transitions) =>
    `NOT exhaustive: bound ${limit} hit after ${states} states and ${transitions} transitions`,
  pathsNotExact: 'path figures not exact: a bound stopped them (missing ones are not guessed)',
  warningsHeading: (n) => `Warnings (${n}):`,
  journeysNotExhaustive: (ids) => `Journeys not fully explored: ${list(ids)}`,
  analysisPassed: (n) =>
    `Passed: ${n === 1 ? 'the scenario passes' : `all ${n} scenarios pass`} the static checks.`,
  analysisFailed: (n) => `Failed: ${n} static-check ${n === 1 ? 'error' : 'errors'}.`,
  outcome: { protected: 'protected', partial: 'partial', harmed: 'harmed' },
  quality: { best: 'best', good: 'good', poor: 'poor', harmful: 'harmful' },
  timeoutNotice: (seconds) => `(time: ${seconds} s; if you do not choose, the story moves on without you)`,
  playKeys: (timeout) =>
    `  number = choose · n = note an indicator · u = remove a note${timeout ? ' · t = let the time run out' : ''} · q = quit`,
  timeRanOut: '⏱ Time ran out.',
  textFallback: (shown, wanted) =>
    `This pack has no texts in ${languageNames.en[wanted]}: they are shown in ${languageNames.en[shown]}.`,
  textFallbackMark: (shown) => `[in ${languageNames.en[shown]}]`,
  noTimeoutHere: 'This step has no time limit.',
  notAnOption: (answer, n) => `"${answer}" is not an option: type a number from 1 to ${n}, n, u or q`,
  whichToNote: 'Number or id of the indicator to note (Enter to cancel):',
  whichToUnnote: 'Number or id of the note to remove (Enter to cancel):',
  noSuchIndicator: (answer) => `no such indicator: "${answer}"`,
  noted: (id) => `Noted: ${id}`,
  unnoted: (id) => `Note removed: ${id}`,
  notebookEmpty: 'The notebook is empty.',
  nextJourneyStep: (id) => `Next stage of the journey: ${id}`,
  playStopped: 'Play stopped before an ending.',
  scriptUnfinished: (scenario, node) =>
    `the events end before an ending (scenario "${scenario}", node "${node}"): the play is unfinished`,
  eventsNotAList: (name) =>
    `"${name}" must hold a JSON list of events (or an object with "events"), e.g. [{"type":"CHOOSE","choiceId":"…"}]`,
  invalidEvent: (i) =>
    `events[${i}] is not an event: expected {"type":"CHOOSE","choiceId"}, {"type":"NOTE"|"UNNOTE","indicatorId"} or {"type":"TIMEOUT"}`,
  choiceNotOffered: (i, choice, node, offered) =>
    `events[${i}]: choice "${choice}" is not offered at node "${node}" (offered: ${list(offered)})`,
  unknownIndicator: (i, id) =>
    `events[${i}]: unknown indicator "${id}" (neither in the catalogue nor in the pack)`,
  noTimeout: (i, node) => `events[${i}]: node "${node}" has no time limit`,
  playOver: (i) => `events[${i}]: the play is over; no more events are accepted`,
  eventRefused: (i, detail) => `events[${i}] refused: ${detail}`,
  claimedScore: (claimed, actual) =>
    `claimed overall score ${claimed ?? '—'}, the replay gives ${actual ?? '—'}`,
  claimedOutcome: (claimed, actual) => `claimed outcome ${claimed ?? '—'}, the replay gives ${actual ?? '—'}`,
  replayDisagrees: 'the saved result does not match its replay (was it altered?):',
  debriefHeading: (title) => `═══ Debrief: ${title} ═══`,
  debriefOutcome: (label) => `Outcome: ${label}`,
  debriefIncomplete: 'Outcome: no ending (play not finished)',
  debriefOverall: (score) => `Overall score: ${score}`,
  debriefIdentification: (score, found, missed, falseNotes) =>
    `Identification: ${score} (noted and present: ${list(found)}; missed: ${list(missed)}; noted but not present: ${list(falseNotes)})`,
  debriefCompetencies: (text) => `Competencies: ${text}`,
  debriefReferrals: (text) => `Referrals: ${text}`,
  debriefHarmful: (text) => `Harmful choices: ${text}`,
  debriefDecisions: 'Decisions:',
  debriefBest: (text, quality) => `Best choice (${quality}): ${text}`,
  journeySummary: (id, outcome, score) => `Journey ${id}: outcome ${outcome}, mean score ${score}`,
  badLanguageList: (value) => `--lang "${value}": distinct languages separated by commas, e.g. es,en`,
  badPackId: (id) =>
    `invalid pack id "${id}": lower-case letters, digits and hyphens (kebab-case), at most 64 characters; use --id`,
  badPackageName: (name) => `"${name}" is not a valid npm package name`,
  directoryNotEmpty: (dir) => `"${dir}" is not empty; choose a new or empty directory`,
  packScaffolded: (id, dir, files) =>
    `Pack ${id} created in ${dir}: ${files.join(', ')}\nNext: npx --no-install ruta validate ${dir} && npx --no-install ruta analyze ${dir} && npx --no-install ruta play ${dir} --scenario farm-inspection`,
  outIsDirectory: (out) =>
    `--out "${out}" is a directory; give a file prefix, e.g. ${out.replace(/\/$/, '')}/issuer`,
  wouldOverwrite: (file) => `"${file}" already exists; not overwriting it without --force`,
  keysWritten: (alg, kid, privateFile, publicFile) =>
    `${alg} keys created (id ${kid}):\n  ${privateFile}  private: keep it secret (mode 600)\n  ${publicFile}  public: give it to verifiers`,
  invalidDocument: (name, issues) =>
    `"${name}" is not valid (${issues} ${issues === 1 ? 'issue' : 'issues'}):`,
  unknownField: 'unknown field',
  issuerShape: 'expected an object {"id", "name", "url"?}',
  issuerId: 'must be the issuer’s https:// URL or DID (did:…)',
  issuerName: 'must be the issuer’s name',
  issuerUrl: 'must be an http(s) URL',
  notPrivateKey: (name) => `"${name}" is not an Ed25519 or RSA private JWK (the public key?)`,
  cannotSign: (name, detail) => `cannot sign with the key "${name}": ${detail}`,
  badDate: (option, value) => `${option} "${value}" is not a valid date (YYYY-MM-DD)`,
  packsNeeded:
    'the Ruta packs to replay the results against were not found; give them with --packs <dir|pack.json>…',
  cannotEvaluate: 'cannot evaluate:',
  evaluationHeading: (person, scheme, version, asOf) =>
    `Evaluation of ${person} under ${scheme} ${version}, as of ${asOf}`,
  resultsSummary: (verified, refused) =>
    `Scenario results: ${verified} verified by replay, ${refused} refused`,
  eligible: 'earned',
  notEligible: 'not earned',
  missingLabel: 'Missing',
  credentialWritten: (kind, file) => `${kind} certificate signed: ${file}`,
  nothingIssued: 'No certificate was issued.',
  cannotIssue: 'some certificates could not be issued:',
  notPublicKey: (name) => `"${name}" is not a JWK (nor a set {"keys": […]})`,
  credentialInvalid: (message, reason) => `certificate NOT valid (${reason}): ${message}`,
  credentialValid: 'Valid certificate',
  holderLabel: 'Holder',
  holderHashed: '(hashed identifier; compare it with the record)',
  achievementLabel: 'Achievement',
  issuerLabel: 'Issuer',
  validityLabel: 'Validity',
  noExpiry: 'no expiry',
  credentialIdLabel: 'Id',
  signatureLabel: 'Signature',
  badActor: (value) =>
    `--actor "${value}" must be "homePage|account name", e.g. https://lms.example.org|ana.perez`,
  badUuid: (option, value) => `${option} "${value}" is not a UUID`,
  notResults: (name) => `"${name}" holds no play results (the JSON of "ruta play --json")`,
  notAResult: (i) => `result ${i}: not a play result (packId, scenarioId, events, path or scores missing)`,
  resultOfOtherPack: (i, got, expected) => `result ${i}: it is of ${got}, not of the pack ${expected}`,
  resultNotReplayable: (i, detail) => `result ${i}: its replay fails: ${detail}`,
  registrationShared:
    'with --registration, a scenario may appear only once (the statement ids would collide)',
  help: {
    validate: {
      usage: 'ruta validate <pack.json | pack directory> [--json]',
      summary: 'Validates a ruta.pack/1 scenario pack.',
      details:
        'Reads the JSON (syntax errors with line:column, repeated keys), checks every field and every rule of the format, and runs the static checks (every node reachable, no step that leaves the trainee stuck, a reachable "protected" ending): valid means both.\nA directory: its pack.json, or its package.json exports["./pack.json"].\n  --json  a report for tools: {"ok", "file", "pack"} or {"ok", "file", "issues"}\nExit: 0 valid (a one-line summary); 1 invalid (every issue as "path: message"); 2 usage error.',
    },
    analyze: {
      usage: 'ruta analyze <pack> [--scenario id] [--json] [--max-states n]',
      summary: 'Static analysis: nodes, paths, scores, reachable endings, soft-locks.',
      details:
        'Checks that every node can be reached, that no step leaves the trainee without a choice, that no loop has no way out and that a "protected" ending can be reached; gives the shortest and longest path, the best and worst score and the reachable endings.\n  --scenario id   only that scenario\n  --json          the engine\'s full report\n  --max-states n  most states explored per scenario (default 200000)\nExit: 0 passes; 1 a check fails or the pack is invalid; 2 usage error.',
    },
    play: {
      usage:
        'ruta play <pack> --scenario <id> [--lang es|en|fr] [--events <file|->|--choices a,b,c] [--json]',
      summary: 'Plays a scenario (or a journey) in the terminal, or replays a recorded play.',
      details:
        'Interactive: the node text and numbered choices; n notes an indicator (catalogue and pack), u removes a note, t lets the time run out, q quits; at the end, the debrief: outcome, scores and each decision with its feedback and the best choice.\n  --journey id           plays a journey (several scenarios as one case)\n  --events file|-        JSON events ([{"type":"CHOOSE","choiceId":"…"}, …] or a result with "events")\n  --choices a,b,c        the choice ids, in order\n  --json                 prints the result JSON\n  --untimed              time runs out only with t\nExit: 0 play finished or replayed; 1 an event refused (e.g. a choice not offered) or the play stopped or unfinished (the events end before an ending); 2 usage error.',
    },
    'new-pack': {
      usage: 'ruta new-pack <directory> --country XX --lang es,en [--id name] [--name npm-package]',
      summary: 'Creates a scenario pack package with one complete sample scenario.',
      details:
        "Writes package.json, pack.json (a 6-node scenario that validates and passes the analysis), src/index.ts, test/pack.test.ts, tsconfig, tsup, vitest and a README for authors.\n  --country XX  RCM member country (BZ CA CR DO SV GT HN MX NI PA US) or RCM\n  --lang es,en  the pack's languages, the first one its default (also the messages' language)\n  --id name     the pack id (default: the directory name)\n  --name npm    the npm package name (default @ruta/pack-<id>)\nExit: 0 created; 1 directory not empty or not writable; 2 usage error.",
    },
    schema: {
      usage: 'ruta schema [pack|record|scheme]',
      summary: 'Prints the JSON Schema of a ruta.pack/1 pack, a trainee record or a certification scheme.',
      details:
        '  pack    a ruta.pack/1 scenario pack (the default)\n  record  a trainee record, what "ruta certify --record" reads\n  scheme  a certification scheme, what "ruta certify --scheme" reads\nExample: npx --no-install ruta schema record > record.schema.json\nExit: 0; 2 usage error.',
    },
    keygen: {
      usage: 'ruta keygen [--alg EdDSA|RS256] --out <prefix> [--force]',
      summary: 'Creates the key pair of a certificate issuer.',
      details:
        'Writes <prefix>.private.jwk (mode 600: keep it secret) and <prefix>.public.jwk (for verifiers).\n  --alg EdDSA|RS256  the algorithm (default EdDSA)\n  --force            overwrites existing files\nExit: 0 created; 1 the files already exist; 2 usage error.',
    },
    certify: {
      usage:
        'ruta certify --scheme <file|regional> --record <record.json> --key <private.jwk> --issuer <profile.json> [--packs <dir|pack.json>...] [--out dir] [--as-of date] [--json]',
      summary: 'Evaluates a trainee record and issues the certificates (Open Badges 3.0) it earns.',
      details:
        'Verifies each result by replaying its events against the packs, explains each criterion (met or not, and what is missing) and writes one JWT per certificate kind earned.\n  --scheme      the certification scheme (JSON) or "regional"\n  --packs       packs to replay the results against (default: this repository\'s, if found)\n  --out dir     where to write the .jwt files (default: the current directory)\n  --as-of date  the decision date YYYY-MM-DD (default: today)\nExit: 0 at least one certificate issued; 1 none, or invalid data; 2 usage error.',
    },
    verify: {
      usage:
        'ruta verify <credential.jwt> --trust <public.jwk...> [--issuer id] [--revocations <file>] [--clock-tolerance s] [--json]',
      summary: 'Verifies a certificate offline: signature, issuer, revocation and validity.',
      details:
        '  --trust        public keys of trusted issuers (one or more; never the private key)\n  --issuer id    binds those keys to the issuer: without it, the output says the issuer name was not checked\n  --clock-tolerance s  clock leeway in seconds (0 to 86400)\n  --revocations  a revocation list (JSON or signed JWS)\n  --at date      the moment of verification (default: now)\n  --json         the result for tools\nExit: 0 valid (holder, achievement, issuer, validity); 1 invalid, with the reason; 2 usage error.',
    },
    xapi: {
      usage: 'ruta xapi <results.json> --actor <homePage|name or account> [--registration uuid]',
      summary: 'Turns play results into xAPI statements for an LRS import.',
      details:
        '  --actor         the actor\'s account: "https://lms.example.org|ana.perez" (homePage|name)\n  --registration  the registration UUID\nExit: 0 statements printed; 1 invalid results; 2 usage error.',
    },
  },
};

const fr: Messages = {
  usageWord: 'Utilisation',
  globalUsage: 'Utilisation : ruta <commande> [arguments] [--lang es|en|fr]',
  commandsHeading: 'Commandes :',
  globalOptionsHelp:
    'Options de toutes les commandes :\n  --lang es|en|fr  langue des messages (par défaut : LC_ALL, LC_MESSAGES ou LANG ; sinon l’espagnol)\n  --help, -h       explique la commande',
  exitCodesHelp:
    'Codes de sortie : 0 réussi ; 1 une vérification a échoué (paquet non valide, choix non proposé, attestation non valide) ; 2 erreur d’utilisation (commande ou option inconnue, fichier absent).\nPlus : ruta <commande> --help',
  noCommand: 'aucune commande ; « ruta --help » les énumère',
  unknownCommand: (name) => `commande inconnue « ${name} » ; « ruta --help » énumère les commandes`,
  unknownOption: (name) => `option inconnue « ${name} » ; « ruta <commande> --help » énumère les options`,
  optionNeedsValue: (name) => `l’option ${name} attend une valeur`,
  optionTakesNoValue: (name) => `l’option ${name} ne prend pas de valeur`,
  badCommandLine: (detail) => `ligne de commande non valide : ${detail}`,
  unexpectedArgument: (arg) => `argument en trop : « ${arg} »`,
  missingArgument: (name) => `argument ${name} manquant`,
  missingOption: (name) => `option ${name} manquante`,
  exclusiveOptions: (a, b) => `utilisez ${a} ou ${b}, pas les deux`,
  badChoice: (option, value, allowed) =>
    `${option} « ${value} » n’est pas valide ; valeurs possibles : ${list(allowed)}`,
  badLanguage: (value) => `--lang « ${value} » n’est pas valide ; langues : es, en, fr`,
  badPositiveInteger: (option, value) => `${option} « ${value} » doit être un entier positif`,
  unexpectedError: (detail) => `erreur inattendue (${detail}) ; merci de prévenir les mainteneurs de Ruta`,
  argPack: '<paquet>',
  argDirectory: '<répertoire>',
  argCredential: '<attestation.jwt>',
  argResults: '<résultats.json>',
  fileNotFound: (name) => `le fichier « ${name} » n’existe pas`,
  isDirectory: (name) => `« ${name} » est un répertoire, pas un fichier`,
  notADirectory: (name) => `« ${name} » existe et n’est pas un répertoire`,
  noSuchDirectory: (name) => `le répertoire « ${name} » n’existe pas`,
  cannotRead: (name, code) => `impossible de lire « ${name} » (${code})`,
  symlinkLoop: (name) => `« ${name} » est une boucle de liens symboliques (elle ne mène à aucun fichier)`,
  permissionDenied: (name) => `impossible de lire « ${name} » : permission refusée`,
  directoryUnreadable: (name) => `impossible de lire le répertoire « ${name} » : permission refusée`,
  notRegularFile: (name, kind) =>
    `« ${name} » n’est pas un fichier ordinaire (c’est ${kind}) ; donnez un fichier`,
  fileKinds: {
    'character-device': 'un périphérique caractère',
    'block-device': 'un périphérique bloc',
    fifo: 'un tube nommé',
    socket: 'une socket',
    other: 'un fichier spécial',
  },
  cannotWrite: (name, code) => `impossible d’écrire « ${name} » (${code})`,
  fileTooLarge: (name, size, max) =>
    `« ${name} » est trop volumineux (${mb(size)} Mo ; au plus ${mb(max)} Mo)`,
  notText: (name) => `« ${name} » n’est pas un fichier texte UTF-8 (un fichier binaire ?)`,
  notJson: (name, place) => `« ${name} » n’est pas du JSON valide (${place})`,
  noPackInDirectory: (dir) =>
    `pas de pack.json dans « ${dir} » (ni d’exports["./pack.json"] dans son package.json)`,
  packValid: (id, version, scenarios, langs) =>
    `paquet ${id} ${version} valide : ${scenarios} ${scenarios === 1 ? 'scénario' : 'scénarios'}, langues ${langs.join(', ')}`,
  packInvalid: (name, issues) =>
    `« ${name} » n’est pas un paquet valide (${issues} ${issues === 1 ? 'problème' : 'problèmes'}) :`,
  unknownScenario: (pack, id, ids) =>
    `le paquet ${pack} n’a pas de scénario « ${id} » (ses scénarios : ${list(ids)})`,
  unknownJourney: (pack, id, ids) =>
    `le paquet ${pack} n’a pas de parcours « ${id} » (ses parcours : ${list(ids)})`,
  analysisTitle: (id, version) => `Analyse du paquet ${id} ${version}`,
  scenarioHeading: (id) => `Scénario ${id}`,
  colNodes: 'nœuds',
  nodeCounts: (nodes, steps, endings) => `${nodes} (${steps} étapes, ${endings} fins)`,
  colShortest: 'chemin le plus court',
  colLongest: 'chemin le plus long',
  moves: (n) => `${n} ${n === 1 ? 'coup' : 'coups'}`,
  unbounded: (moves) => `illimité : on peut tourner en boucle (${moves})`,
  colBest: 'meilleur score',
  colWorst: 'pire score',
  colReachableEndings: 'fins atteignables',
  colUnreachableEndings: 'fins inatteignables',
  colErrors: 'erreurs',
  colExploration: 'exploration',
  colPaths: 'chemins',
  exhaustive: (states, transitions) => `exhaustive (${states} états, ${transitions} transitions)`,
  boundHit: (limit, states, transitions) =>
    `NON exhaustive : limite ${limit} atteinte après ${states} états et ${transitions} transitions`,
  pathsNotExact:
    'chiffres des chemins non exacts : une limite les a arrêtés (ceux qui manquent ne sont pas devinés)',
  warningsHeading: (n) => `Avertissements (${n}) :`,
  journeysNotExhaustive: (ids) => `Parcours non explorés entièrement : ${list(ids)}`,
  analysisPassed: (n) =>
    `Réussi : ${n === 1 ? 'le scénario passe' : `les ${n} scénarios passent`} les vérifications statiques.`,
  analysisFailed: (n) => `Échec : ${n} ${n === 1 ? 'erreur' : 'erreurs'} de vérification statique.`,
  outcome: { protected: 'protégée', partial: 'partielle', harmed: 'lésée' },
  quality: { best: 'optimale', good: 'bonne', poor: 'insuffisante', harmful: 'préjudiciable' },
  timeoutNotice: (seconds) =>
    `(temps : ${seconds} s ; sans choix de votre part, l’histoire continue sans vous)`,
  playKeys: (timeout) =>
    `  numéro = choisir · n = noter un indicateur · u = retirer une note${timeout ? ' · t = laisser passer le temps' : ''} · q = quitter`,
  timeRanOut: '⏱ Le temps est écoulé.',
  textFallback: (shown, wanted) =>
    `Ce paquet n’a pas ses textes en ${languageNames.fr[wanted]} : ils sont affichés en ${languageNames.fr[shown]}.`,
  textFallbackMark: (shown) => `[en ${languageNames.fr[shown]}]`,
  noTimeoutHere: 'Cette étape n’a pas de limite de temps.',
  notAnOption: (answer, n) => `« ${answer} » n’est pas une option : tapez un numéro de 1 à ${n}, n, u ou q`,
  whichToNote: 'Numéro ou id de l’indicateur à noter (Entrée pour annuler) :',
  whichToUnnote: 'Numéro ou id de la note à retirer (Entrée pour annuler) :',
  noSuchIndicator: (answer) => `pas d’indicateur « ${answer} »`,
  noted: (id) => `Noté : ${id}`,
  unnoted: (id) => `Note retirée : ${id}`,
  notebookEmpty: 'Le carnet est vide.',
  nextJourneyStep: (id) => `Étape suivante du parcours : ${id}`,
  playStopped: 'Partie interrompue avant une fin.',
  scriptUnfinished: (scenario, node) =>
    `les événements s’arrêtent avant une fin (scénario « ${scenario} », nœud « ${node} ») : partie inachevée`,
  eventsNotAList: (name) =>
    `« ${name} » doit contenir une liste JSON d’événements (ou un objet avec "events"), p. ex. [{"type":"CHOOSE","choiceId":"…"}]`,
  invalidEvent: (i) =>
    `events[${i}] n’est pas un événement : attendu {"type":"CHOOSE","choiceId"}, {"type":"NOTE"|"UNNOTE","indicatorId"} ou {"type":"TIMEOUT"}`,
  choiceNotOffered: (i, choice, node, offered) =>
    `events[${i}] : le choix « ${choice} » n’est pas proposé au nœud « ${node} » (choix proposés : ${list(offered)})`,
  unknownIndicator: (i, id) => `events[${i}] : indicateur inconnu « ${id} » (ni du catalogue ni du paquet)`,
  noTimeout: (i, node) => `events[${i}] : le nœud « ${node} » n’a pas de limite de temps`,
  playOver: (i) => `events[${i}] : la partie est terminée ; plus aucun événement n’est accepté`,
  eventRefused: (i, detail) => `events[${i}] refusé : ${detail}`,
  claimedScore: (claimed, actual) =>
    `score global déclaré ${claimed ?? '—'}, le rejeu donne ${actual ?? '—'}`,
  claimedOutcome: (claimed, actual) => `issue déclarée ${claimed ?? '—'}, le rejeu donne ${actual ?? '—'}`,
  replayDisagrees: 'le résultat enregistré ne correspond pas à son rejeu (a-t-il été modifié ?) :',
  debriefHeading: (title) => `═══ Bilan : ${title} ═══`,
  debriefOutcome: (label) => `Issue : ${label}`,
  debriefIncomplete: 'Issue : aucune fin (partie inachevée)',
  debriefOverall: (score) => `Score global : ${score}`,
  debriefIdentification: (score, found, missed, falseNotes) =>
    `Identification : ${score} (notés et présents : ${list(found)} ; manqués : ${list(missed)} ; notés sans être présents : ${list(falseNotes)})`,
  debriefCompetencies: (text) => `Compétences : ${text}`,
  debriefReferrals: (text) => `Orientations : ${text}`,
  debriefHarmful: (text) => `Choix préjudiciables : ${text}`,
  debriefDecisions: 'Décisions :',
  debriefBest: (text, quality) => `Meilleur choix (${quality}) : ${text}`,
  journeySummary: (id, outcome, score) => `Parcours ${id} : issue ${outcome}, score moyen ${score}`,
  badLanguageList: (value) =>
    `--lang « ${value} » : des langues distinctes séparées par des virgules, p. ex. es,fr`,
  badPackId: (id) =>
    `id de paquet « ${id} » non valide : minuscules, chiffres et tirets (kebab-case), 64 caractères au plus ; utilisez --id`,
  badPackageName: (name) => `« ${name} » n’est pas un nom de paquet npm valide`,
  directoryNotEmpty: (dir) => `« ${dir} » n’est pas vide ; choisissez un répertoire nouveau ou vide`,
  packScaffolded: (id, dir, files) =>
    `Paquet ${id} créé dans ${dir} : ${files.join(', ')}\nEnsuite : npx --no-install ruta validate ${dir} && npx --no-install ruta analyze ${dir} && npx --no-install ruta play ${dir} --scenario farm-inspection`,
  outIsDirectory: (out) =>
    `--out « ${out} » est un répertoire ; donnez un préfixe de fichier, p. ex. ${out.replace(/\/$/, '')}/emetteur`,
  wouldOverwrite: (file) => `« ${file} » existe déjà ; il n’est pas écrasé sans --force`,
  keysWritten: (alg, kid, privateFile, publicFile) =>
    `Clés ${alg} créées (id ${kid}) :\n  ${privateFile}  privée : gardez-la secrète (mode 600)\n  ${publicFile}  publique : donnez-la aux vérificateurs`,
  invalidDocument: (name, issues) =>
    `« ${name} » n’est pas valide (${issues} ${issues === 1 ? 'problème' : 'problèmes'}) :`,
  unknownField: 'champ inconnu',
  issuerShape: 'un objet {"id", "name", "url"?} est attendu',
  issuerId: 'doit être l’URL https:// ou le DID (did:…) de l’émetteur',
  issuerName: 'doit être le nom de l’émetteur',
  issuerUrl: 'doit être une URL http(s)',
  notPrivateKey: (name) => `« ${name} » n’est pas une clé privée JWK Ed25519 ou RSA (la clé publique ?)`,
  cannotSign: (name, detail) => `impossible de signer avec la clé « ${name} » : ${detail}`,
  badDate: (option, value) => `${option} « ${value} » n’est pas une date valide (AAAA-MM-JJ)`,
  packsNeeded:
    'les paquets Ruta pour rejouer les résultats sont introuvables ; indiquez-les avec --packs <rép|pack.json>…',
  cannotEvaluate: 'évaluation impossible :',
  evaluationHeading: (person, scheme, version, asOf) =>
    `Évaluation de ${person} selon ${scheme} ${version}, au ${asOf}`,
  resultsSummary: (verified, refused) =>
    `Résultats de scénarios : ${verified} vérifiés par rejeu, ${refused} refusés`,
  eligible: 'obtenu',
  notEligible: 'non obtenu',
  missingLabel: 'Manque',
  credentialWritten: (kind, file) => `Attestation ${kind} signée : ${file}`,
  nothingIssued: 'Aucune attestation n’a été délivrée.',
  cannotIssue: 'certaines attestations n’ont pas pu être délivrées :',
  notPublicKey: (name) => `« ${name} » n’est pas une clé JWK (ni un ensemble {"keys": […]})`,
  credentialInvalid: (message, reason) => `attestation NON valide (${reason}) : ${message}`,
  credentialValid: 'Attestation valide',
  holderLabel: 'Titulaire',
  holderHashed: '(identifiant haché ; comparez-le au dossier)',
  achievementLabel: 'Réussite',
  issuerLabel: 'Émetteur',
  validityLabel: 'Validité',
  noExpiry: 'sans expiration',
  credentialIdLabel: 'Id',
  signatureLabel: 'Signature',
  badActor: (value) =>
    `--actor « ${value} » doit être « homePage|nom du compte », p. ex. https://lms.exemple.org|ana.perez`,
  badUuid: (option, value) => `${option} « ${value} » n’est pas un UUID`,
  notResults: (name) =>
    `« ${name} » ne contient pas de résultats de parties (le JSON de « ruta play --json »)`,
  notAResult: (i) =>
    `résultat ${i} : ce n’est pas un résultat de partie (packId, scenarioId, events, path ou scores manquent)`,
  resultOfOtherPack: (i, got, expected) => `résultat ${i} : il est de ${got}, pas du paquet ${expected}`,
  resultNotReplayable: (i, detail) => `résultat ${i} : son rejeu échoue : ${detail}`,
  registrationShared:
    'avec --registration, un même scénario ne peut figurer qu’une fois (les ids des déclarations coïncideraient)',
  help: {
    validate: {
      usage: 'ruta validate <pack.json | répertoire du paquet> [--json]',
      summary: 'Valide un paquet de scénarios ruta.pack/1.',
      details:
        'Lit le JSON (erreurs de syntaxe avec ligne:colonne, clés répétées), vérifie chaque champ et chaque règle du format et fait les vérifications statiques (chaque nœud atteignable, aucune étape sans issue, une fin « protected » atteignable) : valide veut dire les deux.\nUn répertoire : son pack.json, ou l’exports["./pack.json"] de son package.json.\n  --json  un rapport pour les outils : {"ok", "file", "pack"} ou {"ok", "file", "issues"}\nSortie : 0 valide (un résumé d’une ligne) ; 1 non valide (chaque problème sous la forme « chemin: message ») ; 2 erreur d’utilisation.',
    },
    analyze: {
      usage: 'ruta analyze <paquet> [--scenario id] [--json] [--max-states n]',
      summary: 'Analyse statique : nœuds, chemins, scores, fins atteignables, blocages.',
      details:
        'Vérifie que chaque nœud est atteignable, qu’aucune étape ne laisse sans choix, qu’aucune boucle n’est sans issue et qu’une fin « protected » est atteignable ; donne les chemins le plus court et le plus long, le meilleur et le pire score et les fins atteignables.\n  --scenario id   ce scénario seulement\n  --json          le rapport complet du moteur\n  --max-states n  nombre maximal d’états explorés par scénario (200000 par défaut)\nSortie : 0 réussi ; 1 une vérification échoue ou le paquet n’est pas valide ; 2 erreur d’utilisation.',
    },
    play: {
      usage:
        'ruta play <paquet> --scenario <id> [--lang es|en|fr] [--events <fichier|->|--choices a,b,c] [--json]',
      summary: 'Joue un scénario (ou un parcours) dans le terminal, ou rejoue une partie enregistrée.',
      details:
        'Interactif : le texte du nœud et les choix numérotés ; n note un indicateur (catalogue et paquet), u retire une note, t laisse passer le temps, q quitte ; à la fin, le bilan : issue, scores et chaque décision avec son retour et le meilleur choix.\n  --journey id           joue un parcours (plusieurs scénarios comme une seule affaire)\n  --events fichier|-     événements JSON ([{"type":"CHOOSE","choiceId":"…"}, …] ou un résultat avec "events")\n  --choices a,b,c        les ids des choix, dans l’ordre\n  --json                 imprime le résultat JSON\n  --untimed              le temps ne s’écoule qu’avec t\nSortie : 0 partie terminée ou rejouée ; 1 un événement refusé (p. ex. un choix non proposé) ou partie interrompue ou inachevée (les événements s’arrêtent avant une fin) ; 2 erreur d’utilisation.',
    },
    'new-pack': {
      usage: 'ruta new-pack <répertoire> --country XX --lang es,fr [--id nom] [--name paquet-npm]',
      summary: 'Crée un paquet de scénarios avec un scénario d’exemple complet.',
      details:
        'Écrit package.json, pack.json (un scénario de 6 nœuds qui valide et passe l’analyse), src/index.ts, test/pack.test.ts, tsconfig, tsup, vitest et un README pour les auteurs.\n  --country XX  pays membre de la CRM (BZ CA CR DO SV GT HN MX NI PA US) ou RCM\n  --lang es,fr  les langues du paquet, la première par défaut (aussi celle des messages)\n  --id nom      l’id du paquet (par défaut, le nom du répertoire)\n  --name npm    le nom du paquet npm (par défaut @ruta/pack-<id>)\nSortie : 0 créé ; 1 répertoire non vide ou non inscriptible ; 2 erreur d’utilisation.',
    },
    schema: {
      usage: 'ruta schema [pack|record|scheme]',
      summary:
        'Imprime le JSON Schema d’un paquet ruta.pack/1, d’un dossier de stagiaire ou d’un schéma de certification.',
      details:
        '  pack    un paquet de scénarios ruta.pack/1 (par défaut)\n  record  le dossier d’un stagiaire, ce que lit « ruta certify --record »\n  scheme  un schéma de certification, ce que lit « ruta certify --scheme »\nExemple : npx --no-install ruta schema record > record.schema.json\nSortie : 0 ; 2 erreur d’utilisation.',
    },
    keygen: {
      usage: 'ruta keygen [--alg EdDSA|RS256] --out <préfixe> [--force]',
      summary: 'Crée la paire de clés d’un émetteur d’attestations.',
      details:
        'Écrit <préfixe>.private.jwk (mode 600 : gardez-la secrète) et <préfixe>.public.jwk (pour les vérificateurs).\n  --alg EdDSA|RS256  l’algorithme (EdDSA par défaut)\n  --force            écrase les fichiers existants\nSortie : 0 créées ; 1 les fichiers existent déjà ; 2 erreur d’utilisation.',
    },
    certify: {
      usage:
        'ruta certify --scheme <fichier|regional> --record <dossier.json> --key <privée.jwk> --issuer <profil.json> [--packs <rép|pack.json>...] [--out rép] [--as-of date] [--json]',
      summary: 'Évalue un dossier de stagiaire et délivre les attestations (Open Badges 3.0) obtenues.',
      details:
        'Vérifie chaque résultat en rejouant ses événements avec les paquets, explique chaque critère (rempli ou non, et ce qui manque) et écrit un JWT par type d’attestation obtenu.\n  --scheme      le schéma de certification (JSON) ou « regional »\n  --packs       les paquets pour rejouer les résultats (par défaut, ceux du dépôt s’ils sont trouvés)\n  --out rép     où écrire les fichiers .jwt (par défaut, le répertoire courant)\n  --as-of date  la date de la décision AAAA-MM-JJ (par défaut, aujourd’hui)\nSortie : 0 au moins une attestation délivrée ; 1 aucune, ou données non valides ; 2 erreur d’utilisation.',
    },
    verify: {
      usage:
        'ruta verify <attestation.jwt> --trust <publique.jwk...> [--issuer id] [--revocations <fichier>] [--clock-tolerance s] [--json]',
      summary: 'Vérifie une attestation hors ligne : signature, émetteur, révocation et validité.',
      details:
        '  --trust        clés publiques d’émetteurs de confiance (une ou plusieurs ; jamais la clé privée)\n  --issuer id    lie ces clés à l’émetteur : sans cela, la sortie indique que le nom de l’émetteur n’a pas été vérifié\n  --clock-tolerance s  marge d’horloge en secondes (0 à 86400)\n  --revocations  une liste de révocation (JSON ou JWS signé)\n  --at date      le moment de la vérification (par défaut, maintenant)\n  --json         le résultat pour les outils\nSortie : 0 valide (titulaire, réussite, émetteur, validité) ; 1 non valide, avec la raison ; 2 erreur d’utilisation.',
    },
    xapi: {
      usage: 'ruta xapi <résultats.json> --actor <homePage|nom ou compte> [--registration uuid]',
      summary: 'Transforme des résultats de parties en déclarations xAPI à importer dans un LRS.',
      details:
        '  --actor         le compte de l’acteur : « https://lms.exemple.org|ana.perez » (homePage|nom)\n  --registration  l’UUID de l’inscription\nSortie : 0 déclarations imprimées ; 1 résultats non valides ; 2 erreur d’utilisation.',
    },
  },
};

const catalogues: Record<Language, Messages> = { es, en, fr };

/** The messages in one language. */
export function messagesIn(lang: Language): Messages {
  return catalogues[lang];
}

/**
 * The user's language from the environment, as POSIX orders it: the first set of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` (`fr_CA.UTF-8` → fr); Spanish when it names none of es, en, fr.
 */
export function languageFromEnvironment(env: Record<string, string | undefined>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const code = value.slice(0, 2).toLowerCase();
    return languages.includes(code as Language) ? (code as Language) : 'es';
  }
  return 'es';
}

/**
 * The language `--lang` asks for, anywhere on the command line (`--lang en` or `--lang=en`; for
 * `new-pack`'s list `es,en` its first language). Not one of es, en, fr → a usage error.
 */
export function languageFromArgs(argv: readonly string[], t: Messages): Language | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang' && i + 1 < argv.length) value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  if (value === undefined) return undefined;
  const first = value.split(',')[0]?.trim() ?? '';
  if (!languages.includes(first as Language)) throw usageError(t.badLanguage(value));
  return first as Language;
}
