using System.Globalization;

namespace Waymark.Server.Features.Audit;

/// <summary>The plain-text details of the lines that carry numbers, worded in one place (invariant culture).</summary>
internal static class AuditDetails
{
    /// <summary>"events.csv: 1,200 rows imported, 40 already stored, 3 skipped" (the file's name as the client sent it, as text).</summary>
    public static string Import(string? fileName, long imported, long duplicates, long skipped)
    {
        var file = string.IsNullOrWhiteSpace(fileName) ? "a file without a name" : fileName.Trim();
        return $"{file}: {Rows(imported)} imported, {Count(duplicates)} already stored, {Count(skipped)} skipped";
    }

    /// <summary>"3 batches: 1,200 stored, 4 already stored, 2 rejected" for the lines of ingestion through a key.</summary>
    public static string Ingest(long batches, long accepted, long duplicates, long rejected) =>
        $"{Count(batches)} {(batches == 1 ? "batch" : "batches")}: {Count(accepted)} stored, {Count(duplicates)} already stored, {Count(rejected)} rejected";

    private static string Rows(long n) => $"{Count(n)} {(n == 1 ? "row" : "rows")}";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
