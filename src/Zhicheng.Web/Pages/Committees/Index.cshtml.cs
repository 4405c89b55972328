using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>评委会 — the committees in the viewer's jurisdiction, searched by name or series, filtered by level and standing.</summary>
public sealed class IndexModel(CommitteeService committees) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public CommitteeLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "standing")]
    public CommitteeStanding? Standing { get; set; }

    /// <summary>The page shown, from <c>?page=</c> (read from the query: a Razor page's own route value is also called "page").</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<Committee> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        CanCreate = CommitteeService.Manages(jurisdiction.Viewer);
        var query = committees.List(jurisdiction, Query, Level, Standing);
        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        Rows = await query.Include(c => c.FoundingUnit).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>Every committee the search finds, as an Excel workbook with Chinese headers.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var found = await committees.List(jurisdiction, Query, Level, Standing)
            .Include(c => c.FoundingUnit).Include(c => c.SupervisingBureau).ToListAsync(HttpContext.RequestAborted);
        var rows = found.Select(c => new Dictionary<string, object?>
        {
            ["评委会名称"] = c.Name, ["级别"] = FilingLabels.Level(c.Level), ["评审系列"] = c.Series, ["评审专业"] = c.Specialties,
            ["组建单位"] = c.FoundingUnit?.Name, ["核准备案机关"] = c.SupervisingBureau?.Name,
            ["备案有效期至"] = Day(c.FilingValidUntil) ?? "未核准备案", ["监管状态"] = FilingLabels.Standing(c.Standing),
            ["整改期限"] = Day(c.RectifyBy), ["监管理由"] = c.StandingReason,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "评委会", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "评委会名单.xlsx");
    }

    public string ExportLink => $"/committees?handler=Export&{Filters}";

    public string PageLink(int page) => $"/committees?{Filters}&page={page}";

    private string Filters => $"q={Uri.EscapeDataString(Query ?? "")}&level={Level}&standing={Standing}";

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
