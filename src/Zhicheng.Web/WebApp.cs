using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.DataProtection;
using Scalar.AspNetCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Features.Certificates;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.App.Features.Meetings;
using Zhicheng.App.Features.Titles;
using Zhicheng.Web.Api;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web;

/// <summary>Builds the web application: pages, the /api/v1 endpoints, the OpenAPI document and its reference.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null,
        });
        var zhicheng = builder.Configuration.GetSection("Zhicheng");
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls(zhicheng["Urls"] ?? "http://127.0.0.1:5080");
        }
        // The largest body: an upload of MaxUploadBytes plus the form around it.
        var maxBody = (zhicheng.Get<ZhichengOptions>() ?? new ZhichengOptions()).MaxUploadBytes + 64 * 1024;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxBody);
        builder.Services.Configure<ZhichengOptions>(zhicheng);
        builder.Services.AddEligibility(builder.Configuration);
        builder.Services.AddDatabase(builder.Configuration);
        builder.Services.AddDataProtection().SetApplicationName("Zhicheng").PersistKeysToDbContext<AppDbContext>();
        builder.Services.AddZhichengAuth(builder.Configuration);
        builder.Services.AddScoped<Zhicheng.App.Features.People.PeopleDirectory>();
        builder.Services.AddScoped<Zhicheng.App.Features.Audit.AuditHistory>();
        builder.Services.AddScoped<Zhicheng.App.Features.Import.PeopleImport>();
        builder.Services.AddEvaluationYear();
        builder.Services.AddApplications(builder.Configuration);
        builder.Services.AddCertificates(builder.Configuration);
        builder.Services.AddMeetings(builder.Configuration);
        builder.Services.AddRazorPages(o =>
        {
            // Everything that shows stored records needs a signed-in account; each handler then checks jurisdiction.
            o.Conventions.AuthorizeFolder("/People");
            o.Conventions.AuthorizeFolder("/Organisations");
            o.Conventions.AuthorizeFolder("/Audit");
            o.Conventions.AuthorizeFolder("/Import");
            o.Conventions.AuthorizePage("/Account/Token");
            o.Conventions.AuthorizeFolder("/Committees");
            o.Conventions.AuthorizeFolder("/Plans");
            o.Conventions.AuthorizeFolder("/Dashboard");
            o.Conventions.AuthorizeFolder("/Applications");
            o.Conventions.AuthorizeFolder("/Integrity");
            o.Conventions.AuthorizeFolder("/Supervision");
            // Meetings are the office's, the supervising bureau's and their experts'; the results' publicity is public.
            o.Conventions.AuthorizeFolder("/Meetings");
            // Published standards are public (N2024-1.2); drafting them is not.
            o.Conventions.AuthorizePage("/Standards/Edit");
            o.Conventions.AuthorizePage("/Standards/Drafts");
        });
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // The API's own refusals set their titles; what the framework answers (an oversized body, an error) gets Chinese ones.
            if (context.ProblemDetails.Status is { } status && ApiStatusTitles.For(status) is { } title
                && (context.ProblemDetails.Title is null || context.ProblemDetails.Title.All(char.IsAscii)))
            {
                context.ProblemDetails.Title = title;
            }
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Zhicheng 职称评审管理系统 API";
            document.Info.Version = "v1";
            document.Info.Description = "职称申报资格审查等接口。规则依据运人社职字〔2024〕12号，条款编号见 /policy。";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddTitleVerification(builder.Configuration);
        builder.Services.AddVerificationRateLimit(builder.Configuration);

        var app = builder.Build();
        Database.Migrate(app.Services);
        if (zhicheng.GetValue("DemoOnEmpty", true))
        {
            SeedDemoIfEmpty(app.Services);
        }
        if (!app.Environment.IsDevelopment())
        {
            // An unexpected error: the API answers problem+json 500 (never the HTML page), a page the Chinese error page.
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/Error"));
        }
        // The API answers problem+json; a person at a page gets a Chinese page that says what happened.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error"));
        // A body over the limit is refused before anything reads it, so the page says why (413) instead of failing mid-read.
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > maxBody && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            return next(context);
        });
        // Routing after the status-code pages, so that a re-executed request is routed to the error page.
        app.UseRouting();
        // The public verification's limit per client (VerificationRateLimit): after routing, so that it sees the endpoint asked for.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api", o => o.WithTitle("Zhicheng API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapEligibilityApi();
        app.MapPeopleApi();
        app.MapPlansApi();
        app.MapStandardsApi();
        app.MapCommitteesApi();
        app.MapApplicationsApi();
        app.MapIntegrityApi();
        app.MapVerificationApi();
        // The benchmarks' baseline: the whole pipeline, no database.
        app.MapGet("/ping", () => "pong").ExcludeFromDescription();
        app.MapMeetingsApi();
        app.MapRazorPages().WithStaticAssets();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            foreach (var address in addresses ?? [])
            {
                Console.WriteLine($"Zhicheng 已启动：{address}");
            }
        });
        return app;
    }

    /// <summary>A fresh installation starts as the demo city, so that there is something to log in to and look at.</summary>
    private static void SeedDemoIfEmpty(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Organisations.Any() || db.People.Any())
        {
            return;
        }
        scope.ServiceProvider.GetRequiredService<Zhicheng.App.Features.Audit.AuditActor>().Name = "system:demo";
        Console.WriteLine("数据库为空，正在写入演示数据（zhicheng seed --demo）…");
        var result = Zhicheng.App.Features.Demo.DemoCity.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult();
        Console.WriteLine(result.Seeded
            ? $"已写入演示数据：机构 {result.Organisations} 个，专业技术人员 {result.People} 名，演示账号见登录页"
            : $"未写入演示数据：{result.Refusal}");
    }
}

/// <summary>The "Zhicheng" configuration section.</summary>
public sealed class ZhichengOptions
{
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The largest upload or request body accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most applications one batch request may carry.</summary>
    public int MaxBatchRows { get; set; } = 10_000;

    /// <summary>How many decisions of an uploaded file the page shows (the Excel export has them all).</summary>
    public int PageRows { get; set; } = 200;
}
