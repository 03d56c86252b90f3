using System.Text;

namespace Waymark.Render.Report;

/// <summary>A report table as HTML: header cells with scope, numbers right-aligned, a row's machine figures as data attributes.</summary>
internal static class HtmlTable
{
    public static void Write(StringBuilder html, Table table)
    {
        html.Append("<table data-table=\"").Append(ReportHtmlWriter.E(table.Name)).Append("\">\n<colgroup>");
        foreach (var width in table.Widths)
        {
            html.Append("<col style=\"width:").Append((width * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        for (var i = 0; i < table.Header.Count; i++)
        {
            html.Append(i >= table.NumericFrom ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(ReportHtmlWriter.E(table.Header[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr");
            if (table.Data is { } data && r < data.Count)
            {
                foreach (var (key, value) in data[r])
                {
                    html.Append(" data-").Append(key).Append("=\"").Append(ReportHtmlWriter.E(value)).Append('"');
                }
            }

            html.Append('>');
            var row = table.Rows[r];
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(i >= table.NumericFrom ? "<td class=\"num\">" : "<td dir=\"auto\">").Append(ReportHtmlWriter.E(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
