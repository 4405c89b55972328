using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Organisations;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;

namespace Zhicheng.App.Features.Standards;

/// <summary>What a standard version is for, as its owner drafts it; its content comes as a JSON document (StandardJson).</summary>
public sealed record StandardDraft(string Title, string Series, string? Specialty, TitleLevel Level, int InForceFrom, string ContentJson);

/// <summary>
/// 职称评价标准 (N2024-1.1, 1.2): a unit drafts a version for its series and level, publishes it once it passes
/// the five-dimension and "破四唯" rules, and from then on the version is immutable and public; a correction is a
/// new version. Drafts are seen only by their owner's jurisdiction; published versions by anyone.
/// </summary>
public sealed class StandardService(AppDbContext db, PublishedStandards published, TimeProvider time)
{
    /// <summary>Published versions, for the public page: filtered by series, level or a title fragment, newest first.</summary>
    public IQueryable<EvaluationStandard> Published(string? series = null, TitleLevel? level = null, string? query = null)
    {
        var standards = db.Standards.AsNoTracking().Include(s => s.OwnerUnit).Where(s => s.PublishedAt != null);
        if (!string.IsNullOrWhiteSpace(series))
        {
            standards = standards.Where(s => s.Series == series.Trim());
        }
        if (level is { } l)
        {
            standards = standards.Where(s => s.Level == l);
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            standards = standards.Where(s => s.Title.Contains(query.Trim()));
        }
        // Levels are stored by name; ranked here 员级 → 正高级, not alphabetically.
        return standards.OrderBy(s => s.Series)
            .ThenBy(s => s.Level == TitleLevel.Clerk ? 1 : s.Level == TitleLevel.Assistant ? 2 : s.Level == TitleLevel.Intermediate ? 3 : s.Level == TitleLevel.AssociateSenior ? 4 : 5)
            .ThenByDescending(s => s.InForceFrom).ThenByDescending(s => s.Version);
    }

    public Task<EvaluationStandard?> FindPublishedAsync(int id, CancellationToken cancellationToken = default) =>
        Published().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Drafts of units in the viewer's jurisdiction, for roles that draft standards (nobody else sees drafts).</summary>
    public IQueryable<EvaluationStandard> Drafts(Jurisdiction jurisdiction)
    {
        if (jurisdiction.Home is not { } home || !Owns(jurisdiction.Viewer.Role, home.Kind))
        {
            return db.Standards.Where(s => false);
        }
        var units = jurisdiction.Organisations(db).Select(o => o.Id);
        return db.Standards.AsNoTracking().Include(s => s.OwnerUnit).Where(s => s.PublishedAt == null && units.Contains(s.OwnerUnitId)).OrderBy(s => s.Id);
    }

    /// <summary>A version the viewer may see: any published one, or a draft of a unit in the jurisdiction.</summary>
    public async Task<EvaluationStandard?> FindAsync(Jurisdiction? jurisdiction, int id, CancellationToken cancellationToken = default) =>
        await FindPublishedAsync(id, cancellationToken)
        ?? (jurisdiction is null ? null : await Drafts(jurisdiction).SingleOrDefaultAsync(s => s.Id == id, cancellationToken));

    /// <summary>A new draft version owned by the viewer's own unit, numbered after the existing versions of its scope.</summary>
    public async Task<Outcome<EvaluationStandard>> CreateAsync(Jurisdiction jurisdiction, StandardDraft draft, CancellationToken cancellationToken = default)
    {
        if (jurisdiction.Home is not { } owner || !Owns(jurisdiction.Viewer.Role, owner.Kind))
        {
            return Outcome<EvaluationStandard>.Refused(new Problem("", "只有人社部门、行业主管部门和自主评审单位可以制定评价标准", ClauseIds.StandardPublication));
        }
        var problems = Validate(draft);
        if (problems.Count > 0)
        {
            return Outcome<EvaluationStandard>.Refused(problems);
        }
        var series = draft.Series.Trim();
        var specialty = string.IsNullOrWhiteSpace(draft.Specialty) ? null : draft.Specialty.Trim();
        var last = await db.Standards.Where(s => s.Series == series && s.Specialty == specialty && s.Level == draft.Level)
            .MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        var standard = new EvaluationStandard
        {
            Title = draft.Title.Trim(), Series = series, Specialty = specialty, Level = draft.Level, Version = last + 1,
            InForceFrom = draft.InForceFrom, OwnerUnitId = owner.Id, ManagementLevel = LevelOf(owner), ContentJson = Normalised(draft.ContentJson),
        };
        db.Standards.Add(standard);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<EvaluationStandard>.Done(standard);
    }

    /// <summary>Replaces a draft's title, year and content; a published version is refused (N2024-1.2: immutable).</summary>
    public async Task<Outcome<EvaluationStandard>> UpdateAsync(Jurisdiction jurisdiction, int id, StandardDraft draft, CancellationToken cancellationToken = default)
    {
        var standard = await OwnedAsync(jurisdiction, id, cancellationToken);
        if (standard is null)
        {
            return Outcome<EvaluationStandard>.NotFound;
        }
        if (standard.IsPublished)
        {
            return Outcome<EvaluationStandard>.Refused(new Problem("", $"《{standard.Title}》第{standard.Version}版已发布，不能修改；如需调整请起草新版本", ClauseIds.StandardPublication));
        }
        var problems = Validate(draft with { Series = standard.Series, Specialty = standard.Specialty, Level = standard.Level });
        if (problems.Count > 0)
        {
            return Outcome<EvaluationStandard>.Refused(problems);
        }
        standard.Title = draft.Title.Trim();
        standard.InForceFrom = draft.InForceFrom;
        standard.ContentJson = Normalised(draft.ContentJson);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<EvaluationStandard>.Done(standard);
    }

    /// <summary>Publishes a draft that passes every rule of N2024-1.1 (all problems reported at once).</summary>
    public async Task<Outcome<EvaluationStandard>> PublishAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default)
    {
        var standard = await OwnedAsync(jurisdiction, id, cancellationToken);
        if (standard is null)
        {
            return Outcome<EvaluationStandard>.NotFound;
        }
        if (standard.IsPublished)
        {
            return Outcome<EvaluationStandard>.Refused(new Problem("", "该版本已发布", ClauseIds.StandardPublication));
        }
        var parsed = StandardJson.Parse(standard.ContentJson);
        var problems = parsed.Content is { } content
            ? StandardRules.CheckForPublication(content, new StandardScope(standard.Series, standard.Specialty, standard.Level))
            : parsed.Problems;
        if (problems.Count > 0)
        {
            return Outcome<EvaluationStandard>.Refused([.. problems.Select(p => new Problem(p.Path, p.Message, p.ClauseId))]);
        }
        standard.PublishedAt = time.GetUtcNow();
        standard.PublishedBy = jurisdiction.Viewer.Name;
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(db, cancellationToken);
        return Outcome<EvaluationStandard>.Done(standard);
    }

    /// <summary>Who may own standards: bureaus, industry departments, and employers evaluating on their own.</summary>
    private static bool Owns(AccountRole role, OrganisationKind kind) =>
        (role, kind) is (AccountRole.CityAdmin or AccountRole.CountyStaff, OrganisationKind.CityBureau or OrganisationKind.CountyBureau)
            or (AccountRole.DepartmentReviewer, OrganisationKind.Department)
            or (AccountRole.EmployerHr or AccountRole.CommitteeOffice, OrganisationKind.Employer or OrganisationKind.Department or OrganisationKind.CityBureau or OrganisationKind.CountyBureau);

    /// <summary>A bureau's level is its own; a department works at city level; an employer is a self-evaluating unit.</summary>
    private static ManagementLevel LevelOf(Organisation owner) => owner.Kind switch
    {
        OrganisationKind.CountyBureau => ManagementLevel.County,
        OrganisationKind.Employer => ManagementLevel.SelfEvaluating,
        _ => ManagementLevel.City,
    };

    /// <summary>A version the viewer may edit or publish: owned by a unit in the jurisdiction, and the viewer's role drafts standards.</summary>
    private async Task<EvaluationStandard?> OwnedAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken)
    {
        if (jurisdiction.Home is not { } home || !Owns(jurisdiction.Viewer.Role, home.Kind))
        {
            return null;
        }
        var units = jurisdiction.Organisations(db).Select(o => o.Id);
        return await db.Standards.Where(s => units.Contains(s.OwnerUnitId)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    private static List<Problem> Validate(StandardDraft draft)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add(new Problem("title", "请填写标准名称", ClauseIds.StandardPublication));
        }
        if (string.IsNullOrWhiteSpace(draft.Series))
        {
            problems.Add(new Problem("series", "请填写评审系列", ClauseIds.StandardPublication));
        }
        if (draft.InForceFrom is < 2000 or > 2100)
        {
            problems.Add(new Problem("inForceFrom", $"施行年度应为四位年份，实际为 {draft.InForceFrom}", ClauseIds.StandardPublication));
        }
        var parsed = StandardJson.Parse(draft.ContentJson);
        problems.AddRange(parsed.Problems.Select(p => new Problem($"content.{p.Path}".TrimEnd('.'), p.Message, p.ClauseId)));
        return problems;
    }

    /// <summary>The content as the canonical document (indented), so stored versions read and compare alike.</summary>
    private static string Normalised(string json) => StandardJson.Write(StandardJson.Parse(json).Content!, indented: true);
}
