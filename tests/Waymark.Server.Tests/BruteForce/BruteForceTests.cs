using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Tests.Access;
using Waymark.Server.Tests.Proxy;

namespace Waymark.Server.Tests.BruteForce;

/// <summary>
/// Guessing passwords, sign-in links and share-link passcodes hits a limit: per client address (each address its own
/// count, so one guesser does not lock everyone out), per account (lockout, whatever case or spaces the email is
/// typed with) and per link. Requests come from chosen addresses through the real pipeline.
/// </summary>
public abstract class BruteForceTests : IDisposable
{
    private const string Ws = "ws_guessed";
    private const string Email = "olive.owner@example.com";
    private readonly List<WaymarkFactory> _factories = [];
    private readonly List<ProxiedCall> _calls = [];
    private readonly string _provider;
    private readonly string _connectionString;

    protected BruteForceTests(string provider, string connectionString) => (_provider, _connectionString) = (provider, connectionString);

    [Fact]
    public async Task SignIn_LimitPerAddress_EmailCaseAndSpacesChangeNothingAndOtherAddressesSignIn()
    {
        var factory = await StartAsync(("Auth:SignInsPerMinute", "3"), ("Auth:MaxFailedSignIns", "100"));
        var guesser = Call(factory, "192.0.2.10");

        var guesses = new List<int>();
        foreach (var email in new[] { Email, "OLIVE.Owner@Example.COM", "  olive.owner@example.com\t" })
        {
            guesses.Add(await SignInAsync(guesser, email, "wrong guess"));
        }

        var rightFromGuesser = await SignInAsync(guesser, Email, Team.Password);
        var linkFromGuesser = await StatusAsync(guesser, "/api/account/sign-in/link", new { token = "0123456789abcdef.guess" });
        var otherAddress = await SignInAsync(Call(factory, "192.0.2.11"), Email, Team.Password);
        var otherIpv6Host = await SignInAsync(Call(factory, "2001:db8::1"), Email, Team.Password);

        Assert.Equal([401, 401, 401], guesses);
        Assert.Equal(429, rightFromGuesser);
        Assert.Equal(429, linkFromGuesser); // link tokens are guessed against the same count
        Assert.Equal(200, otherAddress);
        Assert.Equal(200, otherIpv6Host);
    }

    [Fact]
    public async Task SignIn_IPv6Guesser_CountedByItsNetworkNotEachAddress()
    {
        var factory = await StartAsync(("Auth:SignInsPerMinute", "2"), ("Auth:MaxFailedSignIns", "100"));

        var statuses = new List<int>();
        foreach (var address in new[] { "2001:db8:0:1::1", "2001:db8:0:1::2", "2001:db8:0:1:ffff::3" })
        {
            statuses.Add(await SignInAsync(Call(factory, address), Email, "wrong guess"));
        }

        Assert.Equal([401, 401, 429], statuses);
    }

    [Fact]
    public async Task Lockout_GuessesFromManyAddressesWithEmailVariants_LocksTheOneAccount()
    {
        var factory = await StartAsync(("Auth:SignInsPerMinute", "100"), ("Auth:MaxFailedSignIns", "3"));

        var i = 0;
        var guesses = new List<int>();
        foreach (var email in new[] { "OLIVE.OWNER@EXAMPLE.COM", " Olive.Owner@example.com ", "olive.owner@EXAMPLE.com\n" })
        {
            guesses.Add(await SignInAsync(Call(factory, $"198.51.100.{++i}"), email, "wrong guess"));
        }

        var right = Call(factory, "203.0.113.50");
        using var answer = await right.SendAsync("POST", "/api/account/sign-in", JsonSerializer.Serialize(new { email = Email, password = Team.Password }));

        Assert.Equal([401, 401, 403], guesses); // the third wrong password locks the account it names, however typed
        Assert.Equal(403, (int)answer.StatusCode);
        Assert.Contains("locked until", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passcode_LimitPerAddress_GuesserHeldBackOthersStillOpen()
    {
        var factory = await StartAsync(("Sharing:PasscodeFailuresPerAddress", "4"), ("Sharing:PasscodeFailuresPerLink", "100"));
        var token = await ShareLinkAsync(factory, "tangerine");
        var guesser = Call(factory, "192.0.2.20");

        var guesses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            guesses.Add(await StatusAsync(guesser, "/api/share/open", new { token, passcode = "guess" + i }));
        }

        var rightFromGuesser = await StatusAsync(guesser, "/api/share/open", new { token, passcode = "tangerine" });
        var rightFromOther = await StatusAsync(Call(factory, "192.0.2.21"), "/api/share/open", new { token, passcode = "tangerine" });

        Assert.Equal([401, 401, 401, 401], guesses);
        Assert.Equal(429, rightFromGuesser);
        Assert.Equal(200, rightFromOther);
    }

    [Fact]
    public async Task ShareToken_GuessingUnknownTokens_HeldBackOnTheRealLinkToo()
    {
        var factory = await StartAsync(("Sharing:PasscodeFailuresPerAddress", "3"));
        var token = await ShareLinkAsync(factory, passcode: null);
        var id = token[..token.IndexOf('.', StringComparison.Ordinal)];
        var guesser = Call(factory, "192.0.2.30");

        var guesses = new List<int>();
        foreach (var guess in new[] { id + ".guessed-secret-one", id + ".guessed-secret-two", "shl_unknown.secret" })
        {
            guesses.Add(await StatusAsync(guesser, "/api/share/open", new { token = guess }));
        }

        var realFromGuesser = await StatusAsync(guesser, "/api/share/open", new { token });
        var realFromOther = await StatusAsync(Call(factory, "192.0.2.31"), "/api/share/open", new { token });

        Assert.Equal([404, 404, 404], guesses);
        Assert.Equal(429, realFromGuesser);
        Assert.Equal(200, realFromOther);
    }

    public void Dispose()
    {
        foreach (var call in _calls)
        {
            call.Dispose();
        }

        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private ProxiedCall Call(WaymarkFactory factory, string address)
    {
        var call = new ProxiedCall(factory, address);
        _calls.Add(call);
        return call;
    }

    private static Task<int> SignInAsync(ProxiedCall call, string email, string password) =>
        StatusAsync(call, "/api/account/sign-in", new { email, password });

    private static async Task<int> StatusAsync(ProxiedCall call, string path, object body)
    {
        using var response = await call.SendAsync("POST", path, JsonSerializer.Serialize(body));
        return (int)response.StatusCode;
    }

    /// <summary>A server with accounts on, Olive owning <see cref="Ws"/>; each test runs on its own database.</summary>
    private async Task<WaymarkFactory> StartAsync(params (string Key, string Value)[] settings)
    {
        var connection = _factories.Count == 0 ? _connectionString : throw new InvalidOperationException("one server per test");
        var factory = new WaymarkFactory(_provider, connection, Team.Settings(settings));
        _factories.Add(factory);
        var team = new Team(factory);
        await team.CreateWorkspaceAsync(Ws);
        await team.SetRoleAsync(Ws, await team.CreateUserAsync("Olive Owner"), "owner");
        return factory;
    }

    private static async Task<string> ShareLinkAsync(WaymarkFactory factory, string? passcode)
    {
        using var owner = await new Team(factory).SignInAsync("Olive Owner");
        using var map = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/maps", new { name = "Guessed", kind = "currentState" });
        var mapId = (await map.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var link = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/maps/{mapId}/share-links", new { access = "view", passcode });
        Assert.True(link.IsSuccessStatusCode, await link.Content.ReadAsStringAsync());
        return (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
