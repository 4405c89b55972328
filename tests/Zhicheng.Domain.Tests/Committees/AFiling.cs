using Zhicheng.Domain.Committees;

namespace Zhicheng.Domain.Tests.Committees;

/// <summary>Filing particulars for tests: <see cref="Complete"/> has all seven (N2024-2.3); tests change one thing.</summary>
public static class AFiling
{
    public static FilingContents Complete() => new(
        FoundingUnitId: 4, FoundingUnitName: "运城市卫生健康委员会", Name: "运城市卫生系列高级职称评审委员会", Level: CommitteeLevel.Senior,
        Series: "卫生系列", Specialties: ["临床医学", "护理学"], Scope: new FilingScope([1, 2], "全市医疗卫生机构"),
        Conditions: "执行卫生系列评价标准", Rules: "评委会章程、回避制度", Office: "市卫健委人事科");
}
