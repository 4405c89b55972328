using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Committees;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>
/// 备案 — one filing: edited (with the version the editor started from) and submitted by those who manage the
/// committee while it is a draft or returned; approved or returned with comments by the supervising bureau.
/// </summary>
public sealed class FilingModel(CommitteeService committees, CommitteeFilings filings, AppDbContext db) : PageModel
{
    public CommitteeFiling Filing { get; private set; } = null!;

    public Committee Committee => Filing.Committee!;

    public FilingInput Input { get; private set; } = new();

    public int Version { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool Editable { get; private set; }

    public bool Decidable { get; private set; }

    public ProblemList Problems { get; private set; } = ProblemList.None;

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done)
    {
        Notice = Notices.Text(done);
        return await LoadAsync(await HttpContext.JurisdictionAsync(), id, null) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, FilingInput input, int version)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var outcome = await filings.SaveFilingAsync(jurisdiction, id, input.ToForm(), version, HttpContext.RequestAborted);
        return await AnswerAsync(jurisdiction, id, outcome, "saved", outcome.Succeeded ? null : (input, version));
    }

    /// <summary>Saves what the form holds, then submits it: nothing typed is lost, and the submission checks what was saved.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, FilingInput input, int version)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var saved = await filings.SaveFilingAsync(jurisdiction, id, input.ToForm(), version, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            return await AnswerAsync(jurisdiction, id, saved, "submitted", (input, version));
        }
        return await AnswerAsync(jurisdiction, id, await filings.SubmitFilingAsync(jurisdiction, id, HttpContext.RequestAborted), "submitted", null);
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, bool approve, string? comments)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var outcome = await filings.DecideFilingAsync(jurisdiction, id, approve, comments, HttpContext.RequestAborted);
        return await AnswerAsync(jurisdiction, id, outcome, approve ? "approved" : "returned", null);
    }

    /// <summary>
    /// Success: to the page again (an approval to the committee). Refused: the page with every problem beside its field,
    /// showing what the editor typed (<paramref name="typed"/>) when the save itself was refused.
    /// </summary>
    private async Task<IActionResult> AnswerAsync(Jurisdiction jurisdiction, int id, Outcome<CommitteeFiling> outcome, string done, (FilingInput Input, int Version)? typed)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect(done == "approved" ? $"/committees/{outcome.Value!.CommitteeId}?done=approved" : $"/committees/filings/{id}?done={done}");
        }
        Problems = new ProblemList(outcome.Problems);
        return await LoadAsync(jurisdiction, id, typed) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Jurisdiction jurisdiction, int id, (FilingInput Input, int Version)? typed)
    {
        var filing = await committees.FindFilingAsync(jurisdiction, id, HttpContext.RequestAborted);
        if (filing is null)
        {
            return false;
        }
        Filing = filing;
        // A refused save keeps what was typed and the version it started from (a stale copy stays stale).
        (Input, Version) = typed ?? (FilingInput.From(FilingForm.From(filing)), filing.Version);
        Editable = CommitteeService.Manages(jurisdiction.Viewer) && filing.Status is FilingStatus.Draft or FilingStatus.Returned;
        Decidable = filing.Status == FilingStatus.Submitted && await committees.SupervisesAsync(jurisdiction, filing.Committee!, HttpContext.RequestAborted);
        Units = await UnitOption.LoadAsync(db, jurisdiction, Input.ScopeUnitIds, HttpContext.RequestAborted);
        return true;
    }
}
