using System.CommandLine;
using Spectre.Console;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Cli.Commands;

/// <summary><c>waymark analyze &lt;file&gt; funnel|flow|variants|paths|stats|trends [options]</c>.</summary>
public sealed class AnalyzeCommand
{
    private readonly AnalyzeSymbols _symbols = new();

    private AnalyzeCommand()
    {
    }

    public static Command Create(TextWriter? output = null, IAnsiConsole? errors = null)
    {
        var handler = new AnalyzeCommand();
        var command = new Command("analyze", "Import an event file and run an analysis on it");
        handler._symbols.AddTo(command);
        command.SetAction(parse => handler.Run(parse, output ?? Console.Out, errors ?? StandardError()));
        return command;
    }

    internal static IAnsiConsole StandardError() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private int Run(ParseResult parse, TextWriter output, IAnsiConsole errors)
    {
        var file = parse.GetValue(_symbols.File)!;
        if (!file.Exists)
        {
            errors.MarkupLine("[red]File not found: " + Markup.Escape(file.FullName) + "[/]");
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
            errors.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            errors.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            errors.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
            return ExitCodes.IoError;
        }
    }

    private int Analyze(EventLog log, AnalyzeRequest request, ParseResult parse, TextWriter output)
    {
        var format = parse.GetValue(_symbols.Format) ?? "table";
        switch (parse.GetValue(_symbols.Analysis))
        {
            case "funnel":
                var funnel = Waymark.Analytics.Engine.Analyze.Funnel(log, request.Funnel());
                ResultWriter.Write(format, funnel, human => ResultTables.Funnel(funnel, human), output);
                break;
            case "flow":
                var flow = Waymark.Analytics.Engine.Analyze.Flow(log, request.Flow());
                ResultWriter.Write(format, flow, human => ResultTables.Flow(flow, human), output);
                break;
            case "variants":
                var variants = Waymark.Analytics.Engine.Analyze.Variants(log, request.Variants());
                ResultWriter.Write(format, variants, human => ResultTables.Variants(variants, human), output);
                break;
            case "paths":
                var paths = Waymark.Analytics.Engine.Analyze.Paths(log, request.Paths());
                ResultWriter.Write(format, paths, human => ResultTables.Paths(paths, human), output);
                break;
            case "trends":
                var trends = Waymark.Analytics.Engine.Analyze.Trends(log, request.Trends());
                ResultWriter.Write(format, trends, human => ResultTables.Trends(trends, human), output);
                break;
            default:
                var stats = Waymark.Analytics.Engine.Analyze.Stats(log, new StatsOptions { Filter = request.Filter() });
                ResultWriter.Write(format, stats, human => ResultTables.Stats(stats, human), output);
                break;
        }

        return ExitCodes.Ok;
    }
}
