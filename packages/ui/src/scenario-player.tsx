import {
  type Character,
  type environments,
  isEnding,
  type Play,
  type PlayResult,
} from '@ruta/scenario-engine';
import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Meters } from './meters';
import { Notebook } from './notebook';
import { OutcomeBadge } from './outcome';
import { PackText } from './pack-text';
import { useLang, useUiSettings } from './settings';
import { useT } from './t';
import type { TimerClock } from './timer-clock';
import { usePlay } from './use-play';

export type Environment = (typeof environments)[number];

/** What a 3D scene needs to stage the current moment (`@ruta/ui/scene`'s `SceneView` takes these). */
export interface SceneSlotProps {
  environment: Environment;
  characters: readonly Character[];
  speakerId: string | undefined;
  reducedMotion: boolean;
}

/**
 * The accessibility options in effect during a play, handed over with its result. The timer pause is also in
 * the result itself (`result.accommodations.timerPaused`), where saves, replays and xAPI keep it.
 */
export interface AccessibilityRecord {
  /** True when the countdown of a timed decision was paused for the trainee at least once. */
  timerPaused: boolean;
  textMode: boolean;
  reducedMotion: boolean;
  textSize: 'normal' | 'large' | 'x-large';
}

export interface ScenarioPlayerProps {
  play: Play;
  /** The 3D scene, injected by the app (e.g. `SceneView` from `@ruta/ui/scene`); not shown in text mode. */
  scene?: ReactNode | ((props: SceneSlotProps) => ReactNode);
  /** The clock the play was started with (`createTimerClock()`): the countdown shows it and can pause it. */
  clock?: TimerClock;
  /**
   * Called once when the play reaches its ending, with the result (its `accommodations` record the timer
   * pause) and the accessibility options used.
   */
  onEnd?: (result: PlayResult, accessibility: AccessibilityRecord) => void;
  /** Called after every change of the play (a choice, a note, a timeout). */
  onEvent?: (play: Play) => void;
  /** Show the indicator notebook beside the dialogue (default true). */
  notebook?: boolean;
}

function speakerOf(play: Play): Character | undefined {
  const id = play.node.speaker;
  return id === undefined ? undefined : play.scenario.characters?.find((c) => c.id === id);
}

const typing = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    target.isContentEditable);

/**
 * Plays a scenario: the node's text with its speaker, the choices as a numbered list of buttons (keys 1–9
 * choose), the countdown of a timed decision, the notebook and the meters. All of it is text: the 3D scene
 * is an optional layer the app passes in through `scene`.
 */
export function ScenarioPlayer({ play, scene, clock, onEnd, onEvent, notebook = true }: ScenarioPlayerProps) {
  usePlay(play);
  const [lang] = useLang();
  const [settings] = useUiSettings();
  const t = useT();
  const titleId = useId();
  const dialogueRef = useRef<HTMLDivElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const pausedRef = useRef(false);
  const endedRef = useRef<Play | null>(null);
  const firstNode = useRef<string | null>(null);
  const packLangs = play.pack.languages as readonly ('es' | 'en' | 'fr')[];

  useEffect(() => {
    if (onEvent === undefined) return;
    return play.subscribe(onEvent);
  }, [play, onEvent]);

  // The timer pause (an accessibility setting) holds the clock while a timed decision is open.
  const timed = !play.done && 'timeout' in play.node && play.node.timeout !== undefined;
  const [hold, setHold] = useState(settings.pauseTimer);
  useEffect(() => setHold(settings.pauseTimer), [settings.pauseTimer]);
  useEffect(() => {
    if (clock === undefined) return;
    if (hold) clock.pause();
    else clock.resume();
  }, [clock, hold]);
  const pausing = hold && timed && clock !== undefined;
  if (pausing) pausedRef.current = true;
  // The engine records the pause in the play's result (and its save): an accommodation, never scored.
  useEffect(() => {
    if (pausing && !play.done) play.accommodate({ timerPaused: true });
  }, [play, pausing]);

  // Focus follows the story: the new dialogue after a choice, the ending when it comes.
  const nodeId = play.nodeId;
  useEffect(() => {
    if (firstNode.current === null) {
      firstNode.current = nodeId;
      return;
    }
    if (play.done) endingRef.current?.focus();
    else dialogueRef.current?.focus();
  }, [nodeId, play.done]);

  useEffect(() => {
    if (!play.done || endedRef.current === play) return;
    endedRef.current = play;
    onEnd?.(play.result(), {
      timerPaused: pausedRef.current || play.accommodations.timerPaused === true,
      textMode: settings.textMode,
      reducedMotion: settings.reducedMotion,
      textSize: settings.textSize,
    });
  }, [play, play.done, onEnd, settings]);

  const node = play.node;
  const speaker = speakerOf(play);
  const choices = play.choices(lang);
  const lastEvent = play.events[play.events.length - 1];
  const timedOut = lastEvent?.type === 'TIMEOUT';

  const choose = (id: string) => {
    if (!play.done) play.choose(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (!/^[1-9]$/.test(event.key)) return;
    const choice = choices[Number(event.key) - 1];
    if (choice === undefined) return;
    event.preventDefault();
    choose(choice.id);
  };

  const sceneProps: SceneSlotProps = {
    environment: play.scenario.setting.environment,
    characters: play.scenario.characters ?? [],
    speakerId: node.speaker,
    reducedMotion: settings.reducedMotion,
  };
  const sceneNode =
    scene === undefined || settings.textMode ? null : typeof scene === 'function' ? scene(sceneProps) : scene;

  const ending = isEnding(node) ? node.ending : undefined;

  return (
    <section className="ruta-player" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header className="ruta-player-header">
        <h2 id={titleId}>
          <PackText text={play.scenario.title} fallbacks={packLangs} />
        </h2>
        <p className="ruta-muted">
          {t(`environment.${play.scenario.setting.environment}`)} · {t(`stage.${play.scenario.stage}`)}
        </p>
      </header>
      {sceneNode !== null && <div className="ruta-scene">{sceneNode}</div>}
      <div className="ruta-player-body">
        <div className="ruta-player-main">
          <div className="ruta-dialogue" ref={dialogueRef} tabIndex={-1}>
            {timedOut && <p className="ruta-notice">{t('player.timedOut')}</p>}
            {speaker !== undefined && (
              <p className="ruta-speaker">
                <strong>{speaker.name}</strong>{' '}
                <span className="ruta-muted">({t(`role.${speaker.role}`)})</span>
              </p>
            )}
            <PackText as="p" className="ruta-node-text" text={node.text} fallbacks={packLangs} />
          </div>
          {ending === undefined ? (
            <>
              {timed && 'timeout' in node && node.timeout !== undefined && (
                <Countdown
                  seconds={node.timeout.seconds}
                  clock={clock}
                  key={play.nodeId}
                  hold={hold}
                  onHold={setHold}
                />
              )}
              <nav aria-label={t('player.choices')}>
                <p className="ruta-muted ruta-small">{t('player.keysHint', { count: choices.length })}</p>
                <ol className="ruta-choices">
                  {choices.map((choice, index) => (
                    <li key={choice.id}>
                      <button
                        type="button"
                        className="ruta-choice"
                        aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                        onClick={() => choose(choice.id)}
                      >
                        <span className="ruta-choice-key" aria-hidden="true">
                          {index + 1}
                        </span>
                        <ChoiceText
                          text={choice.text}
                          textLang={choiceLang(play, choice.id, lang)}
                          lang={lang}
                        />
                      </button>
                    </li>
                  ))}
                </ol>
              </nav>
            </>
          ) : (
            <div className="ruta-ending">
              <h3 ref={endingRef} tabIndex={-1}>
                {t('player.ending')} <OutcomeBadge outcome={ending.outcome} />
              </h3>
              <PackText as="p" text={ending.summary} fallbacks={packLangs} />
            </div>
          )}
        </div>
        <aside className="ruta-player-side" aria-label={t('player.tools')}>
          <Meters play={play} hidden={settings.exam} />
          {notebook && <Notebook play={play} />}
        </aside>
      </div>
      <Announcer play={play} speaker={speaker} timedOut={timedOut} />
    </section>
  );
}

/** The language a choice's text came in (the engine falls back to the pack's first language). */
function choiceLang(play: Play, choiceId: string, lang: 'es' | 'en' | 'fr'): string {
  if (!('choices' in play.node)) return lang;
  const choice = play.node.choices.find((c) => c.id === choiceId);
  return choice?.text[lang] !== undefined ? lang : (play.pack.languages[0] ?? lang);
}

/** A choice's text, marked like a `PackText` when it fell back to the pack's language. */
function ChoiceText({ text, textLang, lang }: { text: string; textLang: string; lang: string }) {
  const t = useT();
  return (
    <span lang={textLang}>
      {text}
      {textLang !== lang && (
        <>
          {' '}
          <span
            className="ruta-fallback"
            lang={lang}
            title={t('text.fallback', { lang: t(`lang.${textLang as 'es' | 'en' | 'fr'}`) })}
          >
            {t('text.fallbackMarker', { code: textLang.toUpperCase() })}
          </span>
        </>
      )}
    </span>
  );
}

/** A polite live region: the new dialogue after each move, and the ending. */
function Announcer({
  play,
  speaker,
  timedOut,
}: {
  play: Play;
  speaker: Character | undefined;
  timedOut: boolean;
}) {
  const t = useT();
  const [lang] = useLang();
  const [message, setMessage] = useState('');
  const seen = useRef(play.events.length);
  const count = play.events.length;
  useEffect(() => {
    if (count === seen.current) return;
    seen.current = count;
    const node = play.node;
    const text = node.text[lang] ?? node.text[play.pack.languages[0] ?? 'es'] ?? '';
    const parts: string[] = [];
    if (timedOut) parts.push(t('player.timedOut'));
    if (speaker !== undefined) parts.push(`${speaker.name}:`);
    parts.push(text);
    if (isEnding(node))
      parts.push(t('player.endingAnnounce', { outcome: t(`outcome.${node.ending.outcome}`) }));
    setMessage(parts.join(' '));
  }, [count, play, lang, speaker, t, timedOut]);
  return (
    <div className="ruta-sr-only" role="status" aria-live="polite">
      {message}
    </div>
  );
}

const noClock = (_: () => void) => () => {};

/** The time left for a timed decision, with the pause button (the `pauseTimer` setting). */
function Countdown({
  seconds,
  clock,
  hold,
  onHold,
}: {
  seconds: number;
  clock: TimerClock | undefined;
  hold: boolean;
  onHold: (hold: boolean) => void;
}) {
  const t = useT();
  const paused = () => clock?.paused;
  useSyncExternalStore(clock?.subscribe ?? noClock, paused, paused);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (clock === undefined || hold) return;
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [clock, hold]);
  const remaining = clock?.remaining();
  const left = remaining === null || remaining === undefined ? seconds : Math.ceil(remaining / 1000);
  return (
    <div className="ruta-countdown">
      {clock === undefined ? (
        <p>{t('timer.limit', { seconds })}</p>
      ) : (
        <p role="timer" aria-live="off" aria-atomic="true">
          {hold ? t('timer.paused', { seconds: left }) : t('timer.left', { seconds: left })}
        </p>
      )}
      {clock !== undefined && (
        <button type="button" className="ruta-button" aria-pressed={hold} onClick={() => onHold(!hold)}>
          {t('timer.pause')}
        </button>
      )}
    </div>
  );
}
