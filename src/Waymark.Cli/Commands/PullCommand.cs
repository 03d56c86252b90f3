using System.CommandLine;
using Waymark.Core.FileFormat;

namespace Waymark.Cli.Commands;

/// <summary>`waymark pull -o maps/`: writes a workspace's maps as files, one per map, named by a safe slug.</summary>
public sealed class PullCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write into.", DefaultValueFactory = _ => "." };
        var maps = new Option<string[]>("--map", "-m") { Description = "Only these map ids (repeatable).", AllowMultipleArgumentsPerToken = true };
        var format = new Option<MapFormat>("--format", "-f") { Description = "json or yaml.", DefaultValueFactory = _ => MapFormat.Json };
        var server = new ServerOptions();
        var command = new Command("pull", "Write a workspace's maps from a running server to files.") { output, maps, format };
        server.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(
            context,
            new PullRequest(parse.GetValue(server.Server)!, parse.GetValue(server.Workspace), parse.GetValue(output)!,
                parse.GetValue(maps) ?? [], parse.GetValue(format)),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, PullRequest request, CancellationToken ct)
    {
        using var client = ServerClient.For(request.Server);
        try
        {
            var ws = await client.ResolveWorkspaceAsync(request.Workspace, ct).ConfigureAwait(false);
            var all = await client.ListMapsAsync(ws, ct).ConfigureAwait(false);
            var chosen = request.MapIds.Length == 0 ? all : all.Where(m => request.MapIds.Contains(m.Id)).ToList();
            var missing = request.MapIds.Where(id => all.All(m => m.Id != id)).ToList();
            foreach (var id in missing)
            {
                context.Error.WriteLine($"{id}: no such map in workspace {ws}");
            }

            Directory.CreateDirectory(request.Output);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (id, name) in chosen)
            {
                var text = await client.ExportAsync(ws, id, request.Format, ct).ConfigureAwait(false);
                var path = Path.Combine(request.Output, UniqueName(used, MapFileNames.Slug(name), request.Format));
                await File.WriteAllTextAsync(path, text, ct).ConfigureAwait(false);
                context.Line($"{id} -> {path}");
            }

            return missing.Count > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"{request.Server}: cannot reach the server: {e.Message}");
            return ExitCodes.ServerError;
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"{request.Server}: {e.Message}");
            return e.ExitCode;
        }
    }

    private static string UniqueName(HashSet<string> used, string slug, MapFormat format)
    {
        var ext = format == MapFormat.Json ? ".waymark.json" : ".waymark.yaml";
        var name = slug + ext;
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{slug}-{n}{ext}";
        }

        return name;
    }

    private sealed record PullRequest(Uri Server, string? Workspace, string Output, string[] MapIds, MapFormat Format);
}
