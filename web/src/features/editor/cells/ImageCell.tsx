// Image cells: a picture by URL with its alt text. Only absolute http(s) URLs are taken (anything else gets an
// inline message), the alt text is required, the preview loads lazily.
import { useState, type KeyboardEvent } from 'react';
import { EditShell } from './EditShell';
import { checkImageUrl } from './imageUrl';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import img from './Image.module.css';

function Picture({ url, alt }: { url: string; alt: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) {
    return <div className={img.broken} role="img" aria-label={alt}><span>Image could not load</span><span className={img.alt}>{alt}</span></div>;
  }
  return <img className={img.picture} src={url} alt={alt} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setBroken(true)} />;
}

export function ImageView({ cell }: Pick<CellProps, 'cell'>) {
  const image = cell?.image;
  if (!image?.url || !checkImageUrl(image.url).ok) return <span className={styles.empty}>Double-click to add an image</span>;
  return <Picture key={image.url} url={image.url} alt={image.alt} />;
}

interface Draft { url: string; alt: string }

export function ImageEditor(props: CellProps) {
  const { lane, step } = props;
  const [tried, setTried] = useState(false);
  const { draft, setDraft, commit, cancel } = useCellDraft<Draft>(
    props,
    (c) => ({ url: c?.image?.url ?? '', alt: c?.image?.alt ?? '' }),
    (d, c) => ({ ...c, image: d.url.trim() ? { url: d.url.trim(), alt: d.alt.trim() } : undefined }),
  );
  const blank = draft.url.trim() === '' && draft.alt.trim() === '';
  const urlCheck = checkImageUrl(draft.url);
  const urlError = !blank && !urlCheck.ok ? urlCheck.message : null;
  const altError = !blank && urlCheck.ok && draft.alt.trim() === '' ? 'Describe the image for people who cannot see it (alt text is required).' : null;
  const tryCommit = () => {
    if (urlError || altError) {
      setTried(true);
      return;
    }
    commit();
  };
  const enter = (e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); tryCommit(); } };
  const showUrlError = urlError && (tried || draft.url.trim().length > 8);
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={tryCommit} onCancel={cancel} doneButton>
      <label className="field">
        <span>Image address</span>
        <input data-autofocus className="input" type="url" value={draft.url} placeholder="https://…" aria-invalid={Boolean(showUrlError)}
          onChange={(e) => setDraft((d) => ({ ...d, url: e.target.value }))} onKeyDown={enter} />
      </label>
      {showUrlError && <p className={img.error} role="alert">{urlError}</p>}
      {urlCheck.ok && <div className={img.preview}><Picture key={urlCheck.url} url={urlCheck.url} alt={draft.alt || 'Preview'} /></div>}
      <label className="field">
        <span>Alt text (required)</span>
        <input className="input" value={draft.alt} placeholder="What the image shows" maxLength={500} aria-invalid={Boolean(tried && altError)}
          onChange={(e) => setDraft((d) => ({ ...d, alt: e.target.value }))} onKeyDown={enter} />
      </label>
      {tried && altError && <p className={img.error} role="alert">{altError}</p>}
    </EditShell>
  );
}
