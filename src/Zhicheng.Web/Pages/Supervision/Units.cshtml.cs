using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Committees;
using Zhicheng.Web.Pages.Integrity;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Supervision;

/// <summary>
/// 单位监督 (N2024-4.3b) — the orders to rectify and notices of criticism the viewer sees (its own unit's and those of
/// the units it supervises) by kind and state, twenty a page, with an Excel export; and, for a bureau, the form that
/// orders a unit of its area to rectify. Applicants and experts are answered 404.
/// </summary>
public sealed class UnitsModel(UnitSupervision supervision, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public UnitActionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public OrderState? State { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public int? OrganisationId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? RectifyBy { get; set; }

    [BindProperty]
    public int? ApplicationId { get; set; }

    public IReadOnlyList<UnitAction> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    /// <summary>The units a bureau may order to rectify: the employers, departments and forwarding units of its area.</summary>
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public FormProblems Problems { get; private set; } = FormProblems.None;

    public Viewer Viewer { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await JurisdictionAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>责令整改: the order's page, or the form again with the refusal beside its fields.</summary>
    public async Task<IActionResult> OnPostOrderAsync()
    {
        if (await JurisdictionAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        if (OrganisationId is not { } unit)
        {
            Problems = new FormProblems("未能责令整改", [new Problem("organisationId", "请选择被责令整改的单位", ClauseIds.UnitSupervision)]);
        }
        else
        {
            var ordered = await supervision.OrderAsync(jurisdiction, unit, Reason, RectifyBy, ApplicationId, HttpContext.RequestAborted);
            if (ordered.IsNotFound)
            {
                return NotFound();
            }
            if (ordered.Succeeded)
            {
                return Redirect($"/supervision/units/{ordered.Value!.Id}?done=ordered");
            }
            Problems = new FormProblems("未能责令整改", ordered.Problems);
        }
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>The filtered actions, every one, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (await JurisdictionAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        var actions = await Filtered(jurisdiction).ToListAsync(HttpContext.RequestAborted);
        var rows = actions.Select(a => new Dictionary<string, object?>
        {
            ["编号"] = a.Id, ["类别"] = UnitActionKinds.Label(a.Kind), ["单位"] = a.Organisation?.Name, ["事由"] = a.Reason,
            ["整改期限"] = Iso(a.RectifyBy), ["状态"] = StateLabel(a), ["作出机关"] = a.IssuedBy?.Name, ["作出日期"] = Iso(a.IssuedOn),
            ["经办人"] = a.IssuedByAccount, ["整改情况"] = a.RectificationReport, ["报告整改日期"] = Iso(a.RectifiedOn),
            ["相关申报"] = a.ApplicationId, ["所涉整改通知"] = a.OrderId,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "单位监督", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "单位监督.xlsx");
    }

    public string Query => $"kind={Kind}&state={State}";

    public string PageLink(int page) => $"/supervision/units?{Query}&page={page}";

    public string StateLabel(UnitAction action) => OrderStates.Of(action, Today) is { } state ? OrderStates.Label(state) : "";

    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Jurisdiction?> JurisdictionAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        return SupervisionAccess.MayUse(Viewer) ? jurisdiction : null;
    }

    private IQueryable<UnitAction> Filtered(Jurisdiction jurisdiction)
    {
        var actions = supervision.List(jurisdiction);
        if (Kind is { } kind)
        {
            actions = actions.Where(a => a.Kind == kind);
        }
        return State is { } state ? OrderStates.Where(actions, state, Today) : actions;
    }

    private async Task LoadAsync(Jurisdiction jurisdiction)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var found = Filtered(jurisdiction);
        Paging = Paging.Of(await found.CountAsync(cancellationToken), PageNumber);
        Rows = await found.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(cancellationToken);
        if (Viewer.IsBureau)
        {
            var home = Viewer.OrganisationId;
            Units = await jurisdiction.Organisations(db).AsNoTracking()
                .Where(o => o.Id != home && o.Kind != OrganisationKind.CityBureau && o.Kind != OrganisationKind.CountyBureau)
                .OrderBy(o => o.Kind).ThenBy(o => o.Name)
                .Select(o => new UnitOption(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken);
        }
    }
}
