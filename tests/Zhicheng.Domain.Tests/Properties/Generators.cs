using FsCheck;
using FsCheck.Fluent;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Properties;

/// <summary>FsCheck generators for dates, grades and whole applications, biased toward the I-1 boundaries.</summary>
public static class Generators
{
    private static readonly AssessmentGrade[] AllGrades = Enum.GetValues<AssessmentGrade>();
    private static readonly AssessmentGrade[] NonCountingGrades = [.. AllGrades.Where(g => !g.IsQualifiedOrBetter())];

    /// <summary>A date in the years given, with 01-01, 12-31 and 02-29 (where it exists) more likely than chance.</summary>
    public static Gen<DateOnly> DateIn(int fromYear, int toYear) =>
        from year in Gen.Choose(fromYear, toYear)
        from date in Gen.Frequency(
            (6, Gen.Choose(0, DateTime.IsLeapYear(year) ? 365 : 364).Select(n => new DateOnly(year, 1, 1).AddDays(n))),
            (1, Gen.Constant(new DateOnly(year, 1, 1))),
            (1, Gen.Constant(new DateOnly(year, 12, 31))),
            (1, Gen.Constant(DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 29) : new DateOnly(year, 1, 2))))
        select date;

    /// <summary>No record (about one year in four) or any grade.</summary>
    public static Gen<AssessmentGrade?> MaybeGrade { get; } = Gen.Frequency(
        (1, Gen.Constant<AssessmentGrade?>(null)),
        (3, Gen.Elements(AllGrades).Select(g => (AssessmentGrade?)g)));

    public static Gen<AssessmentGrade> NonCountingGrade { get; } = Gen.Elements(NonCountingGrades);

    public static Gen<AssessmentGrade> CountingGrade { get; } = Gen.Elements(AssessmentGrade.Qualified, AssessmentGrade.Excellent);

    /// <summary>Mostly an employment type that must provide assessments, sometimes any.</summary>
    public static Gen<EmploymentType> EmploymentTypes { get; } = Gen.Frequency(
        (4, Gen.Elements(EmploymentType.PublicInstitution, EmploymentType.StateOwnedEnterprise, EmploymentType.GovernmentAgency)),
        (1, Gen.Elements(Enum.GetValues<EmploymentType>())));

    public static Gen<TenureScenario> Tenure { get; } =
        from year in Gen.Choose(2016, 2030)
        from obtainedOn in DateIn(year - TenureScenario.YearsOfHistory + 1, year)
        from grades in Gen.ArrayOf(MaybeGrade, TenureScenario.YearsOfHistory)
        from type in EmploymentTypes
        select new TenureScenario(year, obtainedOn, grades, type);

    /// <summary>Between none and <paramref name="max"/> items.</summary>
    public static Gen<T[]> Few<T>(Gen<T> item, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(item, n));

    private static readonly (string Series, string Specialty)[] Fields = [("工程", "电气工程"), ("工程", "机械工程"), ("经济", "人力资源")];

    public static Gen<ApplicationScenario> Application { get; } =
        from route in Gen.Elements(Enum.GetValues<Route>())
        from year in Gen.Choose(2022, 2026)
        from deadline in DateIn(year, year)
        from inService in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from type in Gen.Elements(Enum.GetValues<EmploymentType>())
        from channel in Gen.Elements(Enum.GetValues<Channel>())
        from titleLevel in Gen.Elements(Enum.GetValues<TitleLevel>())
        from targetLevel in Gen.Elements(Enum.GetValues<TitleLevel>())
        from titleField in Gen.Elements(Fields)
        from postField in Gen.Elements(Fields)
        from targetField in Gen.Elements(Fields)
        from obtainedOn in DateIn(year - 10, year)
        from postSince in DateIn(year - 10, year)
        from grades in Gen.ArrayOf(MaybeGrade, TenureScenario.YearsOfHistory)
        from degrees in Few(Gen.Elements(Enum.GetValues<Degree>()).Zip(DateIn(year - 15, year + 1)).Zip(Gen.Elements(true, false)), 3)
        from achievements in Few(DateIn(year - 5, year + 1), 6)
        from integrity in Few(Gen.Elements(Enum.GetValues<IntegrityKind>()).Zip(DateIn(year - 5, year + 1)), 2)
        from others in Few(Gen.Elements(Fields).Zip(Gen.Elements(Enum.GetValues<TitleLevel>())), 2)
        from determinedOn in DateIn(year - 1, year + 1)
        from falsificationWarns in Gen.Elements(true, false)
        select new ApplicationScenario(route, year, deadline, inService, type, channel, titleLevel, targetLevel, titleField, postField,
            targetField, obtainedOn, postSince, grades, [.. degrees.Select(d => (d.Item1.Item1, d.Item1.Item2, d.Item2))], achievements,
            integrity, [.. others.Select(o => (o.Item1.Series, o.Item1.Specialty, o.Item2))], determinedOn, falsificationWarns);
}

/// <summary>A level obtained on a date, graded year by year for the fifteen years up to Y (index 0 = Y−14).</summary>
public sealed record TenureScenario(int Year, DateOnly ObtainedOn, AssessmentGrade?[] Grades, EmploymentType EmploymentType)
{
    public const int YearsOfHistory = 15;

    public int FirstYear => Year - YearsOfHistory + 1;

    public TenureScenario WithGrade(int year, AssessmentGrade? grade)
    {
        var grades = (AssessmentGrade?[])Grades.Clone();
        grades[year - FirstYear] = grade;
        return this with { Grades = grades };
    }

    public AnApplication ToApplication(int? year = null)
    {
        var y = year ?? Year;
        return AnApplication.Promotion()
            .WithDeadlineIn(new DateOnly(y, 9, 30))
            .WithApplicant(a =>
            {
                a.WithEmployment(EmploymentType).WithTitleObtainedOn(ObtainedOn).WithoutAssessments();
                for (var i = 0; i < Grades.Length; i++)
                {
                    if (Grades[i] is { } grade)
                    {
                        a.WithAssessment(FirstYear + i, grade);
                    }
                }
            });
    }

    public int CountedTenure() => ToApplication().Decide().CountedTenureYears!.Value;

    public override string ToString() =>
        $"Y={Year} obtained={ObtainedOn:yyyy-MM-dd} type={EmploymentType} grades=[{string.Join(", ", Grades.Select((g, i) => $"{FirstYear + i}:{g?.ToString() ?? "-"}"))}]";
}

/// <summary>Any application of any route, facts drawn at random (valid input, not necessarily eligible).</summary>
public sealed record ApplicationScenario(
    Route Route, int Year, DateOnly Deadline, bool InService, EmploymentType EmploymentType, Channel Channel,
    TitleLevel TitleLevel, TitleLevel TargetLevel, (string Series, string Specialty) TitleField, (string Series, string Specialty) PostField,
    (string Series, string Specialty) TargetField, DateOnly ObtainedOn, DateOnly PostSince, AssessmentGrade?[] Grades,
    (Degree Degree, DateOnly ObtainedOn, bool FullTime)[] Education, DateOnly[] Achievements, (IntegrityKind Kind, DateOnly DecidedOn)[] Integrity,
    (string Series, string Specialty, TitleLevel Level)[] Others, DateOnly DeterminedOn, bool FalsificationWarns)
{
    public AnApplication ToApplication()
    {
        var application = AnApplication.For(Route)
            .WithYear(Year)
            .WithTarget(TargetField.Series, TargetField.Specialty, TargetLevel);
        if (Route == Route.Initial)
        {
            application.WithDeterminedOn(DeterminedOn).WithDeadline(null);
        }
        else
        {
            application.WithDeadline(Deadline);
        }
        if (FalsificationWarns)
        {
            application.WithSettings(s => s with { Falsification = Domain.Policy.FalsificationHandling.Warn });
        }
        foreach (var (series, specialty, level) in Others)
        {
            application.WithOtherApplication(series, specialty, level);
        }
        return application.WithApplicant(a =>
        {
            a.InService(InService)
                .WithEmployment(EmploymentType, Channel)
                .WithPost(PostField.Series, PostField.Specialty, PostSince)
                .WithoutEducation()
                .WithAchievementsOn(Achievements)
                .WithoutAssessments();
            if (Route != Route.Initial)
            {
                a.WithTitle(TitleLevel, ObtainedOn, TitleField.Series, TitleField.Specialty);
            }
            foreach (var (degree, obtainedOn, fullTime) in Education)
            {
                a.AndEducation(degree, obtainedOn, fullTime);
            }
            for (var i = 0; i < Grades.Length; i++)
            {
                if (Grades[i] is { } grade)
                {
                    a.WithAssessment(Year - Grades.Length + 1 + i, grade);
                }
            }
            foreach (var (kind, decidedOn) in Integrity)
            {
                a.WithIntegrityRecord(kind, decidedOn);
            }
        });
    }

    public override string ToString() =>
        $"{Route} Y={Year} D={Deadline:yyyy-MM-dd} inService={InService} {EmploymentType}/{Channel} title={TitleLevel}@{ObtainedOn:yyyy-MM-dd} {TitleField} " +
        $"post={PostField}@{PostSince:yyyy-MM-dd} target={TargetField}/{TargetLevel} grades=[{string.Join(",", Grades.Select(g => g?.ToString() ?? "-"))}] " +
        $"education=[{string.Join(",", Education.Select(e => $"{e.Degree}@{e.ObtainedOn:yyyy-MM-dd}{(e.FullTime ? "" : "(part-time)")}"))}] " +
        $"achievements=[{string.Join(",", Achievements.Select(d => d.ToString("yyyy-MM-dd")))}] integrity=[{string.Join(",", Integrity.Select(r => $"{r.Kind}@{r.DecidedOn:yyyy-MM-dd}"))}] " +
        $"others=[{string.Join(",", Others.Select(o => $"{o.Series}/{o.Specialty}/{o.Level}"))}] determinedOn={DeterminedOn:yyyy-MM-dd} falsificationWarns={FalsificationWarns}";
}
