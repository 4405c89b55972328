using Zhicheng.App.Features.Certificates;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Tests.Certificates;

/// <summary>A certificate's facts as the city issues them, and signers on a key directory of their own.</summary>
internal static class CertificateTestData
{
    public static CertificateFacts Facts(string name = "王建国") => new(
        "140820263000100012", name, "142701**********34", "工程系列", "土木工程", TitleLevel.AssociateSenior,
        new DateOnly(2026, 12, 20), "运城市工程系列高级职称评审委员会", "运人社职字〔2026〕45号", new DateOnly(2026, 12, 21));

    public static CertificateSigner Signer(string keyDirectory, string algorithm = CertificateAlgorithms.Sm2) =>
        new(new CertificateOptions { Algorithm = algorithm, KeyDirectory = keyDirectory, VerifyBaseUrl = "https://zc.yuncheng.example/" });
}

/// <summary>A directory for one test's files, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("zhicheng-cert-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
