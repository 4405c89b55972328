using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Multiplier;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Zhicheng.App.Features.Certificates;

/// <summary>An EC key pair on the curve of one of the <see cref="CertificateAlgorithms"/>, read from and written as PEM.</summary>
internal sealed class CertificateKey
{
    private readonly ECPrivateKeyParameters _private;

    private CertificateKey(string algorithm, ECPrivateKeyParameters privateKey)
    {
        Algorithm = algorithm;
        _private = privateKey;
        var domain = privateKey.Parameters;
        var q = new FixedPointCombMultiplier().Multiply(domain.G, privateKey.D).Normalize();
        Public = new ECPublicKeyParameters(q, domain);
    }

    public string Algorithm { get; }

    public ECPublicKeyParameters Public { get; }

    /// <summary>PKCS#8 PEM ("PRIVATE KEY").</summary>
    public string PrivateKeyPem => new string(PemEncoding.Write("PRIVATE KEY", PrivateKeyInfoFactory.CreatePrivateKeyInfo(_private).GetDerEncoded())) + "\n";

    /// <summary>SubjectPublicKeyInfo PEM ("PUBLIC KEY"), the curve named by its OID.</summary>
    public string PublicKeyPem => WritePublicKey(Public);

    public static CertificateKey Generate(string algorithm)
    {
        var curve = CertificateAlgorithms.Curve(algorithm);
        var domain = new ECNamedDomainParameters(curve, ECNamedCurveTable.GetByOid(curve));
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        return new CertificateKey(algorithm, (ECPrivateKeyParameters)generator.GenerateKeyPair().Private);
    }

    /// <summary>Reads a PKCS#8 PEM private key on one of the two curves; FormatException (in Chinese) otherwise.</summary>
    public static CertificateKey FromPrivateKeyPem(string pem)
    {
        var der = PemBody(pem, "PRIVATE KEY") ?? throw new FormatException("不是 PKCS#8 PEM 格式的私钥（应以 -----BEGIN PRIVATE KEY----- 开头）");
        ECPrivateKeyParameters key;
        try
        {
            key = PrivateKeyFactory.CreateKey(der) as ECPrivateKeyParameters ?? throw new FormatException("私钥不是椭圆曲线密钥");
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException("私钥无法解析：" + e.Message, e);
        }
        var algorithm = CertificateAlgorithms.OfCurve(key.PublicKeyParamSet)
            ?? throw new FormatException("私钥的曲线既不是 sm2p256v1（SM2）也不是 P-256（ECDSA-P256）");
        return new CertificateKey(algorithm, key);
    }

    /// <summary>Reads a SubjectPublicKeyInfo PEM public key on one of the two curves, with its algorithm; null for anything else.</summary>
    public static (ECPublicKeyParameters Key, string Algorithm)? ReadPublicKey(string pem)
    {
        if (PemBody(pem, "PUBLIC KEY") is not { } der)
        {
            return null;
        }
        try
        {
            if (PublicKeyFactory.CreateKey(der) is ECPublicKeyParameters key && CertificateAlgorithms.OfCurve(key.PublicKeyParamSet) is { } algorithm)
            {
                return (key, algorithm);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException
            or InvalidCastException or Org.BouncyCastle.Security.SecurityUtilityException)
        {
            // Not a key we can use: the caller says so.
        }
        return null;
    }

    public byte[] Sign(byte[] data)
    {
        var signer = CertificateAlgorithms.Signer(Algorithm);
        signer.Init(true, _private);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    public static string WritePublicKey(ECPublicKeyParameters key) =>
        new string(PemEncoding.Write("PUBLIC KEY", SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(key).GetDerEncoded())) + "\n";

    /// <summary>The DER bytes of the first PEM block labelled <paramref name="label"/>, or null.</summary>
    private static byte[]? PemBody(string pem, string label)
    {
        var text = pem.AsSpan();
        while (PemEncoding.TryFind(text, out var fields))
        {
            if (text[fields.Label].SequenceEqual(label))
            {
                var body = new byte[fields.DecodedDataLength];
                return Convert.TryFromBase64Chars(text[fields.Base64Data], body, out var written) ? body[..written] : null;
            }
            text = text[fields.Location.End..];
        }
        return null;
    }
}
