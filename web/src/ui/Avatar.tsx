// A persona's photo, or their initials on their colour when there is no photo (or it fails to load).
import { useState } from 'react';
import styles from './Avatar.module.css';

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : '';
  return (first + last).toUpperCase();
}

export function Avatar({ name, color, photoUrl, size = 28 }: { name: string; color?: string; photoUrl?: string; size?: number }) {
  const [broken, setBroken] = useState(false);
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4), background: color ?? '#5f6778' };
  if (photoUrl && !broken) {
    return <img className={styles.avatar} style={style} src={photoUrl} alt={name} title={name} onError={() => setBroken(true)} />;
  }
  return <span className={styles.avatar} style={style} role="img" aria-label={name} title={name}>{initialsOf(name)}</span>;
}
