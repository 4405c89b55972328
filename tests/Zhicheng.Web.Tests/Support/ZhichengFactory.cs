using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zhicheng.Web.Tests.Support;

/// <summary>The web app in memory, as tests reach it over HTTP, on its own SQLite file.</summary>
public sealed class ZhichengFactory : WebApplicationFactory<Program>
{
    private readonly TempDir _data = new();
    private readonly string? _sharedDatabase;

    public ZhichengFactory()
    {
    }

    private ZhichengFactory(string sharedDatabase) => _sharedDatabase = sharedDatabase;

    /// <summary>A node that shares its database with others, as web nodes behind a load balancer do.</summary>
    public static ZhichengFactory OnDatabase(string sharedDatabase) => new(sharedDatabase);

    public string DatabaseFile => _sharedDatabase ?? _data.File("zhicheng.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Zhicheng", $"Data Source={DatabaseFile};Pooling=False");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
