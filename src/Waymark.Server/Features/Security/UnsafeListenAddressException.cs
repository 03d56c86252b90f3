namespace Waymark.Server.Features.Security;

/// <summary>The server was asked to listen where other machines could reach it; the message says why not and what to do.</summary>
public sealed class UnsafeListenAddressException : Exception
{
    public UnsafeListenAddressException()
    {
    }

    public UnsafeListenAddressException(string message)
        : base(message)
    {
    }

    public UnsafeListenAddressException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
