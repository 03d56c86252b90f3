using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Waymark.Analytics.Generation;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary>
/// <c>waymark generate --customers N --seed S -o events.csv</c>: synthetic journeys, plus customers and feedback
/// files beside the events file (events.customers.csv, events.feedback.csv) unless turned off.
/// </summary>
public sealed class GenerateCommand
{
    private readonly Option<int> _customers = new("--customers", "-n") { Description = "How many customers", DefaultValueFactory = _ => GeneratorPresets.SampleCustomers };
    private readonly Option<int> _seed = new("--seed", "-s") { Description = "Random seed (same seed, same data)", DefaultValueFactory = _ => GeneratorPresets.SampleSeed };
    private readonly Option<FileInfo> _output = new("--output", "-o") { Description = "Events CSV to write", DefaultValueFactory = _ => new FileInfo("events.csv") };
    private readonly Option<bool> _eventsOnly = new("--events-only") { Description = "Do not write the customers and feedback files" };

    private GenerateCommand()
    {
    }

    public static Command Create(IAnsiConsole? errors = null)
    {
        var handler = new GenerateCommand();
        var command = new Command("generate", "Write realistic synthetic customer journeys and feedback as CSV");
        command.Options.Add(handler._customers);
        command.Options.Add(handler._seed);
        command.Options.Add(handler._output);
        command.Options.Add(handler._eventsOnly);
        command.SetAction(parse => handler.Run(parse, errors ?? AnalyzeCommand.StandardError()));
        return command;
    }

    /// <summary>The companion file name: events.csv gives events.customers.csv.</summary>
    public static string Companion(string eventsPath, string kind) =>
        Path.Combine(Path.GetDirectoryName(eventsPath) ?? "", Path.GetFileNameWithoutExtension(eventsPath) + "." + kind + ".csv");

    private int Run(ParseResult parse, IAnsiConsole errors)
    {
        var count = parse.GetValue(_customers);
        if (count < 1)
        {
            errors.MarkupLine("[red]--customers must be at least 1.[/]");
            return ExitCodes.Usage;
        }

        var path = parse.GetValue(_output)!.FullName;
        var options = GeneratorPresets.Sample(count, parse.GetValue(_seed));
        try
        {
            var watch = Stopwatch.StartNew();
            var summary = Write(path, options, !parse.GetValue(_eventsOnly));
            errors.MarkupLine(SafeMarkup.Text(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Customers:N0} customers, {summary.Events:N0} events, {summary.Feedback:N0} feedback rows in {watch.Elapsed.TotalSeconds:0.0}s -> {path}")));
            return ExitCodes.Ok;
        }
        catch (IOException e)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text(e.Message) + "[/]");
            return ExitCodes.IoError;
        }
        catch (UnauthorizedAccessException e)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text(e.Message) + "[/]");
            return ExitCodes.IoError;
        }
    }

    private static GeneratorSummary Write(string path, GeneratorOptions options, bool companions)
    {
        using var events = Open(path);
        using var customers = companions ? Open(Companion(path, "customers")) : null;
        using var feedback = companions ? Open(Companion(path, "feedback")) : null;
        return JourneyGenerator.Generate(options, events, customers, feedback);
    }

    private static StreamWriter Open(string path) => new(path, false, new UTF8Encoding(false), 1 << 20);
}
