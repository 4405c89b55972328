using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Tests.Builders;

namespace Zhicheng.Domain.Tests.Properties;

/// <summary>GB 11643 properties over generated numbers.</summary>
public class IdentityNumberProperties
{
    private static readonly int[] Provinces = [11, 14, 31, 44, 65, 82];
    private const string CheckCharacters = "0123456789X";

    /// <summary>The first 17 digits of a well-formed number: a real province, a real birth date from 1900 on, any sequence.</summary>
    private static Gen<string> First17 { get; } =
        from province in Gen.Elements(Provinces)
        from area in Gen.Choose(0, 9999)
        from birth in Generators.DateIn(1900, 2020)
        from sequence in Gen.Choose(0, 999)
        select $"{province:00}{area:0000}{birth:yyyyMMdd}{sequence:000}";

    [Property(MaxTest = 300)]
    public Property Number_WithItsCheckCharacter_ParsesAndKeepsItsParts() => Prop.ForAll(
        First17.ToArbitrary(),
        first17 =>
        {
            var number = IdentityNumber.Parse(TestIds.Complete(first17));
            return (number.Value[..17] == first17
                    && number.BirthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) == first17[6..14]
                    && number.Sex == ((first17[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female)
                    && number.ToString() == number.Value[..6] + "**********" + number.Value[16..]
                    && !number.ToString().Contains(number.Value[6..16], StringComparison.Ordinal))
                .Label(first17);
        });

    [Property(MaxTest = 300)]
    public Property Number_WithAnyOtherCheckCharacter_IsRejected() => Prop.ForAll(
        (from first17 in First17
         from wrong in Gen.Elements(CheckCharacters.ToCharArray())
         where wrong != IdentityNumber.CheckCharacterFor(first17)
         select first17 + wrong).ToArbitrary(),
        text => (!IdentityNumber.TryParse(text, out _, out var error) && error.Contains("校验位", StringComparison.Ordinal)).Label(text));

    [Property(MaxTest = 300)]
    public Property Number_WithOneDigitChanged_IsRejected() => Prop.ForAll(
        (from first17 in First17
         from position in Gen.Choose(0, 16)
         from delta in Gen.Choose(1, 9)
         let complete = TestIds.Complete(first17)
         let changed = (char)('0' + (complete[position] - '0' + delta) % 10)
         select complete[..position] + changed + complete[(position + 1)..]).ToArbitrary(),
        // MOD 11-2 detects every single-digit error; the change may also break the province or the date.
        text => (!IdentityNumber.TryParse(text, out _, out _)).Label(text));
}
