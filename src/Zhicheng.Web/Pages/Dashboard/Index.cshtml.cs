using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Dashboard;

/// <summary>
/// 监管看板 (N2024-4.2) — for bureaus and industry departments: every committee in the jurisdiction for a year, with its
/// filing validity, plan status and red flags, the year's timeline as a picture, and the table as an Excel workbook.
/// </summary>
public sealed class IndexModel(CommitteeDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>Only the committees with a red flag.</summary>
    [BindProperty(SupportsGet = true, Name = "flagged")]
    public bool FlaggedOnly { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int ShownYear { get; private set; }

    public IReadOnlyList<DashboardRow> Rows { get; private set; } = [];

    public int FlaggedCount { get; private set; }

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    /// <summary>The page's committees as the SVG timeline (already escaped by <see cref="TimelineChart"/>).</summary>
    public string Chart { get; private set; } = "";

    public int ThisYear => dashboard.Today.Year;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RowsAsync() is not { } rows)
        {
            return NotFound();
        }
        FlaggedCount = rows.Count(r => r.Flagged);
        IReadOnlyList<DashboardRow> shown = FlaggedOnly ? [.. rows.Where(r => r.Flagged)] : rows;
        Paging = Paging.Of(shown.Count, PageNumber);
        Rows = [.. shown.Skip(Paging.Skip).Take(Paging.Size)];
        Chart = dashboard.Chart(ShownYear, Rows);
        return Page();
    }

    /// <summary>The table (every committee, or the flagged ones) as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (await RowsAsync() is not { } rows)
        {
            return NotFound();
        }
        var table = CommitteeDashboard.Table(rows.Where(r => !FlaggedOnly || r.Flagged), ShownYear);
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, table, sheetName: "监管看板", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"监管看板-{ShownYear}.xlsx");
    }

    public string Query => $"year={ShownYear}&flagged={(FlaggedOnly ? "true" : "false")}";

    public string PageLink(int page) => $"/dashboard?{Query}&page={page}";

    public static string? Iso(DateOnly? day) => CommitteeDashboard.Iso(day);

    private async Task<IReadOnlyList<DashboardRow>?> RowsAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.Supervises(jurisdiction.Viewer))
        {
            return null;
        }
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : ThisYear;
        return await dashboard.RowsAsync(jurisdiction, ShownYear, HttpContext.RequestAborted);
    }
}
