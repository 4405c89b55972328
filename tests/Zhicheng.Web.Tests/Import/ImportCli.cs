using System.Diagnostics;
using System.Text;
using MiniExcelLibs;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Import;

/// <summary>
/// The real <c>zhicheng import</c> on a test database (ZHICHENG_DB), and what it needs: a city bureau with one
/// employer, people's workbooks written to a temporary directory.
/// </summary>
internal sealed class ImportCli : IDisposable
{
    private static int _issued;

    public ImportCli()
    {
        using var db = Database.Open("setup");
        City = new Organisation { Name = "运城市人力资源和社会保障局", Kind = OrganisationKind.CityBureau };
        db.Organisations.Add(City);
        db.SaveChanges();
        Employer = Unit("运城市第一医院");
        Other = Unit("盐湖区第二中学");
        db.Organisations.AddRange(Employer, Other);
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = TestDatabase.Create();

    public TempDir Files { get; } = new();

    public Organisation City { get; }

    public Organisation Employer { get; }

    public Organisation Other { get; }

    /// <summary>A 人员 workbook of <paramref name="count"/> people of <paramref name="unitCode"/> (blank: no unit column value).</summary>
    public string PeopleWorkbook(string name, int count, string? unitCode, Func<int, string>? idOf = null)
    {
        var path = Files.File(name);
        MiniExcel.SaveAs(path, Enumerable.Range(0, count).Select(i => new Dictionary<string, object?>
        {
            ["身份证号"] = (idOf ?? NewId)(i), ["姓名"] = $"人员{i}", ["单位统一社会信用代码"] = unitCode, ["联系电话"] = "13800000000",
            ["参加工作时间"] = "2012-07-01", ["在职在岗"] = "是",
        }), sheetName: "人员");
        return path;
    }

    /// <summary>A valid identity number of its own (born between 1960 and 2001, before they started work in 2012).</summary>
    public static string NewId(int _ = 0)
    {
        var n = Interlocked.Increment(ref _issued);
        var first17 = $"140802{new DateOnly(1960, 1, 1).AddDays(n % 15_000):yyyyMMdd}{n / 15_000 * 2 + 101:000}";
        return first17 + IdentityNumber.CheckCharacterFor(first17);
    }

    public async Task<ZhichengProcess.Result> Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ZhichengProcess.Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts <c>zhicheng import …</c> on this database, standard output and error redirected.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Files.Path,
        };
        start.Environment["ZHICHENG_DB"] = Database.ConnectionString;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zhicheng.dll"));
        start.ArgumentList.Add("import");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    public AppDbContext Open() => Database.Open();

    public void Dispose()
    {
        Files.Dispose();
        Database.Dispose();
    }

    private Organisation Unit(string name)
    {
        var serial = Interlocked.Increment(ref _issued).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = $"91140802M{serial}";
        var unit = new Organisation
        {
            Name = name, Kind = OrganisationKind.Employer, CreditCode = first17 + CreditCode.CheckCharacterFor(first17),
            EmploymentType = EmploymentType.PublicInstitution,
        };
        unit.PlaceUnder(City);
        return unit;
    }
}
