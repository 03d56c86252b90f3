using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Audit;

/// <summary>
/// The activity as CSV for compliance (RFC 4180, UTF-8 with a byte order mark so spreadsheets read names right),
/// written a thousand rows at a time so a long trail never sits in memory. A cell that a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a return) gets a leading apostrophe: what people typed stays text.
/// </summary>
internal static class ActivityCsv
{
    public const string Header = "sequence,time_utc,actor_id,actor,action,target,detail";
    private const int Chunk = 1000;

    public static async Task WriteAsync(Stream output, IQueryable<AuditEventEntity> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        long? before = null;
        while (true)
        {
            var page = await (before is { } b ? rows.Where(r => r.Sequence < b) : rows).Take(Chunk).AsNoTracking().ToListAsync(ct);
            foreach (var row in page)
            {
                await writer.WriteAsync(Line(row));
            }

            if (page.Count < Chunk)
            {
                break;
            }

            before = page[^1].Sequence;
        }
    }

    public static string Line(AuditEventEntity row)
    {
        var at = DateTime.SpecifyKind(row.At, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return string.Join(',', row.Sequence.ToString(CultureInfo.InvariantCulture), at, Cell(row.ActorId), Cell(row.ActorName),
            Cell(row.Action), Cell(row.Target), Cell(row.Detail)) + "\r\n";
    }

    private static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
