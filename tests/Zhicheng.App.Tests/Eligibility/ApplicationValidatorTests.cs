using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// From input to domain application: what the contract calls an error is named by its JSON path; codes
/// and Chinese labels are the same value; what is merely unusual is left for the checks to decide.
/// (Each kind of bad field, in every file format, is in <see cref="BadFieldTests"/>.)
/// </summary>
public sealed class ApplicationValidatorTests
{
    private static ValidationResult Validate(AnApplication application) => ApplicationValidator.Validate(application.Build());

    private static ValidationResult Validate(string edit) =>
        ApplicationValidator.Validate(AnApplication.FromJson(JsonEdit.Apply(AnApplication.Promotion().ToJson(), edit)));

    [Fact]
    public void ValidPromotion_BecomesTheDomainApplication()
    {
        var result = Validate(AnApplication.Promotion().WithApplicant(a => a.CurrentTitle!.TransferredOn = "2020-03-01"));

        result.Errors.ShouldBeEmpty();
        var application = result.Application.ShouldNotBeNull();
        application.Id.ShouldBe("A-0001");
        application.Year.ShouldBe(2024);
        application.MaterialDeadline.ShouldBe(new DateOnly(2024, 9, 30));
        application.Route.ShouldBe(Route.Promotion);
        application.Target.ShouldBe(new TitleTarget("工程", "电气工程", TitleLevel.AssociateSenior));
        var applicant = application.Applicant;
        applicant.IdNumber.Value.ShouldBe(AnApplication.IdNumber);
        applicant.CurrentPost.ShouldBe(new CurrentPost("工程", "电气工程", new DateOnly(2010, 7, 1)));
        applicant.CurrentTitle.ShouldBe(new HeldTitle("工程", "电气工程", TitleLevel.Intermediate, new DateOnly(2019, 6, 30), new DateOnly(2020, 3, 1)));
        applicant.Education.ShouldBe([new EducationRecord(Degree.Bachelor, true, new DateOnly(2010, 6, 30))]);
        applicant.Assessments.Select(a => a.Year).ShouldBe([2019, 2020, 2021, 2022, 2023]);
        result.Overrides.ShouldBeNull();
    }

    [Fact]
    public void Initial_NeedsNoDeadlinePostOrTitle()
    {
        var result = Validate(AnApplication.Initial());

        result.Errors.ShouldBeEmpty();
        result.Application!.DeterminedOn.ShouldBe(new DateOnly(2024, 9, 1));
        result.Application.MaterialDeadline.ShouldBeNull();
        result.Application.Applicant.CurrentTitle.ShouldBeNull();
    }

    [Fact]
    public void EveryBadField_IsListed_InContractOrder()
    {
        var result = Validate(
            "materialDeadline=\"2024-02-30\" & target.level=\"高级\" & applicant.idNumber=\"140802198803120212\" & " +
            "applicant.channel= & applicant.assessments[1].grade=\"良好\" & applicant.assessments[3].year=2019");

        result.Application.ShouldBeNull();
        result.Errors.Select(e => e.Path).ShouldBe(
        [
            "materialDeadline",
            "target.level",
            "applicant.idNumber",
            "applicant.channel",
            "applicant.assessments[1].grade",
            "applicant.assessments[3].year",
        ]);
    }

    [Fact]
    public void ThreeAssessmentsForOneYear_EachRepeatNamesTheFirst()
    {
        var result = Validate(AnApplication.Promotion().WithAssessments((2022, "合格"), (2023, "合格"), (2022, "优秀"), (2022, "合格")));

        result.Errors.Select(e => (e.Path, e.Message)).ShouldBe(
        [
            ("applicant.assessments[2].year", "2022年度考核重复（与 applicant.assessments[0] 重复）"),
            ("applicant.assessments[3].year", "2022年度考核重复（与 applicant.assessments[0] 重复）"),
        ]);
    }

    [Theory]
    [InlineData("SameDay", "2019-06-30", true)]
    [InlineData("DayBefore", "2019-06-29", false)]
    [InlineData("YearsLater", "2023-01-01", true)]
    public void TransferredOn_MayNotPrecedeObtainedOn(string @case, string transferredOn, bool valid) =>
        Validate($"applicant.currentTitle.transferredOn=\"{transferredOn}\"").Errors.Count.ShouldBe(valid ? 0 : 1, @case);

    [Theory]
    [InlineData("applicationYear", 1948, false)]
    [InlineData("applicationYear", 1949, true)]
    [InlineData("applicationYear", 2100, true)]
    [InlineData("applicationYear", 2101, false)]
    [InlineData("applicant.assessments[0].year", 1948, false)]
    [InlineData("applicant.assessments[0].year", 1949, true)]
    public void Years_From1949To2100(string path, int year, bool valid)
    {
        var errors = Validate($"{path}={year}").Errors;

        if (valid)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.ShouldHaveSingleItem().ShouldBe(new InputError(path, $"年度 {year} 超出范围（1949—2100）"));
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void RequirementCounts_From0To60(int count, bool valid)
    {
        var result = Validate(AnApplication.Promotion().WithRequirements(r => r.MinAchievements = count));

        if (valid)
        {
            result.Errors.ShouldBeEmpty();
            result.Overrides!.MinAchievements.ShouldBe(count);
        }
        else
        {
            result.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("requirements.minAchievements", $"应为 0—60 之间的整数，实际为 {count}"));
        }
    }

    [Theory]
    [InlineData("CheckCharacterX", AnApplication.IdNumberEndingInX)]
    [InlineData("LowerCaseX", "11010519491231002x")]
    [InlineData("SurroundingSpaces", " 140802198803120211 ")]
    public void IdNumber_WrittenAsPeopleWriteIt_Verifies(string @case, string idNumber)
    {
        var result = Validate(AnApplication.Promotion().WithApplicant(a => a.IdNumber = idNumber));

        result.Errors.ShouldBeEmpty(@case);
        result.Application!.Applicant.IdNumber.Value.ShouldBe(idNumber.Trim().ToUpperInvariant(), @case);
    }

    public static TheoryData<string, string, string> LabelsAndCodes() => new()
    {
        { "RouteLabel", "route=\"晋升\"", "route=\"promotion\"" },
        { "RouteInCapitals", "route=\"PROMOTION\"", "route=\"promotion\"" },
        { "RoutePadded", "route=\" promotion \"", "route=\"promotion\"" },
        { "ExceptionalLabel", "route=\"破格\"", "route=\"exceptional\"" },
        { "ExceptionalLongLabel", "route=\"破格晋升\"", "route=\"exceptional\"" },
        { "TransferLabel", "route=\"转评\"", "route=\"transfer\"" },
        { "InitialLabel", "route=\"初定\" & determinedOn=\"2024-09-01\"", "route=\"initial\" & determinedOn=\"2024-09-01\"" },
        { "InitialLongLabel", "route=\"初次认定\" & determinedOn=\"2024-09-01\"", "route=\"initial\" & determinedOn=\"2024-09-01\"" },
        { "ClerkLabel", "target.level=\"员级\"", "target.level=\"clerk\"" },
        { "AssistantLabel", "target.level=\"助理级\"", "target.level=\"assistant\"" },
        { "IntermediateLabel", "applicant.currentTitle.level=\"中级\"", "applicant.currentTitle.level=\"intermediate\"" },
        { "AssociateSeniorLabel", "target.level=\"副高级\"", "target.level=\"associate_senior\"" },
        { "AssociateSeniorShort", "target.level=\"副高\"", "target.level=\"associate_senior\"" },
        { "SeniorLabel", "target.level=\"正高级\"", "target.level=\"senior\"" },
        { "SeniorShort", "target.level=\"正高\"", "target.level=\"senior\"" },
        { "PublicInstitution", "applicant.employmentType=\"事业单位\"", "applicant.employmentType=\"public_institution\"" },
        { "StateOwned", "applicant.employmentType=\"国有企业\"", "applicant.employmentType=\"state_owned_enterprise\"" },
        { "StateOwnedShort", "applicant.employmentType=\"国企\"", "applicant.employmentType=\"state_owned_enterprise\"" },
        { "GovernmentAgency", "applicant.employmentType=\"机关\"", "applicant.employmentType=\"government_agency\"" },
        { "NonPublic", "applicant.employmentType=\"非公经济组织\"", "applicant.employmentType=\"non_public\"" },
        { "NonPublicShort", "applicant.employmentType=\"非公企业\"", "applicant.employmentType=\"non_public\"" },
        { "IndividualBusiness", "applicant.employmentType=\"个体工商户\"", "applicant.employmentType=\"individual_business\"" },
        { "Flexible", "applicant.employmentType=\"灵活就业\"", "applicant.employmentType=\"flexible\"" },
        { "FlexibleLong", "applicant.employmentType=\"灵活就业人员\"", "applicant.employmentType=\"flexible\"" },
        { "Freelancer", "applicant.employmentType=\"自由职业\"", "applicant.employmentType=\"freelancer\"" },
        { "FreelancerLong", "applicant.employmentType=\"自由职业者\"", "applicant.employmentType=\"freelancer\"" },
        { "Employer", "applicant.channel=\"用人单位\"", "applicant.channel=\"employer\"" },
        { "LaborDispatch", "applicant.channel=\"劳务派遣单位\"", "applicant.channel=\"labor_dispatch\"" },
        { "CompetentDepartment", "applicant.channel=\"主管部门\"", "applicant.channel=\"competent_department\"" },
        { "TalentService", "applicant.channel=\"公共就业和人才服务机构\"", "applicant.channel=\"talent_service\"" },
        { "TalentServiceShort", "applicant.channel=\"人才服务机构\"", "applicant.channel=\"talent_service\"" },
        { "HrBureau", "applicant.channel=\"人力资源社会保障部门\"", "applicant.channel=\"hr_bureau\"" },
        { "HrBureauShort", "applicant.channel=\"人社部门\"", "applicant.channel=\"hr_bureau\"" },
        { "Secondary", "applicant.education[0].degree=\"中专\"", "applicant.education[0].degree=\"secondary\"" },
        { "Associate", "applicant.education[0].degree=\"大专\"", "applicant.education[0].degree=\"associate\"" },
        { "AssociateOtherName", "applicant.education[0].degree=\"专科\"", "applicant.education[0].degree=\"associate\"" },
        { "Bachelor", "applicant.education[0].degree=\"本科\"", "applicant.education[0].degree=\"bachelor\"" },
        { "Master", "applicant.education[0].degree=\"硕士\"", "applicant.education[0].degree=\"master\"" },
        { "MasterLong", "applicant.education[0].degree=\"硕士研究生\"", "applicant.education[0].degree=\"master\"" },
        { "Doctorate", "applicant.education[0].degree=\"博士\"", "applicant.education[0].degree=\"doctorate\"" },
        { "DoctorateLong", "applicant.education[0].degree=\"博士研究生\"", "applicant.education[0].degree=\"doctorate\"" },
        { "Excellent", "applicant.assessments[4].grade=\"优秀\"", "applicant.assessments[4].grade=\"excellent\"" },
        { "Qualified", "applicant.assessments[4].grade=\"合格\"", "applicant.assessments[4].grade=\"qualified\"" },
        { "QualifiedCivilService", "applicant.assessments[4].grade=\"称职\"", "applicant.assessments[4].grade=\"qualified\"" },
        { "BasicallyQualified", "applicant.assessments[4].grade=\"基本合格\"", "applicant.assessments[4].grade=\"basically_qualified\"" },
        { "BasicallyQualifiedCivilService", "applicant.assessments[4].grade=\"基本称职\"", "applicant.assessments[4].grade=\"basically_qualified\"" },
        { "Unqualified", "applicant.assessments[4].grade=\"不合格\"", "applicant.assessments[4].grade=\"unqualified\"" },
        { "UnqualifiedCivilService", "applicant.assessments[4].grade=\"不称职\"", "applicant.assessments[4].grade=\"unqualified\"" },
        { "Undetermined", "applicant.assessments[4].grade=\"不确定等次\"", "applicant.assessments[4].grade=\"undetermined\"" },
        { "UndeterminedShort", "applicant.assessments[4].grade=\"不定等次\"", "applicant.assessments[4].grade=\"undetermined\"" },
        { "Falsification", "applicant.integrity=[{\"kind\":\"弄虚作假\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity=[{\"kind\":\"falsification\",\"decidedOn\":\"2023-03-01\"}]" },
        { "AcademicMisconduct", "applicant.integrity=[{\"kind\":\"学术不端\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity=[{\"kind\":\"academic_misconduct\",\"decidedOn\":\"2023-03-01\"}]" },
        { "DisciplineViolation", "applicant.integrity=[{\"kind\":\"违反评审纪律\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity=[{\"kind\":\"discipline_violation\",\"decidedOn\":\"2023-03-01\"}]" },
        { "OtherMisconduct", "applicant.integrity=[{\"kind\":\"其他失信行为\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity=[{\"kind\":\"other\",\"decidedOn\":\"2023-03-01\"}]" },
        { "OtherShort", "applicant.integrity=[{\"kind\":\"其他\",\"decidedOn\":\"2023-03-01\"}]", "applicant.integrity=[{\"kind\":\"other\",\"decidedOn\":\"2023-03-01\"}]" },
        { "MinEducationLabel", "requirements={\"minEducation\":\"硕士\"}", "requirements={\"minEducation\":\"master\"}" },
    };

    [Theory]
    [MemberData(nameof(LabelsAndCodes))]
    public void ChineseLabel_DecidesExactlyAsTheEnglishCode(string @case, string labelEdit, string codeEdit)
    {
        var byLabel = Checker.Check(AnApplication.FromJson(JsonEdit.Apply(AnApplication.Promotion().ToJson(), labelEdit)));
        var byCode = Checker.Check(AnApplication.FromJson(JsonEdit.Apply(AnApplication.Promotion().ToJson(), codeEdit)));

        byLabel.Errors.ShouldBeEmpty(@case);
        byCode.Errors.ShouldBeEmpty(@case);
        Checker.Json(byLabel.Decision!).ShouldBe(Checker.Json(byCode.Decision!), @case);
    }

    [Theory]
    [InlineData("DegreeAfterStartingWork", "applicant.education[0].obtainedOn=\"2015-06-30\"")]
    [InlineData("NoAchievements", "applicant.achievements=[]")]
    [InlineData("NoAchievementsField", "applicant.achievements=")]
    [InlineData("NoAssessments", "applicant.assessments=[]")]
    [InlineData("NoEducation", "applicant.education=")]
    [InlineData("FullTimeNotSaid", "applicant.education[0].fullTime=")]
    [InlineData("WorkStartAfterTitle", "applicant.workStartDate=\"2020-01-01\"")]
    [InlineData("AchievementAfterDeadline", "applicant.achievements[1].obtainedOn=\"2024-10-08\"")]
    [InlineData("TargetBelowCurrentLevel", "target.level=\"assistant\"")]
    [InlineData("DeadlineInAnotherYear", "materialDeadline=\"2031-01-01\"")]
    [InlineData("NotInService", "applicant.inService=false")]
    [InlineData("InitialWithATitle", "route=\"initial\" & determinedOn=\"2024-09-01\"")]
    public void Unusual_IsDecided_NotRejected(string @case, string edit)
    {
        var outcome = Checker.Check(AnApplication.FromJson(JsonEdit.Apply(AnApplication.Promotion().ToJson(), edit)));

        outcome.Errors.ShouldBeEmpty(@case);
        outcome.Decision.ShouldNotBeNull(@case);
    }
}
