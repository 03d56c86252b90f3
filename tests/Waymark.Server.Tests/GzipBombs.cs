using System.IO.Compression;
using System.Text;

namespace Waymark.Server.Tests;

/// <summary>
/// Gzip bombs as the audit sent them: a header and 40,000,000 copies of one short row, about 1 GB of text in 2.5 MB
/// (events) or 6.5 MB (feedback) of gzip. Each is compressed once per test run (a few seconds).
/// </summary>
internal static class GzipBombs
{
    public const long Rows = 40_000_000;

    private static readonly Lazy<byte[]> EventsBomb = new(() => Bomb("customer_id,activity,timestamp\n", "c1,a,2026-11-01T10:00:00Z\n"));
    private static readonly Lazy<byte[]> FeedbackBomb = new(() => Bomb("customer_id,timestamp,score_type,score,text\n", "c1,2026-11-01T10:00:00Z,nps,9,Great service\n"));

    public static byte[] Events => EventsBomb.Value;

    public static byte[] Feedback => FeedbackBomb.Value;

    private static byte[] Bomb(string header, string row)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(header));
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(row, 4000)));
            for (long written = 0; written < Rows; written += 4000)
            {
                gzip.Write(block);
            }
        }

        return output.ToArray();
    }
}
