using System.Globalization;
using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.Demo;

/// <summary>Identity numbers (GB 11643) and credit codes (GB 32100) for the demo city: valid, never repeated, drawn from the demo's random source.</summary>
internal sealed class DemoCodes(Random random)
{
    private const string OrganisationCodeCharacters = CreditCode.Alphabet;
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly HashSet<string> _identityNumbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organisationCodes = new(StringComparer.Ordinal);

    /// <summary>A number for someone born in <paramref name="area"/> on <paramref name="birth"/>; the sequence is odd for men, even for women.</summary>
    public string IdentityNumber(string area, DateOnly birth, Sex sex)
    {
        while (true)
        {
            var sequence = random.Next(1, 500) * 2 - (sex == Sex.Male ? 1 : 0);
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{area}{birth:yyyyMMdd}{sequence:000}");
            var number = first17 + Domain.Identity.IdentityNumber.CheckCharacterFor(first17);
            if (_identityNumbers.Add(number))
            {
                return number;
            }
        }
    }

    /// <summary>Reserves a number written by hand (the demo applicant's) so that no drawn number repeats it.</summary>
    public void Reserve(string identityNumber) => _identityNumbers.Add(identityNumber);

    /// <summary>
    /// A code registered in <paramref name="division"/>: 11 for a government agency, 12 for a public institution,
    /// 91 for an enterprise. The organisation code inside (GB 11714) carries its own MOD 11 check character;
    /// enterprises registered since 2015 have the MA… form.
    /// </summary>
    public string CreditCodeFor(string kind, string division)
    {
        while (true)
        {
            var body = kind switch
            {
                "11" => "0" + Digits(7),
                "12" => "4" + Digits(7),
                _ when random.Next(3) == 0 => "7" + Digits(7),
                _ => "MA0" + Characters(5),
            };
            var organisationCode = body + OrganisationCheck(body);
            if (_organisationCodes.Add(organisationCode))
            {
                var first17 = kind + division + organisationCode;
                return first17 + CreditCode.CheckCharacterFor(first17);
            }
        }
    }

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private string Characters(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => OrganisationCodeCharacters[random.Next(OrganisationCodeCharacters.Length)]));

    private static char OrganisationCheck(string body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationCodeWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
