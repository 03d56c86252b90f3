using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waymark.Data;

/// <summary>Every stored time is UTC; SQLite hands them back unspecified, so reads mark them UTC again.</summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
