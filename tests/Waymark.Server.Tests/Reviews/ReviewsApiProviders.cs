using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Reviews;

public sealed class SqliteReviewsApiTests(ReviewsWorld world) : ReviewsApiTests(world), IClassFixture<ReviewsWorld>
{
    protected override Task StartAsync() => World.StartAsync("Sqlite", TempSqlite.NewMigratedConnectionString);
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresReviewsApiTests(ReviewsWorld world, PostgresFixture postgres) : ReviewsApiTests(world), IClassFixture<ReviewsWorld>
{
    protected override Task StartAsync() => World.StartAsync("Postgres", postgres.CreateMigratedDatabase);
}
