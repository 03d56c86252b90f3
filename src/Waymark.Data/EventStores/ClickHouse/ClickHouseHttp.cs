using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// ClickHouse's HTTP interface: the query goes in the POST body (or, for an INSERT, in the URL with the rows as the
/// body), the database and settings in the URL. Any answer other than 2xx is an error carrying ClickHouse's message;
/// an INSERT's 200 comes after the part is written (see ADR 056 for what that promises on disk). On a cluster every
/// request carries the settings that keep that promise through Distributed tables (ADR 062).
/// </summary>
internal sealed class ClickHouseHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly string _database;
    private readonly string _settings;
    private readonly SemaphoreSlim? _insertGate;

    /// <summary>A client of <paramref name="server"/>, or of the options' Url when it is null.</summary>
    public ClickHouseHttp(ClickHouseOptions options, string? server = null)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _url = new Uri(server ?? options.Url);
        _database = options.Database;
        _settings = ClusterSettings(options);

        // 18.16 refuses a quorum insert into a table while another one is under way (current releases can run them in
        // parallel), so with a quorum this process sends its inserts one at a time.
        _insertGate = options.InsertQuorum > 1 ? new SemaphoreSlim(1, 1) : null;
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.User + ":" + options.Password)));
    }

    public string Database => _database;

    /// <summary>Runs a statement with no database selected (CREATE DATABASE).</summary>
    public Task ExecuteWithoutDatabaseAsync(string sql, CancellationToken ct) => SendAsync(sql, "", null, ct);

    /// <summary>Runs a statement that returns nothing (CREATE TABLE, INSERT ... SELECT).</summary>
    public Task ExecuteAsync(string sql, CancellationToken ct) => SendAsync(sql, DatabaseQuery, null, ct);

    /// <summary>The first field of the first row of a query's TabSeparated answer, or null when there is no row.</summary>
    public async Task<string?> ScalarAsync(string sql, CancellationToken ct)
    {
        await foreach (var row in RowsAsync(sql, 1, ct).ConfigureAwait(false))
        {
            return row[0];
        }

        return null;
    }

    /// <summary>Streams a query's rows in TabSeparated, each split into <paramref name="columns"/> unescaped fields.</summary>
    public async IAsyncEnumerable<string?[]> RowsAsync(string sql, int columns, [EnumeratorCancellation] CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(DatabaseQuery))
        {
            Content = new StringContent(sql + " FORMAT TabSeparated", Encoding.UTF8),
        };
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        await ThrowUnlessSuccessAsync(response, sql, ct).ConfigureAwait(false);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), Encoding.UTF8);
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            yield return ClickHouseText.ParseRow(line, columns);
        }
    }

    /// <summary>
    /// Inserts TabSeparated rows into <paramref name="table"/> as ONE block (so one part: all rows or none, visible at
    /// once); <paramref name="extraSettings"/> are URL settings such as "&amp;input_format_parallel_parsing=0".
    /// </summary>
    public Task InsertAsync(string table, string columns, StringBuilder rows, int count, string extraSettings, CancellationToken ct) =>
        InsertAsync(table, columns, Encoding.UTF8.GetBytes(rows.ToString()), count, extraSettings, ct);

    /// <summary>Inserts TabSeparated rows already in UTF-8 as one block (see the other overload).</summary>
    public Task InsertAsync(string table, string columns, ReadOnlyMemory<byte> rows, int count, string extraSettings, CancellationToken ct)
    {
        var settings = $"{DatabaseQuery}&max_insert_block_size={(count + 1).ToString(CultureInfo.InvariantCulture)}{extraSettings}" +
            "&query=" + Uri.EscapeDataString($"INSERT INTO {table} ({columns}) FORMAT TabSeparated");
        return InsertOneAtATimeAsync(() => SendAsync(new ReadOnlyMemoryContent(rows), settings, $"INSERT INTO {table}", ct), ct);
    }

    /// <summary>Runs an INSERT ... SELECT (under the quorum's one-at-a-time rule like <see cref="InsertAsync"/>).</summary>
    public Task InsertSelectAsync(string sql, CancellationToken ct) => InsertOneAtATimeAsync(() => ExecuteAsync(sql, ct), ct);

    /// <summary>
    /// Runs a query that reads a temporary table sent beside it (the HTTP interface's external data): the table is
    /// <paramref name="name"/> with one String column "value" holding <paramref name="values"/>. Returns the first column of each row.
    /// </summary>
    public Task<List<string>> QueryWithValuesAsync(string sql, string name, IEnumerable<string> values, CancellationToken ct)
    {
        var data = new StringBuilder();
        foreach (var value in values)
        {
            ClickHouseText.AppendField(data, value);
            data.Append('\n');
        }

        return QueryWithValuesAsync(sql, name, Encoding.UTF8.GetBytes(data.ToString()), ct);
    }

    /// <summary>As the other overload, with the values already as TabSeparated lines in UTF-8.</summary>
    public async Task<List<string>> QueryWithValuesAsync(string sql, string name, ReadOnlyMemory<byte> values, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ReadOnlyMemoryContent(values), name, name);
        var query = $"{DatabaseQuery}&{name}_structure={Uri.EscapeDataString("value String")}&{name}_format=TabSeparated" +
            "&query=" + Uri.EscapeDataString(sql + " FORMAT TabSeparated");
        using var response = await _client.PostAsync(Address(query), form, ct).ConfigureAwait(false);
        await ThrowUnlessSuccessAsync(response, sql, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => ClickHouseText.ParseRow(line, 1)[0]!)];
    }

    public void Dispose()
    {
        _client.Dispose();
        _insertGate?.Dispose();
    }

    private string DatabaseQuery => "database=" + Uri.EscapeDataString(_database) + _settings;

    /// <summary>
    /// On a cluster: inserts into a Distributed table return once every shard has stored its rows, not when they are
    /// queued for sending; with replicas, every query prefers the first live replica of each shard (so a read after a
    /// write asks the replica that took it) and inserts wait for the quorum.
    /// </summary>
    private static string ClusterSettings(ClickHouseOptions options)
    {
        if (!options.IsCluster)
        {
            return "";
        }

        var settings = "&insert_distributed_sync=1";
        if (options.Replicated)
        {
            settings += "&load_balancing=in_order";
        }

        return options.InsertQuorum > 1 ? settings + "&insert_quorum=" + options.InsertQuorum.ToString(CultureInfo.InvariantCulture) : settings;
    }

    private async Task InsertOneAtATimeAsync(Func<Task> insert, CancellationToken ct)
    {
        if (_insertGate is null)
        {
            await insert().ConfigureAwait(false);
            return;
        }

        await _insertGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await insert().ConfigureAwait(false);
        }
        finally
        {
            _insertGate.Release();
        }
    }

    private Uri Address(string query) => new UriBuilder(_url) { Query = query }.Uri;

    private Task SendAsync(string body, string query, string? what, CancellationToken ct) =>
        SendAsync(new StringContent(body, Encoding.UTF8), query, what ?? body, ct);

    private async Task SendAsync(HttpContent body, string query, string what, CancellationToken ct)
    {
        using var content = body;
        using var response = await _client.PostAsync(Address(query), content, ct).ConfigureAwait(false);
        await ThrowUnlessSuccessAsync(response, what, ct).ConfigureAwait(false);
    }

    private static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, string sql, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var message = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        throw new ClickHouseException(
            $"ClickHouse answered {(int)response.StatusCode}: {message.Trim()} (to: {sql[..Math.Min(sql.Length, 300)]})");
    }
}
