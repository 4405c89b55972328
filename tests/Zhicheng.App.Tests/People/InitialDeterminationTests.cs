using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.People;

/// <summary>
/// 初定 is recorded by the unit holding the record, not applied for (N2024-3.5b): a master's graduate of 2025 at the
/// hospital gets 助理级 determined on 11-30 — the cut-off day itself — but not on 12-01; nobody but the hospital records it.
/// </summary>
public sealed class InitialDeterminationTests : YearServiceTest
{
    private Person _graduate = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Read();
        const string first17 = "14080219990512123";
        _graduate = new Person
        {
            IdNumber = "", Name = "孙研究生", UnitId = World.Hospital.Id, WorkStartDate = new DateOnly(2025, 7, 15),
            PostSeries = "卫生", PostSpecialty = "临床医学", PostSince = new DateOnly(2025, 7, 15),
        };
        _graduate.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        _graduate.Education.Add(new PersonEducation { Degree = Degree.Master, FullTime = true, ObtainedOn = new DateOnly(2025, 7, 1), School = "山西医科大学" });
        db.People.Add(_graduate);
        await db.SaveChangesAsync();
        Clock.Today = new DateOnly(2025, 12, 5);
    }

    [Fact]
    public async Task Record_OnTheCutOffDay_WritesTheTitle()
    {
        await using var db = Database.Open("test:hr", Clock);
        var hr = await Jurisdiction.ForAsync(db, Desk.ViewerOf(World, AccountRole.EmployerHr));

        var title = (await Service(db).RecordAsync(hr, _graduate.Id, new InitialForm("卫生", "临床医学", TitleLevel.Assistant, new DateOnly(2025, 11, 30)))).ShouldSucceed();

        title.Source.ShouldBe(TitleSource.InitialDetermination);
        title.ObtainedOn.ShouldBe(new DateOnly(2025, 11, 30));
        title.GrantedBy.ShouldBe(World.Hospital.Name);
    }

    [Fact]
    public async Task Record_AfterTheCutOff_IsRefusedNamingTheClause()
    {
        await using var db = Database.Open("test:hr", Clock);
        var hr = await Jurisdiction.ForAsync(db, Desk.ViewerOf(World, AccountRole.EmployerHr));

        var refused = await Service(db).RecordAsync(hr, _graduate.Id, new InitialForm("卫生", "临床医学", TitleLevel.Assistant, new DateOnly(2025, 12, 1)));

        var problem = refused.ShouldBeRefused("eligibility.initial_deadline", ClauseIds.InitialDetermination);
        problem.Message.ShouldContain("2025年度初定工作已截止");
        await using var read = Read();
        (await read.Titles.AnyAsync(t => t.PersonId == _graduate.Id)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.DepartmentReviewer)]
    public async Task Record_ByAnyoneButTheUnit_IsRefused(AccountRole role)
    {
        await using var db = Database.Open("test:other", Clock);
        var other = await Jurisdiction.ForAsync(db, Desk.ViewerOf(World, role));

        var refused = await Service(db).RecordAsync(other, _graduate.Id, new InitialForm("卫生", "临床医学", TitleLevel.Assistant, new DateOnly(2025, 11, 28)));

        refused.ShouldBeRefused("", ClauseIds.InitialDetermination);
    }

    [Fact]
    public async Task Record_AboveWhatTheDegreeAllows_IsRefused()
    {
        await using var db = Database.Open("test:hr", Clock);
        var hr = await Jurisdiction.ForAsync(db, Desk.ViewerOf(World, AccountRole.EmployerHr));

        var refused = await Service(db).RecordAsync(hr, _graduate.Id, new InitialForm("卫生", "临床医学", TitleLevel.Intermediate, new DateOnly(2025, 11, 28)));

        refused.Succeeded.ShouldBeFalse();
        refused.Problems.ShouldAllBe(p => p.ClauseId != null);
    }

    private InitialDetermination Service(Data.AppDbContext db) =>
        new(db, new EligibilityService(new EligibilityEngine(PolicyVersion.N2024), new PublishedStandards()), Clock);
}
