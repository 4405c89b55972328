using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Applications;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Applications;

/// <summary>
/// One application: its particulars, the self-check (while the applicant's side can still change it), the applicant's
/// active integrity records (for reviewers, I-6), its chain, publicity and objections, materials and timeline — and the
/// actions the viewer may take now, each a form that posts the version it was shown (a stale one is refused).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public sealed class DetailModel(ApplicationService applications, ApplicationReview review, UnitPublicity publicity, QualificationCheck qualification,
    ApplicationMaterials materials, Falsification falsification, ApplicationRules rules, Zhicheng.Domain.Policy.PolicyVersion policy, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public TitleApplication Application { get; private set; } = null!;
    public Viewer Viewer { get; private set; } = null!;
    public CheckOutcome? SelfCheck { get; private set; }
    public IReadOnlyList<IntegrityEntry> Records { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public PolicyHints Hints { get; private set; } = new(0);

    public bool ApplicantSide => ApplicationAccess.ApplicantSide(Viewer, Application);
    public bool Editable => ApplicantSide && Application.Stage is ApplicationStage.Draft or ApplicationStage.Returned;
    public bool ActsNow => Application.Stage == ApplicationStage.InReview && Application.CurrentStep is { } s && ApplicationAccess.Acts(Viewer, s.Kind, s.OrganisationId);
    public bool AtUnit => ActsNow && Application.StepKind == ReviewStepKind.Unit;
    public bool AtOffice => ActsNow && Application.StepKind == ReviewStepKind.CommitteeOffice;
    public bool MayDisqualify => Application.Stage is ApplicationStage.InReview or ApplicationStage.Returned or ApplicationStage.Accepted
        && (ActsNow || Viewer.IsBureau || (Viewer.Role == Domain.Organisations.AccountRole.CommitteeOffice && Viewer.OrganisationId == Application.Committee?.FoundingUnitId));
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The latest return's list (一次性告知), while the application is returned.</summary>
    public ApplicationEvent? LastReturn => Application.Stage == ApplicationStage.Returned
        ? Application.Events.LastOrDefault(e => e.Action == ApplicationAction.Returned) : null;

    public string? ErrorFor(string field) => Problems.Any(p => p.Field == field) ? string.Join("；", Problems.Where(p => p.Field == field).Select(p => p.Text)) : null;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetMaterialAsync(int materialId)
    {
        var file = await materials.OpenAsync(await HttpContext.JurisdictionAsync(), Id, materialId, HttpContext.RequestAborted);
        return file is null ? NotFound() : File(file.Bytes, file.MediaType, file.FileName);
    }

    public Task<IActionResult> OnPostSubmitAsync() => Act(j => applications.SubmitAsync(j, Id, Version, HttpContext.RequestAborted), "submitted");

    public Task<IActionResult> OnPostWithdrawAsync(string? reason) => Act(j => applications.WithdrawAsync(j, Id, Version, reason, HttpContext.RequestAborted), "withdrawn");

    public Task<IActionResult> OnPostApproveAsync(string? opinion, bool acknowledged) =>
        Act(j => review.ApproveAsync(j, Id, Version, opinion, acknowledged, HttpContext.RequestAborted), "approved");

    public Task<IActionResult> OnPostReturnAsync(string? items, string? note) =>
        Act(j => review.ReturnAsync(j, Id, Version, (items ?? "").Split('\n'), note, HttpContext.RequestAborted), "returned");

    public Task<IActionResult> OnPostRejectAsync(string? reason) => Act(j => review.RejectAsync(j, Id, Version, reason, HttpContext.RequestAborted), "rejected");

    public Task<IActionResult> OnPostPublicityAsync(DateOnly? start) => Act(j => publicity.StartAsync(j, Id, Version, start, HttpContext.RequestAborted), "publicity");

    public Task<IActionResult> OnPostObjectionAsync(string? raisedBy, string? content) =>
        Act(j => publicity.RaiseAsync(j, Id, Version, raisedBy, content, HttpContext.RequestAborted), "objection");

    public Task<IActionResult> OnPostResolveAsync(int objectionId, string? resolution) =>
        Act(j => publicity.ResolveAsync(j, Id, Version, objectionId, resolution, HttpContext.RequestAborted), "resolved");

    public Task<IActionResult> OnPostQualifyAsync() => Act(j => qualification.CheckAsync(j, Id, Version, HttpContext.RequestAborted), "qualified");

    public Task<IActionResult> OnPostDisqualifyAsync(string? description, string? evidence) =>
        Act(j => falsification.DisqualifyAsync(j, Id, Version, description, evidence, HttpContext.RequestAborted), "disqualified");

    public async Task<IActionResult> OnPostUploadAsync(MaterialKind? kind, IFormFile? file)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (file is null)
        {
            return await Refused([new Problem("file", "请选择要上传的文件", Zhicheng.Domain.Policy.ClauseIds.NationalUnitReview)]);
        }
        await using var stream = file.OpenReadStream();
        var added = await materials.AddAsync(jurisdiction, Id, kind, file.FileName, stream, HttpContext.RequestAborted);
        return added.IsNotFound ? NotFound() : added.Succeeded ? Redirect($"/applications/{Id}?done=uploaded#materials") : await Refused(added.Problems);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int materialId)
    {
        var removed = await materials.RemoveAsync(await HttpContext.JurisdictionAsync(), Id, materialId, HttpContext.RequestAborted);
        return removed.IsNotFound ? NotFound() : removed.Succeeded ? Redirect($"/applications/{Id}?done=removed#materials") : await Refused(removed.Problems);
    }

    private async Task<IActionResult> Act(Func<Jurisdiction, Task<Outcome<TitleApplication>>> action, string done)
    {
        var outcome = await action(await HttpContext.JurisdictionAsync());
        return outcome.IsNotFound ? NotFound() : outcome.Succeeded ? Redirect($"/applications/{Id}?done={done}") : await Refused(outcome.Problems);
    }

    private async Task<IActionResult> Refused(IReadOnlyList<Problem> problems)
    {
        Done = null;
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Problems = problems;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        var found = await applications.FindAsync(jurisdiction, Id, HttpContext.RequestAborted);
        if (found is null)
        {
            return false;
        }
        Application = found;
        Version = found.Version;
        if (Editable)
        {
            SelfCheck = await applications.CheckAsync(found, HttpContext.RequestAborted);
        }
        if (!ApplicantSide || Viewer.IsBureau)
        {
            Records = await rules.ActiveRecordsAsync(found.Person!.IdNumber, Today, HttpContext.RequestAborted);
        }
        Hints = new PolicyHints(policy.Settings.UnitPublicityWorkingDays);
        return true;
    }
}

/// <summary>The settings a page states to its reader.</summary>
public sealed record PolicyHints(int PublicityWorkingDays);
