using Waymark.Analytics.Import;

namespace Waymark.Cli.Commands;

/// <summary>What `waymark import` was asked to do.</summary>
public sealed record ImportJob(FileInfo File, Uri Server, string Key, int BatchSize, OnError OnError);
