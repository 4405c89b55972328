using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>Spreadsheets as offices really fill them: a title row, slashed dates, numbers Excel made of identity numbers.</summary>
public sealed class FriendlierSpreadsheetTests : IDisposable
{
    private readonly InputFiles _files = new();

    [Fact]
    public void TitleRowAboveTheHeader_IsSkippedAndRowsKeepTheirSheetNumbers()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build());
        rows.Insert(0, ["2024年度职称申报汇总表"]);

        var row = Checker.File(_files.Csv("titled.csv", rows)).ShouldHaveSingleItem();

        row.Outcome.Decision.ShouldNotBeNull();
        row.Row.Row.ShouldBe(3);
    }

    [Fact]
    public void NoHeaderInTheFirstRows_IsAFileError()
    {
        var rows = Enumerable.Range(1, 6).Select(i => new string?[] { $"说明{i}", "x" }).ToList();

        Should.Throw<InputFileException>(() => Checker.File(_files.Csv("notes.csv", rows)))
            .Message.ShouldContain("没有找到表头");
    }

    [Theory]
    [InlineData("2019/2/30")]
    [InlineData("2019.2.30")]
    [InlineData("2019年2月30日")]
    [InlineData("20190230")]
    public void ImpossibleDateWrittenTheChineseWay_SaysTheDayDoesNotExist(string written)
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build()).Set(1, "现级别取得时间", written);

        var row = Checker.File(_files.Csv("dates.csv", rows)).ShouldHaveSingleItem();

        var error = row.Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("applicant.currentTitle.obtainedOn");
        error.Message.ShouldBe("日期不存在：2019-02-30");
    }

    [Fact]
    public void DateWithATimeOfDay_IsNotSilentlyCut()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build()).Set(1, "材料截止日", "2024-09-30 17:30");

        var row = Checker.File(_files.Csv("time.csv", rows)).ShouldHaveSingleItem();

        row.Outcome.Errors.ShouldHaveSingleItem().Path.ShouldBe("materialDeadline");
    }

    [Fact]
    public void IdentityNumberStoredAsAnExcelNumber_SaysHowToFixIt()
    {
        var rows = ApplicationSheet.Rows(AnApplication.Promotion("A-0001").Build()).Select(r => r.Cast<object?>().ToArray()).ToList();
        rows[1][Array.IndexOf(rows[0], "身份证号")] = 140802198803120211d;

        var row = Checker.File(_files.Xlsx("numeric-id.xlsx", rows)).ShouldHaveSingleItem();

        var error = row.Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("applicant.idNumber");
        error.Message.ShouldContain("文本");
    }

    [Fact]
    public void PrivateEnterpriseLabel_IsNonPublic()
    {
        var input = AnApplication.Promotion("A-0001").Build();
        input.Applicant!.EmploymentType = "民营企业";
        input.Applicant.Channel = "talent_service";

        Checker.Check(input).Decision!.Checks.Single(c => c.Code == "channel").Passed.ShouldBeTrue();
    }

    [Fact]
    public void EmptyRequirementsObject_LeavesTheStandardAsItIs()
    {
        var input = AnApplication.Promotion("A-0001").Build();
        input.Requirements = new RequirementsInput();

        Checker.Check(input).Decision!.Requirements.Source.ShouldBe(Domain.Eligibility.SampleEngineeringStandard.SourceName);
    }

    [Fact]
    public void NoApplications_StillWritesAHeaderThatReadsBack()
    {
        var path = _files.PathOf("empty.xlsx");
        using (var stream = File.Create(path))
        {
            ApplicationSpreadsheet.WriteXlsx(stream, []);
        }

        Checker.File(path).ShouldBeEmpty();
    }

    [Fact]
    public void ReferenceThatIsAnIdentityNumber_IsMaskedInTheExport()
    {
        DecisionSpreadsheet.MaskedReference("140802198803120211").ShouldBe("140802**********11");
        DecisionSpreadsheet.MaskedReference("A-0001").ShouldBe("A-0001");
    }

    public void Dispose() => _files.Dispose();
}
