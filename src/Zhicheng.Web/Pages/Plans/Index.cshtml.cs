using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Plans;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Plans;

/// <summary>
/// 年度工作方案 (N2024-4.6b) — the plans of the committees in the viewer's jurisdiction by year and status, twenty a
/// page, with an Excel export; and a new year's plan for a committee the viewer manages.
/// </summary>
public sealed class IndexModel(WorkPlanService plans, CommitteeService committees, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public PlanStatus? Status { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WorkPlan> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    /// <summary>The committees a new plan may be for.</summary>
    public IReadOnlyList<Committee> Committees { get; private set; } = [];

    public int? NewCommitteeId { get; private set; }

    public int NewYear { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public int ThisYear => DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        NewYear = ThisYear;
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>新建年度方案: a draft plan for the committee and year, then its page.</summary>
    public async Task<IActionResult> OnPostCreateAsync(int? committeeId, int? newYear)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        NewCommitteeId = committeeId;
        NewYear = newYear ?? ThisYear;
        if (committeeId is not { } committee)
        {
            Problems = [new Problem("committeeId", "请选择评委会")];
        }
        else
        {
            var created = await plans.CreateAsync(jurisdiction, committee, NewYear, HttpContext.RequestAborted);
            if (created.IsNotFound)
            {
                return NotFound();
            }
            if (created.Succeeded)
            {
                return Redirect($"/plans/{created.Value!.Id}?done=created");
            }
            Problems = created.Problems;
        }
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>The filtered plans as an Excel workbook, every row.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var rows = (await plans.List(jurisdiction, Year, Status).ToListAsync(HttpContext.RequestAborted)).Select(p => new Dictionary<string, object?>
        {
            ["评委会"] = p.Committee?.Name, ["级别"] = p.Committee is null ? null : FilingLabels.Level(p.Committee.Level), ["系列"] = p.Committee?.Series,
            ["年度"] = p.Year, ["状态"] = FilingLabels.Plan(p.Status),
            ["申报开始"] = Iso(p.ApplicationOpens), ["申报截止"] = Iso(p.ApplicationCloses), ["材料收审截止日（D）"] = Iso(p.MaterialDeadline),
            ["资格审核开始"] = Iso(p.ReviewStart), ["资格审核结束"] = Iso(p.ReviewEnd), ["评审会议"] = string.Join("、", p.Meetings.Select(d => Iso(d))),
            ["公示开始"] = Iso(p.PublicityStart), ["公示结束"] = Iso(p.PublicityEnd), ["结果公布"] = Iso(p.ResultsPublication),
            ["审批人"] = p.DecidedBy, ["审批意见"] = p.Comments, ["突破时限理由"] = p.OverrideReason,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "年度工作方案", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "年度工作方案.xlsx");
    }

    public string Query => $"year={Year}&status={Status}";

    public string PageLink(int page) => $"/plans?{Query}&page={page}";

    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task LoadAsync(Jurisdiction jurisdiction)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var list = plans.List(jurisdiction, Year, Status);
        Paging = Paging.Of(await list.CountAsync(cancellationToken), PageNumber);
        Rows = await list.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(cancellationToken);
        Committees = await committees.List(jurisdiction).ToListAsync(cancellationToken);
    }
}
