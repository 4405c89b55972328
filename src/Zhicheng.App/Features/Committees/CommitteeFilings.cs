using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Committees;

/// <summary>
/// 评委会核准备案 — founding a committee with its first filing, refiling on the five occasions (N2024-2.2), editing,
/// submitting and deciding a filing (N2024-2.3). Every method starts from the viewer's jurisdiction (a committee or
/// filing outside it is not found); nothing is written when a request is refused.
/// </summary>
public sealed class CommitteeFilings(AppDbContext db, CommitteeService committees, PolicyVersion policy, TimeProvider time)
{
    private PolicySettings Settings => policy.Settings;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// A new committee, founded by <paramref name="foundingUnitId"/>, with its first filing as a draft (reason: new,
    /// and delegated when so declared). The founding unit must lie in the viewer's jurisdiction and be a bureau, an
    /// industry department or an employer (自主评审, N2024-2.1); the viewer must be one who manages committees.
    /// </summary>
    public async Task<Outcome<CommitteeFiling>> CreateAsync(Jurisdiction jurisdiction, int foundingUnitId, FilingForm form, CancellationToken cancellationToken = default)
    {
        if (!CommitteeService.ManagesCommittees(jurisdiction.Viewer))
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", "您的角色不能组建评委会"));
        }
        var unit = await jurisdiction.Organisations(db).SingleOrDefaultAsync(o => o.Id == foundingUnitId, cancellationToken);
        if (unit is null)
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("foundingUnitId", "组建单位不存在或不在您的管辖范围内", ClauseIds.FilingContents));
        }
        if (unit.Kind is not (OrganisationKind.CityBureau or OrganisationKind.CountyBureau or OrganisationKind.Department or OrganisationKind.Employer))
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("foundingUnitId", $"“{unit.Name}”不能组建评委会：组建单位应为人社部门、行业主管部门或自主评审的用人单位", ClauseIds.SelfEvaluation));
        }
        var supervisor = await SupervisingBureauAsync(unit, form.Level, cancellationToken);
        if (supervisor is null)
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("foundingUnitId", $"找不到“{unit.Name}”的上级人社部门，无法报送核准备案", ClauseIds.FilingTriggers));
        }
        var problems = await NameProblemsAsync(form.Name, null, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<CommitteeFiling>.Refused(problems);
        }
        var committee = new Committee
        {
            FoundingUnitId = unit.Id, SupervisingBureauId = supervisor.Id, Name = form.Name.Trim(), Level = form.Level,
            Series = form.Series.Trim(), Specialties = string.Join("、", form.SpecialtyList),
        };
        var filing = new CommitteeFiling { Committee = committee, Name = "", Series = "" };
        form.ApplyTo(filing);
        filing.Reasons = ReasonCodes(form.PowerDelegated ? [FilingReason.New, FilingReason.Delegated] : [FilingReason.New]);
        db.Committees.Add(committee);
        db.CommitteeFilings.Add(filing);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeFiling>.Done(filing);
    }

    /// <summary>
    /// A new filing for an existing committee (N2024-2.2): drafted from the proposed particulars; refused when none
    /// of the five occasions applies (nothing changed and the filing is still valid) or a filing is already open.
    /// </summary>
    public async Task<Outcome<CommitteeFiling>> StartRefilingAsync(Jurisdiction jurisdiction, int committeeId, FilingForm form, CancellationToken cancellationToken = default)
    {
        var committee = await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<CommitteeFiling>.NotFound;
        }
        if (await db.CommitteeFilings.AnyAsync(f => f.CommitteeId == committeeId && (f.Status == FilingStatus.Draft || f.Status == FilingStatus.Submitted || f.Status == FilingStatus.Returned), cancellationToken))
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", "该评委会已有未办结的备案申请，请先完成或撤回", ClauseIds.FilingTriggers));
        }
        var current = committee.CurrentFilingId is { } currentId ? await db.CommitteeFilings.AsNoTracking().SingleAsync(f => f.Id == currentId, cancellationToken) : null;
        var reasons = FilingRules.ReasonsToRefile(current is null ? null : Contents(FilingForm.From(current), committee.FoundingUnit!),
            committee.FilingValidUntil, Contents(form, committee.FoundingUnit!), form.PowerDelegated, Today);
        if (reasons.Count == 0)
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", "备案内容没有变化且备案仍在有效期内，无需重新备案", ClauseIds.FilingTriggers));
        }
        var problems = await NameProblemsAsync(form.Name, committeeId, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<CommitteeFiling>.Refused(problems);
        }
        var filing = new CommitteeFiling { CommitteeId = committeeId, Name = "", Series = "" };
        form.ApplyTo(filing);
        filing.Reasons = ReasonCodes(reasons);
        db.CommitteeFilings.Add(filing);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeFiling>.Done(filing);
    }

    /// <summary>Saves a draft or returned filing; <paramref name="version"/> is the version the editor started from.</summary>
    public async Task<Outcome<CommitteeFiling>> SaveFilingAsync(Jurisdiction jurisdiction, int filingId, FilingForm form, int version, CancellationToken cancellationToken = default)
    {
        var filing = await EditableFilingAsync(jurisdiction, filingId, cancellationToken);
        if (filing.Problems.Count > 0)
        {
            return filing;
        }
        var f = filing.Value!;
        if (f.Version != version)
        {
            return Outcome<CommitteeFiling>.Refused(StaleCopy);
        }
        var problems = await NameProblemsAsync(form.Name, f.CommitteeId, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome<CommitteeFiling>.Refused(problems);
        }
        form.ApplyTo(f);
        f.Version++;
        return await db.SaveVersionedAsync(f, StaleCopy, cancellationToken);
    }

    /// <summary>
    /// Submits a draft or returned filing to the supervising bureau: every one of the seven particulars must be
    /// filled (N2024-2.3), the scope's units must exist, and the roster must reach the minimum size for the level.
    /// </summary>
    public async Task<Outcome<CommitteeFiling>> SubmitFilingAsync(Jurisdiction jurisdiction, int filingId, CancellationToken cancellationToken = default)
    {
        var editable = await EditableFilingAsync(jurisdiction, filingId, cancellationToken);
        if (editable.Problems.Count > 0)
        {
            return editable;
        }
        var filing = editable.Value!;
        var committee = await db.Committees.Include(c => c.FoundingUnit).Include(c => c.Members).SingleAsync(c => c.Id == filing.CommitteeId, cancellationToken);
        var form = FilingForm.From(filing);
        var problems = FilingRules.Check(Contents(form, committee.FoundingUnit!)).Select(p => new Problem(p.Path, p.Message, p.ClauseId)).ToList();
        var scopeIds = form.ScopeUnitIds.ToList();
        var known = await db.Organisations.Where(o => scopeIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        problems.AddRange(scopeIds.Except(known).Select(id => new Problem("scopeUnitIds", $"评审范围中的单位（编号 {id}）不存在", ClauseIds.FilingContents)));
        var size = CommitteeSize.Check(form.Level, form.SpecialtyList.Count > 0, committee.Members.Count(m => m.InTermOn(Today)), Settings);
        if (size is not null)
        {
            problems.Add(new Problem("members", size.Message, size.ClauseId));
        }
        if (problems.Count > 0)
        {
            return Outcome<CommitteeFiling>.Refused(problems);
        }
        filing.Status = FilingStatus.Submitted;
        filing.SubmittedAt = time.GetUtcNow();
        filing.SubmittedBy = jurisdiction.Viewer.Name;
        filing.SubmittedByAccountId = jurisdiction.Viewer.AccountId;
        filing.Version++;
        return await db.SaveVersionedAsync(filing, StaleCopy, cancellationToken);
    }

    /// <summary>
    /// The supervising bureau approves (valid for the filing term, MOHRSS-40-filing-term) or returns a submitted
    /// filing. Refused: deciding one's own unit's or one's own submission, or a scope reaching outside the
    /// approver's jurisdiction. Approval makes the filed particulars the committee's.
    /// </summary>
    public async Task<Outcome<CommitteeFiling>> DecideFilingAsync(Jurisdiction jurisdiction, int filingId, bool approve, string? comments, CancellationToken cancellationToken = default)
    {
        var filing = await db.CommitteeFilings.Include(f => f.Committee).ThenInclude(c => c!.Scope)
            .Where(f => jurisdiction.Committees(db).Any(c => c.Id == f.CommitteeId))
            .SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken);
        if (filing is null)
        {
            return Outcome<CommitteeFiling>.NotFound;
        }
        var committee = filing.Committee!;
        var viewer = jurisdiction.Viewer;
        if (!await committees.SupervisesAsync(jurisdiction, committee, cancellationToken))
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", "只有负责核准备案的人社部门可以审核备案", ClauseIds.FilingTriggers));
        }
        if (filing.Status != FilingStatus.Submitted)
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", $"该备案当前为“{FilingLabels.Status(filing.Status)}”，不能审核", ClauseIds.FilingTriggers));
        }
        // A bureau does not approve its own unit's committee, except the city bureau (the top of this system, whose
        // own committees are filed upward and recorded here); nobody approves a filing they submitted.
        if ((jurisdiction.Home is { ParentId: not null } home && committee.FoundingUnitId == home.Id) || filing.SubmittedByAccountId == viewer.AccountId)
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("", "不能审核本单位组建或本人报送的评委会备案，应由上级人社部门或其他经办人审核", ClauseIds.FilingTriggers));
        }
        if (!approve && string.IsNullOrWhiteSpace(comments))
        {
            return Outcome<CommitteeFiling>.Refused(new Problem("comments", "退回修改须写明意见"));
        }
        if (approve)
        {
            var scopeIds = FilingForm.From(filing).ScopeUnitIds.ToList();
            var inside = await jurisdiction.Organisations(db).Where(o => scopeIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
            var outside = scopeIds.Except(inside).ToList();
            if (outside.Count > 0)
            {
                var names = await db.Organisations.Where(o => outside.Contains(o.Id)).Select(o => o.Name).ToListAsync(cancellationToken);
                return Outcome<CommitteeFiling>.Refused(new Problem("scopeUnitIds", $"评审范围超出您的管辖范围：{string.Join("、", names)}", ClauseIds.FilingContents));
            }
            filing.Status = FilingStatus.Approved;
            filing.ApprovedOn = Today;
            filing.ValidUntil = FilingRules.ValidUntil(Today, Settings);
            committee.Name = filing.Name;
            committee.Level = filing.Level;
            committee.Series = filing.Series;
            committee.Specialties = filing.Specialties;
            committee.CurrentFilingId = filing.Id;
            committee.FilingValidUntil = filing.ValidUntil;
            committee.Scope.RemoveAll(s => !scopeIds.Contains(s.OrganisationId));
            committee.Scope.AddRange(scopeIds.Where(id => committee.Scope.All(s => s.OrganisationId != id)).Select(id => new CommitteeScopeUnit { OrganisationId = id }));
            committee.Version++;
        }
        else
        {
            filing.Status = FilingStatus.Returned;
        }
        filing.Comments = comments?.Trim();
        filing.DecidedAt = time.GetUtcNow();
        filing.DecidedBy = viewer.Name;
        filing.Version++;
        return await db.SaveVersionedAsync(filing, StaleCopy, cancellationToken);
    }

    private static readonly Problem StaleCopy = new("version", "该记录已被他人修改，您的修改未保存；请刷新页面，在最新内容上重新修改");

    private async Task<Outcome<CommitteeFiling>> EditableFilingAsync(Jurisdiction jurisdiction, int filingId, CancellationToken cancellationToken)
    {
        var filing = await db.CommitteeFilings.SingleOrDefaultAsync(f => f.Id == filingId, cancellationToken);
        if (filing is null || await committees.ManagedAsync(jurisdiction, filing.CommitteeId, cancellationToken) is null)
        {
            return Outcome<CommitteeFiling>.NotFound;
        }
        return filing.Status is FilingStatus.Draft or FilingStatus.Returned
            ? Outcome<CommitteeFiling>.Done(filing)
            : Outcome<CommitteeFiling>.Refused(new Problem("", $"该备案当前为“{FilingLabels.Status(filing.Status)}”，不能修改", ClauseIds.FilingTriggers));
    }


    private async Task<List<Problem>> NameProblemsAsync(string name, int? committeeId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return [new Problem("name", "请填写评委会名称", ClauseIds.FilingContents)];
        }
        return await db.Committees.AnyAsync(c => c.Name == trimmed && c.Id != committeeId, cancellationToken)
            ? [new Problem("name", $"已有名为“{trimmed}”的评委会", ClauseIds.FilingContents)]
            : [];
    }

    /// <summary>
    /// The bureau at the committee's management level: a senior committee's is the city bureau; any other's the
    /// nearest bureau above its founding unit; the city bureau's own committees are recorded under itself.
    /// </summary>
    private async Task<Organisation?> SupervisingBureauAsync(Organisation unit, CommitteeLevel level, CancellationToken cancellationToken)
    {
        var ancestors = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var bureaus = await db.Organisations.AsNoTracking()
            .Where(o => ancestors.Contains(o.Id) && (o.Kind == OrganisationKind.CityBureau || o.Kind == OrganisationKind.CountyBureau))
            .ToListAsync(cancellationToken);
        if (unit is { Kind: OrganisationKind.CityBureau, ParentId: null })
        {
            return unit;
        }
        return level == CommitteeLevel.Senior
            ? bureaus.FirstOrDefault(b => b.ParentId is null)
            : bureaus.OrderByDescending(b => b.Path.Length).FirstOrDefault();
    }

    private static FilingContents Contents(FilingForm form, Organisation foundingUnit) =>
        new(foundingUnit.Id, foundingUnit.Name, form.Name.Trim(), form.Level, form.Series.Trim(), form.SpecialtyList,
            new FilingScope(form.ScopeUnitIds, form.ScopeText.Trim()), form.Conditions.Trim(), form.Rules.Trim(), form.Office.Trim());

    private static string ReasonCodes(IEnumerable<FilingReason> reasons) => string.Join(",", reasons.Distinct().Order());
}
