using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Plans;

/// <summary>
/// Every schedule refusal of issue 4 as the API and the page give it: the field, the message and the clause; a plan
/// for a year that is over; a meeting after 11-30, refused until the city bureau records a reason (N2024-4.6a).
/// </summary>
public sealed class ScheduleRefusalTests(WorldSite site) : IClassFixture<WorldSite>
{
    private static DateOnly On(int month, int day) => new(YearSetup.Year, month, day);

    public static TheoryData<string, string, string, string> Spoiled => new()
    {
        // case, field, words of the message, clause
        { "overlapping", "reviewStart", "与申报期", "N2024-4.6b" },
        { "missing", "materialDeadline", "请填写材料收审截止日期（D）", "N2024-4.6b" },
        { "D after the meetings", "materialDeadline", "须早于第一次评审会议", "N2024-4.6b" },
        { "window backwards", "publicityEnd", "结果公示结束日期", "N2024-4.6b" },
        { "meeting after 11-30", "meetings[0]", "如确需突破须由监管部门记录理由", "N2024-4.6a" },
        { "no meeting", "meetings", "请至少安排一个评审会议日期", "N2024-4.6b" },
    };

    private static Schedule Spoil(string @case)
    {
        var good = Schedule.Good(YearSetup.Year);
        return @case switch
        {
            "overlapping" => good with { ReviewStart = On(3, 20) },
            "missing" => good with { MaterialDeadline = null },
            "D after the meetings" => good with { MaterialDeadline = On(10, 16), ReviewStart = On(10, 17), ReviewEnd = On(10, 18) },
            "window backwards" => good with { PublicityEnd = On(10, 19) },
            "meeting after 11-30" => LateMeeting(),
            _ => good with { Meetings = [] },
        };
    }

    /// <summary>Coherent in every way but one: the meeting is on 12-05, after the evaluation deadline.</summary>
    private static Schedule LateMeeting() =>
        Schedule.Good(YearSetup.Year) with { Meetings = [On(12, 5)], PublicityStart = On(12, 8), PublicityEnd = On(12, 14), ResultsPublication = On(12, 20) };

    [Theory]
    [MemberData(nameof(Spoiled))]
    public async Task Api_Submit_SpoiledSchedule_IsRefusedOnItsFieldWithItsClause(string @case, string field, string words, string clause)
    {
        var (office, plan) = await DraftAsync(Spoil(@case));

        var response = await office.PostAsync($"/api/v1/plans/{plan}/submit", null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, @case);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"{@case}: {errors}");
        messages.EnumerateArray().Select(m => m.GetString()!).ShouldContain(m => m.Contains(words) && m.EndsWith($"（{clause}）"), @case);
        (await YearSetup.StoredPlanAsync(site, plan)).Status.ShouldBe(PlanStatus.Draft);
    }

    [Fact]
    public async Task Page_Submit_ShowsEveryProblemBesideItsFieldWithItsClause()
    {
        var (office, plan) = await DraftAsync(null);
        var spoiled = LateMeeting() with { MaterialDeadline = null, WorkDiscipline = "" };
        var page = $"/plans/{plan}";

        var response = await new PageClient(office).PostForm(page, $"{page}?handler=Submit", spoiled.Fields(await YearSetup.PageVersionAsync(office, plan), null));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var text = PageClient.Text(html);
        text.ShouldContain("已保存为草稿，但未能报送（共 4 处）");
        html.ShouldContain("id=\"materialDeadline-error\" class=\"field-error\">请填写材料收审截止日期（D）（N2024-4.6b）");
        html.ShouldContain("id=\"meetings-0-error\" class=\"field-error\">评审会议 " + On(12, 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        text.ShouldContain("如确需突破须由监管部门记录理由（N2024-4.6a）");
        html.ShouldContain("id=\"workDiscipline-error\" class=\"field-error\">请填写工作纪律（N2024-4.6b）");
        html.ShouldContain("id=\"standardId-error\" class=\"field-error\">请选择本年度适用的评价标准版本（N2024-4.6b）");
        // The form keeps what was typed, and the saved draft's new version, so the next save is not refused as stale.
        html.ShouldContain($"value=\"{On(12, 5):yyyy-MM-dd}\"");
        html.ShouldContain($"name=\"Input.Version\" value=\"{(await YearSetup.StoredPlanAsync(site, plan)).Version}\"");
    }

    [Fact]
    public async Task MeetingAfterNovember30_IsAcceptedOnceTheCityBureauRecordsAReason()
    {
        var standard = await YearSetup.StandardAsync(site);
        var (office, plan) = await DraftAsync(LateMeeting(), standard.Id);
        var city = await site.SignedIn(AccountRole.CityAdmin);
        (await office.PostAsync($"/api/v1/plans/{plan}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var noReason = await city.PostAsJsonAsync($"/api/v1/plans/{plan}/override", new { reason = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("请写明突破时限的理由（N2024-4.6a）");
        var recorded = await new PageClient(city).PostForm($"/plans/{plan}", $"/plans/{plan}?handler=Override", [new("Reason", "受疫情影响，经省厅同意顺延评审")]);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await office.PostAsync($"/api/v1/plans/{plan}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.PostAsJsonAsync($"/api/v1/plans/{plan}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = await YearSetup.StoredPlanAsync(site, plan);
        stored.Status.ShouldBe(PlanStatus.Approved);
        stored.OverrideReason.ShouldBe("受疫情影响，经省厅同意顺延评审");
        stored.OverrideBy.ShouldBe("市局管理员");
        PageClient.Text(await office.GetStringAsync($"/plans/{plan}")).ShouldContain("受疫情影响，经省厅同意顺延评审（市局管理员 记录，N2024-4.6a）");
    }

    [Fact]
    public async Task Override_ByTheCommitteeOffice_IsRefused()
    {
        var (office, plan) = await DraftAsync(LateMeeting());

        var response = await office.PostAsJsonAsync($"/api/v1/plans/{plan}/override", new { reason = "我们自己觉得可以" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("$")[0].GetString().ShouldBe("只有市人社局可以批准突破年度时限（N2024-4.6a）");
        (await YearSetup.StoredPlanAsync(site, plan)).OverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task PlanForAYearThatIsOver_IsRefused_OnTheApiAndThePage()
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        var office = await site.SignedIn(AccountRole.CommitteeOffice);
        var lastYear = (YearSetup.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var api = await office.PostAsJsonAsync("/api/v1/plans", new { committeeId = committee.Id, year = YearSetup.Year - 1 });
        var page = await new PageClient(office).PostForm("/plans", "/plans?handler=Create",
            [new("committeeId", committee.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("newYear", lastYear)]);

        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("year")[0].GetString()
            .ShouldBe($"{lastYear}年度已结束，不能再制定该年度的工作方案（N2024-4.6a）");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain($"id=\"newYear-error\" class=\"field-error\">{lastYear}年度已结束，不能再制定该年度的工作方案（N2024-4.6a）");
    }

    [Fact]
    public async Task Page_DateThatIsNotADate_IsRefusedBesideItsFieldAndNothingIsSaved()
    {
        var (office, plan) = await DraftAsync(null);
        var fields = Schedule.Good(YearSetup.Year).Fields(await YearSetup.PageVersionAsync(office, plan), null);
        fields[fields.FindIndex(f => f.Key == "Input.ReviewEnd")] = new("Input.ReviewEnd", "2026-02-30");

        var response = await new PageClient(office).PostForm($"/plans/{plan}", $"/plans/{plan}?handler=Save", fields);

        (await response.Content.ReadAsStringAsync()).ShouldContain("id=\"reviewEnd-error\" class=\"field-error\">“2026-02-30”不是有效日期，应为 yyyy-MM-dd");
        (await YearSetup.StoredPlanAsync(site, plan)).ApplicationOpens.ShouldBeNull();
    }

    /// <summary>A draft plan of a new city committee holding <paramref name="schedule"/>, and the committee office that drafted it.</summary>
    private async Task<(HttpClient Office, int Plan)> DraftAsync(Schedule? schedule, int? standardId = null)
    {
        var committee = await YearSetup.CommitteeAsync(site, site.World.City, site.World.City);
        standardId ??= schedule is null ? null : (await YearSetup.StandardAsync(site)).Id;
        var plan = await YearSetup.PlanAsync(site, committee.Id, PlanStatus.Draft, schedule, standardId);
        return (await site.SignedIn(AccountRole.CommitteeOffice), plan.Id);
    }
}
