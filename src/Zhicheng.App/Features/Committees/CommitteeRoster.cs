using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Committees;

/// <summary>An expert as a form or the API sends one.</summary>
public sealed record MemberForm(string Name, string Employer, string Specialty, TitleLevel TitleLevel, DateOnly TermStart, DateOnly TermEnd, int? PersonId = null);

/// <summary>
/// 评审专家名单 — a committee's roster, kept by whoever manages the committee. An expert holds at least 副高级
/// (a committee evaluates below its experts' level); a term is at most the national term (MOHRSS-40-expert-term).
/// </summary>
public sealed class CommitteeRoster(AppDbContext db, CommitteeService committees, PolicyVersion policy)
{
    public async Task<Outcome<CommitteeMember>> AddAsync(Jurisdiction jurisdiction, int committeeId, MemberForm form, CancellationToken cancellationToken = default)
    {
        var committee = await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken);
        if (committee is null)
        {
            return Outcome<CommitteeMember>.NotFound;
        }
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            problems.Add(new Problem("name", "请填写专家姓名"));
        }
        if (string.IsNullOrWhiteSpace(form.Specialty))
        {
            problems.Add(new Problem("specialty", "请填写专家的评审专业"));
        }
        if (form.TitleLevel < TitleLevel.AssociateSenior)
        {
            problems.Add(new Problem("titleLevel", $"评审专家应具有副高级及以上职称，所填为{Codes.Level.Label(form.TitleLevel)}"));
        }
        if (CommitteeSize.CheckTerm(form.TermStart, form.TermEnd, policy.Settings) is { } term)
        {
            problems.Add(new Problem("termEnd", term.Message, term.ClauseId));
        }
        if (problems.Count > 0)
        {
            return Outcome<CommitteeMember>.Refused(problems);
        }
        var member = new CommitteeMember
        {
            CommitteeId = committeeId, Name = form.Name.Trim(), Employer = form.Employer.Trim(), Specialty = form.Specialty.Trim(),
            TitleLevel = form.TitleLevel, TermStart = form.TermStart, TermEnd = form.TermEnd, PersonId = form.PersonId,
        };
        db.CommitteeMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeMember>.Done(member);
    }

    public async Task<Outcome<CommitteeMember>> RemoveAsync(Jurisdiction jurisdiction, int committeeId, int memberId, CancellationToken cancellationToken = default)
    {
        if (await committees.ManagedAsync(jurisdiction, committeeId, cancellationToken) is null)
        {
            return Outcome<CommitteeMember>.NotFound;
        }
        var member = await db.CommitteeMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, cancellationToken);
        if (member is null)
        {
            return Outcome<CommitteeMember>.NotFound;
        }
        if (await db.PanelSeats.AnyAsync(s => s.MemberId == memberId, cancellationToken))
        {
            // The draws and minutes that seated the expert must stay whole; an expert leaving the pool is marked unavailable.
            return Outcome<CommitteeMember>.Refused(new Problem("", "该专家已被抽取为评审会议评委，不能从名单中删除；可将其设为“不能参加”", ClauseIds.NationalRecusal));
        }
        db.CommitteeMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CommitteeMember>.Done(member);
    }
}
