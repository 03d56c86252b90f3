namespace Waymark.Testing.Fuzz;

/// <summary>What a seed is, so the mutator can also break it where its syntax matters, not only at random bytes.</summary>
public enum FuzzShape
{
    /// <summary>CSV or TSV: lines of delimited fields, quotes.</summary>
    Delimited,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>One JSON object per line.</summary>
    Ndjson,

    /// <summary>XML (XES).</summary>
    Xml,

    /// <summary>YAML.</summary>
    Yaml,
}
