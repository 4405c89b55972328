using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// Checks, a batch at a time, the identity numbers a file names against the database: a 人员 row must not be
/// someone held outside the importer's jurisdiction (it would be changing their record), and a row of another
/// sheet must name someone on the 人员 sheet or held within the jurisdiction. Rows wait in a batch of at most
/// <see cref="BatchSize"/> until one query answers them all.
/// </summary>
internal sealed class PersonReferences(AppDbContext db, Jurisdiction jurisdiction, ImportProblems problems)
{
    public const int BatchSize = 1000;

    /// <summary>People found within the jurisdiction, so that their later rows need no query.</summary>
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private readonly List<(string Id, int Row)> _onPeopleSheet = [];
    private readonly List<(string Id, ImportSheet Sheet, int Row)> _referenced = [];

    public bool Due => _onPeopleSheet.Count >= BatchSize || _referenced.Count >= BatchSize;

    /// <summary>A 人员 row: to be created, or updated when held within the jurisdiction.</summary>
    public void OnPeopleSheet(string id, int row) => _onPeopleSheet.Add((id, row));

    /// <summary>A row of 职称, 年度考核 or 学历 naming someone not on the 人员 sheet.</summary>
    public void Referenced(string id, ImportSheet sheet, int row)
    {
        if (!_known.Contains(id))
        {
            _referenced.Add((id, sheet, row));
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_onPeopleSheet.Count > 0)
        {
            var ids = _onPeopleSheet.Select(r => r.Id).Distinct().ToList();
            var existing = (await db.People.AsNoTracking().Where(p => ids.Contains(p.IdNumber)).Select(p => p.IdNumber)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            if (existing.Count > 0)
            {
                var mine = (await jurisdiction.People(db).AsNoTracking().Where(p => existing.Contains(p.IdNumber))
                    .Select(p => p.IdNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                foreach (var (id, row) in _onPeopleSheet.Where(r => existing.Contains(r.Id) && !mine.Contains(r.Id)))
                {
                    problems.Add(ImportSheet.People, row, ImportHeaders.IdNumber, "该人员的记录不在您的管辖范围内，不能导入或修改");
                }
            }
            _onPeopleSheet.Clear();
        }
        if (_referenced.Count > 0)
        {
            var ids = _referenced.Select(r => r.Id).Distinct().ToList();
            _known.UnionWith(await jurisdiction.People(db).AsNoTracking().Where(p => ids.Contains(p.IdNumber))
                .Select(p => p.IdNumber).ToListAsync(cancellationToken));
            foreach (var (_, sheet, row) in _referenced.Where(r => !_known.Contains(r.Id)))
            {
                problems.Add(sheet, row, ImportHeaders.IdNumber, "未找到该人员，或其不在您的管辖范围内；新人员请同时在“人员”表中填写");
            }
            _referenced.Clear();
        }
    }
}
