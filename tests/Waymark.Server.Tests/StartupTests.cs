using Microsoft.Extensions.Options;
using Waymark.Data;

namespace Waymark.Server.Tests;

public sealed class StartupTests
{
    [Fact]
    public void Start_PostgresWithoutConnectionString_FailsWithClearMessage()
    {
        using var factory = new WaymarkFactory("Postgres", "");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindInner<OptionsValidationException>(error);
        Assert.NotNull(validation);
        Assert.Contains("ConnectionStrings:Waymark", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownProvider_Fails()
    {
        using var factory = new WaymarkFactory("Oracle", TempSqlite.NewConnectionString());

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void DatabaseOptions_Defaults_AreSqliteUnderData()
    {
        var options = new DatabaseOptions();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/waymark.db", options.ConnectionString);
    }

    private static T? FindInner<T>(Exception? e)
        where T : Exception
    {
        while (e is not null)
        {
            if (e is T match)
            {
                return match;
            }

            e = e is AggregateException { InnerExceptions.Count: > 0 } agg ? agg.InnerExceptions[0] : e.InnerException;
        }

        return null;
    }
}
