using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.People;

/// <summary>
/// 人员查询 — the people a viewer may see, searched by name prefix or identity number and paged. Every
/// query starts from <see cref="Jurisdiction.People"/>, so a person outside it is never found.
/// </summary>
public sealed class PeopleDirectory(AppDbContext db)
{
    /// <summary>
    /// Totals are counted up to this many (fifty pages of 20); beyond it a list says "more than" and asks for a
    /// narrower search. Counting further costs every request of a common surname a longer index walk (about half a
    /// microsecond a row on PostgreSQL) and tells nobody anything they would page through.
    /// </summary>
    public const int CountCap = 1_000;

    public Task<PeoplePage> SearchAsync(Jurisdiction jurisdiction, string? query, int? unit, int page, int pageSize, CancellationToken cancellationToken = default) =>
        PageAsync(jurisdiction, query, unit, page, Math.Clamp(pageSize, 1, 200), countRows: true, cancellationToken);

    private async Task<PeoplePage> PageAsync(Jurisdiction jurisdiction, string? query, int? unit, int page, int pageSize, bool countRows, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        var people = Filter(jurisdiction.People(db).AsNoTracking(), query, jurisdiction.Viewer);
        if (unit is { } unitId)
        {
            people = people.Where(p => p.UnitId == unitId);
        }
        // The page and its people's titles in one round trip: EF Core joins the titles to the page's 20 rows (a
        // collection, not a per-row "current title" subquery, which it would write as a window over every title).
        // The listing's order, for the page and for the capped count alike: the same index serves both, and a
        // limit without an order would be a warning in the log on every search.
        var ordered = people.OrderBy(p => p.Name).ThenBy(p => p.Id);
        var rows = await ordered
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p.Id, p.Name, p.IdNumber, p.Sex, p.BirthDate,
                // A lookup per row of the page, not a join: PostgreSQL joins a navigation by hashing every organisation.
                Unit = db.Organisations.Where(o => o.Id == p.UnitId).Select(o => o.Name).FirstOrDefault(),
                p.PostSeries, p.PostSpecialty,
                Titles = p.Titles.Where(t => t.RevokedOn == null).Select(t => new { t.Series, t.Specialty, t.Level, t.ObtainedOn }).ToList(),
            })
            .ToListAsync(cancellationToken);
        // A first page that is not full is the whole result: no count needed (an identity number, a rare name).
        var total = !countRows ? 0
            : page == 1 && rows.Count < pageSize ? rows.Count
            : await ordered.Take(CountCap + 1).CountAsync(cancellationToken);
        var shown = rows.Select(r => new PersonRow(
            r.Id, r.Name, IdNumbers.Show(r.IdNumber, jurisdiction.Viewer), r.Sex, r.BirthDate, r.Unit ?? "",
            r.PostSeries, r.PostSpecialty,
            r.Titles.OrderByDescending(t => t.Level).ThenByDescending(t => t.ObtainedOn).FirstOrDefault() is { } t
                ? $"{t.Series}·{t.Specialty} {Codes.Level.Label(t.Level)}" : null)).ToList();
        return new PeoplePage(shown, page, pageSize, Math.Min(total, CountCap), total > CountCap);
    }

    /// <summary>Most rows one export writes; a larger selection is narrowed by a search first.</summary>
    public const int ExportCap = 50_000;

    /// <summary>
    /// The search's rows for an Excel export, read a thousand at a time, identity numbers as the viewer may see
    /// them, at most <see cref="ExportCap"/>.
    /// </summary>
    public async IAsyncEnumerable<PersonRow> ExportAsync(Jurisdiction jurisdiction, string? query, int? unit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int size = 1000;
        for (var page = 1; page <= ExportCap / size; page++)
        {
            var chunk = await PageAsync(jurisdiction, query, unit, page, size, countRows: false, cancellationToken);
            foreach (var row in chunk.Rows)
            {
                yield return row;
            }
            if (chunk.Rows.Count < size)
            {
                yield break;
            }
        }
    }

    /// <summary>One person's whole record, or null when it does not exist or lies outside the jurisdiction.</summary>
    public Task<Person?> FindAsync(Jurisdiction jurisdiction, int id, CancellationToken cancellationToken = default) =>
        jurisdiction.People(db).AsNoTracking()
            .Include(p => p.Unit)
            .Include(p => p.Titles.OrderBy(t => t.ObtainedOn))
            .Include(p => p.Assessments.OrderByDescending(a => a.Year))
            .Include(p => p.Education.OrderBy(e => e.ObtainedOn))
            .Include(p => p.Achievements.OrderBy(a => a.ObtainedOn))
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// An 18-character identity number matches exactly; a shorter run of digits is a number prefix, but only for
    /// viewers who see whole numbers (others could otherwise read numbers out digit by digit); anything else
    /// is a name prefix. Prefixes are index ranges, so both work at a million people.
    /// </summary>
    private static IQueryable<Person> Filter(IQueryable<Person> people, string? query, Viewer viewer)
    {
        var q = query?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(q))
        {
            return people;
        }
        if (q.Length == 18 && q[..17].All(char.IsAsciiDigit))
        {
            return people.Where(p => p.IdNumber == q);
        }
        if (q.All(c => char.IsAsciiDigit(c) || c == 'X'))
        {
            if (!viewer.SeesFullIdNumbers)
            {
                return people.Where(p => false);
            }
            var end = q + "\uffff";
            return people.Where(p => string.Compare(p.IdNumber, q) >= 0 && string.Compare(p.IdNumber, end) < 0);
        }
        var name = query!.Trim();
        var after = name + "\uffff";
        return people.Where(p => string.Compare(p.Name, name) >= 0 && string.Compare(p.Name, after) < 0);
    }
}

public sealed record PersonRow(int Id, string Name, string IdNumber, Domain.Identity.Sex Sex, DateOnly BirthDate, string Unit,
    string? PostSeries, string? PostSpecialty, string? CurrentTitle);

public sealed record PeoplePage(IReadOnlyList<PersonRow> Rows, int Page, int PageSize, int Total, bool MoreThanTotal)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
