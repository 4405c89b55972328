using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Applications;

/// <summary>
/// 职称申报 — the applications the viewer sees (their own; their unit's; those whose chain passes through their
/// organisation), or with <c>queue</c> only those waiting at a step the viewer acts on (待我审核); filtered by year,
/// stage and number or name, twenty a page, exported to Excel.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "stage")]
    public ApplicationStage? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Only the viewer's queue (/applications/queue).</summary>
    public bool IsQueue => RouteData.Values["view"] as string == "queue";

    public IReadOnlyList<TitleApplication> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    public Viewer Viewer { get; private set; } = null!;

    public ApplicationFilter Filter => new(Year, Stage, Query);

    /// <summary>Whether the viewer may open an application (for themselves, or for the staff of their unit).</summary>
    public bool MayApply => Viewer.Role is AccountRole.Applicant or AccountRole.EmployerHr || Viewer.IsBureau;

    public string Path => IsQueue ? "/applications/queue" : "/applications";

    public async Task<IActionResult> OnGetAsync()
    {
        var rows = await RowsAsync();
        if (rows is null)
        {
            return NotFound();
        }
        Paging = Paging.Of(await rows.CountAsync(HttpContext.RequestAborted), PageNumber);
        Rows = await rows.Skip(Paging.Skip).Take(Paging.Size).AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = await RowsAsync();
        if (rows is null)
        {
            return NotFound();
        }
        var name = IsQueue ? "待我审核的申报" : "职称申报";
        var workbook = await ApplicationFilter.WorkbookAsync(rows.AsNoTracking(), Viewer, name, HttpContext.RequestAborted);
        return File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private async Task<IQueryable<TitleApplication>?> RowsAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        if (Viewer.Role == AccountRole.Expert)
        {
            return null;
        }
        var source = IsQueue ? ApplicationAccess.Queue(db, Viewer) : ApplicationAccess.Visible(db, jurisdiction);
        return Filter.Apply(source);
    }
}
