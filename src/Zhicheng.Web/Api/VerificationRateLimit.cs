using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Zhicheng.Web.Api;

/// <summary>The "Verification" settings: how often one client may verify certificates.</summary>
public sealed class VerificationOptions
{
    /// <summary>Lookups one client (IP address) may make in any minute, page and API together; 0 turns the limit off (benchmarks only).</summary>
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>Lookups over the limit held back until a permit frees, instead of being answered 429 at once.</summary>
    public int QueueLimit { get; set; }
}

/// <summary>
/// The public verification's rate limit: per client, a sliding window of one minute in six segments, shared by the
/// pages (<c>/verify</c>, <c>/verify/{token}</c>) and the API (<c>/api/v1/verify</c>); nothing else is limited, and
/// opening the empty form (GET <c>/verify</c>) costs nothing. The client is <c>Connection.RemoteIpAddress</c>: behind a
/// reverse proxy, configure the forwarded-headers middleware, or every visitor shares the proxy's budget. The counts live
/// in this node's memory: behind a load balancer each node limits on its own (a client may make N × nodes lookups).
/// Over the limit: 429 with <c>Retry-After</c> — a Chinese page for the pages, problem+json for the API.
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "verification";

    private const int Segments = 6;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Verification").Get<VerificationOptions>() ?? new VerificationOptions();
        services.AddSingleton(settings);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => Partition(context, settings));
            o.OnRejected = (rejected, cancellationToken) => AnswerAsync(rejected, settings, cancellationToken);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, VerificationOptions settings)
    {
        var request = context.Request;
        var emptyForm = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Equals("/verify", StringComparison.OrdinalIgnoreCase);
        if (settings.PermitsPerMinute <= 0 || emptyForm)
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        return RateLimitPartition.GetSlidingWindowLimiter(ClientOf(context), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitsPerMinute,
            Window = Window,
            SegmentsPerWindow = Segments,
            QueueLimit = Math.Max(0, settings.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The client's address (an IPv4 address written as IPv6 counts as the IPv4 one); "unknown" when the server has none.</summary>
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    private static async ValueTask AnswerAsync(OnRejectedContext rejected, VerificationOptions settings, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : Window / Segments;
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var detail = $"每个网络地址每分钟最多核验 {settings.PermitsPerMinute} 次，请 {seconds} 秒后再试。";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = ApiStatusTitles.For(StatusCodes.Status429TooManyRequests), Detail = detail },
            });
            return;
        }
        // A page of its own (the status-code pages leave a response with a body alone): the site's look, no database.
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>核验过于频繁 · 职称评审管理系统</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main>
            <h1>核验过于频繁</h1>
            <p role="alert">{detail}</p>
            <p><a href="/verify">返回职称证书核验</a> · <a href="/">返回首页</a></p>
            </main></body>
            </html>
            """, cancellationToken);
    }
}
