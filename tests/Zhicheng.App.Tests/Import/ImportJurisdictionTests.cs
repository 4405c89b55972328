using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Import;
using Zhicheng.App.Tests.Import.Support;
using Zhicheng.App.Tests.Support;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Tests.Import;

/// <summary>
/// An import reaches only what the importer manages: an employer's HR its own staff, a county bureau its county.
/// A unit or person outside is "not in your jurisdiction" — worded the same whether or not it exists.
/// </summary>
public sealed class ImportJurisdictionTests : IAsyncLifetime
{
    private ImportWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await ImportWorld.CreateAsync();

    public ValueTask DisposeAsync()
    {
        _world.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task EmployerHr_NamingAnotherUnit_IsRefused()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), _world.School.CreditCode)).File();

        var report = await Rejected(file, _world.HospitalHr);

        report.Problems.Single().ShouldBe(new ImportProblem("人员", 2, UnitCreditCode, $"单位“{_world.School.CreditCode}”不在您的管辖范围内"));
    }

    [Fact]
    public async Task EmployerHr_WithoutTheUnitColumnOrWithABlankCell_ImportsIntoItsOwnUnit()
    {
        var (first, second) = (Row.NewId(), Row.NewId());
        var withoutColumn = new ImportWorkbook().Raw("人员", [IdNumber, Name], [first, "张三"]).File();
        var blankCell = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(second, null)).File();

        (await _world.Import(withoutColumn, _world.HospitalHr)).Written.ShouldBeTrue();
        (await _world.Import(blankCell, _world.HospitalHr)).Written.ShouldBeTrue();

        await using var db = _world.Open();
        (await db.People.Where(p => p.IdNumber == first || p.IdNumber == second).Select(p => p.UnitId).ToListAsync()).ShouldAllBe(u => u == _world.Hospital.Id);
    }

    [Fact]
    public async Task BureauStaff_BlankUnitCell_IsRequired()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), null)).File();

        (await Rejected(file, _world.YanhuStaff)).Problems.Single().ShouldBe(new ImportProblem("人员", 2, UnitCreditCode, "必填，不能为空"));
    }

    [Fact]
    public async Task CountyBureau_NamingAnotherCountysEmployer_IsRefusedInTheWordsUsedForNoUnitAtAll()
    {
        var nowhere = Records.CreditCode();
        var file = new ImportWorkbook().Rows(ImportSheet.People,
            Row.Person(Row.NewId(), _world.Factory.CreditCode), Row.Person(Row.NewId(), nowhere), Row.Person(Row.NewId(), _world.School.CreditCode)).File();

        var report = await Rejected(file, _world.YanhuStaff);

        report.Problems.Select(p => (p.Row, p.Message)).ShouldBe(
        [
            (2, $"单位“{_world.Factory.CreditCode}”不在您的管辖范围内"),
            (3, $"单位“{nowhere}”不在您的管辖范围内"),
        ]);
    }

    [Fact]
    public async Task CountyBureau_PersonHeldInAnotherCounty_IsNeitherChangedNorRevealed()
    {
        var held = await Hold(_world.Factory.Id, "赵工");
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(held, _world.School.CreditCode, "改名"))
            .Rows(ImportSheet.Assessments, Row.Assessment(held, 2024))
            .Rows(ImportSheet.Titles, Row.Title(Row.NewId())).File();
        var assessmentOnly = new ImportWorkbook().Rows(ImportSheet.Assessments, Row.Assessment(held, 2024)).File();

        var report = await Rejected(file, _world.YanhuStaff);
        var referenced = await Rejected(assessmentOnly, _world.YanhuStaff);

        report.Problems.Select(p => (p.Sheet, p.Row, p.Column, p.Message)).ShouldBe(
        [
            ("人员", 2, IdNumber, "该人员的记录不在您的管辖范围内，不能导入或修改"),
            ("职称", 2, IdNumber, "未找到该人员，或其不在您的管辖范围内；新人员请同时在“人员”表中填写"),
        ]);
        referenced.Problems.Single().ShouldBe(new ImportProblem("年度考核", 2, IdNumber, "未找到该人员，或其不在您的管辖范围内；新人员请同时在“人员”表中填写"));
        await using var db = _world.Open();
        (await db.People.SingleAsync(p => p.IdNumber == held)).ShouldSatisfyAllConditions(
            p => p.Name.ShouldBe("赵工"), p => p.UnitId.ShouldBe(_world.Factory.Id));
    }

    [Fact]
    public async Task EmployerHr_AnotherEmployersPerson_CannotBeGivenAnAssessment()
    {
        var held = await Hold(_world.School.Id, "钱老师");

        var report = await Rejected(new ImportWorkbook().Rows(ImportSheet.Assessments, Row.Assessment(held, 2024)).File(), _world.HospitalHr);

        report.Problems.Single().Message.ShouldStartWith("未找到该人员");
    }

    [Fact]
    public async Task CityAdmin_ReachesEveryCounty()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People,
            Row.Person(Row.NewId(), _world.Factory.CreditCode), Row.Person(Row.NewId(), _world.Hospital.CreditCode)).File();

        (await _world.Import(file, _world.CityAdmin)).Counts[ImportSheet.People].Created.ShouldBe(2);
    }

    [Fact]
    public async Task Viewer_WhoManagesNoPeople_CannotImport()
    {
        var file = new ImportWorkbook().Rows(ImportSheet.People, Row.Person(Row.NewId(), _world.Hospital.CreditCode)).File();

        (await Rejected(file, _world.Reviewer)).Problems.Single().Message.ShouldBe("您的账号不能导入或修改人员信息");
    }

    private async Task<string> Hold(int unitId, string name)
    {
        await using var db = _world.Open();
        var person = Records.Person(unitId, name);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.IdNumber;
    }

    private async Task<ImportReport> Rejected(ImportFile file, Features.Accounts.Viewer viewer)
    {
        var before = await _world.Counts();
        var report = await _world.Import(file, viewer);
        report.Written.ShouldBeFalse();
        (await _world.Counts()).ShouldBe(before);
        return report;
    }
}
