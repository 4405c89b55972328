using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>The format of an input file is chosen by its extension; anything else is refused before reading.</summary>
public sealed class ApplicationFileTests
{
    [Theory]
    [InlineData("申报.json", InputFormat.Json)]
    [InlineData("APPLICATIONS.JSON", InputFormat.Json)]
    [InlineData("a.jsonl", InputFormat.JsonLines)]
    [InlineData("a.ndjson", InputFormat.JsonLines)]
    [InlineData("a.csv", InputFormat.Csv)]
    [InlineData("/tmp/2024年/申报.Csv", InputFormat.Csv)]
    [InlineData("a.xlsx", InputFormat.Xlsx)]
    [InlineData("a.backup.XLSX", InputFormat.Xlsx)]
    public void FormatOf_ReadsTheExtension(string fileName, InputFormat format) =>
        ApplicationFile.FormatOf(fileName).ShouldBe(format);

    [Theory]
    [InlineData("申报.xls", "不支持的文件类型“.xls”，请使用 .json、.jsonl、.csv 或 .xlsx")]
    [InlineData("申报.txt", "不支持的文件类型“.txt”，请使用 .json、.jsonl、.csv 或 .xlsx")]
    [InlineData("申报.json.zip", "不支持的文件类型“.zip”，请使用 .json、.jsonl、.csv 或 .xlsx")]
    [InlineData("申报数据", "不支持的文件类型“申报数据”，请使用 .json、.jsonl、.csv 或 .xlsx")]
    public void UnsupportedExtension_IsAFileError(string fileName, string message) =>
        Should.Throw<InputFileException>(() => ApplicationFile.FormatOf(fileName)).Message.ShouldBe(message);
}
