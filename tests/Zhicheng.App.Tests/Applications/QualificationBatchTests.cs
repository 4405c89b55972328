using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// The committee office's batch qualification check: every application waiting at the office for the committee and
/// year, with progress from (0, n) to (n, n), one row each with the identity number masked, a failed check's clause in
/// the row's summary; nobody but the committee's office runs it.
/// </summary>
public sealed class QualificationBatchTests : ApplicationServiceTest
{
    [Fact]
    public async Task Batch_FourAtTheOffice_ReportsProgressAndOneIneligibleRow()
    {
        var people = new List<Features.People.Person> { World.Doctor };
        for (var i = 1; i <= 3; i++)
        {
            people.Add(await DoctorLikeAsync($"医生{i}", 400 + i));
        }
        var submitted = new List<TitleApplication>();
        foreach (var person in people)
        {
            submitted.Add(await SubmittedByHrAsync(person));
        }
        await ToOfficeAsync([.. submitted]);
        var ineligible = people[2];
        await using (var db = Read())
        {
            await db.Assessments.Where(a => a.PersonId == ineligible.Id && a.Year == 2024).ExecuteDeleteAsync();
        }
        var progress = new Reports();

        IReadOnlyList<QualificationRow> rows;
        await using (var office = await As(Office))
        {
            rows = (await office.Qualification.BatchAsync(office.Jurisdiction, Setup.Committee.Id, Year, progress)).ShouldSucceed();
        }

        progress.Seen.ShouldBe([new QualificationProgress(0, 4), new QualificationProgress(4, 4)]);
        rows.Select(r => r.ApplicationId).ShouldBe(submitted.Select(a => a.Id).Order());
        rows.Select(r => r.MaskedIdNumber).ShouldBe(people.Select(p => p.IdNumber[..6] + "**********" + p.IdNumber[16..]));
        rows.ShouldAllBe(r => r.Target == "卫生系列临床医学副高级");
        var failed = rows.Single(r => !r.Passed);
        failed.Name.ShouldBe(ineligible.Name);
        failed.Summary.ShouldContain(ClauseIds.LatestAssessment);
        rows.Where(r => r.Passed).ShouldAllBe(r => r.Summary.StartsWith("符合申报条件"));
        await using (var db = Read())
        {
            var stored = await db.Applications.AsNoTracking().Include(a => a.Events).Where(a => a.CommitteeId == Setup.Committee.Id).ToListAsync();
            stored.ShouldAllBe(a => a.QualificationCheckedAt != null && a.Events.Count(e => e.Action == ApplicationAction.QualificationChecked) == 1);
            stored.Single(a => a.QualificationPassed == false).PersonId.ShouldBe(ineligible.Id);
        }
        var table = QualificationReport.Table(rows).ToList();
        table.Count.ShouldBe(4);
        table.ShouldAllBe(r => !((string)r["公民身份号码"]!).Contains("1987"));
    }

    [Theory]
    [InlineData(AccountRole.DepartmentReviewer)]
    [InlineData(AccountRole.CityAdmin)]
    [InlineData(AccountRole.CountyStaff)]
    [InlineData(AccountRole.EmployerHr)]
    [InlineData(AccountRole.CommitteeOffice)]
    public async Task Batch_ByAnyoneButTheCommitteesOffice_NotFound(AccountRole role)
    {
        await ToOfficeAsync(await SubmittedAsync());
        var before = await WrittenAsync();
        await using var desk = await As(role);

        (await desk.Qualification.BatchAsync(desk.Jurisdiction, Setup.Committee.Id, Year)).ShouldBeNotFound();
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Batch_YearWithoutPlan_Refused()
    {
        await using var office = await As(Office);

        (await office.Qualification.BatchAsync(office.Jurisdiction, Setup.Committee.Id, 2026))
            .ShouldBeRefused("year", ClauseIds.WorkPlan).Message.ShouldBe($"“{TestYear.CommitteeName}”没有已批准的2026年度工作方案，无法确定材料截止日期");
    }

    /// <summary>Records every report as it is made (<see cref="Progress{T}"/> would post them later).</summary>
    private sealed class Reports : IProgress<QualificationProgress>
    {
        public List<QualificationProgress> Seen { get; } = [];

        public void Report(QualificationProgress value) => Seen.Add(value);
    }
}
