using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Data;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Titles;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Titles;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Titles;

/// <summary>
/// <see cref="CertificateLookup"/> on the run's database, every way it can run (<c>Verification:PostgreSqlLookup</c>): on
/// PostgreSQL batched (the default) or on kept connections; on SQLite always on kept connections. Every way
/// answers the stored certificate, null for a number not stored, each of many concurrent lookups its own answer, and reads
/// a revocation from the moment it is committed.
/// </summary>
public sealed class VerificationLookupTests : IDisposable
{
    private static int _serial;

    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("batched")]
    [InlineData("kept")]
    public async Task Lookup_AnswersTheStoredCertificate_AndNullForAnUnknownNumber(string mode)
    {
        using var services = Services(mode);
        var lookup = services.GetRequiredService<CertificateLookup>();
        var number = await IssueAsync("陈静怡");

        var found = await lookup.FindAsync(number, CancellationToken.None);
        var unknown = await lookup.FindAsync(Number(), CancellationToken.None);

        lookup.Mode.ShouldBe(TestDatabase.Provider == DatabaseProvider.PostgreSql ? mode : "kept");
        found.ShouldNotBeNull();
        found.Number.ShouldBe(number);
        found.Name.ShouldBe("陈静怡");
        found.Level.ShouldBe(TitleLevel.Intermediate);
        found.Series.ShouldBe("卫生");
        found.Specialty.ShouldBe("护理学");
        found.ObtainedOn.ShouldBe(new DateOnly(2025, 12, 10));
        found.IssuedOn.ShouldBe(new DateOnly(2025, 12, 15));
        found.GrantedBy.ShouldBe("运城市卫生系列中级职称评审委员会");
        found.DocumentNumber.ShouldBeNull();
        found.RevokedOn.ShouldBeNull();
        unknown.ShouldBeNull();
    }

    [Theory]
    [InlineData("batched")]
    [InlineData("kept")]
    public async Task Revocation_IsReadByTheNextLookup(string mode)
    {
        using var services = Services(mode);
        var lookup = services.GetRequiredService<CertificateLookup>();
        var number = await IssueAsync("杨志刚");
        for (var i = 0; i < 10; i++)
        {
            (await lookup.FindAsync(number, CancellationToken.None))!.RevokedOn.ShouldBeNull(); // prepared by now, and the connections kept
        }

        await using (var db = _database.Open("test:revoke"))
        {
            var title = db.Titles.Single(t => t.CertificateNumber == number);
            title.RevokedOn = new DateOnly(2026, 3, 2);
            await db.SaveChangesAsync();
        }

        (await lookup.FindAsync(number, CancellationToken.None))!.RevokedOn.ShouldBe(new DateOnly(2026, 3, 2));
    }

    [Theory]
    [InlineData("batched", null)]
    [InlineData("batched", "3")]
    [InlineData("kept", null)]
    public async Task ConcurrentLookups_EachGetTheirOwnAnswer(string mode, string? batches)
    {
        using var services = Services(mode, batches);
        var lookup = services.GetRequiredService<CertificateLookup>();
        var issued = new List<(string Number, string Name)>();
        foreach (var name in new[] { "郭建国", "王芳", "李娜", "张伟", "刘洋", "赵敏" })
        {
            issued.Add((await IssueAsync(name), name));
        }
        var asked = Enumerable.Range(0, 300)
            .Select(i => i % 7 == 6 ? (Number: Number(), Name: (string?)null) : (Number: issued[i % 7].Number, Name: (string?)issued[i % 7].Name))
            .ToList();

        var answers = await Task.WhenAll(asked.Select(a => Task.Run(() => lookup.FindAsync(a.Number, CancellationToken.None))));

        for (var i = 0; i < asked.Count; i++)
        {
            answers[i]?.Name.ShouldBe(asked[i].Name);
            answers[i]?.Number.ShouldBe(asked[i].Number);
            (answers[i] is null).ShouldBe(asked[i].Name is null);
        }
    }

    [Theory]
    [InlineData(null, null, true, 1)]
    [InlineData("batched", "", true, 1)]
    [InlineData(" Kept ", null, false, 1)]
    [InlineData("BATCHED", " 4 ", true, 4)]
    [InlineData(null, "64", true, 64)]
    public void Settings_AsConfigured_OneBatchAtATimeByDefault(string? mode, string? batches, bool batched, int expected)
    {
        CertificateLookup.SettingsOf(Configuration(mode, batches)).ShouldBe((batched, expected));
    }

    [Theory]
    [InlineData("batch", null, "Verification:PostgreSqlLookup", "“batch”")]
    [InlineData("keep", null, "Verification:PostgreSqlLookup", "batched 或 kept")]
    [InlineData(null, "0", "Verification:PostgreSqlBatches", "1 到 64")]
    [InlineData(null, "-2", "Verification:PostgreSqlBatches", "“-2”")]
    [InlineData(null, "65", "Verification:PostgreSqlBatches", "1 到 64")]
    [InlineData(null, "two", "Verification:PostgreSqlBatches", "“two”")]
    [InlineData(null, "1.5", "Verification:PostgreSqlBatches", "1 到 64")]
    public void Settings_ThatAreWrong_StopStartUp_NamingTheSetting(string? mode, string? batches, string setting, string said)
    {
        var services = new ServiceCollection();
        var refused = Should.Throw<InvalidOperationException>(() => services.AddTitleVerification(Configuration(mode, batches)));
        refused.Message.ShouldContain(setting);
        refused.Message.ShouldContain(said);
        services.ShouldBeEmpty("nothing registered for a refused configuration");
    }

    private static IConfiguration Configuration(string? mode, string? batches) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CertificateLookup.PostgreSqlLookupSetting] = mode,
            [CertificateLookup.PostgreSqlBatchesSetting] = batches,
        }).Build();

    private ServiceProvider Services(string mode, string? batches = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Zhicheng"] = _database.ConnectionString,
            [CertificateLookup.PostgreSqlLookupSetting] = mode,
            [CertificateLookup.PostgreSqlBatchesSetting] = batches,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDatabase(configuration).AddSingleton<CertificateLookup>().BuildServiceProvider();
    }

    private static string Number() => CertificateNumber.Compose("1408", 2025, TitleLevel.Intermediate, 2, Interlocked.Increment(ref _serial));

    /// <summary>A person with a 中级 title and its certificate (the token a placeholder: the lookup does not read it).</summary>
    private async Task<string> IssueAsync(string name)
    {
        var world = await World();
        var number = Number();
        var person = new Person
        {
            IdNumber = "", Name = name, UnitId = world, WorkStartDate = new DateOnly(2008, 7, 1), PostSeries = "卫生", PostSpecialty = "护理学",
            PostSince = new DateOnly(2008, 7, 1),
        };
        var first17 = $"14080219860302{Interlocked.Increment(ref _serial) % 1000:D3}";
        person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
        var title = new TitleHeld
        {
            Series = "卫生", Specialty = "护理学", Level = TitleLevel.Intermediate, ObtainedOn = new DateOnly(2025, 12, 10), Source = TitleSource.Evaluation,
            CertificateNumber = number, GrantedBy = "运城市卫生系列中级职称评审委员会",
        };
        person.Titles.Add(title);
        await using var db = _database.Open("test:setup");
        db.People.Add(person);
        db.Certificates.Add(new TitleCertificate { Title = title, Number = number, IssuedOn = new DateOnly(2025, 12, 15), Algorithm = "test", Token = "x" });
        await db.SaveChangesAsync();
        return number;
    }

    private int? _unit;

    private async Task<int> World() => _unit ??= (await TestWorld.BuildAsync(_database)).Hospital.Id;
}
