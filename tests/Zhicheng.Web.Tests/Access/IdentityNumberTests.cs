using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

/// <summary>Whole identity numbers only for roles that need them; masked for the rest; never in a log line.</summary>
public sealed class IdentityNumberTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Theory]
    [InlineData(AccountRole.CityAdmin, true)]
    [InlineData(AccountRole.CountyStaff, true)]
    [InlineData(AccountRole.EmployerHr, true)]
    [InlineData(AccountRole.Applicant, true)]
    [InlineData(AccountRole.DepartmentReviewer, false)]
    public async Task IdNumber_IsWholeOnlyForRolesThatNeedIt(AccountRole role, bool whole)
    {
        var client = await site.SignedIn(role);
        var full = site.World.Doctor.IdNumber;
        var masked = full[..6] + "**********" + full[16..];
        foreach (var path in new[] { $"/people/{site.World.Doctor.Id}", $"/api/v1/people/{site.World.Doctor.Id}" })
        {
            var body = await client.GetStringAsync(path);
            body.Contains(full, StringComparison.Ordinal).ShouldBe(whole, path);
            body.Contains(masked, StringComparison.Ordinal).ShouldBe(!whole, path);
        }
    }

    [Theory]
    [InlineData(AccountRole.CountyStaff, true)]
    [InlineData(AccountRole.DepartmentReviewer, false)]
    public async Task PeopleExport_HoldsTheJurisdictionWithNumbersAsTheViewerSeesThem(AccountRole role, bool whole)
    {
        var client = await site.SignedIn(role);
        var response = await client.GetAsync("/people?handler=Export");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        var doctor = rows.Single(r => (string)r["姓名"] == "李医生");
        ((string)doctor["身份证号"]).Contains('*', StringComparison.Ordinal).ShouldBe(!whole);
        rows.ShouldNotContain(r => (string)r["姓名"] == "赵老师");
    }

    [Fact]
    public async Task IdNumberPrefixSearch_ForARoleThatSeesMaskedNumbers_FindsNothing()
    {
        var client = await site.SignedIn(AccountRole.DepartmentReviewer);
        var text = PageClient.Text(await client.GetStringAsync("/people?q=1408021985"));
        text.ShouldContain("没有找到");
        var exact = PageClient.Text(await client.GetStringAsync($"/people?q={site.World.Doctor.IdNumber}"));
        exact.ShouldContain("李医生");
    }

    [Fact]
    public async Task IdNumbers_NeverAppearInLogs()
    {
        var lines = new ConcurrentQueue<string>();
        await using var factory = site.Factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLogger(lines)))));
        var client = factory.CreateClient();
        await WorldSite.SignIn(client, "city.admin", Zhicheng.Tests.Shared.TestWorld.Password);
        var full = site.World.Teacher.IdNumber;
        await client.GetStringAsync($"/people?q={full}");
        await client.GetStringAsync($"/people/{site.World.Teacher.Id}");
        await client.GetStringAsync($"/api/v1/people?q={full}");

        lines.ShouldNotBeEmpty();
        lines.ShouldNotContain(l => l.Contains(full, StringComparison.Ordinal));
    }

    private sealed class CollectingLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception) + exception);

        public void Dispose()
        {
        }
    }
}
