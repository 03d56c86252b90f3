namespace Waymark.Analytics.Generation.Internals;

/// <summary>The sentences of one moment of the trial, for a happy and for an unhappy customer.</summary>
internal sealed record TextPool(string[] Happy, string[] Unhappy);
