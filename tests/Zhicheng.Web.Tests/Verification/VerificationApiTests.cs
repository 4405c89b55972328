using System.Net;
using System.Text.Json;

namespace Zhicheng.Web.Tests.Verification;

/// <summary>
/// POST /api/v1/verify: number and name both required and matched exactly; a wrong name answers as an unknown number
/// does; the identity number only masked; one certificate at most.
/// </summary>
public sealed class VerificationApiTests(VerificationSite site) : IClassFixture<VerificationSite>
{
    [Fact]
    public async Task Valid_ByNumberAndName_ShowsTheCertificateFromTheDatabase()
    {
        var issued = await site.IssueAsync("陈静怡");

        var (status, body, raw) = await site.ByNumberAsync(site.Client(), issued.Number, "陈静怡");

        status.ShouldBe(HttpStatusCode.OK, raw);
        body.GetProperty("status").GetString().ShouldBe("valid");
        var certificate = body.GetProperty("certificate");
        certificate.ValueKind.ShouldBe(JsonValueKind.Object);
        certificate.GetProperty("number").GetString().ShouldBe(issued.Number);
        certificate.GetProperty("name").GetString().ShouldBe("陈静怡");
        certificate.GetProperty("maskedIdNumber").GetString().ShouldBe(issued.MaskedIdNumber);
        certificate.GetProperty("series").GetString().ShouldBe("卫生");
        certificate.GetProperty("specialty").GetString().ShouldBe("护理学");
        certificate.GetProperty("level").GetString().ShouldBe("intermediate");
        certificate.GetProperty("levelLabel").GetString().ShouldBe("中级");
        certificate.GetProperty("obtainedOn").GetString().ShouldBe("2025-12-10");
        certificate.GetProperty("committee").GetString().ShouldBe("运城市卫生系列中级职称评审委员会");
        certificate.GetProperty("documentNumber").GetString().ShouldBe("运人社职字〔2025〕88号");
        certificate.GetProperty("issuedOn").GetString().ShouldBe("2025-12-15");
        certificate.GetProperty("revokedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        raw.ShouldNotContain(issued.IdNumber);
    }

    [Fact]
    public async Task UnknownNumber_IsUnknownWithoutACertificate()
    {
        var (status, body, _) = await site.ByNumberAsync(site.Client(), UnissuedNumber(), "陈静怡");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("unknown");
        body.GetProperty("certificate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task RightNumberWithAnotherName_AnswersWordForWordAsAnUnknownNumber()
    {
        var issued = await site.IssueAsync("杨志刚");

        var (wrongNameStatus, _, wrongName) = await site.ByNumberAsync(site.Client(), issued.Number, "杨志强");
        var (unknownStatus, _, unknown) = await site.ByNumberAsync(site.Client(), UnissuedNumber(), "杨志强");

        wrongNameStatus.ShouldBe(unknownStatus);
        wrongName.ShouldBe(unknown);
        wrongName.ShouldNotContain(issued.Number);
        wrongName.ShouldNotContain(issued.MaskedIdNumber);
    }

    [Theory]
    [InlineData("郭", "the surname alone")]
    [InlineData("郭建", "a prefix of the name")]
    [InlineData("郭建国同", "the name and more")]
    [InlineData("郭%", "a LIKE wildcard")]
    [InlineData("郭_国", "a LIKE single-character wildcard")]
    [InlineData("*", "a wildcard alone")]
    public async Task PartOfTheName_IsUnknown(string name, string why)
    {
        var issued = await site.IssueAsync("郭建国");

        var (status, body, raw) = await site.ByNumberAsync(site.Client(), issued.Number, name);

        status.ShouldBe(HttpStatusCode.OK, why);
        body.GetProperty("status").GetString().ShouldBe("unknown", why);
        raw.ShouldNotContain("郭建国");
    }

    [Theory]
    [InlineData(18, "the number without its check character")]
    [InlineData(10, "the first ten characters")]
    [InlineData(4, "the area prefix")]
    public async Task PartOfTheNumber_IsAFieldError(int length, string why)
    {
        var issued = await site.IssueAsync("贾晓东");

        var (status, body, _) = await site.ByNumberAsync(site.Client(), issued.Number[..length], "贾晓东");

        status.ShouldBe(HttpStatusCode.BadRequest, why);
        Errors(body, "number").ShouldHaveSingleItem().ShouldContain("证书编号应为19位");
        body.TryGetProperty("certificate", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("14082025310001000%", "a wildcard in place of a digit")]
    [InlineData("1408 2025 3 0001 00001", "spaces inside")]
    [InlineData("140820253000100001Y", "a letter other than X")]
    public async Task MalformedNumber_IsAFieldError(string number, string why)
    {
        var (status, body, _) = await site.ByNumberAsync(site.Client(), number, "贾晓东");

        status.ShouldBe(HttpStatusCode.BadRequest, why);
        body.GetProperty("status").GetInt32().ShouldBe(400);
        Errors(body, "number").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AWrongCheckCharacter_IsAFieldError()
    {
        var issued = await site.IssueAsync("畅海燕");
        var wrong = issued.Number[..18] + (issued.Number[^1] == '0' ? '1' : '0');

        var (status, body, _) = await site.ByNumberAsync(site.Client(), wrong, "畅海燕");

        status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(body, "number").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task NameAlone_IsAFieldErrorNamingTheNumber()
    {
        await site.IssueAsync("裴文静");

        var response = await site.Client().PostAsync("/api/v1/verify", Json("""{"name":"裴文静"}"""));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        Errors(body, "number").ShouldBe(["请输入证书编号"]);
        body.GetProperty("errors").TryGetProperty("name", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, "name")]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    public async Task NumberAlone_IsAFieldErrorNamingTheName(string? name, string field)
    {
        var issued = await site.IssueAsync("柴玉兰");

        var (status, body, _) = await site.ByNumberAsync(site.Client(), issued.Number, name);

        status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(body, field).ShouldHaveSingleItem().ShouldContain("姓名");
        body.GetProperty("errors").TryGetProperty("number", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task NeitherField_NamesBoth()
    {
        var (status, body, _) = await site.ByNumberAsync(site.Client(), null, null);

        status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(body, "number").ShouldHaveSingleItem();
        Errors(body, "name").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task LowerCaseXAndSpacesAround_AreAccepted()
    {
        var issued = await site.IssueAsync("卫建华", checkX: true);
        issued.Number[^1].ShouldBe('X');

        var (status, body, _) = await site.ByNumberAsync(site.Client(), $"  {issued.Number[..18]}x ", " 卫建华 ");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("valid");
        body.GetProperty("certificate").GetProperty("number").GetString().ShouldBe(issued.Number);
    }

    [Fact]
    public async Task APersonWithTwoCertificates_IsShownOnlyTheOneAskedFor()
    {
        var first = await site.IssueAsync("薛丽娟");
        var second = await site.IssueAsync("薛丽娟");

        var (_, body, raw) = await site.ByNumberAsync(site.Client(), first.Number, "薛丽娟");

        body.GetProperty("status").GetString().ShouldBe("valid");
        body.GetProperty("certificate").GetProperty("number").GetString().ShouldBe(first.Number);
        raw.ShouldNotContain(second.Number);
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "certificate"]);
    }

    [Fact]
    public async Task NotJson_IsAProblem()
    {
        var response = await site.Client().PostAsync("/api/v1/verify", Json("{number:"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    internal static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>A well-formed number of a committee no test issues for.</summary>
    internal static string UnissuedNumber() =>
        Domain.Titles.CertificateNumber.Compose("1408", 2024, Domain.Eligibility.TitleLevel.Senior, 9999, Random.Shared.Next(1, 99999));

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
