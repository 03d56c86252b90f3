using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The server fuzz suite's file uploads on SQLite: every upload and preview entry point gets WAYMARK_FUZZ_COUNT
/// mutated inputs (see <see cref="FuzzSettings"/>); a failure report names the seed, entry point and input of each
/// distinct fault. A class of its own so it runs beside <see cref="SqliteApiFuzzTests"/>.
/// </summary>
public sealed class SqliteUploadFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntryPoints.EventUploads)]
    [InlineData(EntryPoints.FeedbackUploads)]
    public Task Fuzz_MutatedInputs_NoServerErrorEveryRejectionPlacedNothingElseChanged(string family) =>
        ServerFuzz.RunAsync("Sqlite", FuzzDatabase.NewSqlite(), family, share: 1, output);
}
