using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Integrity;

namespace Zhicheng.Web.Pages.Supervision;

/// <summary>
/// One order to rectify or notice of criticism (N2024-4.3b), as the unit and its supervisors see it: the unit reports
/// what it rectified; a bureau above the unit issues 通报批评 on an order not rectified by its deadline. Every refusal is
/// shown with its clause; an action outside the viewer's reach is 404.
/// </summary>
public sealed class ActionModel(UnitSupervision supervision, TimeProvider time) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Report { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public UnitAction Action { get; private set; } = null!;

    /// <summary>For an order: the notice of criticism that followed it; for a notice: the order it follows.</summary>
    public UnitAction? Related { get; private set; }

    public Viewer Viewer { get; private set; } = null!;

    public FormProblems Problems { get; private set; } = FormProblems.None;

    /// <summary>Which form the problems belong to ("report" or "criticise").</summary>
    public string? Section { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public OrderState? State => OrderStates.Of(Action, Today);

    public bool IsOrder => Action.Kind == UnitActionKind.RectificationOrder;

    /// <summary>The unit's own accounts report, while the order is not yet reported.</summary>
    public bool MayReport => IsOrder && Action.RectifiedOn is null && Viewer.OrganisationId == Action.OrganisationId;

    /// <summary>A bureau above the unit, on an order that is not rectified and has no notice yet.</summary>
    public bool MayCriticise => IsOrder && Viewer.IsBureau && Viewer.OrganisationId != Action.OrganisationId && Action.RectifiedOn is null && Related is null;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>报告整改情况 (the unit).</summary>
    public async Task<IActionResult> OnPostReportAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        var reported = await supervision.ReportAsync(await HttpContext.JurisdictionAsync(), id, Version, Report, HttpContext.RequestAborted);
        return Answer(reported, "未能报告整改", "report", $"/supervision/units/{id}?done=reported");
    }

    /// <summary>通报批评 (a bureau above the unit, after the deadline).</summary>
    public async Task<IActionResult> OnPostCriticiseAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        var criticised = await supervision.CriticiseAsync(await HttpContext.JurisdictionAsync(), id, Reason, HttpContext.RequestAborted);
        return Answer(criticised, "未能通报批评", "criticise", criticised.Succeeded ? $"/supervision/units/{criticised.Value!.Id}?done=criticised" : "");
    }

    private IActionResult Answer(Outcome<UnitAction> outcome, string refused, string section, string done)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect(done);
        }
        (Problems, Section) = (new FormProblems(refused, outcome.Problems), section);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        if (!SupervisionAccess.MayUse(Viewer))
        {
            return NotFound();
        }
        var cancellationToken = HttpContext.RequestAborted;
        var visible = supervision.List(jurisdiction);
        if (await visible.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } action)
        {
            return NotFound();
        }
        Action = action;
        Related = action.OrderId is { } order
            ? await visible.SingleOrDefaultAsync(a => a.Id == order, cancellationToken)
            : await visible.FirstOrDefaultAsync(a => a.OrderId == action.Id, cancellationToken);
        return null;
    }
}
