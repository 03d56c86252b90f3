using System.Globalization;
using System.Text.RegularExpressions;
using Waymark.Core.Text;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// A comment's body: plain text with mentions written as <c>@[Display Name](userId)</c> tokens in it (ADR
/// comments-mentions). The text is checked (not empty, no NUL, at most <see cref="MaxLength"/> characters), every
/// mentioned id must be a member of the workspace, and each token's name is rewritten to the member's name now.
/// </summary>
internal static partial class CommentText
{
    public const int MaxLength = 5000;
    public const int MaxMentions = 50;

    /// <summary>The body to store and the members it mentions, or the problem as (path "body", message, 422 or 400).</summary>
    public static async Task<(string? Body, IReadOnlyList<string> Mentioned, string? Problem, bool Unprocessable)> ReadAsync(
        string? body, string workspaceId, IMemberDirectory members, CancellationToken ct)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, [], "a comment needs some text", false);
        }

        if (NameRules.Problem(text, MaxLength) is { } problem)
        {
            return (null, [], problem, false);
        }

        var tokens = Token().Matches(text);
        if (tokens.Count > MaxMentions)
        {
            return (null, [], string.Create(CultureInfo.InvariantCulture, $"a comment may mention at most {MaxMentions} times"), false);
        }

        if (tokens.Count == 0)
        {
            return (text, [], null, false);
        }

        var directory = (await members.ListAsync(workspaceId, ct)).ToDictionary(m => m.UserId, StringComparer.Ordinal);
        foreach (Match token in tokens)
        {
            if (!directory.ContainsKey(token.Groups["id"].Value))
            {
                return (null, [], $"mentions '{token.Groups["id"].Value}', who is not a member of this workspace", true);
            }
        }

        var rewritten = Token().Replace(text, m => $"@[{Clean(directory[m.Groups["id"].Value].DisplayName)}]({m.Groups["id"].Value})");
        if (rewritten.Length > MaxLength)
        {
            return (null, [], $"is longer than {MaxLength} characters once the mentioned names are written out", false);
        }

        return (rewritten, tokens.Select(t => t.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToArray(), null, false);
    }

    /// <summary>The members a stored body mentions.</summary>
    public static IReadOnlyList<string> MentionsIn(string body) =>
        Token().Matches(body).Select(t => t.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A name as a token holds it: no brackets, which would end the token, and no line breaks.</summary>
    private static string Clean(string name) =>
        string.Concat(name.Select(c => c is '[' or ']' or '\r' or '\n' ? ' ' : c)).Trim() is { Length: > 0 } clean ? clean : "member";

    [GeneratedRegex(@"@\[(?<name>[^\[\]\r\n]{1,200})\]\((?<id>[^()\s]{1,200})\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();
}
