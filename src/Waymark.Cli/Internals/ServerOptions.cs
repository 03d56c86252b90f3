using System.CommandLine;

namespace Waymark.Cli;

/// <summary>The options push and pull share.</summary>
internal sealed class ServerOptions
{
    public Option<Uri> Server { get; } = new("--server", "-s")
    {
        Description = "The Waymark server, e.g. http://localhost:5080",
        DefaultValueFactory = _ => new Uri("http://localhost:5080"),
    };

    public Option<string?> Workspace { get; } = new("--workspace", "-w")
    {
        Description = "Workspace id (default: the server's first workspace).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(Workspace);
    }
}
