using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// Writes a batch of 人员 rows: a person is matched by identity number; a new one is created, an existing one
/// has only the fields that differ set — so that re-importing a file changes nothing and the audit trail records
/// nothing. A blank optional cell keeps what is stored: the import adds and corrects, it never erases.
/// </summary>
internal sealed class PeopleWriter(AppDbContext db, Jurisdiction jurisdiction, UnitDirectory units)
{
    public async Task WriteAsync(List<PersonRow> rows, SheetCounts counts, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id.Value).ToList();
        var existing = await jurisdiction.People(db).Where(p => ids.Contains(p.IdNumber)).ToDictionaryAsync(p => p.IdNumber, StringComparer.Ordinal, cancellationToken);
        foreach (var row in rows)
        {
            var unit = units.For(row.CreditCode) ?? throw new InvalidOperationException($"第{row.Row}行的单位在校验时存在，写入时已不在管辖范围内");
            if (existing.TryGetValue(row.Id.Value, out var person))
            {
                if (Apply(person, row, unit))
                {
                    counts.Updated++;
                }
                else
                {
                    counts.Unchanged++;
                }
                continue;
            }
            person = new Person { IdNumber = row.Id.Value, Name = row.Name };
            person.SetIdentity(row.Id);
            Apply(person, row, unit);
            db.People.Add(person);
            counts.Created++;
        }
    }

    /// <summary>Sets the fields the row gives that differ from the record; whether any did.</summary>
    private static bool Apply(Person p, PersonRow row, UnitInfo unit) =>
        Change.Set(p.Name, row.Name, v => p.Name = v)
        | Change.Set(p.UnitId, unit.Id, v => p.UnitId = v)
        // An employer's people take its 单位性质; the column is for units that forward applications of people without one.
        | Change.Set(p.EmploymentType, unit.Kind == OrganisationKind.Employer ? null : row.EmploymentType ?? p.EmploymentType, v => p.EmploymentType = v)
        | Change.Set(p.Phone, row.Phone ?? p.Phone, v => p.Phone = v)
        | Change.Set(p.Email, row.Email ?? p.Email, v => p.Email = v)
        | Change.Set(p.WorkStartDate, row.WorkStart ?? p.WorkStartDate, v => p.WorkStartDate = v)
        | Change.Set(p.PostSeries, row.PostSeries ?? p.PostSeries, v => p.PostSeries = v)
        | Change.Set(p.PostSpecialty, row.PostSpecialty ?? p.PostSpecialty, v => p.PostSpecialty = v)
        | Change.Set(p.PostSince, row.PostSince ?? p.PostSince, v => p.PostSince = v)
        | Change.Set(p.InService, row.InService ?? p.InService, v => p.InService = v);
}
