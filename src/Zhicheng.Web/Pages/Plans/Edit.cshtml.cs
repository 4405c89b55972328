using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Plans;

/// <summary>
/// One committee's work plan for a year (N2024-4.6b): its schedule, standard version, recommendation procedure and
/// work discipline, saved from the version the editor started from and submitted to the city bureau, which approves
/// or returns it and may record a reason to pass the year's deadlines (N2024-4.6a). Every refusal is shown beside its
/// field and all together, each with its clause. A plan outside the jurisdiction is 404.
/// </summary>
public sealed class EditModel(WorkPlanService plans, StandardService standards) : PageModel
{
    public WorkPlan Plan { get; private set; } = null!;

    public Jurisdiction Jurisdiction { get; private set; } = null!;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    [BindProperty]
    public string? Comments { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The published standards of the committee's series, for the standard version select.</summary>
    public IReadOnlyList<EvaluationStandard> Standards { get; private set; } = [];

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>What the problems stopped ("未能保存"), shown above them.</summary>
    public string? Refused { get; private set; }

    /// <summary>What the last action did, after its redirect ("saved", "submitted" …).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public bool Editable => Plan.Status is Domain.Plans.PlanStatus.Draft or Domain.Plans.PlanStatus.Returned;

    public IEnumerable<Problem> ErrorsFor(string field) => Problems.Where(p => p.Field == field);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        Input = PlanInput.From(Plan);
        return await ShowAsync();
    }

    /// <summary>保存: the form over the version it was read at; a stale copy is refused and nothing is overwritten.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        var saved = await SaveAsync(id);
        return saved is null ? await ShowAsync() : Redirect($"/plans/{id}?done=saved");
    }

    /// <summary>保存并报送: saves the form, then submits the plan to the city bureau, which checks every part of it.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        var saved = await SaveAsync(id);
        if (saved is null)
        {
            return await ShowAsync();
        }
        Input.Version = saved.Version;
        var submitted = await plans.SubmitAsync(Jurisdiction, id, HttpContext.RequestAborted);
        return Answer(submitted, "已保存为草稿，但未能报送", "submitted") ?? await ShowAsync();
    }

    /// <summary>批准 / 退回修改 (the city bureau).</summary>
    public async Task<IActionResult> OnPostDecideAsync(int id, string? decision)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        Input = PlanInput.From(Plan);
        var approve = decision == "approve";
        var decided = await plans.DecideAsync(Jurisdiction, id, approve, Comments, HttpContext.RequestAborted);
        return Answer(decided, approve ? "未能批准" : "未能退回", approve ? "approved" : "returned") ?? await ShowAsync();
    }

    /// <summary>记录突破时限 (the city bureau): the reason a meeting or publication may fall after the deadlines.</summary>
    public async Task<IActionResult> OnPostOverrideAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        Input = PlanInput.From(Plan);
        var recorded = await plans.OverrideAsync(Jurisdiction, id, Reason, HttpContext.RequestAborted);
        return Answer(recorded, "未能记录突破时限", "overridden") ?? await ShowAsync();
    }

    /// <summary>开始受理申报 under the approved plan; refused with the clause when the committee may not.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        Input = PlanInput.From(Plan);
        var opened = await plans.OpenApplicationsAsync(Jurisdiction, Plan.CommitteeId, Plan.Year, HttpContext.RequestAborted);
        return Answer(opened, "未能开始受理申报", "opened") ?? await ShowAsync();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(Jurisdiction.Viewer) || await plans.FindAsync(Jurisdiction, id, HttpContext.RequestAborted) is not { } plan)
        {
            return NotFound();
        }
        Plan = plan;
        return null;
    }

    /// <summary>The saved plan, or null with the problems set (the form keeps what was typed).</summary>
    private async Task<WorkPlan?> SaveAsync(int id)
    {
        var (form, problems) = Input.ToForm();
        if (form is null)
        {
            (Refused, Problems) = ("未能保存", problems);
            return null;
        }
        var saved = await plans.SaveAsync(Jurisdiction, id, form, Input.Version, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            (Refused, Problems) = ("未能保存", saved.Problems);
            return null;
        }
        return saved.Value;
    }

    private IActionResult? Answer(Outcome<WorkPlan> outcome, string refused, string done)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/plans/{Plan.Id}?done={done}");
        }
        (Refused, Problems) = (refused, outcome.Problems);
        return null;
    }

    private async Task<IActionResult> ShowAsync()
    {
        Standards = await standards.Published(series: Plan.Committee!.Series).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
