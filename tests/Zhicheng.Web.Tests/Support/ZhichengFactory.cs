using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Zhicheng.Tests.Shared;

namespace Zhicheng.Web.Tests.Support;

/// <summary>
/// The web app in memory, as tests reach it over HTTP, on a database of its own (SQLite, or PostgreSQL in the
/// test.sh run that sets ZHICHENG_TEST_PROVIDER=postgresql).
/// </summary>
public sealed class ZhichengFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase? _own;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ZhichengFactory()
        : this(null, new Dictionary<string, string?>())
    {
    }

    private ZhichengFactory(TestDatabase? shared, IReadOnlyDictionary<string, string?> settings)
    {
        _own = shared is null ? TestDatabase.Create() : null;
        Database = shared ?? _own!;
        _settings = settings;
    }

    /// <summary>A node that shares its database with others, as web nodes behind a load balancer do.</summary>
    public static ZhichengFactory OnDatabase(TestDatabase shared) => new(shared, new Dictionary<string, string?>());

    /// <summary>A node with extra configuration (for example <c>Zhicheng:Login:MaxFailedAttempts</c>).</summary>
    public static ZhichengFactory With(IReadOnlyDictionary<string, string?> settings, TestDatabase? shared = null) => new(shared, settings);

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Zhicheng", Database.ConnectionString);
        builder.UseSetting("Zhicheng:DemoOnEmpty", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _own?.Dispose();
        }
    }
}
