// Image cells: a picture uploaded to the workspace or taken by web address, with its alt text (or marked
// decorative). Only absolute http(s) URLs or stored images are taken (anything else gets an inline message); the
// preview loads lazily.
import { useCallback, useState, type KeyboardEvent } from 'react';
import { imageSrc, storedImageId, type StoredImage } from '../../../api/images';
import { useImageWorkspaceId } from '../../images/imageWorkspace';
import { AltTextField } from '../../images/AltTextField';
import { altProblem } from '../../images/altText';
import { ImageDrop } from '../../images/ImageDrop';
import { EditShell } from './EditShell';
import { checkImageUrl } from './imageUrl';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import img from './Image.module.css';

/** `url` is a web address or a stored image; an empty alt is a decorative picture. */
function Picture({ url, alt }: { url: string; alt: string }) {
  const [broken, setBroken] = useState(false);
  const src = imageSrc(useImageWorkspaceId(), url);
  if (broken || !src) {
    return <div className={img.broken} role="img" aria-label={alt || 'Image'}><span>Image could not load</span><span className={img.alt}>{alt}</span></div>;
  }
  return <img className={img.picture} src={src} alt={alt} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setBroken(true)} />;
}

export function ImageView({ cell }: Pick<CellProps, 'cell'>) {
  const image = cell?.image;
  if (!image?.url || !checkImageUrl(image.url).ok) return <span className={styles.empty}>Double-click to add an image</span>;
  return <Picture key={image.url} url={image.url} alt={image.alt} />;
}

/** alt: undefined until described or marked decorative (""). */
interface Draft { url: string; alt: string | undefined }

export function ImageEditor(props: CellProps) {
  const { lane, step } = props;
  const [tried, setTried] = useState(false);
  const { draft, setDraft, commit, cancel } = useCellDraft<Draft>(
    props,
    (c) => ({ url: c?.image?.url ?? '', alt: c?.image ? c.image.alt : undefined }),
    (d, c) => ({ ...c, image: d.url.trim() ? { url: d.url.trim(), alt: d.alt?.trim() ?? '' } : undefined }),
  );
  const workspaceId = useImageWorkspaceId();
  const uploaded = useCallback((image: StoredImage) => setDraft((d) => ({ ...d, url: image.ref })), [setDraft]);
  const stored = storedImageId(draft.url) !== null;
  const blank = draft.url.trim() === '' && !draft.alt?.trim();
  const urlCheck = checkImageUrl(draft.url);
  const urlError = !blank && !urlCheck.ok ? urlCheck.message : null;
  const altError = !blank && urlCheck.ok ? altProblem(draft.alt) : null;
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
      {workspaceId && <ImageDrop workspaceId={workspaceId} onUploaded={uploaded} label={stored ? 'Replace the image…' : 'Upload an image…'} />}
      {stored
        ? <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft((d) => ({ ...d, url: '' }))}>Use a web address instead</button>
        : (
          <label className="field">
            <span>Or its web address</span>
            <input data-autofocus className="input" type="url" value={draft.url} placeholder="https://…" aria-invalid={Boolean(showUrlError)}
              onChange={(e) => setDraft((d) => ({ ...d, url: e.target.value }))} onKeyDown={enter} />
          </label>
        )}
      {showUrlError && <p className={img.error} role="alert">{urlError}</p>}
      {urlCheck.ok && <div className={img.preview}><Picture key={urlCheck.url} url={urlCheck.url} alt={draft.alt || 'Preview'} /></div>}
      <div onKeyDown={enter}>
        <AltTextField alt={draft.alt} onChange={(alt) => setDraft((d) => ({ ...d, alt }))} showProblem={tried && Boolean(altError)}
          decorativeHint="it adds nothing the step does not say" />
      </div>
    </EditShell>
  );
}
