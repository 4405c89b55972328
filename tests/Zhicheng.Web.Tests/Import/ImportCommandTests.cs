using Microsoft.EntityFrameworkCore;

namespace Zhicheng.Web.Tests.Import;

/// <summary><c>zhicheng import FILE [--kind …] [--unit …]</c>: exit 0 written, 1 rejected with every problem on standard error, 2 bad usage.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly ImportCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_GoodWorkbook_WritesAsTheCli_AndAgainChangesNothing()
    {
        var file = _cli.PeopleWorkbook("people.xlsx", 3, _cli.Employer.CreditCode);

        var first = await _cli.Run(file);
        long audit;
        await using (var db = _cli.Open())
        {
            audit = await db.AuditEntries.LongCountAsync();
        }
        var again = await _cli.Run(file);

        first.ExitCode.ShouldBe(0, first.StandardError);
        first.StandardOutput.ShouldContain("人员：新增 3，更新 0，未变 0");
        again.ExitCode.ShouldBe(0, again.StandardError);
        again.StandardOutput.ShouldContain("人员：新增 0，更新 0，未变 3");
        await using var check = _cli.Open();
        (await check.People.CountAsync()).ShouldBe(3);
        (await check.AuditEntries.LongCountAsync()).ShouldBe(audit);
        (await check.AuditEntries.Where(e => e.Action == "import.completed").Select(e => e.Actor).SingleAsync()).ShouldBe("cli:import");
    }

    [Fact]
    public async Task Import_BadRow_ExitsOne_ReportsOnStandardError_AndWritesNothing()
    {
        var file = _cli.PeopleWorkbook("bad.xlsx", 3, _cli.Employer.CreditCode, i => i == 1 ? "140802199001011230" : ImportCli.NewId());

        var result = await _cli.Run(file);

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldContain("工作表“人员” 第3行 “身份证号”列：身份证号码");
        result.StandardError.ShouldContain("bad.xlsx：发现 1 处问题，未导入任何数据");
        await using var db = _cli.Open();
        (await db.People.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_WithUnit_ActsForThatUnitOnly()
    {
        var own = _cli.PeopleWorkbook("own.xlsx", 2, null);
        var other = _cli.PeopleWorkbook("other.xlsx", 1, _cli.Other.CreditCode);

        var ownResult = await _cli.Run(own, "--unit", _cli.Employer.CreditCode!);
        var otherResult = await _cli.Run(other, "--unit", _cli.Employer.CreditCode!);

        ownResult.ExitCode.ShouldBe(0, ownResult.StandardError);
        otherResult.ExitCode.ShouldBe(1);
        otherResult.StandardError.ShouldContain($"单位“{_cli.Other.CreditCode}”不在您的管辖范围内");
        await using var db = _cli.Open();
        (await db.People.Select(p => p.UnitId).ToListAsync()).ShouldBe([_cli.Employer.Id, _cli.Employer.Id]);
    }

    [Theory]
    [InlineData("people.csv", new string[0], "CSV 文件只含一张表")]
    [InlineData("missing.xlsx", new string[0], "找不到文件")]
    [InlineData("people.xlsx", new[] { "--kind", "salaries" }, "salaries")]
    [InlineData("people.xlsx", new[] { "--unit", "91140802MA0000000X" }, "--unit：统一社会信用代码")]
    public async Task Import_BadUsage_ExitsTwo(string name, string[] options, string message)
    {
        if (name != "missing.xlsx")
        {
            _cli.Files.Write(name, "身份证号,姓名\n");
        }

        var result = await _cli.Run([_cli.Files.File(name), .. options]);

        result.ExitCode.ShouldBe(2, result.StandardOutput);
        result.StandardError.ShouldContain(message);
    }
}
