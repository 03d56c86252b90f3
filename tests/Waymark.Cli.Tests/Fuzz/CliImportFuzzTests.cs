using Xunit.Abstractions;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>
/// The CLI fuzz suite's import and feedback import against a real server (see <see cref="CliFuzz"/>); a class of its
/// own so it runs beside <see cref="CliFileFuzzTests"/>.
/// </summary>
public sealed class CliImportFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public Task Fuzz_MutatedFiles_NoStackTraceNamedExitCodeErrorsPlaced() => CliFuzz.RunAsync(CliEntryPoints.Import, output);
}
