// A figure in its level's colours with a three-bar meter that fills with the level (the cue that is not colour).
import type { ReactNode } from 'react';
import type { Level } from '../../../api/overlay';
import { clampLevel, levelClassKey, levelWord, type LevelKind } from './levels';
import styles from './Overlay.module.css';

interface LevelPillProps {
  kind: LevelKind;
  level: Level;
  /** What the figure means, for the tooltip ("Drop-off to the next step"). */
  title: string;
  icon: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function LevelPill({ kind, level, title, icon, children, testId }: LevelPillProps) {
  const word = levelWord(kind, level);
  return (
    <span className={`${styles.pill} ${styles[levelClassKey(kind, level)]}`} title={word ? `${title} — ${word}` : title}
      data-testid={testId} data-level={clampLevel(level)}>
      {icon}
      <span className={styles.pillText}>{children}</span>
      {word && <span className="visually-hidden">, {word}</span>}
      {clampLevel(level) > 0 && <LevelMeter level={clampLevel(level)} />}
    </span>
  );
}

export function LevelMeter({ level }: { level: Level }) {
  return (
    <svg className={styles.meter} width="11" height="10" viewBox="0 0 11 10" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <rect key={i} x={i * 4} y={6 - i * 3} width="3" height={4 + i * 3} rx="0.5" fill="currentColor" opacity={i < level ? 1 : 0.3} />
      ))}
    </svg>
  );
}

export function LossIcon() {
  return <span aria-hidden="true">▼</span>;
}

export function WaitIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8" cy="8" r="6.5" /><path d="M8 4.5V8l2.5 1.8" strokeLinecap="round" />
    </svg>
  );
}
