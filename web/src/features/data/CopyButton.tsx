// Copies a text and says so for a moment; when the clipboard is not allowed, says to select and copy by hand.
import { useEffect, useState } from 'react';

export function CopyButton({ text, label = 'Copy', className = 'btn btn-sm' }: { text: string; label?: string; className?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <button type="button" className={className} onClick={() => void copy()} aria-live="polite">
      {status === 'copied' ? 'Copied' : status === 'failed' ? 'Select and copy by hand' : label}
    </button>
  );
}
