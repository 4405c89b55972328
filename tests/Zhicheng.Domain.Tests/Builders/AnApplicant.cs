using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Policy;
using static Zhicheng.Domain.Tests.Builders.Dates;

namespace Zhicheng.Domain.Tests.Builders;

/// <summary>
/// A fluent 申报人 builder. The default is an in-service engineer at a public institution, submitting
/// through the employer: 工程/电气工程 post since 2012-07-01, 中级 obtained 2019-06-30, full-time 本科
/// 2012-06-30, two achievements (2021, 2023) and 合格 every year 2019–2023.
/// </summary>
public sealed class AnApplicant
{
    public const string Series = "工程";
    public const string Specialty = "电气工程";

    private IdentityNumber _idNumber = TestIds.Default;
    private string _name = "张三";
    private bool _inService = true;
    private EmploymentType _employmentType = EmploymentType.PublicInstitution;
    private Channel _channel = Channel.Employer;
    private DateOnly _workStart = D("2012-07-01");
    private CurrentPost? _post = new(Series, Specialty, D("2012-07-01"));
    private HeldTitle? _title = new(Series, Specialty, TitleLevel.Intermediate, D("2019-06-30"));
    private readonly List<EducationRecord> _education = [new(Degree.Bachelor, true, D("2012-06-30"))];
    private readonly List<Achievement> _achievements = [new("110kV变电站改造", D("2021-05-01")), new("配网自动化项目", D("2023-05-01"))];
    private readonly SortedDictionary<int, AssessmentGrade> _assessments = new()
    {
        [2019] = AssessmentGrade.Qualified,
        [2020] = AssessmentGrade.Qualified,
        [2021] = AssessmentGrade.Qualified,
        [2022] = AssessmentGrade.Qualified,
        [2023] = AssessmentGrade.Qualified,
    };
    private readonly List<IntegrityRecord> _integrity = [];

    public AnApplicant WithIdNumber(IdentityNumber idNumber)
    {
        _idNumber = idNumber;
        return this;
    }

    public AnApplicant WithName(string name)
    {
        _name = name;
        return this;
    }

    public AnApplicant InService(bool inService = true)
    {
        _inService = inService;
        return this;
    }

    public AnApplicant NotInService() => InService(false);

    /// <summary>Employment type and channel exactly as given, fitting or not (N2024-3.1c).</summary>
    public AnApplicant WithEmployment(EmploymentType type, Channel channel)
    {
        _employmentType = type;
        _channel = channel;
        return this;
    }

    /// <summary>Employment type with the first channel the N2024 table allows for it, so that only the type changes the outcome.</summary>
    public AnApplicant WithEmployment(EmploymentType type) => WithEmployment(type, ChannelTable.N2024.AllowedFor(type)[0]);

    public AnApplicant WithWorkStart(DateOnly workStart)
    {
        _workStart = workStart;
        return this;
    }

    public AnApplicant WithPost(string series, string specialty, DateOnly since)
    {
        _post = new CurrentPost(series, specialty, since);
        return this;
    }

    public AnApplicant WithPostSince(DateOnly since) => WithPost(_post?.Series ?? Series, _post?.Specialty ?? Specialty, since);

    public AnApplicant WithoutPost()
    {
        _post = null;
        return this;
    }

    /// <summary>The current title; by default in the default post's series and specialty.</summary>
    public AnApplicant WithTitle(TitleLevel level, DateOnly obtainedOn, string series = Series, string specialty = Specialty, DateOnly? transferredOn = null)
    {
        _title = new HeldTitle(series, specialty, level, obtainedOn, transferredOn);
        return this;
    }

    /// <summary>The current level, keeping the current title's field and date.</summary>
    public AnApplicant WithTitleLevel(TitleLevel level) => WithTitle(level, CurrentTitle.ObtainedOn, CurrentTitle.Series, CurrentTitle.Specialty, CurrentTitle.TransferredOn);

    /// <summary>The date the current level was obtained, keeping the title's field and level.</summary>
    public AnApplicant WithTitleObtainedOn(DateOnly obtainedOn) => WithTitle(CurrentTitle.Level, obtainedOn, CurrentTitle.Series, CurrentTitle.Specialty, CurrentTitle.TransferredOn);

    public AnApplicant WithoutTitle()
    {
        _title = null;
        return this;
    }

    /// <summary>Replaces every education record with this one.</summary>
    public AnApplicant WithEducation(Degree degree, DateOnly obtainedOn, bool fullTime = true)
    {
        _education.Clear();
        return AndEducation(degree, obtainedOn, fullTime);
    }

    public AnApplicant AndEducation(Degree degree, DateOnly obtainedOn, bool fullTime = true)
    {
        _education.Add(new EducationRecord(degree, fullTime, obtainedOn));
        return this;
    }

    public AnApplicant WithoutEducation()
    {
        _education.Clear();
        return this;
    }

    /// <summary>Replaces every achievement with one per date, titled 业绩1, 业绩2 ….</summary>
    public AnApplicant WithAchievementsOn(params DateOnly[] obtainedOn)
    {
        _achievements.Clear();
        for (var i = 0; i < obtainedOn.Length; i++)
        {
            _achievements.Add(new Achievement($"业绩{i + 1}", obtainedOn[i]));
        }
        return this;
    }

    /// <summary>Replaces every achievement with <paramref name="count"/> achievements obtained on <paramref name="obtainedOn"/>.</summary>
    public AnApplicant WithAchievements(int count, DateOnly obtainedOn) =>
        WithAchievementsOn([.. Enumerable.Repeat(obtainedOn, count)]);

    public AnApplicant AndAchievement(string title, DateOnly obtainedOn)
    {
        _achievements.Add(new Achievement(title, obtainedOn));
        return this;
    }

    public AnApplicant WithoutAchievements()
    {
        _achievements.Clear();
        return this;
    }

    /// <summary>Sets (or replaces) the grade of one year.</summary>
    public AnApplicant WithAssessment(int year, AssessmentGrade grade)
    {
        _assessments[year] = grade;
        return this;
    }

    /// <summary>Sets the same grade for every year from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public AnApplicant WithAssessments(int from, int to, AssessmentGrade grade)
    {
        for (var year = from; year <= to; year++)
        {
            _assessments[year] = grade;
        }
        return this;
    }

    public AnApplicant WithoutAssessment(int year)
    {
        _assessments.Remove(year);
        return this;
    }

    public AnApplicant WithoutAssessments()
    {
        _assessments.Clear();
        return this;
    }

    public AnApplicant WithIntegrityRecord(IntegrityKind kind, DateOnly decidedOn)
    {
        _integrity.Add(new IntegrityRecord(kind, decidedOn));
        return this;
    }

    public HeldTitle CurrentTitle => _title ?? throw new InvalidOperationException("The applicant has no current title.");

    public Applicant Build() => new()
    {
        IdNumber = _idNumber,
        Name = _name,
        InService = _inService,
        EmploymentType = _employmentType,
        Channel = _channel,
        WorkStartDate = _workStart,
        CurrentPost = _post,
        CurrentTitle = _title,
        Education = [.. _education],
        Achievements = [.. _achievements],
        Assessments = [.. _assessments.Select(a => new AnnualAssessment(a.Key, a.Value))],
        Integrity = [.. _integrity],
    };
}
