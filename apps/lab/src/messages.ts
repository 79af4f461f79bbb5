import type { Language } from '@ruta/curriculum';
import { recordsRows } from './records/messages';

/**
 * The lab's own interface strings (the components bring theirs: `uiMessages` from @ruta/ui). One row per
 * message: Spanish (default), English, French. ICU syntax (react-intl).
 */
const rows = {
  'lab.name': [
    'Ruta — laboratorio de simulación',
    'Ruta — simulation lab',
    'Ruta — laboratoire de simulation',
  ],
  'lab.skip': ['Saltar al contenido', 'Skip to content', 'Aller au contenu'],
  'lab.nav': ['Secciones', 'Sections', 'Sections'],
  'lab.nav.home': ['Inicio', 'Home', 'Accueil'],
  'lab.nav.library': ['Biblioteca', 'Library', 'Bibliothèque'],
  'lab.nav.history': ['Historial', 'History', 'Historique'],
  'lab.nav.progress': ['Progreso', 'Progress', 'Progrès'],
  'lab.nav.profile': ['Perfil', 'Profile', 'Profil'],
  'lab.language': ['Idioma', 'Language', 'Langue'],
  'lab.loading': ['Cargando…', 'Loading…', 'Chargement…'],
  'lab.notFound': ['Esta página no existe.', 'This page does not exist.', "Cette page n'existe pas."],
  'lab.backHome': ['Volver al inicio', 'Back to home', "Retour à l'accueil"],
  'lab.dismiss': ['Cerrar aviso', 'Dismiss notice', "Fermer l'avis"],
  'lab.storage.denied': [
    'Este navegador no permite guardar datos (modo privado o almacenamiento bloqueado). Puede seguir jugando, pero su progreso se perderá al cerrar la pestaña.',
    'This browser does not allow saving data (private mode or storage blocked). You can keep playing, but your progress will be lost when you close the tab.',
    "Ce navigateur ne permet pas d'enregistrer des données (mode privé ou stockage bloqué). Vous pouvez continuer à jouer, mais vos progrès seront perdus à la fermeture de l'onglet.",
  ],
  'lab.storage.full': [
    'El almacenamiento de este navegador está lleno. Puede seguir jugando, pero lo que haga desde ahora no se guardará.',
    "This browser's storage is full. You can keep playing, but what you do from now on will not be saved.",
    'Le stockage de ce navigateur est plein. Vous pouvez continuer à jouer, mais ce que vous faites désormais ne sera pas enregistré.',
  ],
  'lab.part.profile': ['su perfil', 'your profile', 'votre profil'],
  'lab.part.settings': ['sus ajustes', 'your settings', 'vos réglages'],
  'lab.part.attempts': [
    'su historial de intentos',
    'your history of attempts',
    'votre historique des tentatives',
  ],
  'lab.part.journeys': ['sus recorridos', 'your journeys', 'vos parcours'],
  'lab.part.progress': ['sus partidas en curso', 'your plays in progress', 'vos parties en cours'],
  'lab.notice.unreadable': [
    'Parte de los datos guardados ({part}) no se pudo leer (archivo dañado o editado). Se apartó sin borrarla; el resto de sus datos se conserva.',
    'Part of the saved data ({part}) could not be read (damaged or edited). It was set aside, not deleted; the rest of your data is kept.',
    "Une partie des données enregistrées ({part}) n'a pas pu être lue (endommagée ou modifiée). Elle a été mise de côté, pas effacée ; le reste de vos données est conservé.",
  ],
  'lab.notice.old-format': [
    'Parte de los datos guardados ({part}) tiene un formato antiguo. Se apartó sin borrarla; el resto de sus datos se conserva.',
    'Part of the saved data ({part}) is in an old format. It was set aside, not deleted; the rest of your data is kept.',
    'Une partie des données enregistrées ({part}) est dans un ancien format. Elle a été mise de côté, pas effacée ; le reste de vos données est conservé.',
  ],
  'lab.notice.invalid': [
    '{count, plural, one {Un elemento} other {# elementos}} de {part} no {count, plural, one {era válido} other {eran válidos}} y se {count, plural, one {apartó} other {apartaron}}; el resto se conserva.',
    '{count, plural, one {One entry} other {# entries}} of {part} {count, plural, one {was} other {were}} not valid and {count, plural, one {was} other {were}} set aside; the rest is kept.',
    "{count, plural, one {Une entrée} other {# entrées}} de {part} {count, plural, one {n'était pas valide et a été mise} other {n'étaient pas valides et ont été mises}} de côté ; le reste est conservé.",
  ],
  'lab.notice.not-resumable': [
    'Una partida en curso ya no se puede reanudar (el paquete de escenarios cambió). Se apartó; el resto se conserva.',
    'A play in progress can no longer be resumed (the scenario pack changed). It was set aside; the rest is kept.',
    'Une partie en cours ne peut plus être reprise (le paquet de scénarios a changé). Elle a été mise de côté ; le reste est conservé.',
  ],
  'lab.start.title': ['Bienvenida al laboratorio', 'Welcome to the lab', 'Bienvenue au laboratoire'],
  'lab.start.intro': [
    'Elija su idioma, su función y su país. Esto crea un perfil local en este equipo: sin cuenta, y nada sale de este equipo.',
    'Choose your language, your role and your country. This creates a local profile on this computer: no account, and nothing leaves this computer.',
    'Choisissez votre langue, votre fonction et votre pays. Cela crée un profil local sur cet ordinateur : pas de compte, et rien ne quitte cet ordinateur.',
  ],
  'lab.start.role': ['Su función', 'Your role', 'Votre fonction'],
  'lab.start.country': ['Su país', 'Your country', 'Votre pays'],
  'lab.start.save': ['Empezar', 'Start', 'Commencer'],
  'lab.profile.title': ['Perfil', 'Profile', 'Profil'],
  'lab.profile.save': ['Guardar perfil', 'Save profile', 'Enregistrer le profil'],
  'lab.profile.saved': ['Perfil guardado.', 'Profile saved.', 'Profil enregistré.'],
  'lab.profile.settings': ['Ajustes de juego', 'Play settings', 'Réglages de jeu'],
  'lab.home.title': ['Inicio', 'Home', 'Accueil'],
  'lab.home.greeting': ['{role} · {country}', '{role} · {country}', '{role} · {country}'],
  'lab.home.map': ['Mapa del currículo', 'Curriculum map', 'Carte du programme'],
  'lab.home.mapNote': [
    'El progreso de cada módulo es la parte de sus escenarios que ha completado (la práctica no cuenta).',
    'Progress per module is the share of its scenarios you have completed (practice does not count).',
    "Le progrès par module est la part de ses scénarios que vous avez terminés (l'entraînement ne compte pas).",
  ],
  'lab.home.continue': [
    'Continuar donde lo dejó',
    'Continue where you left off',
    'Reprendre là où vous en étiez',
  ],
  'lab.home.recommended': ['Escenarios recomendados', 'Recommended scenarios', 'Scénarios recommandés'],
  'lab.home.recommendedNote': [
    'Según las brechas entre sus niveles y el perfil de {role}.',
    'From the gaps between your levels and the {role} profile.',
    'Selon les écarts entre vos niveaux et le profil {role}.',
  ],
  'lab.home.because': ['Trabaja: {competencies}', 'Works on: {competencies}', 'Travaille : {competencies}'],
  'lab.home.noRecommendation': [
    'No hay brechas con escenarios pendientes: explore la biblioteca.',
    'No gaps with scenarios left to play: explore the library.',
    'Aucun écart avec des scénarios restants : explorez la bibliothèque.',
  ],
  'lab.play': ['Jugar', 'Play', 'Jouer'],
  'lab.playNamed': ['Jugar «{title}»', 'Play “{title}”', 'Jouer « {title} »'],
  'lab.resume': ['Reanudar', 'Resume', 'Reprendre'],
  'lab.library.title': ['Biblioteca', 'Library', 'Bibliothèque'],
  'lab.library.filters': ['Filtros', 'Filters', 'Filtres'],
  'lab.library.stage': ['Etapa', 'Stage', 'Étape'],
  'lab.library.country': ['País', 'Country', 'Pays'],
  'lab.library.role': ['Función', 'Role', 'Fonction'],
  'lab.library.module': ['Módulo', 'Module', 'Module'],
  'lab.library.language': ['Idioma del escenario', 'Scenario language', 'Langue du scénario'],
  'lab.library.any': ['Todos', 'All', 'Tous'],
  'lab.library.regional': ['Regional (CRM)', 'Regional (RCM)', 'Régional (CRM)'],
  'lab.library.count': [
    '{count, plural, one {# escenario} other {# escenarios}}',
    '{count, plural, one {# scenario} other {# scenarios}}',
    '{count, plural, one {# scénario} other {# scénarios}}',
  ],
  'lab.library.none': [
    'Ningún escenario coincide con los filtros.',
    'No scenario matches the filters.',
    'Aucun scénario ne correspond aux filtres.',
  ],
  'lab.library.journeys': [
    'Recorridos: un caso a través de las etapas',
    'Journeys: one case across the stages',
    'Parcours : un cas à travers les étapes',
  ],
  'lab.library.scenarios': ['Escenarios', 'Scenarios', 'Scénarios'],
  'lab.library.playJourney': ['Jugar el recorrido', 'Play the journey', 'Jouer le parcours'],
  'lab.library.carries': [
    'Lleva de una etapa a otra: {values}',
    'Carries from stage to stage: {values}',
    "Transmet d'une étape à l'autre : {values}",
  ],
  'lab.library.pack': ['Paquete: {pack}', 'Pack: {pack}', 'Paquet : {pack}'],
  'lab.library.languages': ['Idiomas: {languages}', 'Languages: {languages}', 'Langues : {languages}'],
  'lab.stage.identification': ['Identificación', 'Identification', 'Identification'],
  'lab.stage.referral': ['Derivación', 'Referral', 'Orientation'],
  'lab.stage.shelter': ['Albergue', 'Shelter', 'Hébergement'],
  'lab.stage.prosecution': ['Persecución penal', 'Prosecution', 'Poursuites'],
  'lab.play.restart': ['Reiniciar', 'Restart', 'Recommencer'],
  'lab.play.restartConfirm': [
    '¿Reiniciar este escenario desde el principio? Se perderá la partida en curso.',
    'Restart this scenario from the beginning? The play in progress will be lost.',
    'Recommencer ce scénario depuis le début ? La partie en cours sera perdue.',
  ],
  'lab.play.quit': [
    'Salir (se guarda el progreso)',
    'Quit (progress is saved)',
    'Quitter (la progression est enregistrée)',
  ],
  'lab.play.textMode': ['Modo texto', 'Text mode', 'Mode texte'],
  'lab.play.sceneMode': ['Escena 3D', '3D scene', 'Scène 3D'],
  'lab.play.toggleHint': [
    'Tecla T: alternar entre escena 3D y modo texto.',
    'Key T: switch between the 3D scene and text mode.',
    'Touche T : basculer entre la scène 3D et le mode texte.',
  ],
  'lab.play.noWebgl': [
    'Este equipo no puede mostrar la escena 3D: se juega en modo texto, con todo el contenido.',
    'This computer cannot show the 3D scene: you play in text mode, with all the content.',
    'Cet ordinateur ne peut pas afficher la scène 3D : vous jouez en mode texte, avec tout le contenu.',
  ],
  'lab.play.saved': [
    'Progreso guardado en este equipo.',
    'Progress saved on this computer.',
    'Progression enregistrée sur cet ordinateur.',
  ],
  'lab.play.notSaved': [
    'Progreso solo en memoria.',
    'Progress in memory only.',
    'Progression en mémoire seulement.',
  ],
  'lab.play.practice': [
    'Práctica: «intentar de nuevo desde aquí». Este intento no cuenta para la certificación.',
    'Practice: “try again from here”. This attempt does not count for certification.',
    "Entraînement : « réessayer à partir d'ici ». Cette tentative ne compte pas pour la certification.",
  ],
  'lab.play.cannotResume': [
    'La partida guardada no se pudo reanudar: {reason}. Se apartó y empieza una nueva.',
    'The saved play could not be resumed: {reason}. It was set aside and a new one starts.',
    "La partie enregistrée n'a pas pu être reprise : {reason}. Elle a été mise de côté et une nouvelle commence.",
  ],
  'lab.play.unknown': [
    'Este escenario no está en el laboratorio.',
    'This scenario is not in the lab.',
    "Ce scénario n'est pas dans le laboratoire.",
  ],
  'lab.play.stepOf': ['Etapa {step} de {total}', 'Stage {step} of {total}', 'Étape {step} sur {total}'],
  'lab.debrief.title': ['Análisis: {title}', 'Debrief: {title}', 'Bilan : {title}'],
  'lab.debrief.again': ['Jugar otra vez', 'Play again', 'Rejouer'],
  'lab.debrief.compare': [
    'Ver los dos caminos lado a lado',
    'See both paths side by side',
    'Voir les deux chemins côte à côte',
  ],
  'lab.debrief.cannot': [
    'Este intento ya no se puede reconstruir: {reason}',
    'This attempt can no longer be rebuilt: {reason}',
    'Cette tentative ne peut plus être reconstruite : {reason}',
  ],
  'lab.journey.debrief': [
    'Análisis del recorrido: {title}',
    'Journey debrief: {title}',
    'Bilan du parcours : {title}',
  ],
  'lab.journey.carried': [
    'Valores traídos de la etapa anterior: {values}',
    'Values carried from the previous stage: {values}',
    "Valeurs apportées de l'étape précédente : {values}",
  ],
  'lab.journey.overall': [
    'Puntuación global del recorrido: {score}',
    'Overall journey score: {score}',
    'Score global du parcours : {score}',
  ],
  'lab.journey.outcome': [
    'Desenlace final: {outcome}',
    'Final outcome: {outcome}',
    'Issue finale : {outcome}',
  ],
  'lab.outcome.protected': ['protegida', 'protected', 'protégée'],
  'lab.outcome.partial': ['protección parcial', 'partly protected', 'protection partielle'],
  'lab.outcome.harmed': ['dañada', 'harmed', 'lésée'],
  'lab.compare.title': ['Dos caminos: {title}', 'Two paths: {title}', 'Deux chemins : {title}'],
  'lab.compare.original': ['Intento original', 'Original attempt', 'Tentative originale'],
  'lab.compare.practice': [
    'Práctica desde la decisión {n}',
    'Practice from decision {n}',
    'Entraînement depuis la décision {n}',
  ],
  'lab.compare.parted': [
    'Los caminos se separan en la decisión {n}.',
    'The paths part at decision {n}.',
    'Les chemins se séparent à la décision {n}.',
  ],
  'lab.compare.same': [
    'Los dos caminos son iguales.',
    'Both paths are the same.',
    'Les deux chemins sont identiques.',
  ],
  'lab.compare.ending': [
    'Desenlace: {outcome} · puntuación {score}',
    'Ending: {outcome} · score {score}',
    'Issue : {outcome} · score {score}',
  ],
  'lab.compare.shared': ['(compartido)', '(shared)', '(commun)'],
  'lab.history.title': ['Historial de intentos', 'History of attempts', 'Historique des tentatives'],
  'lab.history.empty': [
    'Aún no ha terminado ningún escenario.',
    'You have not finished any scenario yet.',
    "Vous n'avez encore terminé aucun scénario.",
  ],
  'lab.history.when': ['Fecha', 'Date', 'Date'],
  'lab.history.scenario': ['Escenario', 'Scenario', 'Scénario'],
  'lab.history.outcome': ['Desenlace', 'Outcome', 'Issue'],
  'lab.history.score': ['Puntuación', 'Score', 'Score'],
  'lab.history.kind': ['Tipo', 'Kind', 'Type'],
  'lab.history.counted': ['Cuenta', 'Counts', 'Compte'],
  'lab.history.practiceKind': [
    'Práctica (no cuenta)',
    'Practice (does not count)',
    'Entraînement (ne compte pas)',
  ],
  'lab.history.journeyStep': ['Recorrido, etapa {step}', 'Journey, stage {step}', 'Parcours, étape {step}'],
  'lab.history.open': ['Ver análisis', 'Open debrief', 'Voir le bilan'],
  'lab.history.journeys': ['Recorridos', 'Journeys', 'Parcours'],
  'lab.history.openJourney': [
    'Ver análisis del recorrido',
    'Open journey debrief',
    'Voir le bilan du parcours',
  ],
  'lab.progress.title': ['Progreso', 'Progress', 'Progrès'],
  'lab.progress.profile': [
    'Perfil de competencias frente a su función',
    'Competency profile against your role',
    'Profil de compétences face à votre fonction',
  ],
  'lab.progress.selfCheck': [
    'Autoevaluación de certificación',
    'Certification self-check',
    'Auto-évaluation de la certification',
  ],
  'lab.progress.selfCheckNote': [
    'Esto es una autoevaluación, no un certificado. Solo la oficina del programa emite certificados, con su registro de asistencia y resultados verificados.',
    'This is a self-check, not a certificate. Only the program office issues certificates, from its attendance records and verified results.',
    'Ceci est une auto-évaluation, pas un certificat. Seul le bureau du programme délivre les certificats, à partir de ses registres de présence et de résultats vérifiés.',
  ],
  'lab.progress.attendanceNote': [
    'La asistencia a las sesiones la registra la oficina del programa: aquí cuenta como cero.',
    'Attendance at sessions is recorded by the program office: here it counts as none.',
    'La présence aux séances est enregistrée par le bureau du programme : ici elle compte pour zéro.',
  ],
  'lab.progress.eligible': ['Cumpliría los criterios', 'Would meet the criteria', 'Remplirait les critères'],
  'lab.progress.notEligible': [
    'Aún no: {count, plural, one {# criterio sin cumplir} other {# criterios sin cumplir}}',
    'Not yet: {count, plural, one {# unmet criterion} other {# unmet criteria}}',
    'Pas encore : {count, plural, one {# critère non rempli} other {# critères non remplis}}',
  ],
  'lab.progress.met': ['Cumplido', 'Met', 'Rempli'],
  'lab.progress.unmet': ['Sin cumplir', 'Unmet', 'Non rempli'],
  'lab.progress.results': [
    '{count, plural, one {# resultado contado} other {# resultados contados}} (la práctica no cuenta)',
    '{count, plural, one {# result counted} other {# results counted}} (practice does not count)',
    '{count, plural, one {# résultat compté} other {# résultats comptés}} (l’entraînement ne compte pas)',
  ],
  ...recordsRows,
} as const satisfies Record<string, readonly [string, string, string]>;

export type LabMessageId = keyof typeof rows;

const column = (index: 0 | 1 | 2) =>
  Object.fromEntries(Object.entries(rows).map(([id, texts]) => [id, texts[index]])) as Record<
    LabMessageId,
    string
  >;

export const labMessages: Record<Language, Record<LabMessageId, string>> = {
  es: column(0),
  en: column(1),
  fr: column(2),
};
