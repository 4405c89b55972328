using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Dashboard;

/// <summary>
/// The bureau's dashboard (N2024-4.2): one row per committee in the jurisdiction, flagged red — each flag on both sides
/// of its day — when the filing ends within the warning period, the year's plan is not approved by the due date, a
/// meeting falls after the evaluation deadline, or a suspension has outrun its rectification deadline.
/// </summary>
public sealed class CommitteeDashboardTests : YearServiceTest
{
    private TestYear _year = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _year = await BuildYearAsync();
    }

    private async Task<DashboardRow> RowAsync(int year, PolicyVersion? policy = null)
    {
        await using var city = await As(AccountRole.CityAdmin, policy);
        return (await city.Dashboard.RowsAsync(city.Jurisdiction, year)).Single(r => r.CommitteeId == _year.Committee.Id);
    }

    [Fact]
    public async Task Rows_FiledCommitteeWithApprovedPlan_NoFlags()
    {
        var row = await RowAsync(Year);

        row.Flags.ShouldBeEmpty();
        row.Flagged.ShouldBeFalse();
        row.Name.ShouldBe(TestYear.CommitteeName);
        row.Level.ShouldBe("高级");
        row.FilingValidUntil.ShouldBe(new DateOnly(2028, 3, 9));
        row.Plan.ShouldNotBeNull().Id.ShouldBe(_year.Plan.Id);
    }

    [Theory]
    [InlineData(-91, null, Label = "Filing_91DaysLeft_NotFlagged")]
    [InlineData(-90, "备案将于 2028-03-09 到期，剩 90 天（N2024-2.2）", Label = "Filing_90DaysLeft_Flagged")]
    [InlineData(0, "备案将于 2028-03-09 到期，剩 0 天（N2024-2.2）", Label = "Filing_LastDay_Flagged")]
    [InlineData(1, "备案已于 2028-03-09 到期（N2024-2.2）", Label = "Filing_DayAfter_FlaggedExpired")]
    public async Task Rows_AroundTheFilingsEnd_FlaggedWithinNinetyDays(int daysFromValidUntil, string? flag)
    {
        Clock.Today = _year.Filing.ValidUntil!.Value.AddDays(daysFromValidUntil);

        var flags = (await RowAsync(Clock.Today.Year)).Flags.Where(f => f.StartsWith("备案", StringComparison.Ordinal)).ToList();

        if (flag is null)
        {
            flags.ShouldBeEmpty();
        }
        else
        {
            flags.ShouldBe([flag]);
        }
    }

    [Theory]
    [InlineData(-31, false, Label = "Filing_WarningSetTo30_31DaysLeft_NotFlagged")]
    [InlineData(-30, true, Label = "Filing_WarningSetTo30_30DaysLeft_Flagged")]
    public async Task Rows_WarningPeriodSetting_Followed(int daysFromValidUntil, bool flagged)
    {
        Clock.Today = _year.Filing.ValidUntil!.Value.AddDays(daysFromValidUntil);
        var policy = PolicyVersion.N2024.With(new PolicySettings { FilingExpiryWarningDays = 30 });

        var row = await RowAsync(Clock.Today.Year, policy);

        row.Flags.Any(f => f.StartsWith("备案将于", StringComparison.Ordinal)).ShouldBe(flagged);
    }

    [Fact]
    public async Task Rows_CommitteeNeverFiled_Flagged()
    {
        int committeeId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            committeeId = (await dept.Filings.CreateAsync(dept.Jurisdiction, World.Health.Id, TestYear.Particulars(World, "运城市卫生系列护理学高级职称评审委员会"))).ShouldSucceed().CommitteeId;
        }
        await using var city = await As(AccountRole.CityAdmin);

        var row = (await city.Dashboard.RowsAsync(city.Jurisdiction, Year)).Single(r => r.CommitteeId == committeeId);

        row.Flags.ShouldContain("未核准备案（N2024-2.2）");
        row.FilingValidUntil.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-07-31", false, Label = "Plan_DraftOnTheDueDate_NotFlagged")]
    [InlineData("2026-08-01", true, Label = "Plan_DraftTheDayAfterTheDueDate_Flagged")]
    public async Task Rows_PlanNotApprovedAroundTheDueDate_FlaggedOnlyAfterIt(string today, bool flagged)
    {
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            (await dept.Plans.CreateAsync(dept.Jurisdiction, _year.Committee.Id, 2026)).ShouldSucceed();
        }
        Clock.Today = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        var row = await RowAsync(2026);

        row.Flags.Contains("2026年度工作方案未在 07-31 前获批（N2024-4.6b）").ShouldBe(flagged);
    }

    [Fact]
    public async Task Rows_NoPlanAtAllAfterTheDueDate_Flagged()
    {
        Clock.Today = new DateOnly(2026, 8, 1);

        (await RowAsync(2026)).Flags.ShouldContain("2026年度工作方案未在 07-31 前获批（N2024-4.6b）");
    }

    [Fact]
    public async Task Rows_PlanApprovedAfterTheDueDate_NotFlagged()
    {
        Clock.Today = new DateOnly(2025, 8, 1);

        (await RowAsync(Year)).Flags.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(30, false, Label = "Meeting_OnNovember30_NotFlagged")]
    [InlineData(31, true, Label = "Meeting_OnDecember1_Flagged")]
    public async Task Rows_MeetingAroundTheEvaluationDeadline_FlaggedAfterIt(int daysAfterOctober31, bool flagged)
    {
        var meeting = new DateOnly(2026, 10, 31).AddDays(daysAfterOctober31);
        await DraftPlan2026Async(meeting);

        var row = await RowAsync(2026);

        row.Flags.Any(f => f.StartsWith("评审会议安排在", StringComparison.Ordinal)).ShouldBe(flagged);
        if (flagged)
        {
            row.Flags.ShouldContain("评审会议安排在 12-01，晚于 11-30（N2024-4.6a）");
        }
    }

    [Fact]
    public async Task Rows_LateMeetingWithOverride_StillFlaggedSayingSo()
    {
        var planId = await DraftPlan2026Async(new DateOnly(2026, 12, 1));
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Plans.OverrideAsync(city.Jurisdiction, planId, "专家集中评审安排在12月初")).ShouldSucceed();
        }

        (await RowAsync(2026)).Flags.ShouldContain("评审会议安排在 12-01，晚于 11-30（已批准突破时限）（N2024-4.6a）");
    }

    [Theory]
    [InlineData("2025-04-30", false, Label = "Suspension_OnItsDeadline_NotFlagged")]
    [InlineData("2025-05-01", true, Label = "Suspension_TheDayAfterItsDeadline_Flagged")]
    public async Task Rows_SuspensionAroundItsDeadline_FlaggedOnceOverdue(string today, bool flagged)
    {
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Suspend, "限期整改", new DateOnly(2025, 4, 30))).ShouldSucceed();
        }
        Clock.Today = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        var row = await RowAsync(Year);

        row.Flags.Contains("暂停整改已超过期限 2025-04-30（N2024-4.3a）").ShouldBe(flagged);
        row.Standing.ShouldBe(Domain.Committees.CommitteeStanding.Suspended);
        row.RectifyBy.ShouldBe(new DateOnly(2025, 4, 30));
    }

    [Fact]
    public async Task Rows_Revoked_Flagged()
    {
        await using (var city = await As(AccountRole.CityAdmin))
        {
            (await city.Supervision.ActAsync(city.Jurisdiction, _year.Committee.Id, SupervisionKind.Revoke, "情节严重", null)).ShouldSucceed();
        }

        (await RowAsync(Year)).Flags.ShouldBe(["已收回评审权（N2024-4.3a）"]);
    }

    [Fact]
    public async Task Rows_OnlyCommitteesInTheJurisdiction()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        await using var yanhu = await As(AccountRole.CountyStaff);
        await using var yongji = await As(YongjiStaff);

        (await dept.Dashboard.RowsAsync(dept.Jurisdiction, Year)).Select(r => r.CommitteeId).ShouldBe([_year.Committee.Id]);
        (await yanhu.Dashboard.RowsAsync(yanhu.Jurisdiction, Year)).ShouldBeEmpty();
        (await yongji.Dashboard.RowsAsync(yongji.Jurisdiction, Year)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Chart_DrawsTheYearWithTheCommitteesWindowsAndMeetings()
    {
        await DraftPlan2026Async(new DateOnly(2026, 12, 1));
        await using var city = await As(AccountRole.CityAdmin);
        var rows = await city.Dashboard.RowsAsync(city.Jurisdiction, 2026);

        var svg = city.Dashboard.Chart(2026, rows);

        svg.ShouldStartWith("<svg");
        svg.ShouldEndWith("</svg>");
        svg.ShouldContain("2026年度各评委会工作进度图");
        svg.ShouldContain("⚠ 运城市卫生系列临床医学高级职称…");
        svg.ShouldContain("申报受理：2026-08-20 至 2026-09-30");
        svg.ShouldContain("评审会议 2026-11-14</title>");
        svg.ShouldContain("评审会议 2026-12-01（晚于评审截止日）");
    }

    /// <summary>A 2026 draft plan of the committee, its meetings on 11-14 and <paramref name="lastMeeting"/>; its id.</summary>
    private async Task<int> DraftPlan2026Async(DateOnly lastMeeting)
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var plan = (await dept.Plans.CreateAsync(dept.Jurisdiction, _year.Committee.Id, 2026)).ShouldSucceed();
        var form = TestYear.Schedule(2026, _year.Standard.Id) with
        {
            Meetings = [new(2026, 11, 14), lastMeeting], PublicityStart = new(2026, 12, 3), PublicityEnd = new(2026, 12, 9),
        };
        return (await dept.Plans.SaveAsync(dept.Jurisdiction, plan.Id, form, plan.Version)).ShouldSucceed().Id;
    }
}
