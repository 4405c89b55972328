using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Plans;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Plans.ASchedule;

namespace Zhicheng.Domain.Tests.Plans;

/// <summary>
/// A work plan's schedule (N2024-4.6b) and the year's deadlines (N2024-4.6a): every problem on both sides of its
/// boundary, all reported at once, and the two deadline problems let through — and listed — by a recorded override.
/// </summary>
public class ScheduleRulesTests
{
    private static readonly PolicySettings Settings = new();
    private static readonly DateOnly Today = On("03-01");
    private static readonly TimelineOverride Override = new("受疫情影响评审会议延期", "市局管理员");

    private static ScheduleCheck Check(WorkPlanSchedule schedule, DateOnly? today = null, TimelineOverride? overriding = null, PolicySettings? settings = null) =>
        ScheduleRules.Check(Year, schedule, today ?? Today, overriding, settings ?? Settings);

    [Fact]
    public void Check_ValidSchedule_NoProblems()
    {
        var check = Check(Valid());

        check.Problems.ShouldBeEmpty();
        check.Overridden.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("applicationOpens", "请填写申报开始日期")]
    [InlineData("applicationCloses", "请填写申报截止日期")]
    [InlineData("materialDeadline", "请填写材料收审截止日期（D）")]
    [InlineData("reviewStart", "请填写资格审核开始日期")]
    [InlineData("reviewEnd", "请填写资格审核结束日期")]
    [InlineData("meetings", "请至少安排一个评审会议日期")]
    [InlineData("publicityStart", "请填写结果公示开始日期")]
    [InlineData("publicityEnd", "请填写结果公示结束日期")]
    [InlineData("resultsPublication", "请填写结果公布日期")]
    public void Check_OneDateMissing_NamedAtItsPath(string path, string message)
    {
        var problem = Check(Valid().With(path, null)).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
        problem.ClauseId.ShouldBe(ClauseIds.WorkPlan);
    }

    [Fact]
    public void Check_EmptyDraft_EveryMissingDateAtOnce()
    {
        var empty = new WorkPlanSchedule(null, null, null, null, null, [], null, null, null);

        Check(empty).Problems.Select(p => p.Path).ShouldBe(
            ["applicationOpens", "applicationCloses", "materialDeadline", "reviewStart", "reviewEnd", "publicityStart", "publicityEnd", "resultsPublication", "meetings"]);
    }

    /// <summary>Each rule of order, one day either side: the first row of a pair is refused at the path, the second passes.</summary>
    [Theory]
    [InlineData("applicationCloses", "08-19", "申报结束日期（2025-08-19）早于开始日期（2025-08-20）", Label = "Window_ApplicationEndsBeforeItStarts_Refused")]
    [InlineData("applicationCloses", "08-20", null, Label = "Window_ApplicationOneDay_Passes")]
    [InlineData("reviewEnd", "10-07", "资格审核结束日期（2025-10-07）早于开始日期（2025-10-08）", Label = "Window_ReviewEndsBeforeItStarts_Refused")]
    [InlineData("reviewEnd", "10-08", null, Label = "Window_ReviewOneDay_Passes")]
    [InlineData("publicityEnd", "11-17", "结果公示结束日期（2025-11-17）早于开始日期（2025-11-18）", Label = "Window_PublicityEndsBeforeItStarts_Refused")]
    [InlineData("publicityEnd", "11-18", null, Label = "Window_PublicityOneDay_Passes")]
    [InlineData("materialDeadline", "09-19", "材料收审截止日期 D（2025-09-19）不能早于申报截止日期（2025-09-20）", Label = "Deadline_DBeforeApplicationsClose_Refused")]
    [InlineData("materialDeadline", "09-20", null, Label = "Deadline_DOnTheDayApplicationsClose_Passes")]
    [InlineData("materialDeadline", "11-14", "材料收审截止日期 D（2025-11-14）须早于第一次评审会议（2025-11-14）", Label = "Deadline_DOnTheFirstMeeting_Refused")]
    [InlineData("materialDeadline", "11-13", null, Label = "Deadline_DTheDayBeforeTheFirstMeeting_Passes")]
    [InlineData("reviewStart", "09-20", "资格审核（2025-09-20 起）与申报期（至 2025-09-20）重叠，应在申报截止后开始", Label = "Review_StartsOnTheLastApplicationDay_Refused")]
    [InlineData("reviewStart", "09-21", null, Label = "Review_StartsTheDayAfterApplicationsClose_Passes")]
    [InlineData("reviewEnd", "11-14", "资格审核（至 2025-11-14）与评审会议（2025-11-14）重叠，应在会议前结束", Label = "Review_EndsOnTheFirstMeeting_Refused")]
    [InlineData("reviewEnd", "11-13", null, Label = "Review_EndsTheDayBeforeTheFirstMeeting_Passes")]
    [InlineData("publicityStart", "11-15", "结果公示（2025-11-15 起）应在最后一次评审会议（2025-11-15）之后", Label = "Publicity_StartsOnTheLastMeeting_Refused")]
    [InlineData("publicityStart", "11-16", null, Label = "Publicity_StartsTheDayAfterTheLastMeeting_Passes")]
    [InlineData("resultsPublication", "11-23", "结果公布日期（2025-11-23）不能早于公示结束（2025-11-24）", Label = "Publication_BeforePublicityEnds_Refused")]
    [InlineData("resultsPublication", "11-24", null, Label = "Publication_OnTheLastPublicityDay_Passes")]
    public void Check_OrderBoundary_RefusedOnlyOnTheWrongSide(string path, string date, string? message)
    {
        var problems = Check(Valid().With(path, date)).Problems;

        if (message is null)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Message.ShouldBe(message);
            problem.ClauseId.ShouldBe(ClauseIds.WorkPlan);
        }
    }

    [Fact]
    public void Check_ReviewOverlappingTheWholeApplicationWindow_BothEndsNamed()
    {
        var problems = Check(Valid().With("reviewStart", "08-25").With("reviewEnd", "11-20")).Problems;

        problems.Select(p => p.Path).ShouldBe(["reviewStart", "reviewEnd"]);
    }

    [Theory]
    [InlineData("11-14,11-14", "meetings[1]", Label = "Meetings_SameDayTwice_SecondNamed")]
    [InlineData("11-13,11-14,11-13", "meetings[2]", Label = "Meetings_RepeatedLater_ThatOneNamed")]
    public void Check_RepeatedMeeting_RefusedAtTheRepeat(string meetings, string path)
    {
        var problem = Check(Valid().With("meetings", meetings)).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe(path);
        problem.Message.ShouldEndWith("重复");
        problem.ClauseId.ShouldBe(ClauseIds.WorkPlan);
    }

    [Fact]
    public void Check_MeetingsOutOfOrder_ComparedAsSorted() =>
        Check(Valid().With("meetings", "11-15,11-14")).Problems.ShouldBeEmpty();

    [Theory]
    [InlineData("applicationOpens", "2024-12-20", Label = "Year_ApplicationsOpenTheYearBefore_Refused")]
    [InlineData("applicationOpens", "2024-12-31", Label = "Year_ApplicationsOpenOnTheLastDayOfTheYearBefore_Refused")]
    [InlineData("materialDeadline", "2026-01-05", Label = "Year_DInTheNextYear_Refused")]
    [InlineData("reviewEnd", "2026-01-05", Label = "Year_ReviewIntoTheNextYear_Refused")]
    [InlineData("meetings", "2024-12-10", Label = "Year_MeetingTheYearBefore_Refused")]
    [InlineData("publicityStart", "2024-12-10", Label = "Year_PublicityTheYearBefore_Refused")]
    public void Check_DateOutsideTheYear_RefusedUnder46a(string path, string date)
    {
        var problems = Check(Valid().With(path, date), overriding: Override).Problems;

        var expectedPath = path == "meetings" ? "meetings[0]" : path;
        problems.ShouldContain(p => p.Path == expectedPath && p.ClauseId == ClauseIds.AnnualTimeline
            && p.Message == $"日期 {date} 不在2025年度内：评审工作按年度进行，不得跨年");
    }

    [Fact]
    public void Check_ApplicationsOpenOnJanuary1_Passes() =>
        Check(Valid().With("applicationOpens", "01-01")).Problems.ShouldBeEmpty();

    /// <summary>Meetings and results that cross into the next year are the deadline breaches of N2024-4.6a, not out-of-year problems.</summary>
    [Theory]
    [InlineData("meetings", "2026-01-10", "meetings[0]", "评审会议 2026-01-10 晚于 2025-11-30，已跨入2026年：评审工作须在 11月30日 前完成；如确需突破须由监管部门记录理由", Label = "Year_MeetingInTheNextYear_DeadlineBreach")]
    [InlineData("publicityEnd", "2026-01-02", "publicityEnd", "结果公示结束 2026-01-02 晚于 2025-12-31，已跨入2026年：评审结果须在 12月31日 前审核公布；如确需突破须由监管部门记录理由", Label = "Year_PublicityIntoTheNextYear_DeadlineBreach")]
    [InlineData("resultsPublication", "2026-01-01", "resultsPublication", "结果公布 2026-01-01 晚于 2025-12-31，已跨入2026年：评审结果须在 12月31日 前审核公布；如确需突破须由监管部门记录理由", Label = "Year_PublicationOnNewYearsDay_DeadlineBreach")]
    public void Check_MeetingOrResultsInTheNextYear_RefusedAsADeadlineBreach(string path, string date, string problemPath, string message)
    {
        var problems = Check(Valid().With(path, date)).Problems;

        problems.ShouldContain(p => p.Path == problemPath && p.ClauseId == ClauseIds.AnnualTimeline && p.Message == message);
        problems.ShouldNotContain(p => p.Message.Contains("不在2025年度内"));
    }

    [Fact]
    public void Check_PublicationOnDecember31_Passes() =>
        Check(Valid().With("resultsPublication", "12-31")).Problems.ShouldBeEmpty();

    [Theory]
    [InlineData("2025-12-31", false, Label = "Year_LastDayOfTheYear_StillOpen")]
    [InlineData("2026-01-01", true, Label = "Year_FirstDayOfTheNextYear_Over")]
    public void Check_AroundTheYearsEnd_AYearOverIsRefused(string today, bool over)
    {
        var problems = Check(Valid(), today: On(today)).Problems;

        if (over)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Path.ShouldBe("year");
            problem.Message.ShouldBe("2025年度已结束（今天是 2026-01-01），不能再安排该年度的工作");
            problem.ClauseId.ShouldBe(ClauseIds.AnnualTimeline);
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    /// <summary>A schedule whose last meeting is <paramref name="meeting"/>, with publicity and publication after it.</summary>
    private static WorkPlanSchedule MeetingOn(string meeting) =>
        Valid().With("meetings", $"11-14,{meeting}").With("publicityStart", "12-03").With("publicityEnd", "12-09");

    [Fact]
    public void Check_MeetingOnNovember30_Passes() =>
        Check(MeetingOn("11-30")).Problems.ShouldBeEmpty();

    [Fact]
    public void Check_MeetingOnDecember1_RefusedUnder46aAskingForAnOverride()
    {
        var check = Check(MeetingOn("12-01"));

        var problem = check.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("meetings[1]");
        problem.ClauseId.ShouldBe(ClauseIds.AnnualTimeline);
        problem.Message.ShouldBe("评审会议 2025-12-01 晚于 2025-11-30：评审工作须在 11月30日 前完成；如确需突破须由监管部门记录理由");
        check.Overridden.ShouldBeEmpty();
    }

    [Fact]
    public void Check_MeetingOnDecember1WithOverride_OverriddenAndListedWithTheReason()
    {
        var check = Check(MeetingOn("12-01"), overriding: Override);

        check.Problems.ShouldBeEmpty();
        var overridden = check.Overridden.ShouldHaveSingleItem();
        overridden.Path.ShouldBe("meetings[1]");
        overridden.ClauseId.ShouldBe(ClauseIds.AnnualTimeline);
        overridden.Message.ShouldBe("评审会议 2025-12-01 晚于 2025-11-30：评审工作须在 11月30日 前完成（已批准突破：受疫情影响评审会议延期，市局管理员）");
    }

    [Fact]
    public void Check_OverrideWithABlankReason_StillRefused()
    {
        var check = Check(MeetingOn("12-01"), overriding: new TimelineOverride("  ", "市局管理员"));

        check.Problems.ShouldHaveSingleItem().Path.ShouldBe("meetings[1]");
        check.Overridden.ShouldBeEmpty();
    }

    [Fact]
    public void Check_OverrideOfAScheduleWithinTheDeadlines_ChangesNothing()
    {
        var check = Check(Valid(), overriding: Override);

        check.Problems.ShouldBeEmpty();
        check.Overridden.ShouldBeEmpty();
    }

    [Fact]
    public void Check_OverrideLetsOnlyTheDeadlinesThrough_OtherProblemsStay()
    {
        var check = Check(MeetingOn("12-01").With("materialDeadline", "11-14"), overriding: Override);

        check.Problems.ShouldHaveSingleItem().Path.ShouldBe("materialDeadline");
        check.Overridden.ShouldHaveSingleItem().Path.ShouldBe("meetings[1]");
    }

    [Theory]
    [InlineData("11-15", false, Label = "Deadline_EvaluationSetTo1115_MeetingOnIt_Passes")]
    [InlineData("11-16", true, Label = "Deadline_EvaluationSetTo1115_MeetingTheDayAfter_Refused")]
    public void Check_EvaluationDeadlineSetting_Followed(string meeting, bool refused)
    {
        var settings = Settings with { EvaluationDeadline = new MonthDay(11, 15) };

        var problems = Check(Valid().With("meetings", $"11-14,{meeting}"), settings: settings).Problems;

        problems.Any(p => p.ClauseId == ClauseIds.AnnualTimeline).ShouldBe(refused);
    }

    /// <summary>With the results deadline set to 12-20, both deadline problems of N2024-4.6a can be met within the year.</summary>
    private static readonly PolicySettings EarlyResults = Settings with { ResultsDeadline = new MonthDay(12, 20) };

    [Theory]
    [InlineData("12-20", false, Label = "Deadline_ResultsSetTo1220_PublicationOnIt_Passes")]
    [InlineData("12-21", true, Label = "Deadline_ResultsSetTo1220_PublicationTheDayAfter_Refused")]
    public void Check_ResultsDeadlineSetting_Followed(string publication, bool refused)
    {
        var problems = Check(Valid().With("resultsPublication", publication), settings: EarlyResults).Problems;

        if (refused)
        {
            var problem = problems.ShouldHaveSingleItem();
            problem.Path.ShouldBe("resultsPublication");
            problem.ClauseId.ShouldBe(ClauseIds.AnnualTimeline);
            problem.Message.ShouldBe("结果公布 2025-12-21 晚于 2025-12-20：评审结果须在 12月20日 前审核公布；如确需突破须由监管部门记录理由");
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Check_BothDeadlinesMissedWithOverride_BothOverridden()
    {
        var late = MeetingOn("12-01").With("resultsPublication", "12-28");

        Check(late, settings: EarlyResults).Problems.Select(p => p.Path).ShouldBe(["meetings[1]", "resultsPublication"]);
        var check = Check(late, overriding: Override, settings: EarlyResults);
        check.Problems.ShouldBeEmpty();
        check.Overridden.Select(p => p.Path).ShouldBe(["meetings[1]", "resultsPublication"]);
    }

    /// <summary>
    /// CLAUSES.md N2024-4.6a: "result publication after 12-31 of Y [is] refused (an override needs a supervisor's
    /// recorded reason)" — with the override, a publication in January of the next year is let through and listed.
    /// </summary>
    [Fact]
    public void Check_PublicationAfterDecember31WithOverride_OverriddenAsTheClauseSays()
    {
        var check = Check(Valid().With("resultsPublication", "2026-01-08"), overriding: Override);

        check.Problems.ShouldBeEmpty();
        var overridden = check.Overridden.ShouldHaveSingleItem();
        overridden.Path.ShouldBe("resultsPublication");
        overridden.Message.ShouldBe("结果公布 2026-01-08 晚于 2025-12-31，已跨入2026年：评审结果须在 12月31日 前审核公布（已批准突破：受疫情影响评审会议延期，市局管理员）");
    }

    [Fact]
    public void Check_MeetingsAndResultsPostponedIntoJanuaryWithOverride_EveryBreachOverridden()
    {
        var postponed = Valid().With("meetings", "11-14,2026-01-06").With("publicityStart", "2026-01-07").With("publicityEnd", "2026-01-13")
            .With("resultsPublication", "2026-01-15");

        Check(postponed).Problems.Select(p => p.Path).ShouldBe(["meetings[1]", "publicityStart", "publicityEnd", "resultsPublication"]);
        var check = Check(postponed, overriding: Override);
        check.Problems.ShouldBeEmpty();
        check.Overridden.Select(p => p.Path).ShouldBe(["meetings[1]", "publicityStart", "publicityEnd", "resultsPublication"]);
    }

    [Theory]
    [InlineData("12-20", false, Label = "Deadline_ResultsSetTo1220_PublicityEndingOnIt_Passes")]
    [InlineData("12-21", true, Label = "Deadline_ResultsSetTo1220_PublicityEndingTheDayAfter_Refused")]
    public void Check_PublicityAfterTheResultsDeadline_ABreachAtItsPath(string publicityEnd, bool refused)
    {
        var schedule = Valid().With("publicityStart", "12-15").With("publicityEnd", publicityEnd).With("resultsPublication", publicityEnd);

        Check(schedule, settings: EarlyResults).Problems.Any(p => p.Path == "publicityEnd").ShouldBe(refused);
    }

    [Fact]
    public void Check_OverrideReasonAndApprover_TrimmedInTheRecord() =>
        Check(MeetingOn("12-01"), overriding: new TimelineOverride(" 专家延期 ", " 市局 ")).Overridden.ShouldHaveSingleItem()
            .Message.ShouldEndWith("（已批准突破：专家延期，市局）");

    [Fact]
    public void Check_ManyThingsWrong_AllReportedAtOnce()
    {
        var schedule = Valid().With("materialDeadline", "11-20").With("meetings", "11-14,11-14,12-05").With("publicityEnd", null)
            .With("publicityStart", "12-06").With("applicationOpens", "2024-12-01");

        var problems = Check(schedule, today: On("2026-01-02")).Problems;

        problems.Select(p => p.Path).ShouldBe(
            ["year", "publicityEnd", "materialDeadline", "meetings[1]", "applicationOpens", "meetings[2]"], ignoreOrder: true);
    }
}
