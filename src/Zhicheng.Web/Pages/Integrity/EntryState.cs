using System.Globalization;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Integrity;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>How a record's place in its record period reads (N2024-4.4): active up to and including the day before it ends.</summary>
public static class EntryState
{
    public static string Text(IntegrityArchive archive, IntegrityEntry entry) => archive.IsActive(entry)
        ? $"记录期内（至 {IntegrityPeriod.EndsOn(entry.DecidedOn, archive.RecordYears).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）"
        : "已过记录期";
}
