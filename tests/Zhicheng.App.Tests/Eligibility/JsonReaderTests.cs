using System.Text;
using System.Text.Json.Nodes;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Tests.Eligibility.Support;

namespace Zhicheng.App.Tests.Eligibility;

/// <summary>
/// JSON documents (an array, or objects one after another) and JSON Lines, streamed row by row: a row that
/// cannot be read is named, and every row that can be read is decided.
/// </summary>
public sealed class JsonReaderTests
{
    private static readonly string Good1 = AnApplication.Text(AnApplication.Promotion("A-0001").ToJson());
    private static readonly string Good2 = AnApplication.Text(AnApplication.Promotion("A-0002").ToJson());
    private static readonly string Good3 = AnApplication.Text(AnApplication.Promotion("A-0003").ToJson());

    private static List<RowOutcome> Document(string json) => Document(Encoding.UTF8.GetBytes(json));

    private static List<RowOutcome> Document(byte[] json) =>
        [.. JsonApplicationReader.ReadDocument(new MemoryStream(json)).Select(Checker.Service.Check)];

    private static List<RowOutcome> Lines(string jsonl) => Lines(Encoding.UTF8.GetBytes(jsonl));

    private static List<RowOutcome> Lines(byte[] jsonl) =>
        [.. JsonApplicationReader.ReadLines(new MemoryStream(jsonl)).Select(Checker.Service.Check)];

    private static string?[] DecidedIds(List<RowOutcome> rows) => [.. rows.Select(r => r.Outcome.Decision?.Id)];

    [Fact]
    public void Array_DecidesEveryObject_InOrder()
    {
        var rows = Document($"[{Good1},{Good2},{Good3}]");

        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", "A-0003"]);
        rows.Select(r => r.Row.Index).ShouldBe([0, 1, 2]);
        rows.ShouldAllBe(r => r.Row.Row == null);
    }

    [Theory]
    [InlineData("NewlineBetween", "\n")]
    [InlineData("SpaceBetween", " ")]
    [InlineData("NothingBetween", "")]
    public void TopLevelObjects_OneAfterAnother_AreRowsToo(string @case, string between)
    {
        var rows = Document($"{Good1}{between}{Good2}{between}{Good3}");

        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", "A-0003"], @case);
    }

    [Fact]
    public void BomCommentsAndTrailingCommas_AreAccepted()
    {
        var json = $"\uFEFF\r\n[ // 2024年申报\r\n  {Good1}, /* 第二条 */\r\n  {Good2},\r\n]\r\n";

        DecidedIds(Document(json)).ShouldBe(["A-0001", "A-0002"]);
    }

    [Theory]
    [InlineData("Empty", "")]
    [InlineData("BlankLines", "  \r\n\t\n")]
    [InlineData("OnlyABom", "\uFEFF")]
    [InlineData("EmptyArray", "[]")]
    [InlineData("EmptyArrayWithBlanks", "\uFEFF [ \n ] \n")]
    public void NothingToRead_HasNoRows(string @case, string json) => Document(json).ShouldBeEmpty(@case);

    [Theory]
    [InlineData("Text", "申报数据")]
    [InlineData("Xml", "<applications/>")]
    [InlineData("Number", "2024")]
    [InlineData("String", "\"A-0001\"")]
    [InlineData("Csv", "编号,申报年度\nA-0001,2024")]
    public void NeitherArrayNorObject_IsAFileError(string @case, string content)
    {
        var ex = Should.Throw<InputFileException>(() => Document(content), @case);

        ex.Message.ShouldBe("JSON 文件应为申报对象的数组 [ … ]，或一个或多个申报对象 { … }", @case);
    }

    [Fact]
    public void TruncatedArray_DecidesTheRowsBefore_AndNamesTheBreak()
    {
        var truncated = $"[{Good1},\n{Good2},\n{Good3}";
        truncated = truncated[..^20];

        var rows = Document(truncated);

        rows.Count.ShouldBe(3);
        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", null]);
        rows[2].Row.Index.ShouldBe(2);
        var error = rows[2].Outcome.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$");
        error.Message.ShouldStartWith("JSON 语法错误（第3行第");
    }

    [Fact]
    public void BrokenJsonInsideTheArray_DecidesTheRowsBefore_AndStopsThere()
    {
        var rows = Document($"[{Good1},\n{Good2},\n{{\"id\":\"A-0003\",\"applicationYear\": ,}},\n{Good3}]");

        rows.Count.ShouldBe(3);
        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", null]);
        rows[2].Row.Index.ShouldBe(2);
        rows[2].Outcome.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("$", "JSON 语法错误（第3行第35个字节附近）"));
    }

    [Fact]
    public void TextAfterTheArray_DecidesTheArray_AndNamesTheText()
    {
        var rows = Document($"[{Good1},{Good2}]\n申报结束");

        rows.Count.ShouldBe(3);
        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", null]);
        rows[2].Outcome.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("$", "JSON 语法错误（第2行第1个字节附近）"));
    }

    [Fact]
    public void BrokenJson_InALargeFile_DecidesEveryRowBefore()
    {
        var good = Enumerable.Range(1, 3000).Select(i => AnApplication.Text(AnApplication.Promotion($"A-{i:0000}").ToJson()));
        var json = $"[{string.Join(",\n", good)},\n{{\"id\": }}]";

        var rows = Document(json);

        rows.Count.ShouldBe(3001);
        rows.Take(3000).Select(r => r.Outcome.Decision?.Id).ShouldBe(Enumerable.Range(1, 3000).Select(i => $"A-{i:0000}"));
        rows[3000].Outcome.Errors.ShouldHaveSingleItem().Message.ShouldBe("JSON 语法错误（第3001行第8个字节附近）");
    }

    [Fact]
    public void LargeArray_SpanningManyBuffers_IsDecidedInOrder()
    {
        var ids = Enumerable.Range(1, 2500).Select(i => $"A-{i:0000}").ToList();
        var json = "[" + string.Join(",", ids.Select(id => AnApplication.Text(AnApplication.Promotion(id).ToJson()))) + "]";

        DecidedIds(Document(json)).ShouldBe(ids);
    }

    [Theory]
    [InlineData("Number", "42")]
    [InlineData("String", "\"A-0002\"")]
    [InlineData("Null", "null")]
    [InlineData("Array", "[{\"id\":\"A-0002\"}]")]
    [InlineData("Boolean", "false")]
    public void NonObjectItem_IsABadRow_AndItsNeighboursAreDecided(string @case, string item)
    {
        var rows = Document($"[{Good1},{item},{Good3}]");

        DecidedIds(rows).ShouldBe(["A-0001", null, "A-0003"], @case);
        rows[1].Row.Index.ShouldBe(1, @case);
        rows[1].Outcome.Errors.ShouldHaveSingleItem(@case).ShouldBe(new InputError("$", "每一项申报应为 JSON 对象 { … }"), @case);
    }

    [Fact]
    public void WrongTypeInAnArrayItem_EchoesItsId()
    {
        var bad = JsonEdit.Apply(AnApplication.Promotion("A-0002").ToJson(), "applicationYear=\"今年\"");

        var rows = Document($"[{Good1},{AnApplication.Text(bad)}]");

        rows[1].Outcome.Id.ShouldBe("A-0002");
        rows[1].Outcome.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("applicationYear", "类型不正确，应为整数"));
    }

    [Fact]
    public void JsonLines_OneRowPerLine_NumberedByLine_BlankLinesSkipped()
    {
        var rows = Lines($"{Good1}\n\n   \n{Good2}\n{Good3}\n\n");

        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", "A-0003"]);
        rows.Select(r => r.Row.Index).ShouldBe([0, 1, 2]);
        rows.Select(r => r.Row.Row).ShouldBe([1, 4, 5]);
    }

    [Theory]
    [InlineData("Lf", "\n", false)]
    [InlineData("CrLf", "\r\n", false)]
    [InlineData("BomAndCrLf", "\r\n", true)]
    [InlineData("BomAndLf", "\n", true)]
    public void JsonLines_BomAndLineEndings_ReadTheSame(string @case, string newline, bool bom)
    {
        var text = string.Join(newline, Good1, Good2, Good3);
        byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

        var rows = Lines(bytes);

        DecidedIds(rows).ShouldBe(["A-0001", "A-0002", "A-0003"], @case);
        rows.Select(r => r.Row.Row).ShouldBe([1, 2, 3], @case);
    }

    [Fact]
    public void JsonLines_BrokenLine_IsNamedByItsLine_AndLaterLinesAreDecided()
    {
        var rows = Lines($"{Good1}\r\n{{\"id\":\"A-0002\",\"applicationYear\":2024,\r\n{Good3}\r\n");

        DecidedIds(rows).ShouldBe(["A-0001", null, "A-0003"]);
        var broken = rows[1];
        broken.Row.Index.ShouldBe(1);
        broken.Row.Row.ShouldBe(2);
        broken.Outcome.Id.ShouldBe("A-0002");
        broken.Outcome.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("$", "JSON 语法错误（第1行第38个字节附近）"));
    }

    [Theory]
    [InlineData("TwoObjectsOnALine", "{\"id\":\"A-0002\"} {\"id\":\"A-0009\"}", "JSON 语法错误（第1行第17个字节附近）")]
    [InlineData("HalfAnObject", "{\"id\":\"A-0002\",", "JSON 语法错误（第1行第15个字节附近）")]
    [InlineData("NotJson", "A-0002,2024,晋升", "JSON 语法错误（第1行第1个字节附近）")]
    [InlineData("AnArray", "[{\"id\":\"A-0002\"}]", "每一项申报应为 JSON 对象 { … }")]
    [InlineData("Null", "null", "每一项申报应为 JSON 对象 { … }")]
    [InlineData("Number", "7", "每一项申报应为 JSON 对象 { … }")]
    public void JsonLines_LineThatIsNoApplication_IsABadRow(string @case, string line, string message)
    {
        var rows = Lines($"{Good1}\n{line}\n{Good3}");

        DecidedIds(rows).ShouldBe(["A-0001", null, "A-0003"], @case);
        rows[1].Row.Row.ShouldBe(2, @case);
        rows[1].Outcome.Errors.ShouldHaveSingleItem(@case).ShouldBe(new InputError("$", message), @case);
    }

    [Fact]
    public void JsonLines_LastLineWithoutNewline_IsRead() =>
        DecidedIds(Lines($"{Good1}\n{Good2}")).ShouldBe(["A-0001", "A-0002"]);

    [Fact]
    public void JsonLines_LineLongerThanTheBuffer_IsRead()
    {
        var long1 = JsonEdit.Apply(AnApplication.Promotion("A-0001").ToJson(), $"remarks=\"{new string('备', 200_000)}\"");

        DecidedIds(Lines($"{AnApplication.Text(long1)}\n{Good2}\n")).ShouldBe(["A-0001", "A-0002"]);
    }

    [Fact]
    public void Utf8Lines_DropTheBomLineBreaksAndSurroundingBlanks()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF{\"a\":1}\r\n\t{\"b\":2}  \n\n\r\n{\"c\":3}");

        var lines = JsonApplicationReader.Utf8Lines(new MemoryStream(bytes)).Select(l => Encoding.UTF8.GetString(l.Span)).ToList();

        lines.ShouldBe(["{\"a\":1}", "{\"b\":2}", "", "", "{\"c\":3}"]);
    }

    [Fact]
    public void ReadDocument_StreamThatCannotSeek_IsRead()
    {
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes($"\uFEFF [{Good1},{Good2}]"));

        JsonApplicationReader.ReadDocument(stream).Select(r => r.Parsed.Input?.Id).ShouldBe(["A-0001", "A-0002"]);
    }

    /// <summary>A request body or standard input: read once, front to back.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
