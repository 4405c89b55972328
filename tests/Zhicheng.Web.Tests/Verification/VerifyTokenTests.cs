using System.Net;
using System.Text.Json;
using Zhicheng.App.Features.Certificates;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Verification;

/// <summary>/verify/{token} and GET /api/v1/verify/{token}: what scanning the QR opens; a bad signature is 证书签名无效.</summary>
public sealed class VerifyTokenTests(VerificationSite site) : IClassFixture<VerificationSite>
{
    [Fact]
    public async Task AGenuineToken_ShowsTheCertificateFromTheDatabase()
    {
        var issued = await site.IssueAsync("常建军");

        var html = await site.Client().GetStringAsync($"/verify/{issued.Token}");
        var api = await ApiAsync(issued.Token);

        var card = VerifyPageTests.ShouldBeOneCard(html);
        card.ShouldContain("有效");
        card.ShouldContain(issued.Number);
        card.ShouldContain(issued.MaskedIdNumber);
        html.ShouldNotContain(issued.IdNumber);
        api.GetProperty("status").GetString().ShouldBe("valid");
        api.GetProperty("certificate").GetProperty("name").GetString().ShouldBe("常建军");
        api.GetProperty("certificate").GetProperty("maskedIdNumber").GetString().ShouldBe(issued.MaskedIdNumber);
    }

    [Fact]
    public async Task OnePayloadCharacterChanged_IsForged()
    {
        var issued = await site.IssueAsync("尚文华");
        var dot = issued.Token.IndexOf('.', StringComparison.Ordinal);
        dot.ShouldBeGreaterThan(10);
        var at = dot / 2;
        var tampered = issued.Token[..at] + (issued.Token[at] == 'A' ? 'B' : 'A') + issued.Token[(at + 1)..];

        await ShouldBeForgedAsync(tampered, issued);
    }

    [Fact]
    public async Task ATokenSignedByAnotherKey_IsForged()
    {
        var issued = await site.IssueAsync("申雅琴");
        using var otherKeys = new TempDir();
        var other = new CertificateSigner(new CertificateOptions { KeyDirectory = otherKeys.Path });

        await ShouldBeForgedAsync(other.Sign(issued.Facts), issued);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("abc.def")]
    [InlineData("....")]
    public async Task Garbage_IsForged(string token)
    {
        (await ApiAsync(token)).GetProperty("status").GetString().ShouldBe("forged");
        PageClient.Text(VerifyPageTests.ShouldBeOneCard(await site.Client().GetStringAsync($"/verify/{Uri.EscapeDataString(token)}")))
            .ShouldContain("证书签名无效（可能被伪造或篡改）");
    }

    [Fact]
    public async Task AGenuineTokenOfANumberNotStored_IsUnknown()
    {
        var issued = await site.IssueAsync("宁晓丽");
        var token = site.Signer.Sign(issued.Facts with { CertificateNumber = VerificationApiTests.UnissuedNumber() });

        var api = await ApiAsync(token);

        api.GetProperty("status").GetString().ShouldBe("unknown");
        api.GetProperty("certificate").ValueKind.ShouldBe(JsonValueKind.Null);
        PageClient.Text(VerifyPageTests.ShouldBeOneCard(await site.Client().GetStringAsync($"/verify/{token}"))).ShouldContain("未查询到该证书");
    }

    [Fact]
    public async Task TheQrAddress_OpensThisPage()
    {
        var issued = await site.IssueAsync("樊志勇");

        var path = new Uri(site.Signer.VerifyUrl(issued.Token)).AbsolutePath;

        path.ShouldBe($"/verify/{issued.Token}");
        (await site.Client().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task ShouldBeForgedAsync(string token, VerificationSiteBase.Issued issued)
    {
        var api = await ApiAsync(token);
        api.GetProperty("status").GetString().ShouldBe("forged");
        api.GetProperty("certificate").ValueKind.ShouldBe(JsonValueKind.Null);
        var html = await site.Client().GetStringAsync($"/verify/{token}");
        var card = VerifyPageTests.ShouldBeOneCard(html);
        PageClient.Text(card).ShouldContain("证书签名无效（可能被伪造或篡改）");
        card.ShouldNotContain(issued.Number);
        card.ShouldNotContain(issued.MaskedIdNumber);
    }

    private async Task<JsonElement> ApiAsync(string token)
    {
        var response = await site.Client().GetAsync($"/api/v1/verify/{Uri.EscapeDataString(token)}");
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
        return JsonDocument.Parse(raw).RootElement;
    }
}
