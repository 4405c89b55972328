using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Import;
using Zhicheng.App.Tests.Import.Support;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using static Zhicheng.App.Features.Import.ImportHeaders;

namespace Zhicheng.App.Tests.Import;

/// <summary>A good file is written whole, with counts per sheet; importing it again changes nothing and audits nothing.</summary>
public sealed class ImportWriteTests : IAsyncLifetime
{
    private ImportWorld _world = null!;
    private readonly string _doctor = Row.NewId(new DateOnly(1985, 3, 12));
    private readonly string _freelancer = Row.NewId(new DateOnly(1992, 8, 2));

    public async ValueTask InitializeAsync() => _world = await ImportWorld.CreateAsync();

    public ValueTask DisposeAsync()
    {
        _world.Dispose();
        return ValueTask.CompletedTask;
    }

    private ImportWorkbook GoodWorkbook() => new ImportWorkbook()
        .Rows(ImportSheet.People,
            Row.Person(_doctor, _world.Hospital.CreditCode, "王医生"),
            Row.Person(_freelancer, _world.Agency.CreditCode, "李设计").With(ImportHeaders.EmploymentType, "灵活就业").With(InService, null))
        .Rows(ImportSheet.Titles,
            Row.Title(_doctor),
            Row.Title(_freelancer).With(Level, "助理级").With(Source, "转评").With(TransferredOn, "2020-03-01"))
        .Rows(ImportSheet.Assessments, Row.Assessment(_doctor, 2023, "优秀"), Row.Assessment(_doctor, 2024))
        .Rows(ImportSheet.Education, Row.Education(_doctor), Row.Education(_freelancer).With(ImportHeaders.Degree, "大专").With(FullTime, "否"));

    [Fact]
    public async Task GoodWorkbook_WritesEverySheet_AndCountsIt()
    {
        var report = await _world.Import(GoodWorkbook().File("2025年人员.xlsx"), _world.CityAdmin);

        report.Written.ShouldBeTrue(string.Join("\n", report.Problems));
        report.Summary().ShouldBe("人员：新增 2，更新 0，未变 0；职称：新增 2，更新 0，未变 0；年度考核：新增 2，更新 0，未变 0；学历：新增 2，更新 0，未变 0");
        await using var db = _world.Open();
        var doctor = await db.People.Include(p => p.Titles).Include(p => p.Assessments).Include(p => p.Education).SingleAsync(p => p.IdNumber == _doctor);
        (doctor.Name, doctor.Sex, doctor.BirthDate, doctor.UnitId, doctor.EmploymentType).ShouldBe(("王医生", IdentityNumber.Parse(_doctor).Sex, new DateOnly(1985, 3, 12), _world.Hospital.Id, (EmploymentType?)null));
        (doctor.Phone, doctor.WorkStartDate, doctor.PostSince, doctor.InService).ShouldBe(("13800000000", new DateOnly(2012, 7, 1), new DateOnly(2019, 1, 1), true));
        doctor.Titles.Single().ShouldSatisfyAllConditions(
            t => (t.Series, t.Specialty, t.Level, t.ObtainedOn, t.Source).ShouldBe(("工程", "土木工程", TitleLevel.Intermediate, new DateOnly(2018, 12, 31), TitleSource.Evaluation)),
            t => t.CertificateNumber.ShouldBe("ZC2018000123"));
        doctor.Assessments.OrderBy(a => a.Year).Select(a => (a.Year, a.Grade)).ShouldBe([(2023, AssessmentGrade.Excellent), (2024, AssessmentGrade.Qualified)]);
        doctor.Education.Single().ShouldSatisfyAllConditions(e => e.Degree.ShouldBe(Domain.Eligibility.Degree.Bachelor), e => e.FullTime.ShouldBeTrue());
        var freelancer = await db.People.Include(p => p.Titles).Include(p => p.Education).SingleAsync(p => p.IdNumber == _freelancer);
        (freelancer.UnitId, freelancer.EmploymentType, freelancer.InService).ShouldBe((_world.Agency.Id, (EmploymentType?)Domain.Eligibility.EmploymentType.Flexible, true));
        freelancer.Titles.Single().TransferredOn.ShouldBe(new DateOnly(2020, 3, 1));
        freelancer.Education.Single().FullTime.ShouldBeFalse();
    }

    [Fact]
    public async Task GoodWorkbook_AuditsEachRecordAndTheImport_InAnUnbrokenChain()
    {
        var before = (await _world.Counts()).Audit;

        await _world.Import(GoodWorkbook().File("2025年人员.xlsx"), _world.CityAdmin);

        await using var db = _world.Open();
        var entries = await db.AuditEntries.Where(e => e.Id > before).OrderBy(e => e.Id).ToListAsync();
        entries.Count.ShouldBe(8 + 1);
        entries.ShouldAllBe(e => e.Actor == _world.CityAdmin.AuditName);
        var completed = entries[^1];
        (completed.Action, completed.EntityType, completed.EntityId).ShouldBe(("import.completed", "Import", "2025年人员.xlsx"));
        completed.Summary.ShouldContain("\"people\":{\"created\":2,\"updated\":0,\"unchanged\":0}");
        (await AuditVerifier.VerifyAsync(db)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task SameFileAgain_ChangesNothing_AndWritesNoAuditEntry()
    {
        var bytes = GoodWorkbook().Bytes();
        await _world.Import(ImportWorkbook.Of("a.xlsx", bytes), _world.CityAdmin);
        var before = await _world.Counts();

        var again = await _world.Import(ImportWorkbook.Of("a.xlsx", bytes), _world.CityAdmin);

        again.Written.ShouldBeTrue();
        again.Changed.ShouldBeFalse();
        again.Summary().ShouldBe("人员：新增 0，更新 0，未变 2；职称：新增 0，更新 0，未变 2；年度考核：新增 0，更新 0，未变 2；学历：新增 0，更新 0，未变 2");
        (await _world.Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task OneCellChanged_UpdatesOnlyThatField_AndAuditsOnlyIt()
    {
        await _world.Import(GoodWorkbook().File(), _world.CityAdmin);
        var before = (await _world.Counts()).Audit;
        var changed = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(_doctor, _world.Hospital.CreditCode, "王医生").With(Phone, "13900000000"))
            .Rows(ImportSheet.Assessments, Row.Assessment(_doctor, 2023, "优秀"), Row.Assessment(_doctor, 2024, "基本合格"));

        var report = await _world.Import(changed.File(), _world.CityAdmin);

        report.Summary().ShouldBe("人员：新增 0，更新 1，未变 0；年度考核：新增 0，更新 1，未变 1");
        await using var db = _world.Open();
        var entries = await db.AuditEntries.Where(e => e.Id > before).OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => (e.Action, e.EntityType)).ShouldBe([("updated", "Person"), ("updated", "PersonAssessment"), ("import.completed", "Import")]);
        entries[0].Summary.ShouldBe("{\"before\":{\"Phone\":\"13800000000\"},\"after\":{\"Phone\":\"13900000000\"}}");
    }

    [Fact]
    public async Task BlankOptionalCell_KeepsWhatIsStored()
    {
        await _world.Import(GoodWorkbook().File(), _world.CityAdmin);
        var blanks = new ImportWorkbook().Rows(ImportSheet.People,
            Row.Person(_doctor, _world.Hospital.CreditCode, "王医生").With(Phone, null).With(WorkStart, null).With(InService, null));

        var report = await _world.Import(blanks.File(), _world.CityAdmin);

        report.Counts[ImportSheet.People].Unchanged.ShouldBe(1);
        await using var db = _world.Open();
        var doctor = await db.People.SingleAsync(p => p.IdNumber == _doctor);
        (doctor.Phone, doctor.WorkStartDate).ShouldBe(("13800000000", new DateOnly(2012, 7, 1)));
    }

    [Fact]
    public async Task Dates_InEveryAcceptedForm_AreRead()
    {
        var id = Row.NewId();
        var file = new ImportWorkbook()
            .Rows(ImportSheet.People, Row.Person(id, _world.Hospital.CreditCode).With(WorkStart, "2012/7/1").With(PostSince, new DateTime(2019, 1, 1)))
            .Rows(ImportSheet.Education, Row.Education(id).With(GraduatedOn, "2012.6.30")).File();

        (await _world.Import(file, _world.CityAdmin)).Written.ShouldBeTrue();

        await using var db = _world.Open();
        var person = await db.People.Include(p => p.Education).SingleAsync(p => p.IdNumber == id);
        (person.WorkStartDate, person.PostSince, person.Education.Single().ObtainedOn).ShouldBe((new DateOnly(2012, 7, 1), new DateOnly(2019, 1, 1), new DateOnly(2012, 6, 30)));
    }

    [Fact]
    public async Task TitleRowAboveTheHeader_AndEnglishHeaders_AreRead_WithExcelRowNumbers()
    {
        var file = new ImportWorkbook().Raw("people",
            ["2025年人员信息导入表"],
            [],
            ["idNumber", "name", "unitCreditCode", "序号"],
            ["123", "张三", _world.Hospital.CreditCode, 1]).File();

        var report = await _world.Import(file, _world.CityAdmin);

        report.Problems.Single().ShouldBe(new ImportProblem("人员", 4, IdNumber, "身份证号码应为18位，实际为3位"));
    }

    [Fact]
    public async Task CsvOfAssessments_ForPeopleAlreadyHeld_IsWritten()
    {
        await _world.Import(GoodWorkbook().File(), _world.CityAdmin);

        var report = await _world.Import(ImportWorkbook.Csv(ImportSheet.Assessments, Row.Assessment(_freelancer, 2024, "合格"), Row.Assessment(_doctor, 2024, "合格")), _world.YanhuStaff);

        report.Summary().ShouldBe("年度考核：新增 1，更新 0，未变 1");
    }

    [Fact]
    public async Task CsvOfPeople_InGb18030_IsRead()
    {
        var id = Row.NewId();
        var gb18030 = System.Text.Encoding.GetEncoding("GB18030");

        var report = await _world.Import(ImportWorkbook.Csv(ImportSheet.People, gb18030, Row.Person(id, _world.School.CreditCode, "欧阳娜娜")), _world.YanhuStaff);

        report.Summary().ShouldBe("人员：新增 1，更新 0，未变 0");
        await using var db = _world.Open();
        (await db.People.SingleAsync(p => p.IdNumber == id)).Name.ShouldBe("欧阳娜娜");
    }

    [Fact]
    public async Task PersonNamingAnotherUnitInTheJurisdiction_MovesThere()
    {
        await _world.Import(GoodWorkbook().File(), _world.CityAdmin);

        var report = await _world.Import(new ImportWorkbook().Rows(ImportSheet.People, Row.Person(_doctor, _world.School.CreditCode, "王医生")).File(), _world.YanhuStaff);

        report.Counts[ImportSheet.People].Updated.ShouldBe(1);
        await using var db = _world.Open();
        (await db.People.SingleAsync(p => p.IdNumber == _doctor)).UnitId.ShouldBe(_world.School.Id);
    }

    [Fact]
    public async Task ManyRows_AcrossBatches_AreAllWritten_AndDuplicatesFarApartAreFound()
    {
        var ids = Enumerable.Range(0, 2_500).Select(_ => Row.NewId()).ToList();
        var people = ids.Select(id => Row.Person(id, _world.Hospital.CreditCode)).ToArray();
        var assessments = ids.Select(id => Row.Assessment(id, 2024)).ToArray();
        var good = new ImportWorkbook().Rows(ImportSheet.People, people).Rows(ImportSheet.Assessments, assessments);

        var report = await _world.Import(good.File(), _world.CityAdmin);

        report.Summary().ShouldBe("人员：新增 2500，更新 0，未变 0；年度考核：新增 2500，更新 0，未变 0");
        var bad = new ImportWorkbook().Rows(ImportSheet.People, [.. people, Row.Person(ids[3], _world.Hospital.CreditCode)]);
        (await _world.Import(bad.File(), _world.CityAdmin)).Problems.Single().Message.ShouldBe("身份证号在第5行和第2502行重复出现（同一人员只能填写一行）");
    }
}
