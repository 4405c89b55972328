using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>A JSON path said in Chinese, for people reading errors in a spreadsheet or on the page.</summary>
public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("applicant.idNumber", "身份证号")]
    [InlineData("applicationYear", "申报年度")]
    [InlineData("requirements.tenureYears", "任职年限要求")]
    [InlineData("applicant.assessments[2].grade", "年度考核第3项·等次")]
    [InlineData("applicant.education[0].obtainedOn", "学历第1项·取得日期")]
    [InlineData("applicant.achievements[1]", "业绩成果第2项")]
    [InlineData("otherApplicationsThisYear[0].level", "本年度其他申报第1项·级别")]
    [InlineData("applicant.integrity[0].decidedOn", "诚信记录第1项·记入日期")]
    [InlineData("$", "整条申报")]
    [InlineData("applicant.currentTitle", "现职称")]
    [InlineData("target", "申报职称")]
    [InlineData("somethingElse", "somethingElse")]
    public void Describe(string path, string label) => FieldLabels.Describe(path).ShouldBe(label);
}
