using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>
/// 待核准的备案 — the submitted filings of the committees in the viewer's jurisdiction, oldest first, and the
/// committees whose filing has run out or runs out within the warning period (each with its 重新备案 link).
/// </summary>
public sealed class FilingsModel(CommitteeService committees, PolicyVersion policy, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The page shown, from <c>?page=</c> (read from the query: a Razor page's own route value is also called "page").</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<CommitteeFiling> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Committee> Expiring { get; private set; } = [];

    public int WarningDays => policy.Settings.FilingExpiryWarningDays;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!CommitteeService.Manages(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var pending = Pending(jurisdiction);
        Total = await pending.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        Rows = await pending.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var horizon = DateOnly.FromDateTime(time.GetLocalNow().DateTime).AddDays(WarningDays);
        Expiring = await committees.List(jurisdiction).Where(c => c.FilingValidUntil != null && c.FilingValidUntil <= horizon)
            .OrderBy(c => c.FilingValidUntil).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!CommitteeService.Manages(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var filings = await Pending(jurisdiction).ToListAsync(HttpContext.RequestAborted);
        var rows = filings.Select(f => new Dictionary<string, object?>
        {
            ["备案编号"] = f.Id, ["评委会名称"] = f.Name, ["级别"] = FilingLabels.Level(f.Level), ["评审系列"] = f.Series,
            ["评审专业"] = f.Specialties, ["备案事由"] = FilingLabels.Reasons(f.Reasons),
            ["报送时间"] = f.SubmittedAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), ["报送人"] = f.SubmittedBy,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "待核准备案", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "待核准备案.xlsx");
    }

    private IQueryable<CommitteeFiling> Pending(App.Features.Accounts.Jurisdiction jurisdiction)
    {
        var pending = committees.PendingDecisions(jurisdiction);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            pending = pending.Where(f => f.Name.Contains(q) || f.Series.Contains(q));
        }
        return pending;
    }

    public string ExportLink => $"/committees/filings?handler=Export&q={Uri.EscapeDataString(Query ?? "")}";

    public string PageLink(int page) => $"/committees/filings?q={Uri.EscapeDataString(Query ?? "")}&page={page}";
}
