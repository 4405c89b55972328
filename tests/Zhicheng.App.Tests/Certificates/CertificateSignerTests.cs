using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.OpenSsl;
using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>
/// Certificate tokens: what is signed comes back only from an untouched token checked with the signer's own key; any
/// change, any other key, any other algorithm, and any input that is not a token at all gives null, never an exception.
/// </summary>
public sealed class CertificateSignerTests : IDisposable
{
    private readonly ScratchDirectory _keys = new();

    public void Dispose() => _keys.Dispose();

    [Theory]
    [InlineData(CertificateAlgorithms.Sm2)]
    [InlineData(CertificateAlgorithms.EcdsaP256)]
    public void SignThenOpen_EitherAlgorithm_GivesBackTheFacts(string algorithm)
    {
        var signer = CertificateTestData.Signer(_keys.Path, algorithm);
        var facts = CertificateTestData.Facts();

        var token = signer.Sign(facts);

        signer.Algorithm.ShouldBe(algorithm);
        signer.Open(token).ShouldBe(new CertificateToken(facts, algorithm));
        CertificateSigner.Verify(token, signer.PublicKeyPem).ShouldBe(new CertificateToken(facts, algorithm));
        CertificateSigner.PublicKeyAlgorithm(signer.PublicKeyPem).ShouldBe(algorithm);
    }

    [Fact]
    public void Sign_Payload_IsCompactJsonWithEveryFactDatesAndChineseLevel()
    {
        var token = CertificateTestData.Signer(_keys.Path).Sign(CertificateTestData.Facts());

        var payload = Base64Url.DecodeFromChars(token.Split('.')[0]);
        var json = Encoding.UTF8.GetString(payload);
        json.ShouldNotContain(" ");
        json.ShouldContain("\"level\":\"副高级\"");
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        root.GetProperty("v").GetInt32().ShouldBe(1);
        root.GetProperty("alg").GetString().ShouldBe("SM2");
        root.GetProperty("no").GetString().ShouldBe("140820263000100012");
        root.GetProperty("name").GetString().ShouldBe("王建国");
        root.GetProperty("id").GetString().ShouldBe("142701**********34");
        root.GetProperty("series").GetString().ShouldBe("工程系列");
        root.GetProperty("specialty").GetString().ShouldBe("土木工程");
        root.GetProperty("obtained").GetString().ShouldBe("2026-12-20");
        root.GetProperty("committee").GetString().ShouldBe("运城市工程系列高级职称评审委员会");
        root.GetProperty("doc").GetString().ShouldBe("运人社职字〔2026〕45号");
        root.GetProperty("issued").GetString().ShouldBe("2026-12-21");
    }

    [Theory]
    [InlineData(CertificateAlgorithms.Sm2, "payload byte changed")]
    [InlineData(CertificateAlgorithms.Sm2, "payload character changed")]
    [InlineData(CertificateAlgorithms.Sm2, "signature changed")]
    [InlineData(CertificateAlgorithms.Sm2, "truncated")]
    [InlineData(CertificateAlgorithms.Sm2, "signature cut")]
    [InlineData(CertificateAlgorithms.Sm2, "padding added")]
    [InlineData(CertificateAlgorithms.Sm2, "extra part")]
    [InlineData(CertificateAlgorithms.Sm2, "signature only")]
    [InlineData(CertificateAlgorithms.EcdsaP256, "payload byte changed")]
    [InlineData(CertificateAlgorithms.EcdsaP256, "signature changed")]
    [InlineData(CertificateAlgorithms.EcdsaP256, "truncated")]
    [InlineData(CertificateAlgorithms.EcdsaP256, "padding added")]
    public void Open_TamperedToken_IsNull(string algorithm, string change)
    {
        var signer = CertificateTestData.Signer(_keys.Path, algorithm);
        var token = signer.Sign(CertificateTestData.Facts());
        var parts = token.Split('.');

        var tampered = change switch
        {
            // "王建国" → "王建图": one byte of the UTF-8 payload, re-encoded properly.
            "payload byte changed" => Base64Url.EncodeToString(ChangeNameByte(Base64Url.DecodeFromChars(parts[0]))) + "." + parts[1],
            "payload character changed" => Flip(parts[0], parts[0].Length / 2) + "." + parts[1],
            "signature changed" => parts[0] + "." + Flip(parts[1], parts[1].Length / 2),
            "truncated" => token[..^10],
            "signature cut" => parts[0] + ".",
            "padding added" => token + "=",
            "extra part" => token + ".e30",
            "signature only" => parts[1],
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        tampered.ShouldNotBe(token);
        signer.Open(tampered).ShouldBeNull();
        CertificateSigner.Verify(tampered, signer.PublicKeyPem).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("not a token")]
    [InlineData("e30.e30")]
    [InlineData("!!!.???")]
    [InlineData("eyJ2IjoxfQ.MEUCIQ")]
    public void Open_Garbage_IsNull(string garbage)
    {
        var signer = CertificateTestData.Signer(_keys.Path);

        signer.Open(garbage).ShouldBeNull();
        CertificateSigner.Verify(garbage, signer.PublicKeyPem).ShouldBeNull();
    }

    [Fact]
    public void Open_RandomStrings_NeverThrow()
    {
        var signer = CertificateTestData.Signer(_keys.Path);
        var token = signer.Sign(CertificateTestData.Facts());
        var random = new Random(20261129);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ 王";

        for (var i = 0; i < 500; i++)
        {
            var text = i % 2 == 0
                ? new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())
                : token.Remove(random.Next(token.Length), 1).Insert(random.Next(token.Length - 1), alphabet[random.Next(alphabet.Length)].ToString());

            if (text != token)
            {
                signer.Open(text).ShouldBeNull(text);
            }
        }
    }

    [Fact]
    public void Open_TokenOfAnotherKey_IsNull()
    {
        using var otherKeys = new ScratchDirectory();
        var other = CertificateTestData.Signer(otherKeys.Path);
        var signer = CertificateTestData.Signer(_keys.Path);

        var token = other.Sign(CertificateTestData.Facts());

        signer.Open(token).ShouldBeNull();
        CertificateSigner.Verify(token, signer.PublicKeyPem).ShouldBeNull();
        other.Open(token).ShouldNotBeNull();
    }

    [Fact]
    public void Verify_Sm2TokenWithAP256Key_IsNull()
    {
        var sm2 = CertificateTestData.Signer(_keys.Path, CertificateAlgorithms.Sm2);
        var p256 = CertificateTestData.Signer(_keys.Path, CertificateAlgorithms.EcdsaP256);

        CertificateSigner.Verify(sm2.Sign(CertificateTestData.Facts()), p256.PublicKeyPem).ShouldBeNull();
        CertificateSigner.Verify(p256.Sign(CertificateTestData.Facts()), sm2.PublicKeyPem).ShouldBeNull();
    }

    [Fact]
    public void Verify_PayloadClaimingTheOtherAlgorithm_IsNullThoughTheSignatureIsGood()
    {
        var signer = CertificateTestData.Signer(_keys.Path, CertificateAlgorithms.Sm2);
        var key = CertificateKeyStore.LoadOrCreate(new CertificateOptions { KeyDirectory = _keys.Path });
        var payload = CertificatePayload.Encode(CertificateTestData.Facts(), CertificateAlgorithms.EcdsaP256);

        var token = CertificatePayload.Compose(payload, key.Sign(payload));

        CertificateSigner.Verify(token, signer.PublicKeyPem).ShouldBeNull();
        signer.Open(token).ShouldBeNull();
        var honest = CertificatePayload.Encode(CertificateTestData.Facts(), CertificateAlgorithms.Sm2);
        signer.Open(CertificatePayload.Compose(honest, key.Sign(honest))).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE\n-----END CERTIFICATE-----\n")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA+Jqxj4MDI7du1/fHFzC9mFo+ZLxOtJT4OmwWiYEjEbY=\n-----END PUBLIC KEY-----\n")] // Ed25519
    [InlineData("-----BEGIN PUBLIC KEY-----\nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAErVk9o5cRmheiemI26D+y3uL0qS/jwlCX\n1lxeqCDMSgZCWy1auBT6NX09TRkhIzgYjIr3/2WYae//Su8IiGkQfNBsU2wharRf\noBnuOQKqQmo7+OCjXPQY7LUReW7jwN6o\n-----END PUBLIC KEY-----\n")] // P-384
    [InlineData("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEuH0O23Ed+SL+ISbsWC2geTr1A4j2\n-----END PUBLIC KEY-----\n")] // cut short
    public void Verify_NotAPublicKey_ThrowsArgumentException(string pem)
    {
        var token = CertificateTestData.Signer(_keys.Path).Sign(CertificateTestData.Facts());

        Should.Throw<ArgumentException>(() => CertificateSigner.Verify(token, pem));
        CertificateSigner.PublicKeyAlgorithm(pem).ShouldBeNull();
    }

    [Fact]
    public void Sm2Signature_VerifiesWithBouncyCastleSm2SignerAndTheStandardUserId()
    {
        var signer = CertificateTestData.Signer(_keys.Path, CertificateAlgorithms.Sm2);
        var parts = signer.Sign(CertificateTestData.Facts()).Split('.');
        var payload = Base64Url.DecodeFromChars(parts[0]);
        var signature = Base64Url.DecodeFromChars(parts[1]);
        using var pem = new StringReader(signer.PublicKeyPem);
        var key = (ECPublicKeyParameters)new PemReader(pem).ReadObject();

        bool Verifies(string userId)
        {
            var sm2 = new SM2Signer();
            sm2.Init(false, new ParametersWithID(key, Encoding.ASCII.GetBytes(userId)));
            sm2.BlockUpdate(payload, 0, payload.Length);
            return sm2.VerifySignature(signature);
        }

        Verifies("1234567812345678").ShouldBeTrue();
        Verifies("8765432187654321").ShouldBeFalse();
        key.PublicKeyParamSet.ShouldBe(Org.BouncyCastle.Asn1.GM.GMObjectIdentifiers.sm2p256v1);
    }

    [Fact]
    public void VerifyUrl_BaseUrlWithOrWithoutSlash_IsVerifyPathAndToken()
    {
        var signer = CertificateTestData.Signer(_keys.Path);

        signer.VerifyUrl("abc.def").ShouldBe("https://zc.yuncheng.example/verify/abc.def");
        new CertificateSigner(new CertificateOptions { KeyDirectory = _keys.Path }).VerifyUrl("abc.def").ShouldBe("http://127.0.0.1:5080/verify/abc.def");
    }

    [Fact]
    public void Sign_LevelOfEveryKind_RoundTrips()
    {
        var signer = CertificateTestData.Signer(_keys.Path);

        foreach (var level in Enum.GetValues<TitleLevel>())
        {
            var facts = CertificateTestData.Facts() with { Level = level };
            signer.Open(signer.Sign(facts))!.Facts.ShouldBe(facts);
        }
    }

    private static byte[] ChangeNameByte(byte[] payload)
    {
        var json = Encoding.UTF8.GetString(payload);
        var changed = Encoding.UTF8.GetBytes(json.Replace("王建国", "王建图", StringComparison.Ordinal));
        changed.Length.ShouldBe(payload.Length);
        payload.Zip(changed).Count(p => p.First != p.Second).ShouldBe(1);
        return changed;
    }

    private static string Flip(string text, int at) =>
        string.Concat(text.AsSpan(0, at), text[at] == 'A' ? "B" : "A", text.AsSpan(at + 1));
}
