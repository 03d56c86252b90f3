// A textarea that grows with what is typed. Enter commits (Shift+Enter starts a new line) when onEnter is given.
import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

interface AutoTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onValue: (value: string) => void;
  onEnter?: () => void;
  minRows?: number;
}

export function AutoTextarea({ value, onValue, onEnter, minRows = 2, className, onKeyDown, ...rest }: AutoTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      rows={minRows}
      className={`textarea ${className ?? ''}`}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.defaultPrevented) return;
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && onEnter) {
          e.preventDefault();
          onEnter();
        }
      }}
      {...rest}
    />
  );
}
