using System.Text;
using System.Text.Json;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>Reads newline-delimited JSON feedback: one object per line, blank lines skipped.</summary>
internal sealed class NdjsonFeedbackReader(TextReader text, FeedbackReadOptions options)
{
    private readonly TextRecordReader _reader = new(text, options.EffectiveMaxLineLength, quoteAware: false);

    public bool TryNext(out FeedbackRow row)
    {
        row = default;
        string line;
        try
        {
            ReadOnlySpan<char> record;
            do
            {
                if (!_reader.TryRead(out record))
                {
                    return false;
                }
            }
            while (record.IsWhiteSpace());

            line = record.ToString();
        }
        catch (InputStoppedException e)
        {
            row = new FeedbackRow(e.Line, null, new FeedbackProblem(e.Line, null, e.Message), Fatal: true);
            return true;
        }

        var number = _reader.Line;
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(line));
            var (item, member, problem) = FeedbackJson.Read(document.RootElement, options.Columns, options.DefaultTimeZone ?? TimeZoneInfo.Utc);
            row = new FeedbackRow(number, item, problem is null ? null : new FeedbackProblem(number, member, problem));
        }
        catch (JsonException e)
        {
            row = new FeedbackRow(number, null, new FeedbackProblem(number, null, "not valid JSON: " + e.Message));
        }

        return true;
    }
}
