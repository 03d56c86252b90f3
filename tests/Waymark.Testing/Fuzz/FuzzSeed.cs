namespace Waymark.Testing.Fuzz;

/// <summary>A valid input the mutator starts from, with a name a failure report can point to.</summary>
public sealed record FuzzSeed(string Name, byte[] Bytes, FuzzShape Shape)
{
    public static FuzzSeed Text(string name, string text, FuzzShape shape) =>
        new(name, System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")), shape);
}
