using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Waymark.Testing.Mail;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd (python3-aiosmtpd) on a free loopback port, delivering into a
/// Maildir in a temp folder that the test reads back with MimeKit; stopped and deleted on dispose. It speaks plain
/// SMTP without authentication (Mail:Smtp:Security=None).
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private const string Python = "/usr/bin/python3"; // Debian's, where python3-aiosmtpd installs (not a pyenv shim)
    private readonly string _folder;
    private readonly Process _process;

    private SmtpTestServer(string folder, Process process, int port)
    {
        _folder = folder;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    private string Maildir => Path.Combine(_folder, "mail");

    /// <summary>Settings that point Waymark at this server.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Mail:Smtp:Host", "127.0.0.1"),
        new("Mail:Smtp:Port", Port.ToString(CultureInfo.InvariantCulture)),
        new("Mail:Smtp:Security", "None"),
        new("Mail:Smtp:From", "Waymark <waymark@example.test>"),
    ];

    public static SmtpTestServer Start()
    {
        if (!File.Exists(Python) || !Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"))
        {
            throw new InvalidOperationException("aiosmtpd not found; install it with 'apt-get install python3-aiosmtpd' (test.sh does this when run as root).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "waymark-smtp-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var info = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(folder, "mail") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start aiosmtpd");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpTestServer(folder, process, port);
        server.WaitUntilListening();
        return server;
    }

    /// <summary>Every message delivered so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = new[] { "new", "cur" }.Select(d => Path.Combine(Maildir, d)).Where(Directory.Exists)
            .SelectMany(Directory.GetFiles).Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal);
        return [.. files.Select(f => MimeMessage.Load(f.FullName))];
    }

    /// <summary>Waits (up to 20 s) until <paramref name="count"/> messages have arrived; returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > until)
            {
                return messages.Count >= count ? messages
                    : throw new TimeoutException($"{count.ToString(CultureInfo.InvariantCulture)} mail(s) expected, {messages.Count.ToString(CultureInfo.InvariantCulture)} arrived.");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // exited already
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort.
        }
    }

    private void WaitUntilListening()
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        Dispose();
        throw new InvalidOperationException($"aiosmtpd did not listen on 127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
