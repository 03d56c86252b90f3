using System.CommandLine;
using Spectre.Console;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary><c>waymark analyze &lt;file&gt; funnel|flow|variants|paths|stats|trends [options]</c>.</summary>
public sealed class AnalyzeCommand
{
    private readonly AnalyzeSymbols _symbols = new();

    private AnalyzeCommand()
    {
    }

    /// <summary>
    /// JSON and CSV go to <paramref name="output"/>; tables to <paramref name="console"/> (by default a console over
    /// <paramref name="output"/>); problems to <paramref name="errors"/>.
    /// </summary>
    public static Command Create(TextWriter? output = null, IAnsiConsole? errors = null, IAnsiConsole? console = null)
    {
        var handler = new AnalyzeCommand();
        var command = new Command("analyze", "Import an event file and run an analysis on it");
        handler._symbols.AddTo(command);
        command.SetAction(parse =>
        {
            var writer = output ?? Console.Out;
            var tables = console ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
            return handler.Run(parse, new Outputs(writer, tables), errors ?? StandardError());
        });
        return command;
    }

    internal static IAnsiConsole StandardError() => ErrorConsole.Over(Console.Error);

    private int Run(ParseResult parse, Outputs output, IAnsiConsole errors)
    {
        var file = parse.GetValue(_symbols.File)!;
        if (!file.Exists)
        {
            errors.MarkupLine("[red]File not found: " + SafeMarkup.Value(file.FullName) + "[/]");
            return ExitCodes.IoError;
        }

        try
        {
            var request = new AnalyzeRequest(_symbols, parse);
            var import = request.Import();
            var log = ImportRunner.Run(file, import, errors);
            return log is null ? ExitCodes.Invalid : Analyze(log, request, parse, output);
        }
        catch (CliOptionException e)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text(e.Message) + "[/]");
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text(e.Message) + "[/]");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text(e.Message) + "[/]");
            return ExitCodes.IoError;
        }
    }

    private int Analyze(EventLog log, AnalyzeRequest request, ParseResult parse, Outputs output)
    {
        var format = parse.GetValue(_symbols.Format) ?? "table";
        switch (parse.GetValue(_symbols.Analysis))
        {
            case "funnel":
                var funnel = Waymark.Analytics.Engine.Analyze.Funnel(log, request.Funnel());
                ResultWriter.Write(format, funnel, human => ResultTables.Funnel(funnel, human), output.Writer, output.Console);
                break;
            case "flow":
                var flow = Waymark.Analytics.Engine.Analyze.Flow(log, request.Flow());
                ResultWriter.Write(format, flow, human => ResultTables.Flow(flow, human), output.Writer, output.Console);
                break;
            case "variants":
                var variants = Waymark.Analytics.Engine.Analyze.Variants(log, request.Variants());
                ResultWriter.Write(format, variants, human => ResultTables.Variants(variants, human), output.Writer, output.Console);
                break;
            case "paths":
                var paths = Waymark.Analytics.Engine.Analyze.Paths(log, request.Paths());
                ResultWriter.Write(format, paths, human => ResultTables.Paths(paths, human), output.Writer, output.Console);
                break;
            case "trends":
                var trends = Waymark.Analytics.Engine.Analyze.Trends(log, request.Trends());
                ResultWriter.Write(format, trends, human => ResultTables.Trends(trends, human), output.Writer, output.Console);
                break;
            default:
                var stats = Waymark.Analytics.Engine.Analyze.Stats(log, new StatsOptions { Filter = request.Filter() });
                ResultWriter.Write(format, stats, human => ResultTables.Stats(stats, human), output.Writer, output.Console);
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Where results go: machine formats to the writer, tables to the console.</summary>
    private sealed record Outputs(TextWriter Writer, IAnsiConsole Console);
}
