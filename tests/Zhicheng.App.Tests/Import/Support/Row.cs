using Zhicheng.Domain.Identity;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Tests.Import.Support;

/// <summary>Valid rows of each sheet, by header; a test changes the one cell its case is about.</summary>
internal static class Row
{
    public static Dictionary<string, object?> Person(string id, string? creditCode, string name = "张三") => new()
    {
        [IdNumber] = id, [Name] = name, [UnitCreditCode] = creditCode, [Phone] = "13800000000", [WorkStart] = "2012-07-01",
        [PostSeries] = "工程", [PostSpecialty] = "土木工程", [PostSince] = "2019-01-01", [InService] = "是",
    };

    public static Dictionary<string, object?> Title(string id) => new()
    {
        [IdNumber] = id, [Series] = "工程", [Specialty] = "土木工程", [Level] = "中级", [ObtainedOn] = "2018-12-31", [Source] = "评审",
        [CertificateNumber] = "ZC2018000123", [GrantedBy] = "运城市工程系列中级职称评审委员会",
    };

    public static Dictionary<string, object?> Assessment(string id, object year, string grade = "合格") => new()
    {
        [IdNumber] = id, [Year] = year, [Grade] = grade,
    };

    public static Dictionary<string, object?> Education(string id) => new()
    {
        [IdNumber] = id, [Degree] = "本科", [FullTime] = "是", [GraduatedOn] = "2012-06-30", [School] = "太原理工大学", [Major] = "土木工程",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string header, object? value)
    {
        row[header] = value;
        return row;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> row, string header)
    {
        row.Remove(header);
        return row;
    }

    private static int _issued;

    /// <summary>A fresh valid identity number: born on <paramref name="birth"/>, or on a day of its own between 1970 and 1997.</summary>
    public static string NewId(DateOnly? birth = null)
    {
        var n = Interlocked.Increment(ref _issued);
        var day = birth ?? new DateOnly(1970, 1, 1).AddDays(n % 10_000);
        var first17 = $"140802{day:yyyyMMdd}{n % 1000:000}";
        return first17 + IdentityNumber.CheckCharacterFor(first17);
    }
}
