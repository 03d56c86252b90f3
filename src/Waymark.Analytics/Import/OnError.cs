namespace Waymark.Analytics.Import;

/// <summary>What an import does with a bad row.</summary>
public enum OnError
{
    /// <summary>Import nothing; report the first problems (up to 20).</summary>
    Fail,

    /// <summary>Import every good row; count and report the bad ones.</summary>
    Skip,
}
