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
    private long _traces;
    private long _events;

    public void Read(Stream stream)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };
        using var xml = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)xml;
        try
        {
            ReadLog(xml, info);
        }
        catch (XmlException e)
        {
            problems.AddFatal(e.LineNumber, e.LinePosition, "the XML is not well-formed: " + e.Message);
        }
        catch (InvalidDataException e)
        {
            problems.AddFatal(info.LineNumber, info.LinePosition, e.Message);
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

        var reason = name is null ? "the event has no concept:name"
            : time is null ? "the event has no time:timestamp"
            : !TimestampParser.TryParse(time, options.Zone, out _) ? $"cannot read '{CsvEventReader.Clip(time)}' as a timestamp" : null;
        if (reason is not null || !problems.KeepRows)
        {
            builder.ClearPendingProperties();
            if (reason is not null)
            {
                problems.Add(line, column, reason);
            }

            return;
        }

        TimestampParser.TryParse(time, options.Zone, out var ticks);
        var activity = options.JoinLifecycle && lifecycle is not null ? name + "+" + lifecycle : name!;
        _traceEvents.Add((ticks, builder.Activities.GetOrAdd(activity), builder.TakePendingPropertySet()));
    }

    private void EndTrace()
    {
        var id = FindTraceName() ?? "trace-" + _traces.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_traceEvents.Count == 0 || !problems.KeepRows)
        {
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
