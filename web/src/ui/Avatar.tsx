// A persona's photo, or their initials on their colour when there is no photo (or it fails to load). Colours are
// chosen by people, so the initials take white or the dark ink, whichever reads better (WCAG AA).
import { useState } from 'react';
import { imageSrc } from '../api/images';
import { useImageWorkspaceId } from '../features/images/imageWorkspace';
import { parseHex, readableOn } from './contrast';
import styles from './Avatar.module.css';

const fallbackColor = '#5f6778';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : '';
  return (first + last).toUpperCase();
}

interface AvatarProps {
  name: string;
  color?: string;
  /** A web address or an image stored in the workspace ("image:…"); the photo's alt is the name. */
  photoUrl?: string;
  size?: number;
  /** The name is written beside it: screen readers skip the picture instead of reading the name twice. */
  decorative?: boolean;
}

export function Avatar({ name, color, photoUrl, size = 28, decorative }: AvatarProps) {
  const [brokenSrc, setBrokenSrc] = useState<string | null>(null);
  const src = imageSrc(useImageWorkspaceId(), photoUrl);
  const broken = src !== undefined && src === brokenSrc;
  const paint = readableOn(parseHex(color ?? fallbackColor) ?? parseHex(fallbackColor)!);
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4), background: paint.background, color: paint.ink };
  if (src && !broken) {
    return <img key={src} className={styles.avatar} style={style} src={src} alt={decorative ? '' : name} title={name} onError={() => setBrokenSrc(src)} />;
  }
  if (decorative) return <span className={styles.avatar} style={style} aria-hidden="true">{initialsOf(name)}</span>;
  return <span className={styles.avatar} style={style} role="img" aria-label={name} title={name}>{initialsOf(name)}</span>;
}
