using Zhicheng.Domain.Identity;

namespace Zhicheng.E2E.Harness;

/// <summary>Made-up citizen identity numbers for test data: valid ones, and ones with a wrong check character.</summary>
public static class TestIdentityNumbers
{
    /// <summary>The 17 digits plus their correct check character (area 140802 is 运城市盐湖区).</summary>
    public static string Valid(string first17) => first17 + IdentityNumber.CheckCharacterFor(first17);

    /// <summary>The 17 digits plus a check character that is not the right one.</summary>
    public static string WrongCheckDigit(string first17) =>
        first17 + (IdentityNumber.CheckCharacterFor(first17) == '0' ? '1' : '0');
}
