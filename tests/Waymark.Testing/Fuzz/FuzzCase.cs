using System.Globalization;
using System.Text;

namespace Waymark.Testing.Fuzz;

/// <summary>One generated input: where it goes, how to replay it, what it is made of, and its bytes.</summary>
public sealed record FuzzCase(string EntryPoint, int RunSeed, int Index, string SeedName, string Mutations, byte[] Bytes)
{
    /// <summary>Extra text that goes with the body, such as the upload's file name.</summary>
    public string? Label { get; init; }

    public string Replay => string.Create(CultureInfo.InvariantCulture,
        $"WAYMARK_FUZZ_SEED={RunSeed} WAYMARK_FUZZ_CASE='{EntryPoint}#{Index}'");

    public string Describe(int maxBytes = 600) =>
        $"entry point: {EntryPoint}\nreplay: {Replay}\nseed: {SeedName}\nmutations: {Mutations}\n" +
        (Label is null ? "" : $"label: {Escape(Encoding.UTF8.GetBytes(Label), 200)}\n") +
        $"input ({Bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes): {Escape(Bytes, maxBytes)}";

    /// <summary>Printable ASCII as is, everything else as \n, \r, \t or \xNN; cut after <paramref name="max"/> bytes.</summary>
    public static string Escape(byte[] bytes, int max)
    {
        var text = new StringBuilder("\"");
        foreach (var b in bytes.AsSpan(0, Math.Min(max, bytes.Length)))
        {
            text.Append(b switch
            {
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                (byte)'\\' => "\\\\",
                (byte)'"' => "\\\"",
                >= 0x20 and < 0x7F => ((char)b).ToString(),
                _ => "\\x" + b.ToString("X2", CultureInfo.InvariantCulture),
            });
        }

        text.Append('"');
        if (bytes.Length > max)
        {
            text.Append(CultureInfo.InvariantCulture, $"... ({bytes.Length - max} more bytes)");
        }

        return text.ToString();
    }
}
