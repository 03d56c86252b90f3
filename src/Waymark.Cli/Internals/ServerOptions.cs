using System.CommandLine;

namespace Waymark.Cli;

/// <summary>The options push and pull share.</summary>
internal sealed class ServerOptions
{
    /// <param name="optional">No server unless one is named (export draws offline then); else http://localhost:5080.</param>
    public ServerOptions(bool optional = false)
    {
        Server = new Option<Uri>("--server", "-s") { Description = "The Waymark server, e.g. http://localhost:5080", CustomParser = ParseServer };
        if (!optional)
        {
            Server.DefaultValueFactory = _ => new Uri("http://localhost:5080");
        }
    }

    public Option<Uri> Server { get; }

    public Option<string?> Workspace { get; } = new("--workspace", "-w")
    {
        Description = "Workspace id (default: the server's first workspace).",
    };

    private static Uri? ParseServer(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"--server: '{text}' is not an http(s) address such as http://localhost:5080");
        return null;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(Workspace);
    }
}
