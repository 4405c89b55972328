using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Web.Pages.Results;

/// <summary>
/// 评审结果公示 of one meeting — public, no sign-in: the committee, the period, those who passed (name, unit, series and
/// specialty, level — no identity numbers) and how to object. A meeting not publicised: 404.
/// </summary>
public sealed class DetailModel(MeetingQueries queries, AppDbContext db, PolicyVersion policy, TimeProvider time) : PageModel
{
    public PublicResults Results { get; private set; } = null!;

    /// <summary>The committee's office (办事机构) as its filing in force names it, where there is one.</summary>
    public string? Office { get; private set; }

    public int WorkingDays => policy.Settings.ResultsPublicityWorkingDays;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await queries.PublicAsync(id, HttpContext.RequestAborted) is not { } results)
        {
            return NotFound();
        }
        Results = results;
        Office = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => db.CommitteeFilings.Where(f => f.Id == m.Committee!.CurrentFilingId).Select(f => f.Office).FirstOrDefault())
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        return Page();
    }
}
