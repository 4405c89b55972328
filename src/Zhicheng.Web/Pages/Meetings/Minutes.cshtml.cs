using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>会议纪要 — the archived minutes PDF of a closed meeting, for its office and the bureaus supervising it; else 404.</summary>
public sealed class MinutesModel(MeetingQueries queries, MeetingMinutesArchive archive) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var view = await queries.FindAsync(await HttpContext.JurisdictionAsync(), id, HttpContext.RequestAborted);
        return view?.Meeting.MinutesSha256 is { } sha && await archive.ReadAsync(sha, HttpContext.RequestAborted) is { } bytes
            ? File(bytes, "application/pdf", $"{view.Meeting.Number}-会议纪要.pdf")
            : NotFound();
    }
}
