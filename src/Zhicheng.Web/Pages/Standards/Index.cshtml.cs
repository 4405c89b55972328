using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Standards;

/// <summary>
/// 评价标准 — the published standard versions, open to anyone without signing in (N2024-1.2: 分层级向社会公布), by
/// series, level and a title fragment, twenty a page, with an Excel export.
/// </summary>
public sealed class IndexModel(StandardService standards) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "series")]
    public string? Series { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<EvaluationStandard> Rows { get; private set; } = [];

    public IReadOnlyList<string> SeriesOptions { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    /// <summary>Whether the viewer drafts standards (the links to drafting are shown only then).</summary>
    public bool Drafts => Viewer.From(User) is { } viewer && PlanAccess.MayUse(viewer);

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var list = Filtered();
        Paging = Paging.Of(await list.CountAsync(cancellationToken), PageNumber);
        Rows = await list.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(cancellationToken);
        SeriesOptions = [.. (await standards.Published().Select(s => s.Series).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The filtered versions as an Excel workbook, every row.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = (await Filtered().ToListAsync(HttpContext.RequestAborted)).Select(s => new Dictionary<string, object?>
        {
            ["编号"] = s.Id, ["标准名称"] = s.Title, ["系列"] = s.Series, ["专业"] = s.Specialty ?? "本系列各专业", ["级别"] = Codes.Level.Label(s.Level),
            ["版本"] = s.Version, ["施行年度"] = s.InForceFrom, ["制定单位"] = s.OwnerUnit?.Name, ["管理层级"] = StandardCodes.ManagementLevel.Label(s.ManagementLevel),
            ["发布时间"] = s.PublishedAt?.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "评价标准", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "职称评价标准.xlsx");
    }

    public string QueryString => $"series={Uri.EscapeDataString(Series ?? "")}&level={Uri.EscapeDataString(Level ?? "")}&q={Uri.EscapeDataString(Query ?? "")}";

    public string PageLink(int page) => $"/standards?{QueryString}&page={page}";

    private IQueryable<EvaluationStandard> Filtered() =>
        standards.Published(Series, Codes.Level.TryParse(Level, out var level) ? level : null, Query);
}
