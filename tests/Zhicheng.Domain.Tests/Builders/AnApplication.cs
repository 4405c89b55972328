using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Builders;

/// <summary>
/// A fluent 职称申报 builder whose every starting point is eligible under N2024 with
/// <see cref="DefaultRequirements"/>, so that a test changes only the fact it is about.
/// Y = 2024, D = 2024-09-30 (none for 初定).
/// </summary>
public sealed class AnApplication
{
    /// <summary>Promotion 5 years / exceptional 3 years, 本科, 2 / 4 achievements, 1 year in post before a 转评, national 初定 table.</summary>
    public static Requirements DefaultRequirements { get; } = new()
    {
        TenureYears = 5,
        ExceptionalTenureYears = 3,
        MinEducation = Degree.Bachelor,
        MinAchievements = 2,
        ExceptionalMinAchievements = 4,
        TransferPostYears = 1,
        InitialDetermination = InitialDeterminationTable.NationalDefault,
        Source = "测试数据",
    };

    private string? _id = "A-0001";
    private int _year = 2024;
    private DateOnly? _deadline = D("2024-09-30");
    private Route _route;
    private TitleTarget _target = new(AnApplicant.Series, AnApplicant.Specialty, TitleLevel.AssociateSenior);
    private readonly List<TitleTarget> _others = [];
    private DateOnly? _determinedOn;
    private Requirements _requirements = DefaultRequirements;
    private PolicyVersion _policy = PolicyVersion.N2024;

    private AnApplication(Route route) => _route = route;

    public AnApplicant Applicant { get; } = new();

    /// <summary>晋升 中级 → 副高级: level obtained 2019-06-30, 2020–2024 count (5 years).</summary>
    public static AnApplication Promotion() => new(Route.Promotion);

    /// <summary>
    /// 破格 中级 → 副高级: level obtained 2021-06-30 (2022–2024, 3 years), 优秀 in 2022, four achievements.
    /// </summary>
    public static AnApplication Exceptional()
    {
        var application = new AnApplication(Route.Exceptional);
        application.Applicant
            .WithTitleObtainedOn(D("2021-06-30"))
            .WithAssessment(2022, AssessmentGrade.Excellent)
            .WithAchievementsOn(D("2021-05-01"), D("2022-05-01"), D("2023-05-01"), D("2024-05-01"));
        return application;
    }

    /// <summary>
    /// 转评 at 中级 from 工程/电气工程 into the current post 经济/人力资源, held since 2023-03-01 (2024 counts: 1 year).
    /// </summary>
    public static AnApplication Transfer()
    {
        var application = new AnApplication(Route.Transfer)
            .WithTarget("经济", "人力资源", TitleLevel.Intermediate);
        application.Applicant.WithPost("经济", "人力资源", D("2023-03-01"));
        return application;
    }

    /// <summary>
    /// 初定 助理级 on 2024-11-15 for a full-time 本科 graduate of 2023-06-30 (one whole year), no title, no D.
    /// </summary>
    public static AnApplication Initial()
    {
        var application = new AnApplication(Route.Initial)
            .WithTarget(AnApplicant.Series, AnApplicant.Specialty, TitleLevel.Assistant)
            .WithDeadline(null)
            .WithDeterminedOn(D("2024-11-15"));
        application.Applicant
            .WithoutTitle()
            .WithWorkStart(D("2023-07-01"))
            .WithPost(AnApplicant.Series, AnApplicant.Specialty, D("2023-07-01"))
            .WithEducation(Degree.Bachelor, D("2023-06-30"))
            .WithoutAchievements()
            .WithoutAssessments()
            .WithAssessment(2023, AssessmentGrade.Qualified);
        return application;
    }

    public static AnApplication For(Route route) => route switch
    {
        Route.Promotion => Promotion(),
        Route.Exceptional => Exceptional(),
        Route.Transfer => Transfer(),
        Route.Initial => Initial(),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };

    public AnApplication WithId(string? id)
    {
        _id = id;
        return this;
    }

    public AnApplication WithYear(int year)
    {
        _year = year;
        return this;
    }

    public AnApplication WithDeadline(DateOnly? deadline)
    {
        _deadline = deadline;
        return this;
    }

    /// <summary>Y and D together (D's year is Y).</summary>
    public AnApplication WithDeadlineIn(DateOnly deadline) => WithYear(deadline.Year).WithDeadline(deadline);

    public AnApplication WithTarget(string series, string specialty, TitleLevel level)
    {
        _target = new TitleTarget(series, specialty, level);
        return this;
    }

    /// <summary>Another level in the same series and specialty.</summary>
    public AnApplication WithTargetLevel(TitleLevel level) => WithTarget(_target.Series, _target.Specialty, level);

    public AnApplication WithOtherApplication(string series, string specialty, TitleLevel level)
    {
        _others.Add(new TitleTarget(series, specialty, level));
        return this;
    }

    public AnApplication WithDeterminedOn(DateOnly? determinedOn)
    {
        _determinedOn = determinedOn;
        return this;
    }

    /// <summary>Y and the 初定 date together (its year is Y).</summary>
    public AnApplication DeterminedOn(DateOnly determinedOn) => WithYear(determinedOn.Year).WithDeterminedOn(determinedOn);

    /// <summary>Changes the applicant: <c>.WithApplicant(a => a.NotInService())</c>.</summary>
    public AnApplication WithApplicant(Action<AnApplicant> change)
    {
        change(Applicant);
        return this;
    }

    public AnApplication WithRequirements(Func<Requirements, Requirements> change)
    {
        _requirements = change(_requirements);
        return this;
    }

    public AnApplication WithSettings(Func<PolicySettings, PolicySettings> change)
    {
        _policy = _policy.With(change(_policy.Settings));
        return this;
    }

    public Requirements Requirements => _requirements;

    public PolicyVersion Policy => _policy;

    public EligibilityApplication Build() => new()
    {
        Id = _id,
        Year = _year,
        MaterialDeadline = _deadline,
        Route = _route,
        Target = _target,
        Applicant = Applicant.Build(),
        OtherApplicationsThisYear = [.. _others],
        DeterminedOn = _determinedOn,
    };

    public Decision Decide() => new EligibilityEngine(_policy).Decide(Build(), _requirements);

    /// <summary>The result of one check (the check must apply to the route).</summary>
    public CheckResult Check(string code) => Decide().Check(code);
}
