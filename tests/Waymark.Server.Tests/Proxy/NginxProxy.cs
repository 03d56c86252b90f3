using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Waymark.Server.Tests.Proxy;

/// <summary>
/// Debian's nginx terminating TLS (a self-signed certificate made here for <see cref="HostName"/>) in front of a
/// Waymark server on loopback, configured as the README tells, in a temp folder on a free loopback port; stopped and
/// removed after. <see cref="Client"/> reaches it as https://waymark.test:PORT and trusts only that certificate.
/// </summary>
internal sealed class NginxProxy : IDisposable
{
    public const string HostName = "waymark.test";

    private readonly string _dir;
    private readonly Process _process;
    private readonly byte[] _certificate;

    private NginxProxy(string dir, Process process, byte[] certificate, int port)
    {
        _dir = dir;
        _process = process;
        _certificate = certificate;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"https://{HostName}:{Port}/");

    public static string? Binary() => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    public static async Task<NginxProxy> StartAsync(Uri upstream)
    {
        var binary = Binary() ?? throw new InvalidOperationException("nginx is not installed: apt-get install nginx (test.sh does).");
        var dir = Directory.CreateTempSubdirectory("waymark-nginx-").FullName;
        // nginx started as root runs its worker as nobody, which must reach the temp folders under this one.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var certificate = WriteCertificate(dir);
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(dir, "nginx.conf"), Config(dir, port, upstream));
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", dir + "/", "-c", Path.Combine(dir, "nginx.conf"), "-e", Path.Combine(dir, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var proxy = new NginxProxy(dir, process, certificate, port);
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    /// <summary>A client that resolves <see cref="HostName"/> to this proxy and trusts its certificate alone.</summary>
    public HttpClient Client(CookieContainer cookies)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies,
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetRawCertData().AsSpan().SequenceEqual(_certificate);
        return new HttpClient(handler) { BaseAddress = Address };
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The server block is the README's, with the test's port and temp paths.</summary>
    private static string Config(string dir, int port, Uri upstream) => $$"""
        daemon off;
        master_process on;
        worker_processes 1;
        pid {{dir}}/nginx.pid;
        events { worker_connections 64; }
        http {
          access_log off;
          client_body_temp_path {{dir}}/body;
          proxy_temp_path {{dir}}/proxy;
          fastcgi_temp_path {{dir}}/fastcgi;
          uwsgi_temp_path {{dir}}/uwsgi;
          scgi_temp_path {{dir}}/scgi;
          server {
            listen 127.0.0.1:{{port}} ssl;
            server_name {{HostName}};
            ssl_certificate {{dir}}/cert.pem;
            ssl_certificate_key {{dir}}/key.pem;
            client_max_body_size 64m;
            location / {
              proxy_pass http://127.0.0.1:{{upstream.Port}};
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Forwarded-Host $http_host;
            }
          }
        }
        """;

    private static byte[] WriteCertificate(string dir)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(dir, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(dir, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate.RawData;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_dir, "error.log");
                throw new InvalidOperationException("nginx stopped: " + await _process.StandardError.ReadToEndAsync()
                    + (File.Exists(log) ? await File.ReadAllTextAsync(log) : ""));
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on 127.0.0.1:{Port} within 15 s.");
    }
}
