namespace Waymark.Bench;

/// <summary>The three datasets: a generated 1M-customer log, BPIC2012 and MSNBC (from ../shared/data).</summary>
public static class Datasets
{
    public static string Root { get; } = FindRoot();

    public static string DataFolder => Path.Combine(Root, "bench", ".data");

    public static string SharedFolder => Path.Combine(Path.GetDirectoryName(Root)!, "shared", "data");

    public static Dataset Get(string name) => name switch
    {
        "generated" => new Dataset("generated", Path.Combine(DataFolder, "generated.csv"), true,
            ["Visited homepage", "Viewed product", "Started signup", "Entered payment details", "Signup completed"],
            TimeSpan.FromDays(30), "Viewed product", 4),
        "bpic2012" => new Dataset("bpic2012", Path.Combine(SharedFolder, "bpic2012.xes.gz"), false,
            ["A_SUBMITTED", "A_PREACCEPTED", "A_ACCEPTED", "A_FINALIZED", "O_SENT", "O_ACCEPTED"],
            TimeSpan.FromDays(30), "A_SUBMITTED", 4),
        "msnbc" => new Dataset("msnbc", Path.Combine(SharedFolder, "msnbc990928.seq.gz"), false,
            ["frontpage", "news", "business"], null, "frontpage", 4),
        _ => throw new ArgumentException("unknown dataset " + name, nameof(name)),
    };

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Waymark.slnx not found");
    }
}
