using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// Writes batches of 职称, 年度考核 and 学历 rows, each matched to what the person already has by its natural
/// key — a title by series, specialty and level; an assessment by year; a degree by kind and date — and only
/// changed fields set. A blank optional cell keeps what is stored.
/// </summary>
internal sealed class HistoryWriter(AppDbContext db, Jurisdiction jurisdiction)
{
    public async Task TitlesAsync(List<TitleRow> rows, SheetCounts counts, CancellationToken cancellationToken)
    {
        var people = await PersonIdsAsync(rows.Select(r => r.Id.Value), cancellationToken);
        var ids = people.Values.ToList();
        var existing = (await db.Titles.Where(t => ids.Contains(t.PersonId)).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.PersonId, t.Series, t.Specialty, t.Level));
        foreach (var row in rows)
        {
            var person = people[row.Id.Value];
            var created = !existing.TryGetValue((person, row.Series, row.Specialty, row.Level), out var title);
            if (title is null)
            {
                title = new TitleHeld { PersonId = person, Series = row.Series, Specialty = row.Specialty, Level = row.Level };
                db.Titles.Add(title);
                counts.Created++;
            }
            var changed = Change.Set(title.ObtainedOn, row.ObtainedOn, v => title.ObtainedOn = v)
                | Change.Set(title.Source, row.Source, v => title.Source = v)
                | Change.Set(title.TransferredOn, row.TransferredOn, v => title.TransferredOn = v)
                | Change.Set(title.CertificateNumber, row.CertificateNumber ?? title.CertificateNumber, v => title.CertificateNumber = v)
                | Change.Set(title.GrantedBy, row.GrantedBy ?? title.GrantedBy, v => title.GrantedBy = v);
            Count(counts, created, changed);
        }
    }

    public async Task AssessmentsAsync(List<AssessmentRow> rows, SheetCounts counts, CancellationToken cancellationToken)
    {
        var people = await PersonIdsAsync(rows.Select(r => r.Id.Value), cancellationToken);
        var ids = people.Values.ToList();
        var existing = (await db.Assessments.Where(a => ids.Contains(a.PersonId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.PersonId, a.Year));
        foreach (var row in rows)
        {
            var person = people[row.Id.Value];
            if (!existing.TryGetValue((person, row.Year), out var assessment))
            {
                db.Assessments.Add(new PersonAssessment { PersonId = person, Year = row.Year, Grade = row.Grade });
                counts.Created++;
                continue;
            }
            Count(counts, false, Change.Set(assessment.Grade, row.Grade, v => assessment.Grade = v));
        }
    }

    public async Task EducationAsync(List<EducationRow> rows, SheetCounts counts, CancellationToken cancellationToken)
    {
        var people = await PersonIdsAsync(rows.Select(r => r.Id.Value), cancellationToken);
        var ids = people.Values.ToList();
        var existing = (await db.Education.Where(e => ids.Contains(e.PersonId)).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.PersonId, e.Degree, e.ObtainedOn));
        foreach (var row in rows)
        {
            var person = people[row.Id.Value];
            var created = !existing.TryGetValue((person, row.Degree, row.ObtainedOn), out var education);
            if (education is null)
            {
                education = new PersonEducation { PersonId = person, Degree = row.Degree, ObtainedOn = row.ObtainedOn };
                db.Education.Add(education);
                counts.Created++;
            }
            var changed = Change.Set(education.FullTime, row.FullTime, v => education.FullTime = v)
                | Change.Set(education.School, row.School ?? education.School, v => education.School = v)
                | Change.Set(education.Major, row.Major ?? education.Major, v => education.Major = v);
            Count(counts, created, changed);
        }
    }

    /// <summary>A new record is already counted as created; an existing one is updated or unchanged.</summary>
    private static void Count(SheetCounts counts, bool created, bool changed)
    {
        if (created)
        {
            return;
        }
        if (changed)
        {
            counts.Updated++;
        }
        else
        {
            counts.Unchanged++;
        }
    }

    /// <summary>The ids of the people a batch names, by identity number, within the jurisdiction (including those created earlier in this transaction).</summary>
    private async Task<Dictionary<string, int>> PersonIdsAsync(IEnumerable<string> idNumbers, CancellationToken cancellationToken)
    {
        var ids = idNumbers.Distinct().ToList();
        return await jurisdiction.People(db).Where(p => ids.Contains(p.IdNumber)).Select(p => new { p.IdNumber, p.Id })
            .ToDictionaryAsync(p => p.IdNumber, p => p.Id, StringComparer.Ordinal, cancellationToken);
    }
}

/// <summary>Sets a field only when the value differs, so that the change tracker (and the audit trail) sees real changes only.</summary>
internal static class Change
{
    public static bool Set<T>(T current, T value, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return false;
        }
        assign(value);
        return true;
    }
}
