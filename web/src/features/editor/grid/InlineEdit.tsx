// Renames in place: focused and selected on open, Enter or leaving the field keeps the text, Esc keeps the old.
import { useEffect, useRef, useState } from 'react';

interface InlineEditProps {
  value: string;
  label: string;
  className?: string;
  /** Called with the trimmed new text; not called when it is empty or unchanged (unless allowEmpty). */
  onCommit: (value: string) => void;
  onClose: () => void;
  allowEmpty?: boolean;
  placeholder?: string;
}

export function InlineEdit({ value, label, className, onCommit, onClose, allowEmpty, placeholder }: InlineEditProps) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const text = draft.trim();
    if (keep && text !== value && (text.length > 0 || allowEmpty)) onCommit(text);
    onClose();
  };

  return (
    <input
      ref={ref}
      className={className}
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') { e.preventDefault(); finish(true); }
        if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      }}
      onPointerDown={(e) => e.stopPropagation()}
      onDragStart={(e) => e.preventDefault()}
    />
  );
}
