using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Meetings;

namespace Zhicheng.Web.Pages.Results;

/// <summary>评审结果公示 — public, no sign-in: the meetings whose results are publicised or confirmed, newest first, by year.</summary>
public sealed class IndexModel(MeetingQueries queries, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public IReadOnlyList<PublicResultsRow> Rows { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task OnGetAsync() => Rows = await queries.PublicListAsync(Year, HttpContext.RequestAborted);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Where a publicity stands as the public reads it.</summary>
    public static string Stage(MeetingStatus status, DateOnly start, DateOnly end, DateOnly today) => status switch
    {
        MeetingStatus.Confirmed => "已审核确认",
        _ when today < start => "即将公示",
        _ when today <= end => "公示中",
        _ => "公示期满，待审核确认",
    };
}
