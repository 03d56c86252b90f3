namespace Waymark.Render.Report;

/// <summary>
/// The HTML report's only stylesheet, inline: system fonts, greys only (it prints the same in black and white),
/// A4 pages in print with each section on a new page and the map scaled to the page's width.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """

        :root { color-scheme: light; --text: #1d2330; --text-2: #4a5263; --text-3: #5f6778; --line: #e3e6ec; --line-2: #cfd4dc; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 15px;
          line-height: 1.5; color: var(--text); background: #fff; }
        body { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; overflow-wrap: anywhere; }
        h1 { font-size: 2.25rem; line-height: 1.2; margin: 0.5rem 0 1.5rem; }
        h2 { font-size: 1.5rem; margin: 0 0 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--text); }
        h2 .n { display: inline-block; min-width: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
        p { margin: 0 0 0.75rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-weight: 700; color: var(--text-2); font-size: 0.8rem; margin: 0; }
        .cover { padding: 4rem 0 3rem; border-bottom: 2px solid var(--text); margin-bottom: 2rem; }
        .toc ol { padding-left: 1.5rem; } .toc li { padding: 0.25rem 0; border-bottom: 1px solid var(--line-2); }
        a { color: var(--text); }
        section { margin: 3rem 0; }
        .note { color: var(--text-2); border-left: 3px solid var(--line-2); padding-left: 0.75rem; }
        .strong { font-weight: 700; margin-bottom: 0.25rem; }
        dl.facts { display: grid; grid-template-columns: 9rem 1fr; gap: 0.4rem 1rem; margin: 0 0 1rem; }
        dl.facts div { display: contents; } dt { font-weight: 700; color: var(--text-2); font-size: 0.9rem; } dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 1rem; font-size: 0.9rem; table-layout: fixed; }
        th { text-align: left; color: var(--text-2); border-bottom: 1.5px solid var(--text); padding: 0.35rem 0.4rem; vertical-align: bottom; }
        td { border-bottom: 1px solid var(--line-2); padding: 0.35rem 0.4rem; vertical-align: top; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        blockquote { margin: 0 0 0.75rem 0; padding-left: 0.9rem; border-left: 3px solid var(--text); }
        blockquote p { margin: 0; } cite { font-style: normal; color: var(--text-3); font-size: 0.85rem; }
        figure { margin: 0 0 1rem; } figcaption { color: var(--text-3); font-size: 0.85rem; margin-top: 0.25rem; }
        figure.chart svg { width: 100%; max-width: 720px; height: auto; }
        figure.map .scroll { overflow-x: auto; border: 1px solid var(--line-2); }
        figure.map svg { display: block; }
        footer { margin-top: 4rem; color: var(--text-3); font-size: 0.85rem; border-top: 1px solid var(--line-2); padding-top: 0.5rem; }
        @media print {
          @page { size: A4; margin: 16mm; }
          html { font-size: 10.5pt; } body { max-width: none; padding: 0; }
          .cover { break-after: page; border: 0; padding-top: 30vh; } .toc { break-after: page; }
          section { break-before: page; margin: 0; } h2, h3 { break-after: avoid; } tr, blockquote, figure { break-inside: avoid; }
          figure.map .scroll { overflow: visible; border: 0; } figure.map svg { width: 100%; height: auto; }
        }

        """;
}
