using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Waymark.Server.Features.Accounts;

namespace Waymark.Server.Tests.Accounts;

/// <summary>What the server would print on its console (the first-start link), kept for the test to read.</summary>
public sealed partial class CapturedNotices : IConsoleNotice
{
    private readonly ConcurrentQueue<string> _blocks = new();

    public IReadOnlyList<string> Blocks => [.. _blocks];

    public void Write(string block) => _blocks.Enqueue(block);

    /// <summary>The token of the newest printed link (the part after #token=).</summary>
    public string LastToken() =>
        Blocks.Select(b => TokenPattern().Match(b)).LastOrDefault(m => m.Success)?.Groups[1].Value
        ?? throw new InvalidOperationException("The server printed no sign-in link.");

    [GeneratedRegex(@"/signin#token=([A-Za-z0-9._-]+)")]
    private static partial Regex TokenPattern();
}
