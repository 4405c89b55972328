using Microsoft.AspNetCore.Identity;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Demo;

/// <summary>
/// A login of the demo city, one per role, for the sign-in page of a demo database to list: the account's
/// user name, its role, the person acting, the organisation (or, for the applicant, the person) it belongs to,
/// and the shared demo password.
/// </summary>
public sealed record DemoAccount(string UserName, AccountRole Role, string DisplayName, string Holder, string Password)
{
    /// <summary>市人社局管理员, 县级人社局工作人员 …</summary>
    public string RoleLabel => OrganisationCodes.Role.Label(Role);
}

/// <summary>The demo city's accounts, and the applicant (张明远, a physician at 运城市中心医院) one of them belongs to.</summary>
internal static class DemoAccounts
{
    public const string Password = "Zhicheng@2024";
    public const string Hospital = "运城市中心医院";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("city.admin", AccountRole.CityAdmin, "王建军", "运城市人力资源和社会保障局", Password),
        new("county.staff", AccountRole.CountyStaff, "李红梅", "盐湖区人力资源和社会保障局", Password),
        new("dept.reviewer", AccountRole.DepartmentReviewer, "赵志刚", "运城市卫生健康委员会", Password),
        new("employer.hr", AccountRole.EmployerHr, "刘芳", Hospital, Password),
        new("committee.office", AccountRole.CommitteeOffice, "陈晓东", "运城市人力资源和社会保障局", Password),
        new("expert", AccountRole.Expert, "杨国华", "运城市第一医院", Password),
        new("applicant", AccountRole.Applicant, "张明远", "张明远", Password),
    ];

    public static IEnumerable<Account> Create(DemoOrganisations organisations, Person applicant)
    {
        var hasher = new PasswordHasher<Account>();
        foreach (var demo in All)
        {
            var isApplicant = demo.Role == AccountRole.Applicant;
            var account = new Account
            {
                UserName = demo.UserName, NormalizedUserName = demo.UserName.ToUpperInvariant(), DisplayName = demo.DisplayName, Role = demo.Role,
                OrganisationId = isApplicant ? null : organisations.Named(demo.Holder).Id, PersonId = isApplicant ? applicant.Id : null,
                SecurityStamp = Guid.NewGuid().ToString("N"), EmailConfirmed = true, LockoutEnabled = true,
            };
            account.PasswordHash = hasher.HashPassword(account, demo.Password);
            yield return account;
        }
    }

    /// <summary>
    /// 张明远: 本科 临床医学 2008, 住院医师 (助理级) by 初定 in 2009, 主治医师 (中级) in 2020, assessed every year
    /// since 2015 with 优秀 in 2019, 2022 and 2024, two achievements — a physician who may apply for 副主任医师
    /// (副高级) from 2026. Whatever lies after <paramref name="today"/> is left out.
    /// </summary>
    public static Person Applicant(int hospitalId, DemoCodes codes, DateOnly today)
    {
        const string first17 = "14270119850312151";
        var number = first17 + IdentityNumber.CheckCharacterFor(first17);
        codes.Reserve(number);
        var person = new Person
        {
            IdNumber = "", Name = "张明远", UnitId = hospitalId, EmploymentType = EmploymentType.PublicInstitution, Phone = "13935901234",
            WorkStartDate = new DateOnly(2008, 7, 1), PostSeries = "卫生", PostSpecialty = "内科学", PostSince = new DateOnly(2008, 7, 1),
        };
        person.SetIdentity(IdentityNumber.Parse(number));
        person.Education.Add(new PersonEducation
        {
            Degree = Degree.Bachelor, FullTime = true, ObtainedOn = new DateOnly(2008, 6, 30), School = "山西医科大学", Major = "临床医学",
        });
        person.Titles.Add(new TitleHeld
        {
            Series = "卫生", Specialty = "内科学", Level = TitleLevel.Assistant, ObtainedOn = new DateOnly(2009, 9, 15),
            Source = TitleSource.InitialDetermination, GrantedBy = Hospital,
        });
        person.Titles.Add(new TitleHeld
        {
            Series = "卫生", Specialty = "内科学", Level = TitleLevel.Intermediate, ObtainedOn = new DateOnly(2020, 12, 18),
            Source = TitleSource.Evaluation, GrantedBy = DemoLadder.Committee("卫生", TitleLevel.Intermediate),
        });
        for (var year = DemoCareers.FirstAssessmentYear; year < today.Year; year++)
        {
            var grade = year is 2019 or 2022 or 2024 ? AssessmentGrade.Excellent : AssessmentGrade.Qualified;
            person.Assessments.Add(new PersonAssessment { Year = year, Grade = grade });
        }
        person.Achievements.Add(new PersonAchievement { Title = "《基层医院慢性心力衰竭规范化管理体会》（第一作者，《山西医药杂志》）", ObtainedOn = new DateOnly(2022, 5, 20) });
        person.Achievements.Add(new PersonAchievement { Title = "运城市医学科技进步奖三等奖（心血管内科）", ObtainedOn = new DateOnly(2023, 11, 10) });
        person.Titles.RemoveAll(t => t.ObtainedOn > today);
        person.Achievements.RemoveAll(a => a.ObtainedOn > today);
        return person;
    }
}
