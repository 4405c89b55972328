using MiniExcelLibs;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// Applications written as a spreadsheet by <see cref="ApplicationSpreadsheet"/> (the template and
/// <c>zhicheng convert</c>) read back to the same decisions as the JSON they came from.
/// </summary>
public sealed class SpreadsheetRoundTripTests : IDisposable
{
    private readonly InputFiles _files = new();

    private static List<ApplicationInput> SampleInputs()
    {
        using var stream = File.OpenRead(Checker.RepositoryFile("samples/applications.json"));
        return [.. JsonApplicationReader.ReadDocument(stream).Select(r => r.Parsed.Input!)];
    }

    private string Write(string format, IEnumerable<ApplicationInput> applications)
    {
        var path = _files.PathOf($"applications.{format}");
        using (var stream = File.Create(path))
        {
            if (format == "xlsx")
            {
                ApplicationSpreadsheet.WriteXlsx(stream, applications);
            }
            else
            {
                ApplicationSpreadsheet.WriteCsv(stream, applications);
            }
        }
        return path;
    }

    private static void ShouldDecideAlike(IReadOnlyList<ApplicationInput> json, List<RowOutcome> sheet)
    {
        sheet.Count.ShouldBe(json.Count);
        for (var i = 0; i < json.Count; i++)
        {
            var expected = Checker.Check(json[i]);
            expected.Errors.ShouldBeEmpty(json[i].Id);
            sheet[i].Outcome.Errors.ShouldBeEmpty(json[i].Id);
            Checker.Json(sheet[i].Outcome.Decision!).ShouldBe(Checker.Json(expected.Decision!), json[i].Id);
        }
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Samples_WrittenAsASpreadsheet_DecideAsTheJson(string format)
    {
        var samples = SampleInputs();

        var outcomes = Checker.File(Write(format, samples));

        ShouldDecideAlike(samples, outcomes);
    }

    [Fact]
    public void ShippedSampleWorkbook_DecidesAsTheSampleJson() =>
        ShouldDecideAlike(SampleInputs(), Checker.File(Checker.RepositoryFile("samples/applications.xlsx")));

    [Fact]
    public void Spreadsheet_WritesChineseLabels()
    {
        var rows = MiniExcel.Query(Write("xlsx", [AnApplication.Promotion().Build()]), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        var row = rows.ShouldHaveSingleItem();
        (row["申报类型"], row["申报级别"], row["单位性质"], row["报送渠道"], row["在职在岗"]).ShouldBe(("晋升", "副高级", "国有企业", "用人单位", "是"));
        row["年度考核"].ShouldBe("2019|合格; 2020|合格; 2021|合格; 2022|合格; 2023|合格");
    }

    public static TheoryData<string> Unusual() =>
    [
        "FullTimeNotSaid", "TransferredTitle", "IntegrityRecord", "OtherApplication", "RequirementsGiven", "Exceptional",
        "Transfer", "Initial", "TitleWithComma", "ChineseLabelsInJson", "OtherSeriesWithRequirements",
    ];

    [Theory]
    [MemberData(nameof(Unusual))]
    public void UnusualApplication_WrittenAsASpreadsheet_DecidesAsTheJson(string @case)
    {
        var application = @case switch
        {
            "FullTimeNotSaid" => AnApplication.Promotion().WithApplicant(a => a.Education![0]!.FullTime = null),
            "TransferredTitle" => AnApplication.Promotion().WithApplicant(a => a.CurrentTitle!.TransferredOn = "2022-05-01"),
            "IntegrityRecord" => AnApplication.Promotion().WithApplicant(a => a.Integrity = [new IntegrityInput { Kind = "falsification", DecidedOn = "2023-03-01" }]),
            "OtherApplication" => AnApplication.Promotion().With(a => a.OtherApplicationsThisYear = [new TitleInput { Series = "经济", Specialty = "人力资源", Level = "associate_senior" }]),
            "RequirementsGiven" => AnApplication.Promotion().WithRequirements(r => (r.TenureYears, r.MinEducation, r.TransferPostYears) = (6, "master", 0)),
            "Exceptional" => AnApplication.Promotion().WithRoute("exceptional").WithAssessments((2022, "excellent"), (2023, "excellent")),
            "Transfer" => AnApplication.Promotion().WithRoute("transfer").WithTarget("工程", "建筑工程", "intermediate"),
            "Initial" => AnApplication.Initial(),
            "TitleWithComma" => AnApplication.Promotion().WithApplicant(a => a.Achievements![0]!.Title = "关于\"智能电网\"的研究, 第一部分"),
            "ChineseLabelsInJson" => AnApplication.Promotion().WithRoute("晋升").WithAssessments((2022, "称职"), (2023, "优秀")),
            "OtherSeriesWithRequirements" => AnApplication.Promotion().WithTarget("经济", "人力资源管理", "associate_senior")
                .WithRequirements(r => (r.TenureYears, r.MinEducation, r.MinAchievements) = (4, "bachelor", 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        ApplicationInput[] json = [application.Build()];

        ShouldDecideAlike(json, Checker.File(Write("xlsx", json)));
        ShouldDecideAlike(json, Checker.File(Write("csv", json)));
    }

    [Fact]
    public void Template_ReadsBackAsItsExample_AndExplainsEveryColumn()
    {
        var path = Write("xlsx", [AnApplication.Promotion("示例").Build()]);

        Checker.File(path).ShouldHaveSingleItem().Outcome.Decision.ShouldNotBeNull().Id.ShouldBe("示例");
        MiniExcel.GetSheetNames(path).ShouldBe(["申报", "填写说明"]);
        var help = MiniExcel.Query(path, useHeaderRow: true, sheetName: "填写说明").Cast<IDictionary<string, object?>>().ToList();
        help.Select(h => h["列名"]).ShouldBe(ApplicationColumns.All.Select(c => c.Header));
        help.Where(h => (string?)h["必填"] == "是").Select(h => (string?)h["字段（JSON 路径）"]).ShouldBe(ApplicationColumns.Required, ignoreOrder: true);
    }

    public void Dispose() => _files.Dispose();
}
