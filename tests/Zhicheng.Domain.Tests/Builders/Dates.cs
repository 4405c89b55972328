using System.Globalization;

namespace Zhicheng.Domain.Tests.Builders;

/// <summary>ISO dates in test tables: <c>D("2024-09-30")</c>.</summary>
public static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalD(string? iso) => iso is null ? null : D(iso);
}
