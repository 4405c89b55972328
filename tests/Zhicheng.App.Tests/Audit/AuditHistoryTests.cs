using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Audit;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Standards;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Audit;

/// <summary>
/// 变更记录 of a committee (with its filings, scope and roster), a work plan and a standard version: shown to the
/// viewers who may see the record, null (the page's 404) to everyone else.
/// </summary>
public sealed class AuditHistoryTests : YearServiceTest
{
    private async Task<IReadOnlyList<AuditEntry>?> HistoryAs(Viewer viewer, string type, int id)
    {
        await using var desk = await As(viewer);
        return await new AuditHistory(desk.Db, desk.Standards).ForAsync(desk.Jurisdiction, type, id);
    }

    private Viewer CityAdmin => Desk.ViewerOf(World, AccountRole.CityAdmin);

    [Fact]
    public async Task Committee_ForTheApprovingBureau_HoldsItsFilingScopeAndRoster()
    {
        var year = await BuildYearAsync();

        var entries = (await HistoryAs(CityAdmin, "Committee", year.Committee.Id)).ShouldNotBeNull();

        var subject = $"Committee:{year.Committee.Id}";
        entries.ShouldAllBe(e => e.Subject == subject);
        var filing = year.Filing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        entries.ShouldContain(e => e.EntityType == "CommitteeFiling" && e.EntityId == filing && e.Action == "created");
        entries.ShouldContain(e => e.EntityType == "CommitteeFiling" && e.EntityId == filing && e.Action == "updated" && e.Summary.Contains("\"Status\":\"Submitted\""));
        entries.ShouldContain(e => e.EntityType == "CommitteeFiling" && e.EntityId == filing && e.Action == "updated" && e.Summary.Contains("\"Status\":\"Approved\""));
        entries.Count(e => e.EntityType == "CommitteeMember" && e.Action == "created").ShouldBe(TestYear.RosterSize);
        entries.ShouldContain(e => e.EntityType == "CommitteeScopeUnit" && e.Action == "created");
        entries.ShouldContain(e => e.EntityType == "Committee" && e.Action == "created");
    }

    [Fact]
    public async Task Committee_ForACountyBureauOutside_IsNull()
    {
        var year = await BuildYearAsync();

        (await HistoryAs(YongjiStaff, "Committee", year.Committee.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task WorkPlan_InsideItsCommitteesJurisdiction_ShownAndOutsideNull()
    {
        var year = await BuildYearAsync();

        var entries = (await HistoryAs(CityAdmin, "WorkPlan", year.Plan.Id)).ShouldNotBeNull();
        entries.ShouldAllBe(e => e.Subject == $"WorkPlan:{year.Plan.Id}");
        entries.ShouldContain(e => e.Action == "created");
        entries.ShouldContain(e => e.Action == "updated" && e.Summary.Contains("\"Status\":\"Approved\""));
        (await HistoryAs(Desk.ViewerOf(World, AccountRole.DepartmentReviewer), "WorkPlan", year.Plan.Id)).ShouldNotBeNull();
        (await HistoryAs(YongjiStaff, "WorkPlan", year.Plan.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task Standard_ADraftOnlyForItsOwner_OncePublishedForAnyone()
    {
        int id;
        await using (var health = await As(AccountRole.DepartmentReviewer))
        {
            id = (await health.Standards.CreateAsync(health.Jurisdiction, new StandardDraft(
                TestYear.StandardTitle, TestYear.Series, TestYear.Specialty, TitleLevel.AssociateSenior, Year, StandardJson.Write(TestYear.Content())))).ShouldSucceed().Id;
        }

        (await HistoryAs(Desk.ViewerOf(World, AccountRole.DepartmentReviewer), "EvaluationStandard", id)).ShouldNotBeNull().ShouldHaveSingleItem().Action.ShouldBe("created");
        (await HistoryAs(YongjiStaff, "EvaluationStandard", id)).ShouldBeNull();
        (await HistoryAs(Desk.ViewerOf(World, AccountRole.Applicant), "EvaluationStandard", id)).ShouldBeNull();

        await using (var health = await As(AccountRole.DepartmentReviewer))
        {
            (await health.Standards.PublishAsync(health.Jurisdiction, id)).ShouldSucceed();
        }

        var published = (await HistoryAs(YongjiStaff, "EvaluationStandard", id)).ShouldNotBeNull();
        published.Select(e => e.Action).ShouldBe(["updated", "created"]);
        published[0].Summary.ShouldContain("PublishedAt");
    }

    [Fact]
    public async Task Instants_AreWrittenAsUtcIso_NotInTheMachinesCulture()
    {
        var year = await BuildYearAsync();

        var entries = (await HistoryAs(CityAdmin, "WorkPlan", year.Plan.Id)).ShouldNotBeNull();

        var decided = entries.First(e => e.Summary.Contains("\"DecidedAt\""));
        decided.Summary.ShouldMatch("\"DecidedAt\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z\"");
    }

    [Theory]
    [InlineData("Committee")]
    [InlineData("WorkPlan")]
    [InlineData("EvaluationStandard")]
    public async Task Missing_IsNullEvenForTheWholeCity(string type) =>
        (await HistoryAs(CityAdmin, type, 999_999)).ShouldBeNull();
}
