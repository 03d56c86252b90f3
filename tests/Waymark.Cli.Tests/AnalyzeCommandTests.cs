using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Waymark.Cli.Commands;

namespace Waymark.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waymark-cli-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _output.Dispose();
        _errors.Dispose();
    }

    private int Run(params string[] args)
    {
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_errors), Interactive = InteractionSupport.No });
        var root = new RootCommand();
        root.Subcommands.Add(AnalyzeCommand.Create(_output, errors));
        root.Subcommands.Add(GenerateCommand.Create(errors));
        return root.Parse(args).Invoke();
    }

    private string Events(params string[] rows)
    {
        var path = Path.Combine(_folder, "events.csv");
        File.WriteAllLines(path, ["customer_id,activity,timestamp", .. rows]);
        return path;
    }

    [Fact]
    public void Analyze_FunnelAsJson_WritesStepCounts()
    {
        var file = Events("c1,A,2024-01-01T00:00:00Z", "c1,B,2024-01-01T00:10:00Z", "c2,A,2024-01-01T00:00:00Z");

        var code = Run("analyze", file, "funnel", "--steps", "A > B", "--window", "1h", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(_output.ToString());
        var steps = json.RootElement.GetProperty("steps");
        Assert.Equal(2, steps[0].GetProperty("customers").GetInt64());
        Assert.Equal(600, steps[1].GetProperty("timeFromPrevious").GetProperty("median").GetDouble());
    }

    [Fact]
    public void Analyze_FlowAsCsv_WritesOneRowPerEdge()
    {
        var file = Events("c1,A,1", "c1,B,2", "c2,A,1", "c2,C,5");

        Assert.Equal(ExitCodes.Ok, Run("analyze", file, "flow", "--format", "csv"));

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("from,to,events", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingFile_ReturnsInputNotFound()
    {
        Assert.Equal(ExitCodes.IoError, Run("analyze", Path.Combine(_folder, "none.csv"), "stats"));
    }

    [Fact]
    public void Analyze_BadRow_ReturnsImportFailedAndNamesTheLine()
    {
        var file = Events("c1,A,1", "c2,B,yesterday");

        Assert.Equal(ExitCodes.Invalid, Run("analyze", file, "stats"));
        Assert.Contains("line 3, field 3 (timestamp)", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_BadRowAndUnreadableFile_ErrorsNameTheFile()
    {
        var file = Events("c1,A,1", "c2,B,yesterday");
        var xes = Path.Combine(_folder, "log.xes");
        File.WriteAllText(xes, "<log><trace>");

        Assert.Equal(ExitCodes.Invalid, Run("analyze", file, "stats"));
        Assert.Equal(ExitCodes.Invalid, Run("analyze", xes, "stats"));

        var errors = _errors.ToString();
        Assert.Contains("events.csv: line 3", errors, StringComparison.Ordinal);
        Assert.Contains("Nothing imported from events.csv:", errors, StringComparison.Ordinal);
        Assert.Contains("log.xes: line 1", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_BadWindow_ReturnsInvalidOption()
    {
        var file = Events("c1,A,1");

        Assert.Equal(ExitCodes.Usage, Run("analyze", file, "funnel", "--steps", "A > B", "--window", "soon"));
    }

    [Fact]
    public void Generate_SmallSeededRun_WritesEventsCustomersAndFeedbackThatImport()
    {
        var file = Path.Combine(_folder, "gen.csv");

        Assert.Equal(ExitCodes.Ok, Run("generate", "--customers", "500", "--seed", "3", "-o", file));
        var first = File.ReadAllText(file);
        Assert.Equal(ExitCodes.Ok, Run("generate", "--customers", "500", "--seed", "3", "-o", file));

        Assert.Equal(first, File.ReadAllText(file));
        Assert.True(File.Exists(GenerateCommand.Companion(file, "customers")));
        Assert.True(File.Exists(GenerateCommand.Companion(file, "feedback")));
        Assert.Equal(ExitCodes.Ok, Run("analyze", file, "variants", "--customers", GenerateCommand.Companion(file, "customers"), "--format", "json"));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("45m", 2700)]
    [InlineData("30d", 2_592_000)]
    [InlineData("2w", 1_209_600)]
    public void Duration_Units_AreRead(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OptionText.Duration(text));
    }

    [Fact]
    public void Steps_AlternativesAndExclusions_AreRead()
    {
        var steps = OptionText.Steps("Visit > Signup|Register > Buy");
        var exclusion = OptionText.Exclusion("Refund@2");

        Assert.Equal(["Signup", "Register"], steps[1].Activities);
        Assert.Equal(1, exclusion.AfterStep);
    }
}
