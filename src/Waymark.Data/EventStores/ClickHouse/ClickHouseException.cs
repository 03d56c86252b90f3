namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>ClickHouse refused a statement or could not be reached; the message carries its answer.</summary>
public sealed class ClickHouseException : Exception
{
    public ClickHouseException()
    {
    }

    public ClickHouseException(string message)
        : base(message)
    {
    }

    public ClickHouseException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
