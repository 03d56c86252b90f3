using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Waymark.Server.Tests.Routes;

/// <summary>
/// Counts the request body bytes the server reads, by wrapping every request's body before the app sees it (the
/// test server sends the whole body whatever the app does, so only the server side can tell what was read).
/// </summary>
internal sealed class BodyReads : IStartupFilter
{
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Request.Body = new CountingStream(context.Request.Body, this);
            return nextMiddleware(context);
        });
        next(app);
    };

    private sealed class CountingStream(Stream inner, BodyReads reads) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            Interlocked.Add(ref reads._bytes, read);
            return read;
        }
    }
}
