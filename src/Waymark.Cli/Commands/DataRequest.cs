using Waymark.Analytics.Feedback;
using Waymark.Core.Maps;
using Waymark.Render.Data;
using Waymark.Server.Features.Overlay;

namespace Waymark.Cli.Commands;

/// <summary>
/// Fetches a data strip from a running server: its overlay and feedback routes' figures for the map, period and
/// segment, built into the strip by <see cref="DataStripFigures"/> as the server's export route does. The CLI sends
/// no credential, as push and pull: it reaches a server with accounts off.
/// </summary>
internal sealed record DataRequest(Uri Server, string? Workspace, string? MapId, string? From, string? To, string? Segment)
{
    public async Task<(MapData? Data, int ExitCode)> FetchAsync(CliContext context, JourneyMap map, CancellationToken ct)
    {
        using var client = ServerClient.For(Server);
        try
        {
            var workspace = await client.ResolveWorkspaceAsync(Workspace, ct).ConfigureAwait(false);
            var (overlay, feedback) = await client.GetFiguresAsync<OverlayResult, FeedbackFigures>(workspace, MapId ?? map.Id, Query(), ct)
                .ConfigureAwait(false);
            return (DataStripFigures.Build(overlay, feedback), ExitCodes.Ok);
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"{Server}: cannot reach the server: {e.Message}");
            return (null, ExitCodes.ServerError);
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"{Server}: {e.Message}");
            return (null, e.ExitCode);
        }
    }

    private string Query()
    {
        var parts = new[] { ("from", From), ("to", To), ("segment", Segment) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
