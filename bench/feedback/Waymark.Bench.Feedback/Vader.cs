using System.Diagnostics;
using System.Globalization;

namespace Waymark.Bench.Feedback;

/// <summary>Runs VADER itself (npm vader-sentiment, installed in bench/peers/vader) through node.</summary>
internal sealed class Vader(string peerDir)
{
    public double[] Score(IReadOnlyList<string> texts)
    {
        var file = WriteTexts(texts);
        try
        {
            var output = Node(file);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Best texts per second of <paramref name="repeat"/> passes over the texts in one node process.</summary>
    public double Throughput(IReadOnlyList<string> texts, int repeat)
    {
        var file = WriteTexts(texts);
        try
        {
            return double.Parse(Node(file, "time", repeat.ToString(CultureInfo.InvariantCulture)).Trim(), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string WriteTexts(IReadOnlyList<string> texts)
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, texts.Select(t => t.ReplaceLineEndings(" ")));
        return file;
    }

    private string Node(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = peerDir };
        start.ArgumentList.Add(Path.Combine(peerDir, "score.mjs"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node score.mjs failed ({process.ExitCode}): {stderr.Result}");
        return output;
    }
}
