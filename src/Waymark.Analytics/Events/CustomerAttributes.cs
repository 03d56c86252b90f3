namespace Waymark.Analytics.Events;

/// <summary>
/// Customer attributes as dictionary-encoded columns: one column per key, one value id per customer
/// (-1 where the customer has no value).
/// </summary>
public sealed class CustomerAttributes
{
    private readonly List<List<int>> _columns = [];

    public CustomerAttributes()
        : this(new NameTable(), new NameTable())
    {
    }

    private CustomerAttributes(NameTable keys, NameTable values)
    {
        Keys = keys;
        Values = values;
    }

    /// <summary>Attribute keys (plan, region, ...).</summary>
    public NameTable Keys { get; }

    /// <summary>Attribute values of every key.</summary>
    public NameTable Values { get; }

    /// <summary>An independent copy (copy on write for logs).</summary>
    internal CustomerAttributes Clone()
    {
        var copy = new CustomerAttributes(Keys.Clone(), Values.Clone());
        copy._columns.AddRange(_columns.Select(c => new List<int>(c)));
        return copy;
    }

    /// <summary>How many keys have a column.</summary>
    internal int ColumnCount => _columns.Count;

    /// <summary>One key's value ids by customer (shorter than the customers when later ones have no value).</summary>
    internal ReadOnlySpan<int> Column(int keyId) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_columns[keyId]);

    /// <summary>Attributes as a snapshot holds them: one column per key.</summary>
    internal static CustomerAttributes FromColumns(NameTable keys, NameTable values, List<List<int>> columns)
    {
        if (columns.Count != keys.Count)
        {
            throw new InvalidDataException("The attributes have not one column per key.");
        }

        var attributes = new CustomerAttributes(keys, values);
        attributes._columns.AddRange(columns);
        return attributes;
    }

    /// <summary>Sizes the tables and columns exactly (a column grown by doubling holds up to twice its room).</summary>
    internal void TrimExcess()
    {
        Keys.TrimExcess();
        Values.TrimExcess();
        foreach (var column in _columns)
        {
            column.Capacity = column.Count;
        }
    }

    /// <summary>The value of an attribute for a customer, or null.</summary>
    public string? Get(int customer, string key)
    {
        var keyId = Keys.IdOf(key);
        var valueId = keyId < 0 ? -1 : ValueId(customer, keyId);
        return valueId < 0 ? null : Values[valueId];
    }

    /// <summary>The value id of an attribute for a customer, or -1.</summary>
    public int ValueId(int customer, int keyId)
    {
        if (keyId >= _columns.Count)
        {
            return -1;
        }

        var column = _columns[keyId];
        return customer < column.Count ? column[customer] : -1;
    }

    /// <summary>Sets a value; the first value given for a customer and key wins (XES trace attributes repeat).</summary>
    internal void Set(int customer, ReadOnlySpan<char> key, ReadOnlySpan<char> value, bool overwrite)
    {
        var keyId = Keys.GetOrAdd(key);
        if (keyId == _columns.Count)
        {
            _columns.Add([]);
        }

        var column = _columns[keyId];
        while (column.Count <= customer)
        {
            column.Add(-1);
        }

        if (overwrite || column[customer] < 0)
        {
            column[customer] = Values.GetOrAdd(value);
        }
    }
}
