using System.CommandLine;
using Waymark.Core.FileFormat;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark push maps/*.waymark.json --server URL [--source ID]`: creates or updates the maps on a server. A map file
/// names no event source, so a new map reads the one --source names, or none until someone connects it.
/// </summary>
public sealed class PushCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Map files to push.", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string?>("--source") { Description = "The event source new maps read (its id); none when left out." };
        var server = new ServerOptions();
        var command = new Command("push", "Send map files to a running server: new maps are created, known ones updated.") { files, source };
        server.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(
            context, parse.GetValue(files)!, parse.GetValue(server.Server)!, parse.GetValue(server.Workspace), parse.GetValue(source), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, Uri server, string? workspace, string? source, CancellationToken ct)
    {
        using var client = ServerClient.For(server);
        var worst = ExitCodes.Ok;
        try
        {
            var ws = await client.ResolveWorkspaceAsync(workspace, ct).ConfigureAwait(false);
            foreach (var file in files)
            {
                worst = Math.Max(worst, await PushOneAsync(context, client, ws, file, source, ct).ConfigureAwait(false));
            }
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"{server}: cannot reach the server: {e.Message}");
            return ExitCodes.ServerError;
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"{server}: {e.Message}");
            return e.ExitCode;
        }

        return worst;
    }

    private static async Task<int> PushOneAsync(CliContext context, ServerClient client, string ws, string file, string? source, CancellationToken ct)
    {
        var result = MapFiles.Read(file);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"{file}: {problem}");
            }

            return ExitCodes.Invalid;
        }

        var map = result.Map!;
        try
        {
            var etag = await client.GetETagAsync(ws, map.Id, ct).ConfigureAwait(false);
            if (etag is null)
            {
                await client.ImportAsync(ws, MapSerializer.ToJson(map), MapFormat.Json, source, ct).ConfigureAwait(false);
                context.Line($"{file}: created {map.Id}");
            }
            else
            {
                await client.UpdateAsync(ws, map.Id, MapSerializer.ToJson(map), etag, ct).ConfigureAwait(false);
                context.Line($"{file}: updated {map.Id}");
            }

            return ExitCodes.Ok;
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"{file}: {e.Message}");
            return e.ExitCode;
        }
    }
}
