using System.CommandLine;
using Spectre.Console;
using Waymark.Cli.Commands;

namespace Waymark.Cli;

/// <summary>The waymark command line: every command is registered here explicitly.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Waymark: customer journey maps as open files, live with data.");
        root.Subcommands.Add(TemplatesCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(PushCommand.Create(context));
        root.Subcommands.Add(PullCommand.Create(context));
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        root.Subcommands.Add(AnalyzeCommand.Create(context.Console.Profile.Out.Writer, errors));
        root.Subcommands.Add(GenerateCommand.Create(errors));
        root.Subcommands.Add(ImportCommand.Create(context, errors));
        root.Subcommands.Add(FeedbackCommand.Create(context, errors));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error)
    {
        var context = new CliContext(console, error);
        var root = CreateRoot(context);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = new ConsoleWriter(console), Error = error };
        var code = await parsed.InvokeAsync(config).ConfigureAwait(false);

        // System.CommandLine answers parse errors with 1; ours means "invalid map", so usage errors get their own code.
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
