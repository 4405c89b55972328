using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Accounts;

/// <summary>
/// 管辖范围 — what a viewer may see and act on, as queries every service starts from, so that a record outside
/// it is simply not found (a page or endpoint answers 404, never "forbidden", which would confirm it exists).
/// <list type="bullet">
/// <item>A bureau: itself and every organisation below it, and the people those hold.</item>
/// <item>A competent department: itself and the employers it supervises, and their people.</item>
/// <item>An employer's HR (and any other unit's account): its own organisation and its own staff.</item>
/// <item>An applicant: their own record and the unit that holds it.</item>
/// <item>Committee offices and experts: their own organisation; people reach them through applications (later issues).</item>
/// </list>
/// </summary>
public sealed class Jurisdiction
{
    private readonly Viewer _viewer;
    private readonly Organisation? _home;
    private readonly int? _applicantUnit;
    private readonly List<int?> _bureaus;

    private Jurisdiction(Viewer viewer, Organisation? home, int? applicantUnit, List<int?> bureaus)
    {
        _viewer = viewer;
        _home = home;
        _applicantUnit = applicantUnit;
        _bureaus = bureaus;
    }

    public Viewer Viewer => _viewer;

    /// <summary>The organisation the account belongs to (null for an applicant).</summary>
    public Organisation? Home => _home;

    public static Task<Jurisdiction> ForAsync(AppDbContext db, Viewer viewer, CancellationToken cancellationToken = default) =>
        ForAsync(db, viewer, null, cancellationToken);

    /// <summary>
    /// The viewer's jurisdiction; its home organisation's place in the tree comes from <paramref name="places"/>
    /// when given (a page or endpoint: one database round trip less on every request), else from the database.
    /// </summary>
    public static async Task<Jurisdiction> ForAsync(AppDbContext db, Viewer viewer, OrganisationPlaces? places, CancellationToken cancellationToken = default)
    {
        var place = viewer.OrganisationId is { } id
            ? places is null ? await OrganisationPlace.LoadAsync(db, id, cancellationToken) : await places.GetAsync(db, id, cancellationToken)
            : null;
        int? applicantUnit = null;
        if (viewer.Role == AccountRole.Applicant && viewer.PersonId is { } person)
        {
            applicantUnit = await db.People.Where(p => p.Id == person).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(cancellationToken);
        }
        return new Jurisdiction(viewer, place?.Home, applicantUnit, place?.Bureaus ?? []);
    }

    /// <summary>Whether this jurisdiction is the whole city (the city bureau's).</summary>
    public bool IsWholeCity => _viewer.IsBureau && _home is { Kind: OrganisationKind.CityBureau, ParentId: null };

    public IQueryable<Organisation> Organisations(AppDbContext db)
    {
        var all = db.Organisations.AsQueryable();
        if (_viewer.Role == AccountRole.Applicant)
        {
            var unit = _applicantUnit ?? -1;
            return all.Where(o => o.Id == unit);
        }
        if (_home is null)
        {
            return all.Where(o => false);
        }
        var home = _home.Id;
        if (IsWholeCity)
        {
            return all;
        }
        if (_viewer.IsBureau && _home.IsBureau)
        {
            var prefix = _home.SubtreePrefix;
            return all.Where(o => o.Id == home || o.Path.StartsWith(prefix));
        }
        if (_viewer.Role == AccountRole.DepartmentReviewer && _home.Kind == OrganisationKind.Department)
        {
            return all.Where(o => o.Id == home || o.CompetentDepartmentId == home);
        }
        return all.Where(o => o.Id == home);
    }

    public IQueryable<Person> People(AppDbContext db)
    {
        var all = db.People.AsQueryable();
        switch (_viewer.Role)
        {
            case AccountRole.Applicant:
                var self = _viewer.PersonId ?? -1;
                return all.Where(p => p.Id == self);
            case AccountRole.CommitteeOffice or AccountRole.Expert:
                return all.Where(p => false);
        }
        if (_home is null)
        {
            return all.Where(p => false);
        }
        var home = _home.Id;
        if (IsWholeCity)
        {
            return all;
        }
        if (_viewer.IsBureau && _home.IsBureau)
        {
            // The people whose unit lies in this bureau's subtree are those whose nearest bureau does
            // (Person.BureauId); as an equality it is one index range by name, at any size.
            if (_bureaus.Count == 1)
            {
                var bureau = _bureaus[0];
                return all.Where(p => p.BureauId == bureau);
            }
            var bureaus = _bureaus;
            return all.Where(p => bureaus.Contains(p.BureauId));
        }
        if (_viewer.Role == AccountRole.DepartmentReviewer && _home.Kind == OrganisationKind.Department)
        {
            return all.Where(p => p.UnitId == home || p.Unit!.CompetentDepartmentId == home);
        }
        return all.Where(p => p.UnitId == home);
    }

    /// <summary>
    /// The committees this viewer may see: a bureau those it supervises or that were founded in its area (the whole
    /// city for the city bureau); any other account those founded by its own organisation — a department's, an
    /// employer's own (自主评审, N2024-2.1), or the one whose office it staffs. Applicants see none (standards and
    /// results are public pages).
    /// </summary>
    public IQueryable<Committee> Committees(AppDbContext db)
    {
        var all = db.Committees.AsQueryable();
        if (_home is null || _viewer.Role == AccountRole.Applicant)
        {
            return all.Where(c => false);
        }
        if (IsWholeCity)
        {
            return all;
        }
        var home = _home.Id;
        if (_viewer.IsBureau && _home.IsBureau)
        {
            var area = Organisations(db).Select(o => o.Id);
            return all.Where(c => area.Contains(c.SupervisingBureauId) || area.Contains(c.FoundingUnitId));
        }
        return all.Where(c => c.FoundingUnitId == home);
    }

    /// <summary>The units into which this viewer may add or move people (null when the viewer manages no people).</summary>
    public IQueryable<Organisation>? UnitsForPeople(AppDbContext db) => _viewer.ManagesPeople ? Organisations(db) : null;
}
