using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>我的评审会议 — the meetings an expert was drawn for, whether they were present and voted; only for experts.</summary>
public sealed class MineModel(MeetingQueries queries) : PageModel
{
    public IReadOnlyList<ExpertMeetingRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var viewer = (await HttpContext.JurisdictionAsync()).Viewer;
        if (viewer.Role != AccountRole.Expert)
        {
            return NotFound();
        }
        Rows = await queries.ForExpertAsync(viewer, HttpContext.RequestAborted);
        return Page();
    }
}
