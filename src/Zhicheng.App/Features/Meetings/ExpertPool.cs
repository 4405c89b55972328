using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Meetings;

/// <summary>
/// 专家库 — what a draw needs of the roster beyond the filing: whether an expert can sit this season, the account they
/// vote with, and the relations they declared (回避, MOHRSS-40-recusal). Kept by whoever manages the committee.
/// </summary>
public sealed class ExpertPool(AppDbContext db, CommitteeService committees)
{
    public async Task<Outcome<CommitteeMember>> SetAvailableAsync(Jurisdiction jurisdiction, int committeeId, int memberId, bool available, CancellationToken cancellationToken = default)
    {
        if (await MemberAsync(jurisdiction, committeeId, memberId, cancellationToken) is not { } member)
        {
            return Outcome<CommitteeMember>.NotFound;
        }
        member.Available = available;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeMember>.Done(member);
    }

    /// <summary>Links the expert to an account of role 评审专家 by its user name (null or blank unlinks).</summary>
    public async Task<Outcome<CommitteeMember>> LinkAccountAsync(Jurisdiction jurisdiction, int committeeId, int memberId, string? userName, CancellationToken cancellationToken = default)
    {
        if (await MemberAsync(jurisdiction, committeeId, memberId, cancellationToken) is not { } member)
        {
            return Outcome<CommitteeMember>.NotFound;
        }
        if (string.IsNullOrWhiteSpace(userName))
        {
            member.AccountId = null;
        }
        else
        {
            var normalised = userName.Trim().ToUpperInvariant();
            var account = await db.Users.AsNoTracking().Where(a => a.NormalizedUserName == normalised).Select(a => new { a.Id, a.Role }).SingleOrDefaultAsync(cancellationToken);
            if (account is null || account.Role != AccountRole.Expert)
            {
                return Outcome<CommitteeMember>.Refused(new Problem("userName", $"没有名为“{userName.Trim()}”的评审专家账号", ClauseIds.NationalRecusal));
            }
            member.AccountId = account.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeMember>.Done(member);
    }

    /// <summary>Records an expert's declared relation to a person who applied to the committee.</summary>
    public async Task<Outcome<ExpertRelation>> DeclareAsync(Jurisdiction jurisdiction, int committeeId, int memberId, int personId, string? relation, CancellationToken cancellationToken = default)
    {
        if (await MemberAsync(jurisdiction, committeeId, memberId, cancellationToken) is null)
        {
            return Outcome<ExpertRelation>.NotFound;
        }
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(relation) || relation.Trim().Length > 200)
        {
            problems.Add(new Problem("relation", "请写明利害关系（如亲属、导师、合作者，不超过200字）", ClauseIds.NationalRecusal));
        }
        if (!await db.Applications.AnyAsync(a => a.PersonId == personId && a.CommitteeId == committeeId, cancellationToken))
        {
            problems.Add(new Problem("personId", "该人员没有向本评委会提出的申报", ClauseIds.NationalRecusal));
        }
        else if (await db.ExpertRelations.AnyAsync(r => r.MemberId == memberId && r.PersonId == personId, cancellationToken))
        {
            problems.Add(new Problem("personId", "该回避关系已登记", ClauseIds.NationalRecusal));
        }
        if (problems.Count > 0)
        {
            return Outcome<ExpertRelation>.Refused(problems);
        }
        var declared = new ExpertRelation { MemberId = memberId, PersonId = personId, Relation = relation!.Trim(), DeclaredBy = ApplicationService.Actor(jurisdiction) };
        db.ExpertRelations.Add(declared);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ExpertRelation>.Done(declared);
    }

    private async Task<CommitteeMember?> MemberAsync(Jurisdiction jurisdiction, int committeeId, int memberId, CancellationToken cancellationToken) =>
        await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken) is null
            ? null
            : await db.CommitteeMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, cancellationToken);
}
