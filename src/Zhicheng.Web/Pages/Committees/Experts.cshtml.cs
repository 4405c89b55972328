using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>
/// 专家库 — what the draws need of a committee's roster: whether each expert can sit this season (可参加), the expert
/// account they vote with, and the relations they declared to applicants (回避, MOHRSS-40-recusal). For whoever manages
/// the committee; anyone else finds no such page (404).
/// </summary>
public sealed class ExpertsModel(CommitteeService committees, ExpertPool pool, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public Committee Committee { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> AccountNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<DeclaredRelation> Relations { get; private set; } = [];
    public IReadOnlyList<ApplicantOption> Applicants { get; private set; } = [];
    public ProblemList Problems { get; private set; } = ProblemList.None;

    /// <summary>The expert whose form was refused (its problems are shown beside it), and the form: account or relation.</summary>
    public int? MemberPosted { get; private set; }
    public string? Section { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public string? Notice => Done switch
    {
        "available" => "已更新专家本次是否可参加。",
        "account" => "已更新专家的账号。",
        "declared" => "已登记回避关系。",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await HttpContext.JurisdictionAsync()) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAvailableAsync(int memberId, bool available)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        return await Answer(jurisdiction, await pool.SetAvailableAsync(jurisdiction, Id, memberId, available, HttpContext.RequestAborted), "available", memberId);
    }

    public async Task<IActionResult> OnPostAccountAsync(int memberId, string? userName)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        return await Answer(jurisdiction, await pool.LinkAccountAsync(jurisdiction, Id, memberId, userName, HttpContext.RequestAborted), "account", memberId);
    }

    public async Task<IActionResult> OnPostDeclareAsync(int memberId, int personId, string? relation)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        return await Answer(jurisdiction, await pool.DeclareAsync(jurisdiction, Id, memberId, personId, relation, HttpContext.RequestAborted), "declared", memberId);
    }

    private async Task<IActionResult> Answer<T>(Jurisdiction jurisdiction, Outcome<T> outcome, string done, int memberId)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/committees/{Id}/experts?done={done}");
        }
        (Problems, Section, MemberPosted, Done) = (new ProblemList(outcome.Problems), done, memberId, null);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(jurisdiction) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Jurisdiction jurisdiction)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!CommitteeService.Manages(jurisdiction.Viewer) || await committees.FindAsync(jurisdiction, Id, cancellationToken) is not { } committee)
        {
            return false;
        }
        Committee = committee;
        var accountIds = committee.Members.Where(m => m.AccountId is not null).Select(m => m.AccountId!.Value).ToList();
        AccountNames = await db.Users.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.UserName ?? "", cancellationToken);
        var memberIds = committee.Members.Select(m => m.Id).ToList();
        Relations = await db.ExpertRelations.AsNoTracking().Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.MemberId).ThenBy(r => r.Id)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new DeclaredRelation(r.MemberId, p.Name, r.Relation, r.DeclaredBy))
            .ToListAsync(cancellationToken);
        var applicants = await db.Applications.AsNoTracking().Where(a => a.CommitteeId == Id)
            .OrderByDescending(a => a.Year).ThenBy(a => a.Id)
            .Select(a => new ApplicantOption(a.PersonId, a.Person!.Name, a.Number, a.Unit!.Name, a.Year))
            .ToListAsync(cancellationToken);
        Applicants = [.. applicants.DistinctBy(a => a.PersonId)];
        return true;
    }
}

/// <summary>A relation an expert declared: to whom, what, recorded by whom.</summary>
public sealed record DeclaredRelation(int MemberId, string Person, string Relation, string DeclaredBy);

/// <summary>A person who applied to the committee (their latest application), as the relation form offers them.</summary>
public sealed record ApplicantOption(int PersonId, string Name, string ApplicationNumber, string Unit, int Year);
