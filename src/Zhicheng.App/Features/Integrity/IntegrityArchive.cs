using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Integrity;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Integrity;

/// <summary>What a bureau enters or corrects in the archive.</summary>
public sealed record IntegrityForm(string? IdNumber, string? Name, IntegritySubject? Subject, IntegrityKind? Kind, string? Description, string? Evidence, DateOnly? DecidedOn);

/// <summary>
/// 诚信档案库 (N2024-4.4): records of dishonest conduct by applicants, experts and evaluation staff. Bureaus enter and
/// correct them (each change audited, a correction with its reason); the deciding authority is the entering bureau. A
/// record stays active for the record period and is kept after it. Reviewers see a person's active records on the
/// application they review (<see cref="Applications.ApplicationRules.ActiveRecordsAsync"/>).
/// </summary>
public sealed class IntegrityArchive(AppDbContext db, PolicyVersion policy, TimeProvider time)
{
    private static readonly Problem Stale = new("version", "该记录已被他人修改，您的修改未保存；请刷新后重新修改", ClauseIds.IntegrityArchive);

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public int RecordYears => policy.Settings.IntegrityRecordYears;

    public bool IsActive(IntegrityEntry entry) => IntegrityPeriod.IsActive(entry.DecidedOn, Today, RecordYears);

    /// <summary>The archive as a bureau searches it (by identity number or name; active ones only when asked); nobody else lists it.</summary>
    public IQueryable<IntegrityEntry> Search(Jurisdiction jurisdiction, string? query, bool activeOnly)
    {
        var all = db.IntegrityEntries.AsNoTracking().Include(e => e.Authority).AsQueryable();
        if (!jurisdiction.Viewer.IsBureau)
        {
            return all.Where(e => false);
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            var number = q.ToUpperInvariant(); // an identity number's check character may be typed as x
            all = all.Where(e => e.IdNumber == number || e.Name.Contains(q));
        }
        if (activeOnly)
        {
            all = all.ActiveOn(Today, RecordYears);
        }
        return all.OrderByDescending(e => e.DecidedOn).ThenByDescending(e => e.Id);
    }

    public Task<IntegrityEntry?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default) =>
        Search(jurisdiction, null, false).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<Outcome<IntegrityEntry>> AddAsync(Jurisdiction jurisdiction, IntegrityForm form, CancellationToken cancellationToken = default)
    {
        if (!jurisdiction.Viewer.IsBureau || jurisdiction.Home is not { } home)
        {
            return Outcome<IntegrityEntry>.Refused(new Problem("", "诚信档案记录由人社部门录入", ClauseIds.IntegrityArchive));
        }
        var problems = Validate(form);
        if (problems.Count > 0)
        {
            return Outcome<IntegrityEntry>.Refused(problems);
        }
        var entry = new IntegrityEntry
        {
            IdNumber = "", Name = "", Description = "", Evidence = "", AuthorityId = home.Id,
            RecordedBy = $"{jurisdiction.Viewer.Name}（{home.Name}）", RecordedAt = time.GetUtcNow(),
        };
        Apply(entry, form);
        db.IntegrityEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<IntegrityEntry>.Done(entry);
    }

    /// <summary>Corrects a record (its deciding bureau or a bureau above it), stating why; the audit trail keeps the old version.</summary>
    public async Task<Outcome<IntegrityEntry>> CorrectAsync(Jurisdiction jurisdiction, int id, int version, IntegrityForm form, string? note, CancellationToken cancellationToken = default)
    {
        var entry = await db.IntegrityEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !jurisdiction.Viewer.IsBureau)
        {
            return Outcome<IntegrityEntry>.NotFound;
        }
        if (!await jurisdiction.Organisations(db).AnyAsync(o => o.Id == entry.AuthorityId, cancellationToken))
        {
            return Outcome<IntegrityEntry>.Refused(new Problem("", "只有认定机关或其上级人社部门可以更正该记录", ClauseIds.IntegrityArchive));
        }
        var problems = Validate(form);
        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add(new Problem("note", "请写明更正理由", ClauseIds.IntegrityArchive));
        }
        if (problems.Count > 0)
        {
            return Outcome<IntegrityEntry>.Refused(problems);
        }
        if (entry.Version != version)
        {
            return Outcome<IntegrityEntry>.Refused(Stale);
        }
        Apply(entry, form);
        entry.CorrectionNote = $"{note!.Trim()}（{jurisdiction.Viewer.Name}，{Today:yyyy-MM-dd}）";
        entry.Version++;
        return await db.SaveVersionedAsync(entry, Stale, cancellationToken);
    }

    private List<Problem> Validate(IntegrityForm form)
    {
        var problems = new List<Problem>();
        if (!IdentityNumber.TryParse(form.IdNumber?.Trim(), out _, out var error))
        {
            problems.Add(new Problem("idNumber", $"公民身份号码有误：{error}", ClauseIds.IntegrityArchive));
        }
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            problems.Add(new Problem("name", "请填写姓名", ClauseIds.IntegrityArchive));
        }
        if (form.Subject is null || !Enum.IsDefined(form.Subject.Value))
        {
            problems.Add(new Problem("subject", "请选择对象类别（申报人、评审专家或评审工作人员）", ClauseIds.IntegrityArchive));
        }
        if (form.Kind is null || !Enum.IsDefined(form.Kind.Value))
        {
            problems.Add(new Problem("kind", "请选择失信行为类别", ClauseIds.IntegrityArchive));
        }
        if (string.IsNullOrWhiteSpace(form.Description))
        {
            problems.Add(new Problem("description", "请填写失信行为", ClauseIds.IntegrityArchive));
        }
        if (string.IsNullOrWhiteSpace(form.Evidence))
        {
            problems.Add(new Problem("evidence", "请填写证据", ClauseIds.IntegrityArchive));
        }
        if (form.DecidedOn is not { } decided)
        {
            problems.Add(new Problem("decidedOn", "请填写认定日期", ClauseIds.IntegrityArchive));
        }
        else if (decided > Today)
        {
            problems.Add(new Problem("decidedOn", $"认定日期不能晚于今天（{Today:yyyy-MM-dd}）", ClauseIds.IntegrityArchive));
        }
        return problems;
    }

    private static void Apply(IntegrityEntry entry, IntegrityForm form)
    {
        entry.IdNumber = form.IdNumber!.Trim().ToUpperInvariant();
        entry.Name = form.Name!.Trim();
        entry.Subject = form.Subject!.Value;
        entry.Kind = form.Kind!.Value;
        entry.Description = form.Description!.Trim();
        entry.Evidence = form.Evidence!.Trim();
        entry.DecidedOn = form.DecidedOn!.Value;
    }
}
