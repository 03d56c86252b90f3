using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Waymark.Data;
using Waymark.Server.Features.Accounts;

namespace Waymark.Cli.Commands;

/// <summary>
/// The database `waymark serve` would use, read from the same settings in the same order (appsettings.json,
/// environment variables, then the command line), plus the account settings that go with it.
/// </summary>
internal sealed class ServerDatabase
{
    private ServerDatabase(DatabaseOptions database, AccountsOptions accounts, string baseUrl)
    {
        Database = database;
        Accounts = accounts;
        BaseUrl = baseUrl;
    }

    public DatabaseOptions Database { get; }

    public AccountsOptions Accounts { get; }

    /// <summary>Where people reach the server, for printed links: --url, Auth:PublicUrl, the first of Urls, or the default.</summary>
    public string BaseUrl { get; }

    public static ServerDatabase From(string? provider, string? connection, string? url)
    {
        var args = new List<string>();
        if (!string.IsNullOrEmpty(provider))
        {
            args.Add("--Database:Provider=" + provider);
        }

        if (!string.IsNullOrEmpty(connection))
        {
            args.Add("--ConnectionStrings:Waymark=" + connection);
        }

        var configuration = WebApplication.CreateBuilder([.. args]).Configuration;
        var database = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(database);
        database.ConnectionString = configuration.GetConnectionString("Waymark") ?? database.ConnectionString;
        var accounts = new AccountsOptions();
        configuration.GetSection(AccountsOptions.Section).Bind(accounts);
        var listen = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new ServerDatabase(database, accounts, url ?? accounts.PublicUrl ?? listen ?? "http://localhost:5080");
    }
}
