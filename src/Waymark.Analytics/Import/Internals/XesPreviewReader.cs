using System.Xml;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// The first events of an XES log as rows: case (the trace's concept:name), activity, timestamp, then the other
/// event attributes. Stops quietly where the text was cut short.
/// </summary>
internal static class XesPreviewReader
{
    private const string Case = "case:concept:name";

    public static ImportPreview Read(string text, int maxRows)
    {
        var columns = new List<string> { Case, "concept:name", "time:timestamp" };
        var rows = new List<Dictionary<string, string>>();
        var notes = new List<string> { "XES: each trace is a customer (its concept:name is the customer id); trace attributes become customer attributes." };
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };
        try
        {
            using var xml = XmlReader.Create(new StringReader(text), settings);
            Read(xml, columns, rows, maxRows);
        }
        catch (XmlException e) when (rows.Count == 0)
        {
            notes.Add($"The XML cannot be read: {e.Message}");
        }
        catch (XmlException)
        {
            // The preview holds only the first bytes of the file: the XML ends mid-element.
        }

        var table = rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.GetValueOrDefault(c, "")).ToList()).ToList();
        var preview = new ImportPreview(ImportFormat.Xes, null, columns, table, Case, "concept:name", "time:timestamp", null, notes);
        return preview;
    }

    private static void Read(XmlReader xml, List<string> columns, List<Dictionary<string, string>> rows, int maxRows)
    {
        string? trace = null;
        var traceDepth = -1;
        while (rows.Count < maxRows && xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "trace")
            {
                (trace, traceDepth) = (null, xml.Depth);
            }
            else if (traceDepth >= 0 && xml.Depth == traceDepth + 1 && xml.LocalName == "event")
            {
                rows.Add(ReadEvent(xml, columns, trace ?? ""));
            }
            else if (traceDepth >= 0 && xml.Depth == traceDepth + 1 && xml.GetAttribute("key") == "concept:name")
            {
                trace = xml.GetAttribute("value");
            }
        }
    }

    private static Dictionary<string, string> ReadEvent(XmlReader xml, List<string> columns, string trace)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal) { [Case] = trace };
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            return row;
        }

        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.GetAttribute("key") is { } key)
            {
                if (!columns.Contains(key))
                {
                    columns.Add(key);
                }

                row[key] = xml.GetAttribute("value") ?? "";
            }
        }

        return row;
    }
}
