using System.Text;
using System.Xml;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Streams an XES log (IEEE 1849) with XmlReader: trace attributes become customer attributes (the trace's
/// concept:name is the customer id); an event's concept:name is its activity, optionally joined with
/// lifecycle:transition; its other attributes become properties. Nested attributes are skipped.
/// </summary>
internal sealed class XesEventReader(ImportOptions options, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
{
    private readonly List<(string Key, string Value)> _traceAttributes = [];
    private readonly List<(long Ticks, int Activity, int Set)> _traceEvents = [];
    private (long Line, long Column) _traceStart;
    private long _traces;
    private long _events;

    public void Read(Stream stream)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };
        IXmlLineInfo? info = null;
        try
        {
            // Creating the reader already reads the first bytes (to find the encoding): a broken gzip or an encoding
            // it cannot decode fails here, so this is inside the handling too.
            using var xml = XmlReader.Create(stream, settings);
            info = (IXmlLineInfo)xml;
            ReadLog(xml, info);
        }
        catch (XmlException e)
        {
            problems.AddFatal(Math.Max(1, e.LineNumber), e.LinePosition, "the XML is not well-formed: " + e.Message);
        }
        catch (InvalidDataException e)
        {
            problems.AddFatal(Math.Max(1, info?.LineNumber ?? 1), info?.LinePosition ?? 1, e.Message);
        }
        catch (DecoderFallbackException e)
        {
            problems.AddFatal(Math.Max(1, info?.LineNumber ?? 1), info?.LinePosition ?? 1, "the file is not text in the encoding it declares: " + e.Message);
        }
    }

    private void ReadLog(XmlReader xml, IXmlLineInfo info)
    {
        var traceDepth = -1;
        while (!problems.ShouldStop && xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == traceDepth && xml.LocalName == "trace")
            {
                EndTrace();
                traceDepth = -1;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "trace")
            {
                _traceStart = (info.LineNumber, info.LinePosition);
                traceDepth = StartTrace(xml);
            }
            else if (traceDepth >= 0 && xml.Depth == traceDepth + 1 && xml.LocalName == "event")
            {
                ReadEvent(xml, info);
            }
            else if (traceDepth >= 0 && xml.Depth == traceDepth + 1 && xml.GetAttribute("key") is { } key)
            {
                _traceAttributes.Add((key, xml.GetAttribute("value") ?? ""));
            }
        }
    }

    private int StartTrace(XmlReader xml)
    {
        _traces++;
        _traceAttributes.Clear();
        _traceEvents.Clear();
        if (xml.IsEmptyElement)
        {
            return -1;
        }

        return xml.Depth;
    }

    private void ReadEvent(XmlReader xml, IXmlLineInfo info)
    {
        var (line, column) = (info.LineNumber, info.LinePosition);
        string? name = null, lifecycle = null, time = null;
        var depth = xml.Depth;
        if (!xml.IsEmptyElement)
        {
            while (xml.Read() && xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1 || xml.GetAttribute("key") is not { } key)
                {
                    continue;
                }

                var value = xml.GetAttribute("value") ?? "";
                switch (key)
                {
                    case "concept:name": name = value; break;
                    case "lifecycle:transition": lifecycle = value; builder.AddProperty(key, value); break;
                    case "time:timestamp": time = value; break;
                    default: builder.AddProperty(key, value); break;
                }
            }
        }

        AddEvent(name, lifecycle, time, line, column);
    }

    private void AddEvent(string? name, string? lifecycle, string? time, long line, long column)
    {
        _events++;
        if ((_events & 0xFFFF) == 0)
        {
            onRow(_events);
        }

        // Trimmed and required non-blank, as the CSV and NDJSON readers (and ingestion) take names.
        name = name?.Trim();
        var activity = name is { Length: > 0 } && options.JoinLifecycle && lifecycle is not null ? name + "+" + lifecycle : name;
        var (key, reason) = activity is null ? ("concept:name", "the event has no concept:name")
            : activity.Length == 0 ? ("concept:name", "the activity is missing or empty")
            : options.NameProblem(activity) is { } nameProblem ? ("concept:name", "the activity " + nameProblem)
            : time is null ? ("time:timestamp", "the event has no time:timestamp")
            : !TimestampParser.TryParse(time, options.Zone, out _) ? ("time:timestamp", $"cannot read '{CsvEventReader.Clip(time)}' as a timestamp")
            : (null, null);
        if (reason is not null || !problems.KeepRows)
        {
            builder.ClearPendingProperties();
            if (reason is not null)
            {
                problems.Add(line, column, reason, fieldName: key);
            }

            return;
        }

        TimestampParser.TryParse(time, options.Zone, out var ticks);
        _traceEvents.Add((ticks, builder.Activities.GetOrAdd(activity!), builder.TakePendingPropertySet()));
    }

    private void EndTrace()
    {
        var id = FindTraceName()?.Trim() ?? "trace-" + _traces.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_traceEvents.Count == 0 || !problems.KeepRows)
        {
            return;
        }

        if (id.Length == 0)
        {
            problems.Add(_traceStart.Line, _traceStart.Column, "the customer id is missing or empty", fieldName: "concept:name");
            return;
        }

        if (options.NameProblem(id) is { } idProblem)
        {
            problems.Add(_traceStart.Line, _traceStart.Column, "the customer id " + idProblem, fieldName: "concept:name");
            return;
        }

        var customer = builder.Customers.GetOrAdd(id);
        foreach (var (key, value) in _traceAttributes)
        {
            if (key != "concept:name")
            {
                builder.SetAttribute(id, key, value);
            }
        }

        foreach (var (ticks, activity, set) in _traceEvents)
        {
            builder.AddWithSet(customer, ticks, activity, 0, set);
        }
    }

    private string? FindTraceName()
    {
        foreach (var (key, value) in _traceAttributes)
        {
            if (key == "concept:name")
            {
                return value;
            }
        }

        return null;
    }
}
