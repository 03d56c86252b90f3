using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteMapApiTests : MapApiTests
{
    public SqliteMapApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresMapApiTests : MapApiTests
{
    public PostgresMapApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteOtherApiTests : OtherApiTests
{
    public SqliteOtherApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresOtherApiTests : OtherApiTests
{
    public PostgresOtherApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteEventsApiTests : EventsApiTests
{
    public SqliteEventsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresEventsApiTests : EventsApiTests
{
    public PostgresEventsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteSegmentsApiTests : SegmentsApiTests
{
    public SqliteSegmentsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSegmentsApiTests : SegmentsApiTests
{
    public PostgresSegmentsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteOverlayApiTests : OverlayApiTests
{
    public SqliteOverlayApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresOverlayApiTests : OverlayApiTests
{
    public PostgresOverlayApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteFeedbackIngestTests : FeedbackIngestTests
{
    public SqliteFeedbackIngestTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresFeedbackIngestTests : FeedbackIngestTests
{
    public PostgresFeedbackIngestTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteFeedbackUploadTests : FeedbackUploadTests
{
    public SqliteFeedbackUploadTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackUploadTests : FeedbackUploadTests
{
    public PostgresFeedbackUploadTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteMapInsightsApiTests : MapInsightsApiTests
{
    public SqliteMapInsightsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresMapInsightsApiTests : MapInsightsApiTests
{
    public PostgresMapInsightsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteAuthorizationMatrixTests : Access.AuthorizationMatrixTests
{
    public SqliteAuthorizationMatrixTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresAuthorizationMatrixTests : Access.AuthorizationMatrixTests
{
    public PostgresAuthorizationMatrixTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteInvitationsApiTests : Access.InvitationsApiTests
{
    public SqliteInvitationsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresInvitationsApiTests : Access.InvitationsApiTests
{
    public PostgresInvitationsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteMembersApiTests : Access.MembersApiTests
{
    public SqliteMembersApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresMembersApiTests : Access.MembersApiTests
{
    public PostgresMembersApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteSessionCrossSiteTests : Access.SessionCrossSiteTests
{
    public SqliteSessionCrossSiteTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresSessionCrossSiteTests : Access.SessionCrossSiteTests
{
    public PostgresSessionCrossSiteTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteCommentsApiTests : Comments.CommentsApiTests
{
    public SqliteCommentsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCommentsApiTests : Comments.CommentsApiTests
{
    public PostgresCommentsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteCommentRulesApiTests : Comments.CommentRulesApiTests
{
    public SqliteCommentRulesApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresCommentRulesApiTests : Comments.CommentRulesApiTests
{
    public PostgresCommentRulesApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteImagesApiTests : ImagesApiTests
{
    public SqliteImagesApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresImagesApiTests : ImagesApiTests
{
    public PostgresImagesApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteFunnelApiTests : Explore.FunnelApiTests
{
    public SqliteFunnelApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFunnelApiTests : Explore.FunnelApiTests
{
    public PostgresFunnelApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteAttributionApiTests : AttributionApiTests
{
    public SqliteAttributionApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresAttributionApiTests : AttributionApiTests
{
    public PostgresAttributionApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
