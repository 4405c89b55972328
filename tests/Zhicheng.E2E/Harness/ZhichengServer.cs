using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhicheng.E2E.Harness;

/// <summary>
/// The real web app (<see cref="Program"/>, built by <c>WebApp.Build</c>) on Kestrel at a free loopback port,
/// so that a browser can reach it — not the in-memory TestServer.
/// </summary>
internal sealed class ZhichengServer : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("zhicheng-e2e-").FullName;

    public ZhichengServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Zhicheng", $"Data Source={Path.Combine(_data, "zhicheng.db")};Pooling=False");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started but reported no address to browse to.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
