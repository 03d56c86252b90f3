using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads sequence-only input (like the MSNBC clickstream): lines starting with % are comments, an optional line
/// of names maps the numbers 1..n to activities, then each line is one visit (a customer, numbered from 1) with
/// its activities separated by spaces. There are no timestamps: an event's position stands in for its time.
/// </summary>
internal sealed class SequenceReader(ImportOptions options, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
{
    private int[] _activityOfNumber = [];
    private bool _namesSeen;

    public void Read(TextReader text)
    {
        var reader = new TextRecordReader(text, options.EffectiveMaxLineLength, quoteAware: false);
        long visits = 0;
        Span<char> idText = stackalloc char[20];
        while (!problems.ShouldStop && reader.TryRead(out var line))
        {
            line = line.Trim();
            if (line.IsEmpty || line[0] == '%')
            {
                continue;
            }

            if (!_namesSeen && IsNameLine(line))
            {
                ReadNames(line);
                continue;
            }

            _namesSeen = true;
            visits++;
            visits.TryFormat(idText, out var written, default, CultureInfo.InvariantCulture);
            ReadVisit(line, builder.Customers.GetOrAdd(idText[..written]), reader.Line);
            if ((visits & 0xFFFF) == 0)
            {
                onRow(visits);
            }
        }
    }

    private static bool IsNameLine(ReadOnlySpan<char> line) => line.ContainsAnyExcept("0123456789 \t");

    private void ReadNames(ReadOnlySpan<char> line)
    {
        _namesSeen = true;
        var numbers = new List<int>();
        foreach (var range in line.SplitAny(' ', '\t'))
        {
            if (!line[range].IsEmpty)
            {
                numbers.Add(builder.Activities.GetOrAdd(line[range]));
            }
        }

        _activityOfNumber = [.. numbers];
    }

    private void ReadVisit(ReadOnlySpan<char> line, int customer, long lineNumber)
    {
        var position = 0L;
        foreach (var range in line.SplitAny(' ', '\t'))
        {
            var token = line[range];
            if (token.IsEmpty)
            {
                continue;
            }

            builder.AddWithSet(customer, position++, ActivityOf(token), 0, 0);
        }

        if (position == 0)
        {
            problems.Add(lineNumber, 1, "the visit has no activities");
        }
    }

    private int ActivityOf(ReadOnlySpan<char> token)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= _activityOfNumber.Length)
        {
            return _activityOfNumber[number - 1];
        }

        return builder.Activities.GetOrAdd(token);
    }
}
