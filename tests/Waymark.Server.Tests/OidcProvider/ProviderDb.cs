using Microsoft.EntityFrameworkCore;

namespace Waymark.Server.Tests.OidcProvider;

/// <summary>The test provider's own database: OpenIddict's applications, authorizations, scopes and tokens.</summary>
public sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
