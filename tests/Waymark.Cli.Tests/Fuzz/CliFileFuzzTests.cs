using Xunit.Abstractions;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>The CLI fuzz suite's offline commands: validate, convert, analyze, feedback analyze (see <see cref="CliFuzz"/>).</summary>
public sealed class CliFileFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(CliEntryPoints.MapFiles)]
    [InlineData(CliEntryPoints.Analyze)]
    [InlineData(CliEntryPoints.Feedback)]
    public Task Fuzz_MutatedFiles_NoStackTraceNamedExitCodeErrorsPlaced(string family) => CliFuzz.RunAsync(family, output);
}
