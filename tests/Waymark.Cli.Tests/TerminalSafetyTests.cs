using System.Text;
using Spectre.Console;

namespace Waymark.Cli.Tests;

/// <summary>
/// Whatever a file holds, the CLI prints it safely: no raw escape sequence or other control character reaches the
/// terminal (tables, messages, errors, data on a terminal), noncharacters cannot crash the table layout, and no
/// exception from reading a file is printed as a stack trace; the exit code is always a named one.
/// </summary>
public sealed class TerminalSafetyTests : IDisposable
{
    private const string Esc = "\u001B";
    private static readonly int[] NamedCodes =
        [ExitCodes.Ok, ExitCodes.Invalid, ExitCodes.Usage, ExitCodes.IoError, ExitCodes.ServerError, ExitCodes.Conflict, ExitCodes.InternalError];

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Analyze_NoncharacterInAField_PrintsTheTableWithAReplacement()
    {
        var file = Write("events.csv", "customer_id,activity,timestamp\nc1,A\uFFFFB,2024-01-01T00:00:00Z\nc1,B\uFDD0,2024-01-01T00:10:00Z\n");

        var result = await _cli.RunAsync("analyze", file, "stats");

        AssertSafe(result);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("A\uFFFDB", result.Output, StringComparison.Ordinal);
        Assert.Contains("B\uFFFD", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_EscapeSequencesInTheHeader_ErrorShowsThemEscaped()
    {
        var file = Write("events.csv", $"customer_id,{Esc}[31mactivity{Esc}[0m,timestamp\nc1,A,2024-01-01T00:00:00Z\n");

        var result = await _cli.RunAsync("analyze", file, "stats");

        AssertSafe(result);
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("\\u001B[31mactivity\\u001B[0m", result.Error.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_ControlSequencesInValues_TableShowsThemEscaped()
    {
        var file = Write("events.csv", "\uFEFFcustomer_id,activity,timestamp\n"
            + $"c1,Title{Esc}]0;pwned\u0007,2024-01-01T00:00:00Z\nc1,Clear{Esc}[2J\u009B1;1H,2024-01-01T00:05:00Z\nc1,\u202Egnp.exe,2024-01-01T00:09:00Z\n");

        var result = await _cli.RunAsync("analyze", file, "stats");

        AssertSafe(result);
        Assert.Equal(ExitCodes.Ok, result.ExitCode); // the BOM does not hide the first column's name
        var output = result.Output.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("│", "", StringComparison.Ordinal);
        Assert.Contains("Title\\u001B]0;pwned\\u0007", output, StringComparison.Ordinal);
        Assert.Contains("Clear\\u001B[2J\\u009B1;1H", output, StringComparison.Ordinal);
        Assert.Contains("\\u202Egnp.exe", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_CsvOnATerminal_IsTerminalSafeButExactInAPipe()
    {
        var file = Write("events.csv", $"customer_id,activity,timestamp\nc1,Red{Esc}[31m,2024-01-01T00:00:00Z\n");

        var terminal = await RunOnTerminalAsync("analyze", file, "stats", "--format", "csv");
        var pipe = await _cli.RunAsync("analyze", file, "stats", "--format", "csv");

        AssertSafe(terminal);
        Assert.Contains("Red\\u001B[31m", terminal.Output, StringComparison.Ordinal);
        Assert.Contains($"Red{Esc}[31m", pipe.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackAnalyze_EscapeSequencesInTheHeader_ErrorShowsThemEscaped()
    {
        var file = Write("reviews.csv", $"id,{Esc}[31mcomment{Esc}[0m\n1,great\n");

        var result = await _cli.RunAsync("feedback", "analyze", file, "--text-column", "text");

        AssertSafe(result);
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("reviews.csv:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("\\u001B[31mcomment", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackAnalyze_RowsOnATerminal_AreTerminalSafeButExactInAPipe()
    {
        var file = Write("reviews.csv", $"id,comment\n1,\"great{Esc}[2J\uFFFF\tproduct\"\n");

        var terminal = await RunOnTerminalAsync("feedback", "analyze", file, "-t", "comment");
        var pipe = await _cli.RunAsync("feedback", "analyze", file, "-t", "comment");

        AssertSafe(terminal);
        Assert.Equal(ExitCodes.Ok, terminal.ExitCode);
        Assert.Contains("great\\u001B[2J\uFFFD\tproduct", terminal.Output, StringComparison.Ordinal);
        Assert.Contains($"great{Esc}[2J\uFFFF\tproduct", pipe.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "events.csv", "customer_id,activity,timestamp\nc1,A,-9223372036854775808\n")]
    [InlineData("import", "events.csv", "customer_id,activity,timestamp\nc1,A,-9223372036854775808\n")]
    [InlineData("feedback import", "reviews.csv", "customer,text,time\nc1,hello,-9223372036854775808\n")]
    [InlineData("feedback import", "reviews.ndjson", "{\"customerId\":\"c1\",\"text\":\"hi\",\"time\":-9223372036854775808}\n")]
    [InlineData("feedback analyze", "reviews.csv", "id,text,time\n1,hello,-9223372036854775808\n")]
    [InlineData("analyze", "events.ndjson", "{\"customerId\":\"c1\",\"activity\":\"\\ud800\",\"timestamp\":1}\n")]
    [InlineData("analyze", "events.csv", "\u0000\u0000\u0000")]
    public async Task ReadingAnyFile_NeverPrintsAStackTrace(string command, string name, string content)
    {
        var file = Write(name, content);
        string[] args = [.. command.Split(' '), file];
        args = command switch
        {
            "analyze" => [.. args, "stats"],
            "feedback analyze" => [.. args, "-t", "text"],
            _ => [.. args, "--server", "http://127.0.0.1:9", "--key", "wmk_" + new string('A', 43)],
        };

        var result = await _cli.RunAsync(args);

        AssertSafe(result);
        Assert.Contains(result.ExitCode, NamedCodes);
        Assert.NotEqual(ExitCodes.ServerError, result.ExitCode); // the file is refused before anything is sent
    }

    private string Write(string name, string content)
    {
        var path = _cli.PathOf(name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>No raw control character or noncharacter, and no stack trace, in anything the command printed.</summary>
    private static void AssertSafe(CliResult result)
    {
        foreach (var (stream, text) in new[] { ("output", result.Output), ("error", result.Error) })
        {
            Assert.DoesNotContain(Esc, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u009B", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\uFFFF", text, StringComparison.Ordinal);
            Assert.False(text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Unhandled exception", StringComparison.Ordinal),
                $"a stack trace on {stream}:\n{text}");
        }
    }

    /// <summary>The CLI with a standard output that says it is a terminal (no colours, so only the file's text could add ESC).</summary>
    private static async Task<CliResult> RunOnTerminalAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new TerminalOutput(output),
        });
        var code = await CliApp.RunAsync(args, console, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private sealed class TerminalOutput(TextWriter writer) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => true;

        public int Width => 200;

        public int Height => 50;

        public void SetEncoding(Encoding encoding)
        {
        }
    }
}
