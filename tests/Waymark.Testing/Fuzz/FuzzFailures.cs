using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Waymark.Testing.Fuzz;

/// <summary>
/// Every failure of a fuzz run, grouped so each distinct fault (entry point + what went wrong) is listed once with
/// its first case and how often it happened. The run goes on after a failure, so one run lists them all.
/// </summary>
public sealed class FuzzFailures
{
    private readonly ConcurrentDictionary<string, (FuzzCase First, string Detail, int Count)> _distinct = new(StringComparer.Ordinal);
    private int _cases;

    public int Cases => _cases;

    public int Distinct => _distinct.Count;

    public void Counted() => Interlocked.Increment(ref _cases);

    /// <summary>Records a failure; <paramref name="kind"/> is what makes it distinct (e.g. "500 InvalidOperationException").</summary>
    public void Add(FuzzCase fuzzCase, string kind, string detail)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        _distinct.AddOrUpdate($"{fuzzCase.EntryPoint} | {kind}", (fuzzCase, detail, 1), (_, old) => (old.First, old.Detail, old.Count + 1));
    }

    /// <summary>Fails the test with the report of every distinct failure; also writes it under the temp folder.</summary>
    public void AssertNone(string run)
    {
        if (_distinct.IsEmpty)
        {
            return;
        }

        var report = Report(run);
        var folder = Path.Combine(Path.GetTempPath(), "waymark-fuzz");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, string.Concat(run.Split(Path.GetInvalidFileNameChars())) + ".txt");
        File.WriteAllText(file, report);
        Assert.Fail($"{report}\n(report also in {file})");
    }

    public string Report(string run)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{run}: {_distinct.Count} distinct failures in {_cases} cases (seed {FuzzSettings.Seed}, count {FuzzSettings.Count})\n"));
        foreach (var (key, (first, detail, count)) in _distinct.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n== {key} (x{count})\n{Cut(detail, 1500)}\n{first.Describe()}\n");
        }

        return text.ToString();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
