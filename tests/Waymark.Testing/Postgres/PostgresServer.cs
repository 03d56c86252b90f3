using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Waymark.Data;

namespace Waymark.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server from the machine's Debian packages, in a temp folder on a free loopback port, stopped
/// and deleted on dispose. Running as root, it runs the server as the postgres user (PostgreSQL refuses root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Password = "waymark-test";
    private readonly string _bin;
    private readonly string _folder;
    private readonly Lock _templateLock = new();
    private string? _template;
    private int _databases;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Finds the binaries, runs initdb and starts the server; throws with an install hint when missing.</summary>
    public static PostgresServer Start()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; install them with " +
            "'apt-get install postgresql' (test.sh does this when run as root).");
        var folder = Path.Combine(Path.GetTempPath(), "waymark-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(bin, folder, FreePort());
        try
        {
            server.Initialise();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "waymark_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        RunTool("createdb", $"-h 127.0.0.1 -p {Port} -U postgres {name}");
        return ConnectionString(name);
    }

    /// <summary>
    /// A fresh database with every migration already applied: a copy of one template this server migrated once
    /// (CREATE DATABASE ... TEMPLATE copies files, a few milliseconds, where running the migrations takes seconds).
    /// The app's own Migrate() then finds nothing to do. Tests of migrating itself use <see cref="CreateDatabase"/>.
    /// </summary>
    public string CreateMigratedDatabase()
    {
        var name = "waymark_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        lock (_templateLock)
        {
            // One copy at a time: PostgreSQL refuses to copy a template while another session is connected to it.
            _template ??= MigrateTemplate();
            using var connection = new NpgsqlConnection(Unpooled("postgres"));
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {_template}", connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    /// <summary>
    /// A test database's connection string, pooled as the product's are: without a pool every request's connections
    /// start PostgreSQL backends of their own (a fork and a cold catalog cache each, milliseconds of CPU). Whoever
    /// starts an app on it releases the pool when the app stops (the Server tests' WaymarkFactory does; ADR 049).
    /// </summary>
    public string ConnectionString(string database) => ConnectionString(database, pooling: true);

    /// <summary>For the server's own work: CREATE DATABASE ... TEMPLATE refuses while any session, even a pooled idle one, is on the template.</summary>
    private string Unpooled(string database) => ConnectionString(database, pooling: false);

    private string ConnectionString(string database, bool pooling) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Password={Password};Pooling={(pooling ? "true" : "false")};Timeout=30";

    public void Dispose()
    {
        if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
        {
            TryRun("pg_ctl", $"stop -D {Data} -m immediate -w -t 30");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort.
        }
    }

    private string Data => Path.Combine(_folder, "data");

    private string MigrateTemplate()
    {
        const string Name = "waymark_template";
        RunTool("createdb", $"-h 127.0.0.1 -p {Port} -U postgres {Name}");
        var options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = Unpooled(Name) };
        using (var context = WaymarkContextFactory.Create(options))
        {
            context.Database.Migrate();
        }

        return Name;
    }

    private void Initialise()
    {
        var pwFile = Path.Combine(_folder, "pw");
        File.WriteAllText(pwFile, Password);
        GiveToPostgresUser();
        RunTool("initdb", $"-D {Data} -U postgres --auth=trust --pwfile={pwFile} -E UTF8 --locale=C.UTF-8 --no-sync");
        var options = $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories={_folder} " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500";
        RunTool("pg_ctl", $"start -D {Data} -w -t 60 -l {Path.Combine(_folder, "log.txt")} -o \"{options}\"");
    }

    private void GiveToPostgresUser()
    {
        if (!IsRoot)
        {
            return;
        }

        Run("chown", $"-R postgres:postgres {_folder}");
        Run("chmod", $"700 {_folder}");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private void RunTool(string tool, string arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (IsRoot)
        {
            Run("runuser", $"-u postgres -- {path} {arguments}");
        }
        else
        {
            Run(path, arguments);
        }
    }

    private void TryRun(string tool, string arguments)
    {
        try
        {
            RunTool(tool, arguments);
        }
        catch (InvalidOperationException)
        {
            // Stopping is best effort; the temp folder goes anyway.
        }
    }

    private void Run(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {arguments} timed out");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "log.txt");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException(
                $"{file} {arguments} failed ({process.ExitCode}): {stdout.Result}{stderr.Result}{tail}");
        }
    }

    private static string? FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
