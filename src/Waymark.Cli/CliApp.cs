using System.CommandLine;
using Spectre.Console;
using Waymark.Cli.Commands;
using Waymark.Cli.Internals;

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
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(PushCommand.Create(context));
        root.Subcommands.Add(PullCommand.Create(context));
        var errors = ErrorConsole.Over(context.RawError);
        root.Subcommands.Add(AnalyzeCommand.Create(context.Console.Profile.Out.Writer, errors, context.Console));
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

        // Our own last line of defence instead of System.CommandLine's, which prints the stack trace.
        var config = new InvocationConfiguration { Output = new ConsoleWriter(console), Error = context.Error, EnableDefaultExceptionHandler = false };
        int code;
        try
        {
            code = await parsed.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return Unexpected(context, e);
        }

        // System.CommandLine answers parse errors with 1; ours means "invalid map", so usage errors get their own code.
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>
    /// A command met an exception it does not handle: each command reports the failures it expects (a bad row, a
    /// missing file, a refused request) with their place; anything else is a fault in waymark. It is named in one
    /// line with what to do, never as a stack trace, which would bury the message and may echo the file's text raw.
    /// </summary>
    private static int Unexpected(CliContext context, Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : e;
        context.Error.WriteLine($"waymark: internal error ({inner.GetType().Name}): {inner.Message}");
        context.Error.WriteLine("This is a fault in waymark, not something you did wrong. Please report it with the command you ran " +
            "and, if you can, the line of the file it was reading.");
        return ExitCodes.InternalError;
    }
}
