using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Standards;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Domain.Standards;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Standards;

/// <summary>
/// Evaluation standards (N2024-1.1, 1.2): drafted by a unit that may own them, numbered per (series, specialty, level),
/// published only when the five dimensions and "破四唯" hold, immutable and public once published, and read by the
/// eligibility engine as the version in force for the year.
/// </summary>
public sealed class StandardServiceTests : YearServiceTest
{
    private static StandardDraft Draft(string title = TestYear.StandardTitle, string series = TestYear.Series, string? specialty = TestYear.Specialty,
        TitleLevel level = TitleLevel.AssociateSenior, int inForceFrom = Year, StandardContent? content = null) =>
        new(title, series, specialty, level, inForceFrom, StandardJson.Write(content ?? TestYear.Content()));

    private static readonly TitleTarget Clinical = new("卫生", "临床医学", TitleLevel.AssociateSenior);

    [Fact]
    public async Task Create_ByTheHealthDepartment_Version1AtCityLevelNotYetPublic()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var standard = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();

        standard.Version.ShouldBe(1);
        standard.OwnerUnitId.ShouldBe(World.Health.Id);
        standard.ManagementLevel.ShouldBe(ManagementLevel.City);
        standard.IsPublished.ShouldBeFalse();
        StandardJson.Parse(standard.ContentJson).Content.ShouldBe(TestYear.Content());
        (await dept.Standards.Published().CountAsync()).ShouldBe(0);
        (await dept.Standards.FindAsync(null, standard.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task Create_AgainForTheSameScope_NumberedAfterTheExistingOnes()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        async Task<int> Version(StandardDraft draft) => (await dept.Standards.CreateAsync(dept.Jurisdiction, draft)).ShouldSucceed().Version;

        (await Version(Draft())).ShouldBe(1);
        (await Version(Draft(series: " 卫生系列 ", specialty: " 临床医学 "))).ShouldBe(2);
        (await Version(Draft(specialty: "护理学"))).ShouldBe(1);
        (await Version(Draft(specialty: null))).ShouldBe(1);
        (await Version(Draft(specialty: "  "))).ShouldBe(2);
        (await Version(Draft(level: TitleLevel.Senior))).ShouldBe(1);
        (await Version(Draft())).ShouldBe(3);
    }

    [Fact]
    public async Task Published_ListsASeriesLevelsInRankNotAlphabetically()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        foreach (var level in new[] { TitleLevel.Senior, TitleLevel.Assistant, TitleLevel.AssociateSenior, TitleLevel.Intermediate })
        {
            var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(level: level))).ShouldSucceed();
            (await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed();
        }

        var levels = await dept.Standards.Published().Select(s => s.Level).ToListAsync();

        levels.ShouldBe([TitleLevel.Assistant, TitleLevel.Intermediate, TitleLevel.AssociateSenior, TitleLevel.Senior]);
    }

    [Theory]
    [InlineData(AccountRole.CityAdmin, ManagementLevel.City)]
    [InlineData(AccountRole.CountyStaff, ManagementLevel.County)]
    [InlineData(AccountRole.DepartmentReviewer, ManagementLevel.City)]
    [InlineData(AccountRole.EmployerHr, ManagementLevel.SelfEvaluating)]
    [InlineData(AccountRole.CommitteeOffice, ManagementLevel.City)]
    public async Task Create_ByEachOwner_AtItsManagementLevel(AccountRole role, ManagementLevel level)
    {
        await using var desk = await As(role);

        (await desk.Standards.CreateAsync(desk.Jurisdiction, Draft())).ShouldSucceed().ManagementLevel.ShouldBe(level);
    }

    [Theory]
    [InlineData(AccountRole.Expert)]
    [InlineData(AccountRole.Applicant)]
    public async Task Create_ByARoleThatOwnsNoStandards_Refused(AccountRole role)
    {
        await using var desk = await As(role);

        var refused = await desk.Standards.CreateAsync(desk.Jurisdiction, Draft());

        refused.ShouldBeRefused("", ClauseIds.StandardPublication).Message.ShouldBe("只有人社部门、行业主管部门和自主评审单位可以制定评价标准");
    }

    [Fact]
    public async Task Create_BadTitleYearAndContent_EveryProblemAtItsFieldAndNothingWritten()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);

        var refused = await dept.Standards.CreateAsync(dept.Jurisdiction, new StandardDraft(" ", "卫生系列", null, TitleLevel.Intermediate, 1999, "{\"indicators\": ["));

        refused.Succeeded.ShouldBeFalse();
        refused.Problems.Select(p => p.Field).ShouldContain("title");
        refused.Problems.Select(p => p.Field).ShouldContain("inForceFrom");
        refused.Problems.ShouldContain(p => p.Field.StartsWith("content", StringComparison.Ordinal));
        refused.Problems.ShouldAllBe(p => p.ClauseId != null);
        await using var db = Read();
        (await db.Standards.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Update_Draft_TitleYearAndContentReplacedScopeKept()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();

        (await dept.Standards.UpdateAsync(dept.Jurisdiction, draft.Id,
            Draft(title: "修订稿", series: "工程系列", level: TitleLevel.Senior, inForceFrom: 2026, content: TestYear.Content(minAchievements: 3)))).ShouldSucceed();

        await using var db = Read();
        var stored = await db.Standards.SingleAsync(s => s.Id == draft.Id);
        stored.Title.ShouldBe("修订稿");
        stored.InForceFrom.ShouldBe(2026);
        stored.Series.ShouldBe(TestYear.Series);
        stored.Level.ShouldBe(TitleLevel.AssociateSenior);
        StandardJson.Parse(stored.ContentJson).Content!.Requirements.MinAchievements.ShouldBe(3);
    }

    [Fact]
    public async Task Update_Published_RefusedNamingTheVersionAndNothingChanged()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed();

        var refused = await dept.Standards.UpdateAsync(dept.Jurisdiction, draft.Id, Draft(title: "偷偷修改", content: TestYear.Content(minAchievements: 9)));

        refused.ShouldBeRefused("", ClauseIds.StandardPublication).Message.ShouldBe($"《{TestYear.StandardTitle}》第1版已发布，不能修改；如需调整请起草新版本");
        await using var db = Read();
        var stored = await db.Standards.SingleAsync(s => s.Id == draft.Id);
        stored.Title.ShouldBe(TestYear.StandardTitle);
        StandardJson.Parse(stored.ContentJson).Content.ShouldBe(TestYear.Content());
    }

    [Fact]
    public async Task UpdateAndPublish_OutsideTheOwnersJurisdiction_NotFound()
    {
        int draftId;
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            draftId = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed().Id;
        }
        await using var yongji = await As(YongjiStaff);

        (await yongji.Standards.UpdateAsync(yongji.Jurisdiction, draftId, Draft(title: "改"))).ShouldBeNotFound();
        (await yongji.Standards.PublishAsync(yongji.Jurisdiction, draftId)).ShouldBeNotFound();
        (await yongji.Standards.FindAsync(yongji.Jurisdiction, draftId)).ShouldBeNull();
    }

    [Theory]
    [InlineData("weightsTotal90", "全部指标权重合计为90，应恰好为100")]
    [InlineData("noMoralCharacter", "思想品德维度没有指标：思想品德、职业道德、专业能力、技术水平、学术影响力五个维度都须有指标")]
    [InlineData("onlyPapersAndAwards", "全部权重（合计100）都在论文、职称、学历、奖项上，没有业绩贡献类指标：评价标准不得唯论文、唯职称、唯学历、唯奖项（破四唯）")]
    public async Task Publish_BreakingN2024_1_1_RefusedAndStillADraft(string flaw, string message)
    {
        var indicators = TestYear.Content().Indicators;
        var content = TestYear.Content() with
        {
            Indicators = flaw switch
            {
                "weightsTotal90" => [.. indicators.Where(i => i.Name != "带教与推广")],
                "noMoralCharacter" => [.. indicators.Where(i => i.Dimension != Dimension.MoralCharacter).Select(i => i.Name == "临床诊疗能力" ? i with { Weight = 40 } : i)],
                "onlyPapersAndAwards" => [.. indicators.Select((i, n) => i with { Basis = n % 2 == 0 ? EvidenceBasis.Papers : EvidenceBasis.Awards })],
                _ => throw new ArgumentOutOfRangeException(nameof(flaw), flaw, null),
            },
        };
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(content: content))).ShouldSucceed();

        var refused = await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id);

        refused.ShouldBeRefused("indicators", ClauseIds.StandardDimensions).Message.ShouldBe(message);
        await using var db = Read();
        (await db.Standards.SingleAsync(s => s.Id == draft.Id)).PublishedAt.ShouldBeNull();
        dept.Published.Find(Clinical, Year).ShouldBeNull();
    }

    [Fact]
    public async Task Publish_Twice_Refused()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed();

        (await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id)).ShouldBeRefused("", ClauseIds.StandardPublication).Message.ShouldBe("该版本已发布");
    }

    [Fact]
    public async Task Publish_MakesTheVersionPublicAndLeavesDraftsPrivate()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var published = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, published.Id)).ShouldSucceed().PublishedBy.ShouldBe("卫健委审核人");
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(title: "第2版征求意见稿"))).ShouldSucceed();
        await using var yongji = await As(YongjiStaff);

        (await yongji.Standards.Published().Select(s => s.Id).ToListAsync()).ShouldBe([published.Id]);
        (await yongji.Standards.FindAsync(null, published.Id)).ShouldNotBeNull().OwnerUnit!.Name.ShouldBe("运城市卫生健康委员会");
        (await yongji.Standards.FindAsync(null, draft.Id)).ShouldBeNull();
        (await yongji.Standards.FindAsync(yongji.Jurisdiction, draft.Id)).ShouldBeNull();
        (await dept.Standards.FindAsync(dept.Jurisdiction, draft.Id)).ShouldNotBeNull();
        (await dept.Standards.Drafts(dept.Jurisdiction).Select(s => s.Id).ToListAsync()).ShouldBe([draft.Id]);
        (await yongji.Standards.Drafts(yongji.Jurisdiction).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Published_FilteredBySeriesLevelAndTitle()
    {
        await using var city = await As(AccountRole.CityAdmin);
        foreach (var draft in new[]
                 {
                     Draft(), Draft(title: "运城市卫生系列正高级评价标准", level: TitleLevel.Senior),
                     Draft(title: "运城市工程系列副高级评价标准", series: "工程系列", specialty: null),
                 })
        {
            var created = (await city.Standards.CreateAsync(city.Jurisdiction, draft)).ShouldSucceed();
            (await city.Standards.PublishAsync(city.Jurisdiction, created.Id)).ShouldSucceed();
        }

        (await city.Standards.Published(series: "卫生系列").CountAsync()).ShouldBe(2);
        (await city.Standards.Published(level: TitleLevel.Senior).Select(s => s.Title).ToListAsync()).ShouldBe(["运城市卫生系列正高级评价标准"]);
        (await city.Standards.Published(query: "工程").Select(s => s.Series).ToListAsync()).ShouldBe(["工程系列"]);
    }

    [Fact]
    public async Task PublishedStandards_PicksTheVersionInForceForTheYearAndNamesIt()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var first = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(inForceFrom: 2024))).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, first.Id)).ShouldSucceed();
        var second = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(inForceFrom: 2026, content: TestYear.Content(minAchievements: 2)))).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, second.Id)).ShouldSucceed();
        // A third version, in force from 2025, is still a draft and takes nothing over.
        (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft(inForceFrom: 2025, content: TestYear.Content(minAchievements: 5)))).ShouldSucceed();

        var otherNode = new PublishedStandards();
        await otherNode.RefreshAsync(dept.Db);
        foreach (var catalogue in new[] { dept.Published, otherNode })
        {
            catalogue.Find(Clinical, 2023).ShouldBeNull();
            catalogue.Find(Clinical, 2025).ShouldNotBeNull().Source.ShouldBe($"《{TestYear.StandardTitle}》第1版（2024年起施行）");
            catalogue.Find(Clinical, 2025)!.MinAchievements.ShouldBe(1);
            catalogue.InForce(Clinical, 2025).ShouldNotBeNull().Id.ShouldBe(first.Id);
            catalogue.Find(Clinical, 2026).ShouldNotBeNull().Source.ShouldBe($"《{TestYear.StandardTitle}》第2版（2026年起施行）");
            catalogue.Find(Clinical, 2027)!.MinAchievements.ShouldBe(2);
        }
    }

    [Fact]
    public async Task PublishedStandards_SeriesWithNoStoredStandard_FallsBackToTheBuiltInSample()
    {
        await using var dept = await As(AccountRole.DepartmentReviewer);
        var draft = (await dept.Standards.CreateAsync(dept.Jurisdiction, Draft())).ShouldSucceed();
        (await dept.Standards.PublishAsync(dept.Jurisdiction, draft.Id)).ShouldSucceed();

        dept.Published.Find(new TitleTarget("工程", "电气工程", TitleLevel.Intermediate), Year).ShouldNotBeNull().Source.ShouldBe(SampleEngineeringStandard.SourceName);
        dept.Published.InForce(new TitleTarget("工程", "电气工程", TitleLevel.Intermediate), Year).ShouldBeNull();
        dept.Published.Find(new TitleTarget("卫生", "护理学", TitleLevel.AssociateSenior), Year).ShouldBeNull();
    }
}
