using MiniExcelLibs;
using Zhicheng.App.Features.Import;
using Zhicheng.App.Features.Organisations;
using Zhicheng.App.Tests.Import.Support;
using Zhicheng.App.Tests.Support;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Tests.Import;

/// <summary>The downloadable template: the four sheets with headers and an example row, a guide, and it imports as it is.</summary>
public sealed class ImportTemplateTests : IAsyncLifetime
{
    private ImportWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await ImportWorld.CreateAsync();

    public ValueTask DisposeAsync()
    {
        _world.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Template_HasEverySheetWithItsHeaders_AndAGuideToEveryColumn()
    {
        using var stream = new MemoryStream(ImportTemplate.Build());

        MiniExcel.GetSheetNames(stream).ShouldBe(["人员", "职称", "年度考核", "学历", "说明"]);
        foreach (var sheet in ImportSheets.All)
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: ImportSheets.Name(sheet)).Cast<IDictionary<string, object?>>().ToList();
            rows.Count.ShouldBe(1);
            rows[0].Keys.ShouldBe(ImportSheets.Columns(sheet).Select(c => c.Header));
            rows[0]["身份证号"].ShouldBe(ImportTemplate.ExampleIdNumber);
        }
        var guide = stream.Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
        guide.Count(g => g["是否必填"] is "必填" or "选填").ShouldBe(ImportSheets.All.Sum(s => ImportSheets.Columns(s).Count));
        guide.ShouldContain(g => (string?)g["工作表"] == "年度考核" && (string?)g["列名"] == "等次" && (string?)g["是否必填"] == "必填"
            && ((string)g["填写说明"]!).Contains("不确定等次"));
    }

    [Fact]
    public async Task Template_AsDownloaded_ImportsItsExampleRows()
    {
        await using (var db = _world.Open())
        {
            await Records.Add(db, new Organisation
            {
                Name = "示例单位", Kind = OrganisationKind.Employer, CreditCode = ImportTemplate.ExampleCreditCode,
                ParentId = _world.Yanhu.Id, Path = _world.Yanhu.SubtreePrefix,
            });
        }

        var report = await _world.Import(ImportWorkbook.Of(ImportTemplate.FileName, ImportTemplate.Build()), _world.CityAdmin);

        report.Written.ShouldBeTrue(string.Join("\n", report.Problems));
        report.Counts.Values.ShouldAllBe(c => c.Created == 1);
    }
}
