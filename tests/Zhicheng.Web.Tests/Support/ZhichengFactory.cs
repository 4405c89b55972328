using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zhicheng.Web.Tests.Support;

/// <summary>The web app in memory, as tests reach it over HTTP.</summary>
public sealed class ZhichengFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}
