using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.People;

/// <summary>What an employer records as an 初定.</summary>
public sealed record InitialForm(string? Series, string? Specialty, TitleLevel? Level, DateOnly? DeterminedOn);

/// <summary>
/// 初定 (N2024-3.5b) — recorded, not applied for: the unit that holds the person's record (the employer; the bureau or
/// talent-service agency for those without one) determines a new graduate's first title, on or before 11-30 of the year.
/// The eligibility engine decides it on the stored record (route initial: the cut-off, the level the education allows),
/// and only an eligible determination is written, as a title obtained by 初定.
/// </summary>
public sealed class InitialDetermination(AppDbContext db, EligibilityService eligibility, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Outcome<TitleHeld>> RecordAsync(Jurisdiction jurisdiction, int personId, InitialForm form, CancellationToken cancellationToken = default)
    {
        var person = await jurisdiction.People(db).AsSplitQuery().Include(p => p.Unit).Include(p => p.Titles).Include(p => p.Assessments)
            .Include(p => p.Education).Include(p => p.Achievements).SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return Outcome<TitleHeld>.NotFound;
        }
        var viewer = jurisdiction.Viewer;
        if (viewer.OrganisationId != person.UnitId || !(viewer.Role == AccountRole.EmployerHr || viewer.IsBureau))
        {
            return Outcome<TitleHeld>.Refused(new Problem("", "初定由申报人所在单位（无单位的由当地人社部门）认定", ClauseIds.InitialDetermination));
        }
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(form.Series))
        {
            problems.Add(new Problem("series", "请填写系列", ClauseIds.InitialDetermination));
        }
        if (string.IsNullOrWhiteSpace(form.Specialty))
        {
            problems.Add(new Problem("specialty", "请填写专业", ClauseIds.InitialDetermination));
        }
        if (form.Level is null)
        {
            problems.Add(new Problem("level", "请选择初定级别", ClauseIds.InitialDetermination));
        }
        if (form.DeterminedOn is not { } on)
        {
            problems.Add(new Problem("determinedOn", "请填写初定日期", ClauseIds.InitialDetermination));
        }
        else if (on > Today)
        {
            problems.Add(new Problem("determinedOn", $"初定日期不能晚于今天（{Today:yyyy-MM-dd}）", ClauseIds.InitialDetermination));
        }
        if (problems.Count > 0)
        {
            return Outcome<TitleHeld>.Refused(problems);
        }
        var date = form.DeterminedOn!.Value;
        var input = RecordApplication.Build(person, new RecordRequest
        {
            Route = "initial", ApplicationYear = date.Year, MaterialDeadline = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DeterminedOn = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Target = new TitleInput { Series = form.Series!.Trim(), Specialty = form.Specialty!.Trim(), Level = Codes.Level.Code(form.Level!.Value) },
        });
        var check = eligibility.Check(input);
        if (check.Decision is not { Eligible: true })
        {
            return Outcome<TitleHeld>.Refused(Applications.ApplicationCheck.Problems(check));
        }
        if (person.Titles.Any(t => Names.SameField(t.Series, t.Specialty, form.Series!, form.Specialty!) && t.Level == form.Level))
        {
            return Outcome<TitleHeld>.Refused(new Problem("level", "该人员已有此职称", ClauseIds.InitialDetermination));
        }
        var title = new TitleHeld
        {
            PersonId = person.Id, Series = form.Series!.Trim(), Specialty = form.Specialty!.Trim(), Level = form.Level!.Value, ObtainedOn = date,
            Source = TitleSource.InitialDetermination, GrantedBy = jurisdiction.Home?.Name,
        };
        db.Titles.Add(title);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<TitleHeld>.Done(title);
    }
}
