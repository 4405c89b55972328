using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks.Peer;

// The facts the RulesEngine peer reads, as plain objects with codes as strings, levels and degrees as
// their ordinals and dates as DateTime (what System.Linq.Dynamic.Core expressions handle natively).
// They are the same facts our engine works from: the validated application, the resolved requirements,
// the policy's tables and settings, and the tenure years counted under I-1 (YearCounter, shared by both
// sides: it is how a year is counted, not one of the fifteen checks). Every check's own logic is a
// RulesEngine expression in n2024.rules.json.

/// <summary>One application: parameter <c>f</c> in the rule expressions.</summary>
public sealed class PeerApplication
{
    public string Route { get; set; } = "";
    public int Year { get; set; }
    public bool InService { get; set; }
    public string EmploymentType { get; set; } = "";
    public string Channel { get; set; } = "";
    public string TargetSeries { get; set; } = "";
    public string TargetSpecialty { get; set; } = "";
    public int TargetLevel { get; set; }
    public string PostSeries { get; set; } = "";
    public string PostSpecialty { get; set; } = "";
    public DateTime PostSince { get; set; }
    public string TitleSeries { get; set; } = "";
    public string TitleSpecialty { get; set; } = "";
    public int TitleLevel { get; set; }
    /// <summary>D, or for route initial the 初定 date; items obtained on or before it count.</summary>
    public bool HasItemCutoff { get; set; }
    public DateTime ItemCutoff { get; set; }
    /// <summary>C = 12-31 of Y.</summary>
    public DateTime CountingCutoff { get; set; }
    public DateTime DeterminedOn { get; set; }
    /// <summary>Full counted years at the current level (I-1), from the shared year counter.</summary>
    public int CountedTenureYears { get; set; }
    public List<PeerEducation> Education { get; set; } = [];
    public List<PeerAchievement> Achievements { get; set; } = [];
    public List<PeerAssessment> Assessments { get; set; } = [];
    public List<PeerIntegrity> Integrity { get; set; } = [];
    public List<PeerTitle> Others { get; set; } = [];
}

public sealed class PeerEducation
{
    public int Degree { get; set; }
    public bool FullTime { get; set; }
    public DateTime ObtainedOn { get; set; }
}

public sealed class PeerAchievement
{
    public string Title { get; set; } = "";
    public DateTime ObtainedOn { get; set; }
}

public sealed class PeerAssessment
{
    public int Year { get; set; }
    public string Grade { get; set; } = "";
}

public sealed class PeerIntegrity
{
    public string Kind { get; set; } = "";
    public DateTime DecidedOn { get; set; }
}

public sealed class PeerTitle
{
    public string Series { get; set; } = "";
    public string Specialty { get; set; } = "";
    public int Level { get; set; }
}

/// <summary>The standard's numbers for the target: parameter <c>r</c>.</summary>
public sealed class PeerRequirements
{
    public int TenureYears { get; set; }
    public int ExceptionalTenureYears { get; set; }
    public int MinEducation { get; set; }
    public int MinAchievements { get; set; }
    public int ExceptionalMinAchievements { get; set; }
    public int TransferPostYears { get; set; }
    public List<PeerInitialRow> InitialRows { get; set; } = [];
}

public sealed class PeerInitialRow
{
    public int Degree { get; set; }
    public int MinYears { get; set; }
    public int Level { get; set; }
}

/// <summary>The policy's tables and settings: parameter <c>p</c>. Built once from <see cref="PolicyVersion"/>.</summary>
public sealed class PeerPolicy
{
    /// <summary>N2024-3.1c: employment type code → the channel codes that fit it.</summary>
    public Dictionary<string, List<string>> Channels { get; set; } = [];
    /// <summary>N2024-3.3e: employment type codes exempt from assessments.</summary>
    public List<string> ExemptTypes { get; set; } = [];
    public int IntegrityRecordYears { get; set; }
    public bool FalsificationBlocks { get; set; }
    public int ExcellentWindowYears { get; set; }
    public int InitialCutoffMonth { get; set; }
    public int InitialCutoffDay { get; set; }
    public bool JanuaryFirstCountsWholeYear { get; set; }

    public static PeerPolicy From(PolicyVersion policy)
    {
        var s = policy.Settings;
        return new PeerPolicy
        {
            Channels = Codes.EmploymentType.Entries.ToDictionary(
                e => e.Code,
                e => policy.Channels.AllowedFor(e.Value).Select(Codes.Channel.Code).ToList()),
            ExemptTypes = [.. s.AssessmentExemptTypes.Select(Codes.EmploymentType.Code)],
            IntegrityRecordYears = s.IntegrityRecordYears,
            FalsificationBlocks = s.Falsification == FalsificationHandling.Block,
            ExcellentWindowYears = s.ExcellentWindowYears,
            InitialCutoffMonth = s.InitialDeterminationCutoff.Month,
            InitialCutoffDay = s.InitialDeterminationCutoff.Day,
            JanuaryFirstCountsWholeYear = s.JanuaryFirstCountsWholeYear,
        };
    }
}

/// <summary>Builds the peer's facts from what our engine is given: the validated application and its requirements.</summary>
public static class PeerFacts
{
    public static PeerApplication Application(EligibilityApplication application, PolicySettings settings)
    {
        var a = application.Applicant;
        var f = new PeerApplication
        {
            Route = Codes.Route.Code(application.Route),
            Year = application.Year,
            InService = a.InService,
            EmploymentType = Codes.EmploymentType.Code(a.EmploymentType),
            Channel = Codes.Channel.Code(a.Channel),
            TargetSeries = application.Target.Series,
            TargetSpecialty = application.Target.Specialty,
            TargetLevel = (int)application.Target.Level,
            CountingCutoff = At(settings.CountingCutoff.In(application.Year)),
        };
        var itemCutoff = application.Route == Route.Initial ? application.DeterminedOn ?? application.MaterialDeadline : application.MaterialDeadline;
        if (itemCutoff is { } cutoff)
        {
            f.HasItemCutoff = true;
            f.ItemCutoff = At(cutoff);
        }
        if (application.DeterminedOn is { } determined)
        {
            f.DeterminedOn = At(determined);
        }
        if (a.CurrentPost is { } post)
        {
            f.PostSeries = post.Series;
            f.PostSpecialty = post.Specialty;
            f.PostSince = At(post.Since);
        }
        if (a.CurrentTitle is { } title)
        {
            f.TitleSeries = title.Series;
            f.TitleSpecialty = title.Specialty;
            f.TitleLevel = (int)title.Level;
            if (application.Route != Route.Initial)
            {
                var exempt = settings.AssessmentExemptTypes.Contains(a.EmploymentType);
                var history = new AssessmentHistory(a.Assessments, application.Year, exempt, settings);
                f.CountedTenureYears = YearCounter.Tenure(title.ObtainedOn, application.Year, history, settings).FullYears;
            }
        }
        foreach (var e in a.Education)
        {
            f.Education.Add(new PeerEducation { Degree = (int)e.Degree, FullTime = e.FullTime, ObtainedOn = At(e.ObtainedOn) });
        }
        foreach (var item in a.Achievements)
        {
            f.Achievements.Add(new PeerAchievement { Title = item.Title, ObtainedOn = At(item.ObtainedOn) });
        }
        foreach (var x in a.Assessments)
        {
            f.Assessments.Add(new PeerAssessment { Year = x.Year, Grade = Codes.Grade.Code(x.Grade) });
        }
        foreach (var r in a.Integrity)
        {
            f.Integrity.Add(new PeerIntegrity { Kind = Codes.IntegrityKind.Code(r.Kind), DecidedOn = At(r.DecidedOn) });
        }
        foreach (var o in application.OtherApplicationsThisYear)
        {
            f.Others.Add(new PeerTitle { Series = o.Series, Specialty = o.Specialty, Level = (int)o.Level });
        }
        return f;
    }

    public static PeerRequirements Requirements(Requirements r)
    {
        var table = r.InitialDetermination ?? InitialDeterminationTable.NationalDefault;
        return new PeerRequirements
        {
            TenureYears = r.TenureYears ?? 0,
            ExceptionalTenureYears = r.ExceptionalTenureYears ?? 0,
            MinEducation = r.MinEducation is { } d ? (int)d : 0,
            MinAchievements = r.MinAchievements ?? 0,
            ExceptionalMinAchievements = r.ExceptionalMinAchievements ?? 0,
            TransferPostYears = r.TransferPostYears ?? 0,
            InitialRows = [.. table.Rows.Select(row => new PeerInitialRow { Degree = (int)row.Degree, MinYears = row.MinYears, Level = (int)row.Level })],
        };
    }

    private static DateTime At(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
