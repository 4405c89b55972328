using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Standards;

/// <summary>起草中的评价标准 — the unpublished versions of units in the viewer's jurisdiction, by title, twenty a page, with an Excel export.</summary>
public sealed class DraftsModel(StandardService standards) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<EvaluationStandard> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await DraftsAsync() is not { } drafts)
        {
            return NotFound();
        }
        var cancellationToken = HttpContext.RequestAborted;
        Paging = Paging.Of(await drafts.CountAsync(cancellationToken), PageNumber);
        Rows = await drafts.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        if (await DraftsAsync() is not { } drafts)
        {
            return NotFound();
        }
        var rows = (await drafts.ToListAsync(HttpContext.RequestAborted)).Select(s => new Dictionary<string, object?>
        {
            ["编号"] = s.Id, ["标准名称"] = s.Title, ["系列"] = s.Series, ["专业"] = s.Specialty ?? "本系列各专业", ["级别"] = Codes.Level.Label(s.Level),
            ["版本"] = s.Version, ["施行年度"] = s.InForceFrom, ["制定单位"] = s.OwnerUnit?.Name, ["管理层级"] = StandardCodes.ManagementLevel.Label(s.ManagementLevel),
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "起草中的评价标准", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "起草中的评价标准.xlsx");
    }

    public string PageLink(int page) => $"/standards/drafts?q={Uri.EscapeDataString(Query ?? "")}&page={page}";

    /// <summary>The drafts the viewer may see, filtered by title; null for an account that drafts no standards.</summary>
    private async Task<IQueryable<EvaluationStandard>?> DraftsAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return null;
        }
        var drafts = standards.Drafts(jurisdiction);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            drafts = drafts.Where(s => s.Title.Contains(q));
        }
        return drafts;
    }
}
