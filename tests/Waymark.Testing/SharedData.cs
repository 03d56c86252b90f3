namespace Waymark.Testing;

/// <summary>Finds ../shared/data (beside the repository root); tests that need it skip when it is absent.</summary>
public static class SharedData
{
    public const string SkipReason = "skipped: ../shared/data not present";

    /// <summary>The shared data folder, or null when this clone has none.</summary>
    public static string? Folder { get; } = Locate();

    public static string? PathOf(string fileName) =>
        Folder is null ? null : File.Exists(Path.Combine(Folder, fileName)) ? Path.Combine(Folder, fileName) : null;

    private static string? Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "data");
                return Directory.Exists(shared) ? shared : null;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
