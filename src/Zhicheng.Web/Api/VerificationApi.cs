using Microsoft.AspNetCore.Http.HttpResults;
using Zhicheng.App.Features.Titles;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Api;

/// <summary>
/// <c>/api/v1/verify</c>: the public verification of a certificate (MOHRSS-40-certificate), without signing in — by
/// number and name (<c>POST {number, name}</c>, both required, exact) or by the token of its QR code
/// (<c>GET /api/v1/verify/{token}</c>). 200 with <c>{status: valid|revoked|unknown|forged, certificate}</c>, the
/// certificate only for valid and revoked, the identity number masked; a missing or malformed field is problem+json 400
/// keyed by the field. Limited per client (<see cref="VerificationRateLimit"/>): over the limit, 429 with Retry-After.
/// </summary>
public static class VerificationApi
{
    public static IEndpointRouteBuilder MapVerificationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/verify").WithTags("证书核验").AllowAnonymous().RequireRateLimiting(VerificationRateLimit.Policy);
        group.MapPost("/", ByNumber).WithName("VerifyByNumber")
            .WithSummary("按证书编号和持证人姓名核验职称证书 {number, name}（两项必填、完全一致；无需登录；按客户端限流）")
            .Accepts<VerifyRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/{token}", ByToken).WithName("VerifyByToken")
            .WithSummary("核验证书二维码中的签名令牌（签名无效答 forged；无需登录；按客户端限流）").ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    private static async Task<Results<Ok<VerificationDocument>, ProblemHttpResult>> ByNumber(HttpContext context, TitleVerification verification)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (request, invalid) = await PlansApi.ReadAsync<VerifyRequest>(context);
        if (invalid is not null)
        {
            return invalid;
        }
        var outcome = await verification.ByNumberAsync(request!.Number, request.Name, context.RequestAborted);
        return outcome.Succeeded ? TypedResults.Ok(VerificationDocument.From(outcome.Value!)) : PlansApi.Refusal(outcome.Problems);
    }

    private static async Task<Ok<VerificationDocument>> ByToken(HttpContext context, TitleVerification verification, string token)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(VerificationDocument.From(await verification.ByTokenAsync(token, context.RequestAborted)));
    }
}

public sealed record VerifyRequest(string? Number, string? Name);

/// <summary>A verification's answer: <c>status</c> valid, revoked, unknown or forged; <c>certificate</c> for valid and revoked only.</summary>
public sealed record VerificationDocument(string Status, VerifiedCertificateDocument? Certificate)
{
    public static VerificationDocument From(Verification verification) => new(
        verification.Status switch
        {
            VerificationStatus.Valid => "valid",
            VerificationStatus.Revoked => "revoked",
            VerificationStatus.Unknown => "unknown",
            _ => "forged",
        },
        verification.Certificate is { } c
            ? new VerifiedCertificateDocument(c.Number, c.Name, c.MaskedIdNumber, c.Series, c.Specialty, Codes.Level.Code(c.Level), c.LevelLabel, c.ObtainedOn,
                c.Committee, c.DocumentNumber, c.IssuedOn, c.RevokedOn)
            : null);
}

/// <summary>The certificate as read at the moment of asking; <c>maskedIdNumber</c> is all that is shown of the identity number.</summary>
public sealed record VerifiedCertificateDocument(
    string Number, string Name, string MaskedIdNumber, string Series, string Specialty, string Level, string LevelLabel, DateOnly ObtainedOn,
    string? Committee, string? DocumentNumber, DateOnly IssuedOn, DateOnly? RevokedOn);
