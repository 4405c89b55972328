using Microsoft.EntityFrameworkCore;
using Zhicheng.Tests.Shared;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Standards;

/// <summary>
/// <c>zhicheng standards publish FILE --as USERNAME</c> and <c>zhicheng standards list</c>, the real program on a test
/// database: a good file is drafted and published as that account; a bad one prints each problem with its JSON path
/// and clause, exits 1 and writes nothing, not even the draft.
/// </summary>
public sealed class StandardsCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly TempDir _files = new();

    public async ValueTask InitializeAsync() => await TestWorld.BuildAsync(_database);

    public ValueTask DisposeAsync()
    {
        _files.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Publish_GoodFile_PublishesAsTheAccount_AndListShowsIt()
    {
        var file = _files.Write("standard.json", StandardDocuments.Request("运城市测试系列中级职称评价标准", "测试系列", StandardDocuments.Sample()).ToJsonString());

        var published = await Run("standards", "publish", file, "--as", "city.admin");
        var listed = await Run("standards", "list");

        published.ExitCode.ShouldBe(0, published.StandardError);
        published.StandardOutput.ShouldContain("已发布：《运城市测试系列中级职称评价标准》第1版（测试系列 中级，2025年起施行）");
        listed.ExitCode.ShouldBe(0, listed.StandardError);
        listed.StandardOutput.ShouldContain("已发布的评价标准 1 个版本");
        listed.StandardOutput.ShouldContain("《运城市测试系列中级职称评价标准》");
        await using var db = _database.Open("test:read");
        var stored = await db.Standards.SingleAsync();
        stored.PublishedAt.ShouldNotBeNull();
        stored.PublishedBy.ShouldBe("市局管理员");
        (await db.AuditEntries.AnyAsync(e => e.Actor == "cli:standards city.admin")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("weights", "indicators：全部指标权重合计为105，应恰好为100（N2024-1.1）")]
    [InlineData("papers", "indicators：全部权重（合计100）都在论文、职称、学历、奖项上")]
    public async Task Publish_BadFile_PrintsEachProblemWithItsPath_ExitsOne_AndWritesNothing(string @case, string line)
    {
        var content = @case == "weights" ? StandardDocuments.WeightsOff() : StandardDocuments.PapersOnly();
        var file = _files.Write("bad.json", StandardDocuments.Request("有问题的标准", "测试系列", content).ToJsonString());
        long audit;
        await using (var before = _database.Open("test:read"))
        {
            audit = await before.AuditEntries.LongCountAsync();
        }

        var result = await Run("standards", "publish", file, "--as", "city.admin");

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldContain(line);
        result.StandardError.ShouldContain("bad.json：发现 1 处问题，未发布，未写入任何数据");
        await using var db = _database.Open("test:read");
        (await db.Standards.CountAsync()).ShouldBe(0);
        (await db.AuditEntries.LongCountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task Publish_AsAnAccountThatOwnsNoStandards_IsRefused()
    {
        var file = _files.Write("standard.json", StandardDocuments.Request("专家发布的标准", "测试系列", StandardDocuments.Sample()).ToJsonString());

        var result = await Run("standards", "publish", file, "--as", "applicant");

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldContain("只有人社部门、行业主管部门和自主评审单位可以制定评价标准（N2024-1.2）");
        await using var db = _database.Open("test:read");
        (await db.Standards.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Publish_UnknownAccountOrMissingFile_IsBadUsage()
    {
        var file = _files.Write("standard.json", StandardDocuments.Request("标准", "测试系列", StandardDocuments.Sample()).ToJsonString());

        var unknown = await Run("standards", "publish", file, "--as", "nobody");
        var missing = await Run("standards", "publish", _files.File("missing.json"), "--as", "city.admin");
        var withoutAccount = await Run("standards", "publish", file);

        unknown.ExitCode.ShouldBe(2);
        unknown.StandardError.ShouldContain("找不到账号 nobody");
        missing.ExitCode.ShouldBe(2);
        missing.StandardError.ShouldContain("找不到文件");
        withoutAccount.ExitCode.ShouldBe(2);
    }

    private Task<ZhichengProcess.Result> Run(params string[] args) =>
        ZhichengProcess.RunWith(new Dictionary<string, string> { ["ZHICHENG_DB"] = _database.ConnectionString }, args);
}
