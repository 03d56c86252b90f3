// A style sheet written at run time (the evidence panels' step marks), adopted through the CSSOM: the
// Content-Security-Policy lets no inline <style> element apply (ADR 009), and a constructed sheet is not one.
import { useLayoutEffect, useState } from 'react';

/** Applies `css` to the document while the calling component is mounted; an empty string applies nothing. */
export function useStyleSheet(css: string): void {
  const [sheet] = useState(() => (typeof CSSStyleSheet === 'undefined' ? null : new CSSStyleSheet()));
  useLayoutEffect(() => {
    if (!sheet) return undefined;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sheet]);
  useLayoutEffect(() => {
    sheet?.replaceSync(css);
  }, [sheet, css]);
}
