using Zhicheng.Domain.Identity;

namespace Zhicheng.Domain.Tests.Builders;

/// <summary>Valid GB 11643 identity numbers for tests, completed with their check character.</summary>
public static class TestIds
{
    /// <summary>142701199001011237: 运城 address code, born 1990-01-01, sequence 123 (male).</summary>
    public static IdentityNumber Default { get; } = FromFirst17("14270119900101123");

    /// <summary>The 18-character number whose first 17 digits are <paramref name="first17"/>.</summary>
    public static string Complete(string first17) => first17 + IdentityNumber.CheckCharacterFor(first17);

    public static IdentityNumber FromFirst17(string first17) => IdentityNumber.Parse(Complete(first17));
}
