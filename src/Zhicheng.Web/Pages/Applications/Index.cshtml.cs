using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
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
public sealed class IndexModel(AppDbContext db, QualificationCheck qualification, TimeProvider time) : PageModel
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
        if (IsQueue && Viewer.Role == AccountRole.CommitteeOffice)
        {
            OfficeCommittees = await (await HttpContext.JurisdictionAsync()).Committees(db).AsNoTracking().OrderBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
        }
        return Page();
    }

    /// <summary>The committees whose office the viewer staffs (for the batch qualification check).</summary>
    public IReadOnlyList<Committee> OfficeCommittees { get; private set; } = [];

    public int ThisYear => DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;

    public IReadOnlyList<App.Features.Problem> Problems { get; private set; } = [];

    /// <summary>
    /// 批量资格审查: every application of the committee and year waiting at this office is checked (stored on each, as one
    /// by one), and the report comes back as a workbook.
    /// </summary>
    public async Task<IActionResult> OnPostBatchAsync(int committeeId, int? batchYear)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var outcome = await qualification.BatchAsync(jurisdiction, committeeId, batchYear ?? ThisYear, null, HttpContext.RequestAborted);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (!outcome.Succeeded)
        {
            Problems = outcome.Problems;
            return await OnGetAsync();
        }
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, QualificationReport.Table(outcome.Value!), sheetName: "资格审查", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"资格审查-{batchYear ?? ThisYear}.xlsx");
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
