using Zhicheng.Domain.Standards;

namespace Zhicheng.Domain.Tests.Standards;

/// <summary>The English codes and Chinese labels of the standard document's enumerations.</summary>
public class StandardCodesTests
{
    [Fact]
    public void Codes_AreTheDocumentsCodes()
    {
        StandardCodes.Dimension.Entries.Select(e => e.Code).ShouldBe(
            ["moral_character", "professional_ethics", "professional_ability", "technical_level", "academic_influence"]);
        StandardCodes.Dimension.Entries.Select(e => e.Label).ShouldBe(["思想品德", "职业道德", "专业能力", "技术水平", "学术影响力"]);
        StandardCodes.Basis.Entries.Select(e => e.Code).ShouldBe(["performance", "papers", "titles", "degrees", "awards"]);
        StandardCodes.ManagementLevel.Entries.Select(e => e.Code).ShouldBe(["city", "county", "self_evaluating"]);
    }

    [Fact]
    public void Codes_CoverEveryEnumValue()
    {
        StandardCodes.Dimension.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<Dimension>(), ignoreOrder: true);
        StandardCodes.Basis.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<EvidenceBasis>(), ignoreOrder: true);
        StandardCodes.ManagementLevel.Entries.Select(e => e.Value).ShouldBe(Enum.GetValues<ManagementLevel>(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(EvidenceBasis.Performance, false)]
    [InlineData(EvidenceBasis.Papers, true)]
    [InlineData(EvidenceBasis.Titles, true)]
    [InlineData(EvidenceBasis.Degrees, true)]
    [InlineData(EvidenceBasis.Awards, true)]
    public void RestsOnFourBases_OnlyTheFour(EvidenceBasis basis, bool four) =>
        new Indicator(Dimension.TechnicalLevel, "x", 1, basis, "").RestsOnFourBases.ShouldBe(four);
}
