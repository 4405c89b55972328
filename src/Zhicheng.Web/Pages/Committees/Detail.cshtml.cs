using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Plans;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Policy;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>
/// 评委会详情 — filed particulars, standing, filing validity and history, roster, the year's plan; the forms of those
/// who manage the committee (roster, 开始受理申报, 重新备案) and of its supervising bureau (暂停、恢复、收回评审权).
/// A committee outside the viewer's jurisdiction is 404.
/// </summary>
public sealed class DetailModel(
    CommitteeService committees, CommitteeFilings filings, CommitteeRoster roster, CommitteeSupervision supervision, WorkPlanService plans,
    AppDbContext db, PolicyVersion policy, TimeProvider time) : PageModel
{
    public Committee Committee { get; private set; } = null!;

    public IReadOnlyList<CommitteeFiling> Filings { get; private set; } = [];

    /// <summary>The approved filing in force, else the latest one (a draft or one awaiting approval).</summary>
    public CommitteeFiling? Shown => Filings.FirstOrDefault(f => f.Id == Committee.CurrentFilingId) ?? (Filings.Count > 0 ? Filings[0] : null);

    public IReadOnlyList<string> ScopeNames { get; private set; } = [];

    public CommitteeFiling? OpenFiling => Filings.FirstOrDefault(f => f.Status is FilingStatus.Draft or FilingStatus.Submitted or FilingStatus.Returned);

    public WorkPlan? Plan { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public int Year => Today.Year;

    public bool Manages { get; private set; }

    public bool Supervises { get; private set; }

    public int? MinimumMembers => CommitteeSize.Minimum(Committee.Level, Committee.Specialties.Length > 0, policy.Settings);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public FilingInput Refile { get; private set; } = new();

    public MemberInput Member { get; private set; } = new();

    public ProblemList Problems { get; private set; } = ProblemList.None;

    /// <summary>The form the problems came from: members, open, refile, or a supervision kind.</summary>
    public string? Section { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done)
    {
        Notice = Notices.Text(done);
        return await LoadAsync(await HttpContext.JurisdictionAsync(), id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(int id, MemberInput member)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var (form, missing) = member.ToForm();
        var outcome = form is null ? Outcome<CommitteeMember>.Refused(missing) : await roster.AddAsync(jurisdiction, id, form, HttpContext.RequestAborted);
        Member = member;
        return await AnswerAsync(jurisdiction, id, outcome, "members", "member-added");
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, int memberId)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        return await AnswerAsync(jurisdiction, id, await roster.RemoveAsync(jurisdiction, id, memberId, HttpContext.RequestAborted), "members", "member-removed");
    }

    public async Task<IActionResult> OnPostSuperviseAsync(int id, SupervisionKind kind, string? reason, DateOnly? rectifyBy)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var outcome = await supervision.ActAsync(jurisdiction, id, kind, reason, rectifyBy, HttpContext.RequestAborted);
        var done = kind switch { SupervisionKind.Suspend => "suspended", SupervisionKind.Lift => "lifted", _ => "revoked" };
        return await AnswerAsync(jurisdiction, id, outcome, kind.ToString(), done);
    }

    public async Task<IActionResult> OnPostOpenAsync(int id, int year)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        return await AnswerAsync(jurisdiction, id, await plans.OpenApplicationsAsync(jurisdiction, id, year, HttpContext.RequestAborted), "open", "opened");
    }

    public async Task<IActionResult> OnPostRefileAsync(int id, FilingInput input)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var outcome = await filings.StartRefilingAsync(jurisdiction, id, input.ToForm(), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/committees/filings/{outcome.Value!.Id}?done=refiled");
        }
        Refile = input;
        return await AnswerAsync(jurisdiction, id, outcome, "refile", "refiled");
    }

    /// <summary>After a form: to the page again on success, else the page with the problems beside the form (404 outside the jurisdiction).</summary>
    private async Task<IActionResult> AnswerAsync<T>(Jurisdiction jurisdiction, int id, Outcome<T> outcome, string section, string done)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/committees/{id}?done={done}");
        }
        (Problems, Section) = (new ProblemList(outcome.Problems), section);
        return await LoadAsync(jurisdiction, id, keepRefile: section == "refile") ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Jurisdiction jurisdiction, int id, bool keepRefile = false)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var committee = await committees.FindAsync(jurisdiction, id, cancellationToken);
        if (committee is null)
        {
            return false;
        }
        Committee = committee;
        Filings = await committees.FilingsAsync(id, cancellationToken);
        Manages = CommitteeService.Manages(jurisdiction.Viewer);
        Supervises = await committees.SupervisesAsync(jurisdiction, committee, cancellationToken);
        Plan = await plans.List(jurisdiction, Year).FirstOrDefaultAsync(p => p.CommitteeId == id, cancellationToken);
        var scopeIds = Shown is { } shown ? FilingForm.From(shown).ScopeUnitIds.ToList() : [];
        ScopeNames = await db.Organisations.AsNoTracking().Where(o => scopeIds.Contains(o.Id)).OrderBy(o => o.Id).Select(o => o.Name).ToListAsync(cancellationToken);
        if (!keepRefile && Shown is { } basis)
        {
            Refile = FilingInput.From(FilingForm.From(basis) with { PowerDelegated = false });
        }
        if (Manages && OpenFiling is null)
        {
            Units = await UnitOption.LoadAsync(db, jurisdiction, Refile.ScopeUnitIds, cancellationToken);
        }
        return true;
    }
}
