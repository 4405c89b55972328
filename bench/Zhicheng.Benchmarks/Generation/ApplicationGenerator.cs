using System.Globalization;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Identity;

namespace Zhicheng.Benchmarks.Generation;

/// <summary>What a generated row is meant to be: decided (eligible or not), or rejected for one reason.</summary>
public enum RowKind
{
    /// <summary>A valid application; decided eligible or ineligible.</summary>
    Valid,
    /// <summary>A required field left out (contract: "missing required fields").</summary>
    MissingField,
    /// <summary>A date that does not exist (2019-02-30) or is not YYYY-MM-DD.</summary>
    ImpossibleDate,
    /// <summary>An enumeration value that is neither a code nor a label.</summary>
    UnknownCode,
    /// <summary>An identity number whose GB 11643 check character is wrong.</summary>
    BadCheckDigit,
    /// <summary>Two assessments for one year.</summary>
    DuplicateAssessmentYear,
    /// <summary>A transferredOn earlier than its obtainedOn.</summary>
    TransferBeforeObtained,
    /// <summary>A line that is not JSON at all (cut off mid-object).</summary>
    BrokenJson,
    /// <summary>A series with no standard and no requirements in the row (rejected: requirements.* missing).</summary>
    NoStandard,
}

/// <summary>One generated row: an input to serialize, or a raw line for <see cref="RowKind.BrokenJson"/>.</summary>
public sealed record GeneratedRow(RowKind Kind, ApplicationInput? Input, string? RawLine);

/// <summary>
/// Realistic, varied 职称 applications for application year 2024, deterministic for a seed: every route,
/// every employment type and channel, assessment histories with every grade and some gaps, items after
/// the deadline, integrity records, same-year applications elsewhere, requirement overrides for series
/// without a built-in standard, Chinese labels in place of codes now and then — and about 2% bad rows,
/// a share of each kind the contract lists.
/// </summary>
public sealed class ApplicationGenerator(int seed)
{
    public const int Year = 2024;

    private readonly Random _r = new(seed);

    /// <summary>Share of rows (per ten thousand) of each bad kind.</summary>
    private static readonly (RowKind Kind, int PerTenThousand)[] BadKinds =
    [
        (RowKind.MissingField, 30),
        (RowKind.ImpossibleDate, 30),
        (RowKind.UnknownCode, 30),
        (RowKind.BadCheckDigit, 30),
        (RowKind.DuplicateAssessmentYear, 30),
        (RowKind.TransferBeforeObtained, 30),
        (RowKind.BrokenJson, 5),
        (RowKind.NoStandard, 10),
    ];

    public GeneratedRow Next(int index)
    {
        var id = $"G-{index + 1:D7}";
        var roll = _r.Next(10_000);
        var kind = RowKind.Valid;
        foreach (var (k, share) in BadKinds)
        {
            if (roll < share)
            {
                kind = k;
                break;
            }
            roll -= share;
        }
        return kind == RowKind.Valid ? new GeneratedRow(kind, Valid(id), null) : Bad(id, kind);
    }

    /// <summary>A valid application only (for workloads that must all be decided).</summary>
    public ApplicationInput NextValid(int index) => Valid($"G-{index + 1:D7}");

    // ---------------------------------------------------------------- valid applications

    private ApplicationInput Valid(string id, bool engineeringOnly = false)
    {
        var route = Pick((62, "promotion"), (6, "exceptional"), (10, "transfer"), (22, "initial"));
        return route switch
        {
            "initial" => Initial(id),
            "transfer" => Transfer(id, engineeringOnly),
            _ => Promotion(id, route, engineeringOnly),
        };
    }

    private static readonly string[] EngineeringSpecialties =
    [
        "电气工程", "机械工程", "建筑工程", "计算机应用", "化学工程", "电子信息", "测绘", "水利工程",
        "环境工程", "道路与桥梁", "采矿工程", "冶金工程", "给排水", "暖通空调", "自动化", "通信工程",
    ];

    /// <summary>Series without a built-in standard: the row brings its own requirements.</summary>
    private static readonly (string Series, string[] Specialties)[] OtherSeries =
    [
        ("经济", ["人力资源管理", "建筑经济", "财政税收", "金融"]),
        ("会计", ["会计"]),
        ("卫生", ["临床医学", "护理", "药学"]),
        ("农业", ["农学", "畜牧兽医", "林业"]),
        ("中小学教师", ["语文", "数学", "物理"]),
    ];

    /// <summary>The sample standard's numbers (Zhicheng.Domain SampleEngineeringStandard), by target level.</summary>
    private static (int Tenure, int ExceptionalTenure, string MinDegree, int Achievements, int ExceptionalAchievements) Standard(int level) => level switch
    {
        1 => (0, 0, "secondary", 0, 0),
        2 => (2, 1, "secondary", 0, 2),
        3 => (4, 2, "associate", 1, 3),
        4 => (5, 3, "bachelor", 2, 4),
        _ => (5, 3, "bachelor", 3, 5),
    };

    private ApplicationInput Promotion(string id, string route, bool engineeringOnly)
    {
        var exceptional = route == "exceptional";
        var employment = EmploymentType();
        var exempt = employment is "non_public" or "individual_business" or "flexible" or "freelancer";
        var (series, specialty, engineering) = Field(engineeringOnly);
        var target = Pick((15, 2), (35, 3), (35, 4), (15, 5));
        var current = target - 1;
        var levelRoll = _r.Next(100);
        if (levelRoll < 2 && target >= 3)
        {
            current = target - 2; // skips a level
        }
        else if (levelRoll < 3)
        {
            current = target; // same level
        }
        var standard = Standard(target);
        var required = exceptional ? standard.ExceptionalTenure : standard.Tenure;
        var tenure = exceptional
            ? _r.Next(Math.Max(1, standard.ExceptionalTenure - 1), standard.Tenure + 1)
            : Math.Max(1, required + _r.Next(-2, 5));
        var obtained = _r.Next(100) == 0 ? new DateOnly(Year - tenure, 1, 1) : DateIn(Year - tenure);
        var degree = DegreeFor(target);
        var graduated = Graduation(obtained.Year - 2 - (3 * Math.Max(0, current - 1)) - _r.Next(0, 4));
        var birth = graduated.AddYears(-AgeAtGraduation(degree)).AddDays(-_r.Next(365));
        var workStart = graduated.AddDays(_r.Next(1, 90));
        var deadline = Deadline();

        // Post and title: the same field, a change of post not yet transferred (N2024-3.4), or a past 转评.
        var title = new TitleInput { Series = series, Specialty = specialty, Level = Level(current), ObtainedOn = Iso(obtained) };
        var post = new PostInput { Series = Spelling(series, "系列"), Specialty = Spelling(specialty, "专业"), Since = Iso(workStart) };
        var postRoll = _r.Next(100);
        if (postRoll < 6)
        {
            var (otherSeries, otherSpecialty, _) = Field(engineeringOnly: false);
            title.Series = otherSeries;
            title.Specialty = otherSpecialty;
            post.Since = Iso(DateIn(_r.Next(Math.Max(obtained.Year, Year - 4), Year + 1)));
        }
        else if (postRoll < 11)
        {
            var transferred = DateIn(_r.Next(obtained.Year, Year + 1));
            if (transferred < obtained)
            {
                transferred = obtained;
            }
            title.TransferredOn = Iso(transferred);
            post.Since = Iso(DateIn(Math.Max(workStart.Year, transferred.Year - _r.Next(1, 3))));
        }
        var targetSeries = series;
        var targetSpecialty = specialty;
        if (_r.Next(100) < 4)
        {
            var (s, sp, _) = Field(engineeringOnly: true);
            targetSeries = s;
            targetSpecialty = sp;
            engineering = true;
        }

        var input = new ApplicationInput
        {
            Id = id,
            ApplicationYear = Year,
            MaterialDeadline = Iso(deadline),
            Route = Code(route, exceptional ? "破格" : "晋升"),
            Target = new TitleInput { Series = targetSeries, Specialty = targetSpecialty, Level = Level(target) },
            Applicant = new ApplicantInput
            {
                IdNumber = IdNumber(birth),
                Name = Name(),
                InService = _r.Next(100) >= 3,
                EmploymentType = EmploymentCode(employment),
                Channel = Channel(employment),
                WorkStartDate = Iso(workStart),
                CurrentPost = post,
                CurrentTitle = title,
                Education = Education(degree, graduated),
                Achievements = Achievements(exceptional ? standard.ExceptionalAchievements : standard.Achievements, obtained, deadline),
                Assessments = Assessments(exempt, Math.Max(obtained.Year, Year - 8), exceptional),
                Integrity = Integrity(),
            },
            OtherApplicationsThisYear = OtherApplications(targetSeries, targetSpecialty, target),
        };
        if (!engineering)
        {
            input.Requirements = FullRequirements(target);
        }
        else if (_r.Next(100) < 2)
        {
            input.Requirements = new RequirementsInput { TenureYears = _r.Next(3, 7), MinAchievements = _r.Next(0, 4) };
        }
        return input;
    }

    private ApplicationInput Transfer(string id, bool engineeringOnly)
    {
        var employment = EmploymentType();
        var exempt = employment is "non_public" or "individual_business" or "flexible" or "freelancer";
        var level = Pick((20, 2), (45, 3), (30, 4), (5, 5));
        var (fromSeries, fromSpecialty, _) = Field(engineeringOnly: false);
        var (series, specialty, engineering) = Field(engineeringOnly);
        var obtained = DateIn(Year - _r.Next(1, 12));
        var degree = DegreeFor(level);
        var graduated = Graduation(obtained.Year - 2 - (3 * Math.Max(0, level - 2)) - _r.Next(0, 4));
        var birth = graduated.AddYears(-AgeAtGraduation(degree)).AddDays(-_r.Next(365));
        var workStart = graduated.AddDays(_r.Next(1, 90));
        var deadline = Deadline();
        var since = _r.Next(100) < 12 ? DateIn(Year) : DateIn(Year - _r.Next(1, 5));
        if (since < workStart)
        {
            since = workStart;
        }
        var input = new ApplicationInput
        {
            Id = id,
            ApplicationYear = Year,
            MaterialDeadline = Iso(deadline),
            Route = Code("transfer", "转评"),
            Target = new TitleInput { Series = series, Specialty = specialty, Level = Level(_r.Next(100) < 5 ? Math.Min(5, level + 1) : level) },
            Applicant = new ApplicantInput
            {
                IdNumber = IdNumber(birth),
                Name = Name(),
                InService = _r.Next(100) >= 2,
                EmploymentType = EmploymentCode(employment),
                Channel = Channel(employment),
                WorkStartDate = Iso(workStart),
                CurrentPost = new PostInput
                {
                    Series = _r.Next(100) < 5 ? fromSeries : series,
                    Specialty = _r.Next(100) < 5 ? fromSpecialty : specialty,
                    Since = Iso(since),
                },
                CurrentTitle = new TitleInput { Series = fromSeries, Specialty = fromSpecialty, Level = Level(level), ObtainedOn = Iso(obtained) },
                Education = Education(degree, graduated),
                Achievements = Achievements(1, obtained, deadline),
                Assessments = Assessments(exempt, Math.Max(obtained.Year, Year - 6), exceptional: false),
                Integrity = Integrity(),
            },
        };
        if (!engineering)
        {
            input.Requirements = new RequirementsInput { TransferPostYears = 1 };
        }
        return input;
    }

    private ApplicationInput Initial(string id)
    {
        var employment = Pick((40, "public_institution"), (35, "state_owned_enterprise"), (5, "government_agency"), (20, "non_public"));
        var degree = Pick((7, "secondary"), (20, "associate"), (50, "bachelor"), (18, "master"), (5, "doctorate"));
        var years = Pick((65, 1), (20, 0), (15, 2));
        var graduated = new DateOnly(Year - years, Pick((70, 6), (30, 7)), _r.Next(1, 31));
        var determined = _r.Next(100) < 6 ? new DateOnly(Year, 12, _r.Next(1, 29)) : new DateOnly(Year, _r.Next(6, 12), _r.Next(1, 29));
        var level = degree switch
        {
            "secondary" or "associate" => 1,
            "bachelor" or "master" => 2,
            _ => 3,
        };
        if (_r.Next(100) < 8)
        {
            level++;
        }
        // 初定 needs no standard (the national table applies), so any series will do.
        var (series, specialty, _) = Field(engineeringOnly: false);
        var workStart = graduated.AddDays(_r.Next(1, 60));
        var birth = graduated.AddYears(-AgeAtGraduation(degree)).AddDays(-_r.Next(365));
        var input = new ApplicationInput
        {
            Id = id,
            ApplicationYear = Year,
            MaterialDeadline = _r.Next(100) < 30 ? Iso(Deadline()) : null,
            Route = Code("initial", "初定"),
            DeterminedOn = Iso(determined),
            Target = new TitleInput { Series = series, Specialty = specialty, Level = Level(level) },
            Applicant = new ApplicantInput
            {
                IdNumber = IdNumber(birth),
                Name = Name(),
                InService = _r.Next(100) >= 1,
                EmploymentType = EmploymentCode(employment),
                Channel = Channel(employment),
                WorkStartDate = Iso(workStart),
                CurrentPost = _r.Next(100) < 80 ? new PostInput { Series = series, Specialty = specialty, Since = Iso(workStart) } : null,
                Education = [new EducationInput { Degree = DegreeCode(degree), FullTime = _r.Next(100) >= 4, ObtainedOn = Iso(graduated) }],
                Integrity = _r.Next(1000) == 0 ? Integrity(force: true) : null,
            },
        };
        return input;
    }

    // ---------------------------------------------------------------- bad rows

    private GeneratedRow Bad(string id, RowKind kind)
    {
        if (kind == RowKind.BrokenJson)
        {
            var cut = _r.Next(3) switch
            {
                0 => $$"""{"id":"{{id}}","applicationYear":2024,"route":"promotion","target":{"series":"工程","specialty":"电气工程","level":""",
                1 => $$"""{"id":"{{id}}","applicationYear":2024,"materialDeadline":"2024-09-30" "route":"promotion"}""",
                _ => $$$"""{"id":"{{{id}}}","applicationYear":2024,"applicant":{"name":"张三","inService":tru}}""",
            };
            return new GeneratedRow(kind, null, cut);
        }
        var input = Valid(id, engineeringOnly: true);
        var applicant = input.Applicant!;
        switch (kind)
        {
            case RowKind.MissingField:
                switch (_r.Next(7))
                {
                    case 0: applicant.Name = null; break;
                    case 1: input.Route = null; break;
                    case 2: applicant.WorkStartDate = null; break;
                    case 3: input.Target!.Level = null; break;
                    case 4: applicant.IdNumber = null; break;
                    case 5: applicant.InService = null; break;
                    default:
                        if (input.Route is "initial" or "初定")
                        {
                            input.DeterminedOn = null;
                        }
                        else
                        {
                            input.MaterialDeadline = null;
                        }
                        break;
                }
                break;
            case RowKind.ImpossibleDate:
                var bad = Pick((40, "2019-02-30"), (20, "2023-04-31"), (20, "2022-13-01"), (10, "2021-06-00"), (10, "2020/07/01"));
                switch (_r.Next(3))
                {
                    case 0: applicant.WorkStartDate = bad; break;
                    case 1:
                        if (applicant.CurrentTitle is { } t)
                        {
                            t.ObtainedOn = bad;
                        }
                        else
                        {
                            input.DeterminedOn = bad;
                        }
                        break;
                    default: applicant.Education![0]!.ObtainedOn = bad; break;
                }
                break;
            case RowKind.UnknownCode:
                switch (_r.Next(5))
                {
                    case 0: input.Route = "promote"; break;
                    case 1: applicant.EmploymentType = "private_company"; break;
                    case 2: applicant.Channel = "email"; break;
                    case 3: applicant.Education![0]!.Degree = "phd"; break;
                    default: input.Target!.Level = "expert"; break;
                }
                break;
            case RowKind.BadCheckDigit:
                var number = applicant.IdNumber!;
                var last = number[^1];
                var wrong = "0123456789X"[(("0123456789X".IndexOf(last, StringComparison.Ordinal) + 1 + _r.Next(10)) % 11)];
                applicant.IdNumber = number[..^1] + wrong;
                break;
            case RowKind.DuplicateAssessmentYear:
                var list = applicant.Assessments ??= [];
                var year = list.Count > 0 ? list[_r.Next(list.Count)]!.Year : Year - 1;
                list.Add(new AssessmentInput { Year = year, Grade = "qualified" });
                break;
            case RowKind.TransferBeforeObtained:
                if (applicant.CurrentTitle is not { } held)
                {
                    input = Promotion(id, "promotion", engineeringOnly: true);
                    held = input.Applicant!.CurrentTitle!;
                }
                var obtainedOn = DateOnly.ParseExact(held.ObtainedOn!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                held.TransferredOn = Iso(obtainedOn.AddDays(-_r.Next(1, 900)));
                break;
            case RowKind.NoStandard:
                var (series, specialties) = OtherSeries[_r.Next(OtherSeries.Length)];
                input.Target!.Series = series;
                input.Target.Specialty = specialties[_r.Next(specialties.Length)];
                if (input.Route is "initial" or "初定")
                {
                    input = Promotion(id, "promotion", engineeringOnly: true);
                    input.Target!.Series = series;
                }
                input.Requirements = null;
                break;
        }
        return new GeneratedRow(kind, input, null);
    }

    // ---------------------------------------------------------------- parts

    private (string Series, string Specialty, bool Engineering) Field(bool engineeringOnly)
    {
        if (engineeringOnly || _r.Next(100) < 85)
        {
            return ("工程", EngineeringSpecialties[_r.Next(EngineeringSpecialties.Length)], true);
        }
        var (series, specialties) = OtherSeries[_r.Next(OtherSeries.Length)];
        return (series, specialties[_r.Next(specialties.Length)], false);
    }

    /// <summary>How people write a name: mostly bare, sometimes with the 系列/专业 suffix or stray spaces.</summary>
    private string Spelling(string name, string suffix) => _r.Next(100) switch
    {
        < 8 => name + suffix,
        < 10 => " " + name + " ",
        _ => name,
    };

    private string EmploymentType() => Pick(
        (35, "public_institution"), (25, "state_owned_enterprise"), (5, "government_agency"), (25, "non_public"),
        (3, "individual_business"), (4, "flexible"), (3, "freelancer"));

    private static readonly Dictionary<string, string[]> Channels = new()
    {
        ["public_institution"] = ["employer", "employer", "employer", "competent_department", "labor_dispatch"],
        ["state_owned_enterprise"] = ["employer", "employer", "employer", "competent_department", "labor_dispatch"],
        ["government_agency"] = ["employer", "competent_department", "competent_department"],
        ["non_public"] = ["employer", "employer", "labor_dispatch", "talent_service", "hr_bureau"],
        ["individual_business"] = ["hr_bureau", "hr_bureau", "talent_service"],
        ["flexible"] = ["hr_bureau", "talent_service"],
        ["freelancer"] = ["hr_bureau", "talent_service"],
    };

    private static readonly string[] AllChannels = ["employer", "labor_dispatch", "competent_department", "talent_service", "hr_bureau"];

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["public_institution"] = "事业单位", ["state_owned_enterprise"] = "国有企业", ["government_agency"] = "机关",
        ["non_public"] = "非公经济组织", ["individual_business"] = "个体工商户", ["flexible"] = "灵活就业", ["freelancer"] = "自由职业",
        ["employer"] = "用人单位", ["labor_dispatch"] = "劳务派遣单位", ["competent_department"] = "主管部门",
        ["talent_service"] = "公共就业和人才服务机构", ["hr_bureau"] = "人力资源社会保障部门",
        ["secondary"] = "中专", ["associate"] = "大专", ["bachelor"] = "本科", ["master"] = "硕士", ["doctorate"] = "博士",
        ["clerk"] = "员级", ["assistant"] = "助理级", ["intermediate"] = "中级", ["associate_senior"] = "副高级", ["senior"] = "正高级",
        ["excellent"] = "优秀", ["qualified"] = "合格", ["basically_qualified"] = "基本合格", ["unqualified"] = "不合格", ["undetermined"] = "不确定等次",
        ["falsification"] = "弄虚作假", ["academic_misconduct"] = "学术不端", ["discipline_violation"] = "违反评审纪律", ["other"] = "其他失信行为",
    };

    /// <summary>Mostly the English code, about one time in ten the Chinese label (the contract takes either).</summary>
    private string Code(string code, string? label = null) => _r.Next(10) == 0 ? label ?? Labels[code] : code;

    private string EmploymentCode(string code) => Code(code);

    private string DegreeCode(string code) => Code(code);

    private string Channel(string employment) => Code(_r.Next(100) < 6 ? AllChannels[_r.Next(AllChannels.Length)] : Channels[employment][_r.Next(Channels[employment].Length)]);

    private static readonly string[] LevelCodes = ["", "clerk", "assistant", "intermediate", "associate_senior", "senior"];

    private string Level(int level) => Code(LevelCodes[Math.Clamp(level, 1, 5)]);

    private string DegreeFor(int targetLevel)
    {
        var low = _r.Next(100) < 4;
        return targetLevel switch
        {
            <= 2 => Pick((30, "secondary"), (40, "associate"), (30, "bachelor")),
            3 => low ? "secondary" : Pick((35, "associate"), (55, "bachelor"), (10, "master")),
            _ => low ? "associate" : Pick((65, "bachelor"), (30, "master"), (5, "doctorate")),
        };
    }

    private static int AgeAtGraduation(string degree) => degree switch
    {
        "secondary" => 18,
        "associate" => 21,
        "bachelor" => 22,
        "master" => 25,
        _ => 28,
    };

    private DateOnly Graduation(int year) => new(Math.Clamp(year, 1985, Year - 1), Pick((75, 6), (25, 7)), _r.Next(1, 31));

    private DateOnly Deadline() => Pick((80, new DateOnly(Year, 9, 30)), (10, new DateOnly(Year, 8, 31)), (10, new DateOnly(Year, 10, 15)));

    private List<EducationInput?> Education(string degree, DateOnly graduated)
    {
        var list = new List<EducationInput?> { new() { Degree = DegreeCode(degree), FullTime = _r.Next(100) >= 10, ObtainedOn = Iso(graduated) } };
        var roll = _r.Next(100);
        if (roll < 6 && degree is "associate" or "bachelor")
        {
            // A part-time degree on the job: before the deadline, or (3.2b) after it.
            var higher = degree == "associate" ? "bachelor" : "master";
            var on = roll < 3 ? DateIn(_r.Next(graduated.Year + 2, Year + 1)) : new DateOnly(Year, _r.Next(10, 13), _r.Next(1, 29));
            if (on <= graduated)
            {
                on = graduated.AddYears(2);
            }
            list.Add(new EducationInput { Degree = DegreeCode(higher), FullTime = false, ObtainedOn = Iso(on) });
        }
        return list;
    }

    private static readonly string[] AchievementTitles =
    [
        "变电站继电保护改造", "配电自动化终端运维规程（主持编写）", "农村电网升级工程", "数控机床主轴热变形补偿（发明专利）",
        "山西省科技进步三等奖", "重型减速器国产化项目", "市政道路改造工程", "装配式建筑成本控制（论文）", "污水处理厂提标改造",
        "黄河滩区防洪规划", "工业物联网网关软件", "地籍测量项目", "光伏电站并网工程", "变压器状态检修导则", "省级优质工程奖",
        "企业薪酬体系设计", "煤矿安全监测系统", "桥梁健康监测方案", "冶炼节能改造", "实用新型专利：管道连接件",
    ];

    private List<AchievementInput?>? Achievements(int required, DateOnly since, DateOnly deadline)
    {
        var count = Math.Max(0, required + _r.Next(-1, 4));
        if (count == 0 && _r.Next(2) == 0)
        {
            return null;
        }
        var list = new List<AchievementInput?>(count + 1);
        var span = Math.Max(1, deadline.DayNumber - since.DayNumber);
        for (var i = 0; i < count; i++)
        {
            list.Add(new AchievementInput
            {
                Title = AchievementTitles[_r.Next(AchievementTitles.Length)],
                ObtainedOn = Iso(DateOnly.FromDayNumber(since.DayNumber + _r.Next(span))),
            });
        }
        if (_r.Next(100) < 8)
        {
            list.Add(new AchievementInput { Title = AchievementTitles[_r.Next(AchievementTitles.Length)], ObtainedOn = Iso(new DateOnly(Year, _r.Next(10, 13), _r.Next(1, 29))) });
        }
        return list;
    }

    private List<AssessmentInput?>? Assessments(bool exempt, int fromYear, bool exceptional)
    {
        if (exempt && _r.Next(100) < 70)
        {
            return null;
        }
        var list = new List<AssessmentInput?>(Year - fromYear + 1);
        var excellentYear = exceptional && _r.Next(100) < 75 ? Year - _r.Next(1, 4) : 0;
        var last = _r.Next(100) < 3 ? Year : Year - 1;
        for (var y = fromYear; y <= last; y++)
        {
            if (_r.Next(100) < 3)
            {
                continue; // no record for this year (I-2)
            }
            var grade = y == excellentYear ? "excellent" : Pick((820, "qualified"), (120, "excellent"), (35, "basically_qualified"), (10, "unqualified"), (15, "undetermined"));
            list.Add(new AssessmentInput { Year = y, Grade = Code(grade) });
        }
        return list;
    }

    private List<IntegrityInput?>? Integrity(bool force = false)
    {
        if (!force && _r.Next(100) >= 2)
        {
            return null;
        }
        var kind = Pick((35, "falsification"), (25, "academic_misconduct"), (15, "discipline_violation"), (25, "other"));
        return [new IntegrityInput { Kind = Code(kind), DecidedOn = Iso(DateIn(Year - _r.Next(0, 6))) }];
    }

    private List<TitleInput?>? OtherApplications(string series, string specialty, int level)
    {
        var roll = _r.Next(100);
        if (roll >= 3)
        {
            return null;
        }
        var (otherSeries, otherSpecialty, _) = Field(engineeringOnly: false);
        return roll switch
        {
            0 => [new TitleInput { Series = otherSeries, Specialty = otherSpecialty, Level = Level(level) }],
            1 => [new TitleInput { Series = otherSeries, Specialty = otherSpecialty, Level = Level(Math.Max(1, level - 1)) }],
            _ => [new TitleInput { Series = series + "系列", Specialty = specialty, Level = Level(level) }],
        };
    }

    private RequirementsInput FullRequirements(int target)
    {
        var s = Standard(target);
        return new RequirementsInput
        {
            TenureYears = s.Tenure,
            ExceptionalTenureYears = s.ExceptionalTenure,
            MinEducation = s.MinDegree,
            MinAchievements = s.Achievements,
            ExceptionalMinAchievements = s.ExceptionalAchievements,
            TransferPostYears = 1,
        };
    }

    private static readonly string[] Regions = ["140802", "140821", "140822", "140823", "140824", "140825", "140826", "140827", "140828", "140829", "140830", "140881", "140882"];

    private string IdNumber(DateOnly birth)
    {
        Span<char> digits = stackalloc char[18];
        Regions[_r.Next(Regions.Length)].AsSpan().CopyTo(digits);
        birth.TryFormat(digits[6..], out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        var sequence = _r.Next(1, 1000);
        digits[14] = (char)('0' + (sequence / 100));
        digits[15] = (char)('0' + (sequence / 10 % 10));
        digits[16] = (char)('0' + (sequence % 10));
        digits[17] = IdentityNumber.CheckCharacterFor(digits[..17]);
        return new string(digits);
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "卫", "薛", "裴", "柴", "景"];
    private static readonly string[] Given = ["建国", "秀英", "磊", "丽", "强", "思远", "帆", "昊", "敏", "志刚", "梅", "洋", "静", "伟", "芳", "娜", "军", "勇", "杰", "涛", "明", "超", "霞", "平", "刚", "桂英", "玉兰", "晓东", "海燕", "文博", "子涵", "雨轩", "浩然", "欣怡"];

    private string Name() => Surnames[_r.Next(Surnames.Length)] + Given[_r.Next(Given.Length)];

    private DateOnly DateIn(int year) => new(year, _r.Next(1, 13), _r.Next(1, 29));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private T Pick<T>(params (int Weight, T Value)[] choices)
    {
        var total = 0;
        foreach (var (w, _) in choices)
        {
            total += w;
        }
        var roll = _r.Next(total);
        foreach (var (w, v) in choices)
        {
            if (roll < w)
            {
                return v;
            }
            roll -= w;
        }
        return choices[^1].Value;
    }
}
